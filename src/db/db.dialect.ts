// The only place where SQLite and PostgreSQL differ: identity columns, full-text search, row locks
// and the lock that serializes appends to the audit chain.
import { type Kysely, type RawBuilder, sql } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

// biome-ignore lint/suspicious/noExplicitAny: schema helpers work on any table, typed or not
type AnyDb = Kysely<any>;

export function createTableWithId(db: AnyDb, dialect: DialectName, table: string) {
  return db.schema
    .createTable(table)
    .addColumn('id', 'integer', (c) =>
      dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey(),
    );
}

/** Full-text index over a table's `search_text` column: an external-content FTS5 table kept by triggers
 * on SQLite, a generated tsvector column with a GIN index on PostgreSQL. */
export async function fullTextIndex(db: AnyDb, dialect: DialectName, table: string): Promise<void> {
  if (dialect === 'postgres') {
    await sql
      .raw(
        `alter table ${table} add column search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored`,
      )
      .execute(db);
    await sql.raw(`create index ${table}_search on ${table} using gin (search_vector)`).execute(db);
    return;
  }
  const fts = `${table}_fts`;
  await sql
    .raw(
      `create virtual table ${fts} using fts5(search_text, content='${table}', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_fts_insert after insert on ${table} begin insert into ${fts}(rowid, search_text) values (new.id, new.search_text); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_fts_delete after delete on ${table} begin insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.id, old.search_text); end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger ${table}_fts_update after update of search_text on ${table} begin insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.id, old.search_text); insert into ${fts}(rowid, search_text) values (new.id, new.search_text); end`,
    )
    .execute(db);
}

/** Columns the database derives itself; they are not part of a row's audited content. */
export const derivedColumns = new Set(['search_vector']);

/**
 * A boolean SQL condition: the row of `table` (aliased as the table name) matches every term of
 * `terms`, where each term is a list of alternative spellings (folded, transliterated). Prefix
 * matching on the last term so that search-as-you-type works.
 */
export function fullTextMatch(dialect: DialectName, table: string, terms: string[][]): RawBuilder<boolean> {
  const clean = terms
    .map((alts) => alts.map((a) => a.replace(/[^\p{L}\p{N}]+/gu, '')).filter(Boolean))
    .filter((alts) => alts.length > 0);
  if (clean.length === 0) return sql<boolean>`1 = 0`;
  if (dialect === 'postgres') {
    const query = clean
      .map((alts, i) => {
        const suffix = i === clean.length - 1 ? ':*' : '';
        return `(${alts.map((a) => `${a}${suffix}`).join(' | ')})`;
      })
      .join(' & ');
    return sql<boolean>`${sql.ref(`${table}.search_vector`)} @@ to_tsquery('simple', ${query})`;
  }
  const query = clean
    .map((alts, i) => {
      const suffix = i === clean.length - 1 ? '*' : '';
      return `(${alts.map((a) => `"${a}"${suffix}`).join(' OR ')})`;
    })
    .join(' AND ');
  return sql<boolean>`${sql.ref(`${table}.id`)} in (select rowid from ${sql.table(`${table}_fts`)} where ${sql.table(`${table}_fts`)} match ${query})`;
}

/** Serializes appends to the audit chain across processes. On SQLite every write transaction already
 * holds the database's write lock (`begin immediate`); on PostgreSQL a transaction-scoped advisory lock
 * does the same and is released at commit or rollback. */
export async function lockAuditChain(trx: AnyDb, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7272001)`.execute(trx);
}

/** Rows locked for update where the database has row locks; SQLite's write lock covers the rest. */
export function forUpdateSkipLocked<Q extends { forUpdate(): Q; skipLocked(): Q }>(qb: Q, dialect: DialectName): Q {
  return dialect === 'postgres' ? qb.forUpdate().skipLocked() : qb;
}
