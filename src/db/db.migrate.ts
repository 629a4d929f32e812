// Brings a database to the newest schema. Migrations are named by the time they were written and
// never change once released; the Kysely migrator records which ran, on both dialects.
import { type Kysely, type Migration, Migrator } from 'kysely';
import type { Db } from './db.connect.ts';
import type { DialectName } from './db.dialect.ts';
import * as initial from './migrations/2026-11-25T1700-initial.ts';
import * as accounts from './migrations/2026-12-02T0100-accounts.ts';
import * as webLists from './migrations/2026-12-02T0600-web-lists.ts';
import * as markings from './migrations/2026-12-02T1000-markings.ts';
import * as screening from './migrations/2026-12-02T1400-screening.ts';
import * as attribution from './migrations/2026-12-07T0400-attribution.ts';

interface DialectMigration {
  // biome-ignore lint/suspicious/noExplicitAny: migrations run on the untyped schema of their time
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

const migrations: Record<string, DialectMigration> = {
  '2026-11-25T1700-initial': initial,
  '2026-12-02T0100-accounts': accounts,
  '2026-12-02T0600-web-lists': webLists,
  '2026-12-02T1000-markings': markings,
  '2026-12-02T1400-screening': screening,
  '2026-12-07T0400-attribution': attribution,
};

export async function migrateToLatest(db: Db): Promise<string[]> {
  const provided: Record<string, Migration> = {};
  for (const [name, m] of Object.entries(migrations)) provided[name] = { up: (k) => m.up(k, db.dialect) };
  const migrator = new Migrator({ db: db.kysely, provider: { getMigrations: async () => provided } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
