// Opens the database named by a URL: `postgres://…` for PostgreSQL, anything else (a path, or
// `sqlite::memory:`) for the embedded SQLite. Everything dialect-specific stays in this folder.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { DatabaseConnection, Driver } from 'kysely';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, SqliteDriver } from 'kysely';
import pg from 'pg';
import type { DialectName } from './db.dialect.ts';
import type { Database } from './db.types.ts';

export type { DialectName };

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** A description safe to print: the SQLite path, or the PostgreSQL URL without its password. */
  label: string;
  close(): Promise<void>;
}

/** SQLite's default `begin` takes the write lock only at the first write; two processes can then deadlock
 * on the upgrade. `begin immediate` takes it at once and waits (busy_timeout) instead. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDialect>[0];
  constructor(config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function openDatabase(url: string): Db {
  if (isPostgresUrl(url)) return openPostgres(url);
  return openSqlite(url);
}

function openSqlite(url: string): Db {
  const path = url.replace(/^sqlite:/, '');
  const memory = path === ':memory:' || path === '';
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(memory ? ':memory:' : path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 10000');
  const kysely = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return {
    kysely,
    dialect: 'sqlite',
    label: memory ? 'SQLite (in memory)' : `SQLite ${resolve(path)}`,
    close: () => kysely.destroy(),
  };
}

function openPostgres(url: string): Db {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.TEARDOWN_PG_POOL ?? 10) });
  // An idle connection that the server ends (a restart, a failover, an administrator) is reported here;
  // without a listener node-pg would throw it and bring the whole process down. The pool replaces it.
  pool.on('error', (e) => {
    if (process.env.TEARDOWN_LOG) console.error(`PostgreSQL closed an idle connection: ${e.message}`);
  });
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = new URL(url);
  if (safe.password) safe.password = '***';
  return {
    kysely,
    dialect: 'postgres',
    label: `PostgreSQL ${safe.toString()}`,
    close: () => kysely.destroy(),
  };
}
