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

/** `column in (ids)` with the ids as one parameter (a JSON array on SQLite, an int[] on PostgreSQL): a
 * member of 300 cases otherwise makes statements of 300 parameters, which cost more to prepare than
 * to run (BENCHMARKS.md, issue 3). */
export function inIds(
  dialect: DialectName,
  column: RawBuilder<unknown>,
  ids: readonly number[],
): RawBuilder<boolean> {
  if (ids.length === 0) return sql<boolean>`1 = 0`;
  if (ids.length <= 8) return sql<boolean>`${column} in (${sql.join([...ids])})`;
  if (dialect === 'postgres') return sql<boolean>`${column} = any(${[...ids]}::int[])`;
  return sql<boolean>`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/** Columns the database derives itself; they are not part of a row's audited content. */
export const derivedColumns = new Set(['search_vector']);

/** The query string of the dialect's full-text engine for terms given as lists of alternative spellings
 * (folded, transliterated): every term must match one of its spellings; the last one as a prefix so that
 * search-as-you-type works. Null when nothing searchable is left. */
export function fullTextQuery(dialect: DialectName, terms: string[][]): string | null {
  const clean = terms
    .map((alts) => alts.map((a) => a.replace(/[^\p{L}\p{N}]+/gu, '')).filter(Boolean))
    .filter((alts) => alts.length > 0);
  if (clean.length === 0) return null;
  const last = clean.length - 1;
  if (dialect === 'postgres') {
    return clean
      .map((alts, i) => `(${alts.map((a) => `${a}${i === last ? ':*' : ''}`).join(' | ')})`)
      .join(' & ');
  }
  return clean
    .map((alts, i) => `(${alts.map((a) => `"${a}"${i === last ? '*' : ''}`).join(' OR ')})`)
    .join(' AND ');
}

/** A boolean SQL condition: the row of `table` matches the full-text query of `terms`. */
export function fullTextMatch(dialect: DialectName, table: string, terms: string[][]): RawBuilder<boolean> {
  const query = fullTextQuery(dialect, terms);
  if (query === null) return sql<boolean>`1 = 0`;
  if (dialect === 'postgres')
    return sql<boolean>`${sql.ref(`${table}.search_vector`)} @@ to_tsquery('simple', ${query})`;
  const fts = sql.table(`${table}_fts`);
  return sql<boolean>`${sql.ref(`${table}.id`)} in (select rowid from ${fts} where ${fts} match ${query})`;
}

/** Ids of the most recently recorded live rows of `table` that match the terms, newest first. Ranking by
 * relevance (bm25, ts_rank) scores every match before it can return the first twenty: a maker's name
 * matches tens of thousands of components, and one such query then held a single-threaded server for
 * 50–100 ms (BENCHMARKS.md). Newest-first lets the full-text index stop after `limit` rows. */
export async function fullTextTop(
  db: AnyDb,
  dialect: DialectName,
  table: string,
  terms: string[][],
  limit: number,
  /** A further condition on the table's rows, given the name they go by in the query. */
  where: (alias: string) => RawBuilder<boolean> = () => sql<boolean>`1 = 1`,
): Promise<number[]> {
  const query = fullTextQuery(dialect, terms);
  if (query === null) return [];
  const t = sql.table(table);
  if (dialect === 'postgres') {
    const { rows } = await sql<{
      id: number;
    }>`select id from ${t} where search_vector @@ to_tsquery('simple', ${query}) and deleted_at is null and ${where(table)} order by id desc limit ${limit}`.execute(
      db,
    );
    return rows.map((r) => r.id);
  }
  const fts = sql.table(`${table}_fts`);
  const { rows } = await sql<{
    id: number;
  }>`select t.id from ${fts} f join ${t} t on t.id = f.rowid where ${fts} match ${query} and t.deleted_at is null and ${where('t')} order by f.rowid desc limit ${limit}`.execute(
    db,
  );
  return rows.map((r) => r.id);
}

/** Serializes appends to the audit chain across processes. On SQLite every write transaction already
 * holds the database's write lock (`begin immediate`); on PostgreSQL a transaction-scoped advisory lock
 * does the same and is released at commit or rollback. */
export async function lockAuditChain(trx: AnyDb, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7272001)`.execute(trx);
}

/** Rows locked for update where the database has row locks; SQLite's write lock covers the rest. */
export function forUpdateSkipLocked<Q extends { forUpdate(): Q; skipLocked(): Q }>(
  qb: Q,
  dialect: DialectName,
): Q {
  return dialect === 'postgres' ? qb.forUpdate().skipLocked() : qb;
}
