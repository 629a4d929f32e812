// Row-level SQL shared by the evidence repositories: fetch by id, insert and update returning the stored
// row (the audit log digests exactly what the database returns), and case-scoped existence checks.
import { CompiledQuery, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { type AuditedTable, dataVersion } from '../audit/index.ts';
import type { Database } from '../db/index.ts';

export type Row = Record<string, unknown> & { id: number };
export type TableName = AuditedTable;

// biome-ignore lint/suspicious/noExplicitAny: one generic code path over several tables; callers map rows to typed objects
type Loose = Kysely<any>;

/** Compiled bulk inserts kept for reuse; a bound, since each holds the SQL text of a whole batch. */
const MAX_CACHED_INSERTS = 32;

export class RowsRepository {
  // Bulk inserts by shape (dialect, table, columns, row count): an import writes thousands of batches of
  // one shape, and building and compiling each through the query builder cost about 5% of its time.
  private readonly inserts = new Map<string, string>();

  async get(db: Kysely<Database>, table: TableName, id: number): Promise<Row | undefined> {
    return (await (db as Loose).selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as
      | Row
      | undefined;
  }

  async insert(db: Kysely<Database>, table: TableName, values: Record<string, unknown>): Promise<Row> {
    return (await (db as Loose)
      .insertInto(table)
      .values(values)
      .returningAll()
      .executeTakeFirstOrThrow()) as Row;
  }

  async insertMany(
    db: Kysely<Database>,
    table: TableName,
    values: Record<string, unknown>[],
  ): Promise<Row[]> {
    if (values.length === 0) return [];
    const columns = Object.keys(values[0]);
    const params = flatParams(values, columns);
    if (params === null)
      return (await (db as Loose).insertInto(table).values(values).returningAll().execute()) as Row[];
    const shape = `${db.getExecutor().adapter.constructor.name}\u0000${table}\u0000${values.length}\u0000${columns.join(',')}`;
    let text = this.inserts.get(shape);
    if (text === undefined) {
      const compiled = (db as Loose).insertInto(table).values(values).returningAll().compile();
      // The query builder's own text is reused only if it takes exactly these parameters in this order.
      if (!sameParams(compiled.parameters, params)) return (await db.executeQuery(compiled)).rows as Row[];
      if (this.inserts.size >= MAX_CACHED_INSERTS) this.inserts.clear();
      text = compiled.sql;
      this.inserts.set(shape, text);
    }
    return (await db.executeQuery(CompiledQuery.raw(text, params))).rows as Row[];
  }

  async update(
    db: Kysely<Database>,
    table: TableName,
    id: number,
    values: Record<string, unknown>,
  ): Promise<Row> {
    return (await (db as Loose)
      .updateTable(table)
      .set(values)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()) as Row;
  }
}

/** Exact totals of filtered lists, per database, kept while no change to stored data has been logged
 * (`dataVersion`): every change appends to the audit chain, so the same filter then has the same total,
 * and paging through a million rows need not count them again for every page. (The version is read
 * before counting, so a total is never kept under a version older than the data it counted.) */
const keptCounts = new WeakMap<object, Map<string, number>>();
const MAX_KEPT_COUNTS = 500;

/** Rows counted at most past the page when a list asks for an estimate of its total. */
export const ESTIMATE_ROWS = 10_000;

/** The total of a filtered list: exact, or (`estimate`) counted up to `ESTIMATE_ROWS` past the page,
 * which stops early instead of counting a million rows for each page. */
export async function countRows(
  db: Kysely<Database>,
  // biome-ignore lint/suspicious/noExplicitAny: any filtered select of any table
  q: SelectQueryBuilder<Database, any, object>,
  mode: 'exact' | 'estimate',
  offset: number,
  limit: number,
): Promise<{ total: number; totalExact: boolean }> {
  if (mode === 'exact') {
    const count = q.select((eb) => eb.fn.countAll<number | string>().as('total'));
    // Inside a transaction the count may include its own uncommitted rows: not kept.
    if (db.isTransaction) return { total: Number((await count.execute())[0].total), totalExact: true };
    const version = await dataVersion(db);
    const compiled = count.compile();
    const key = `${version}|${compiled.sql}|${JSON.stringify(compiled.parameters)}`;
    const kept = keptCounts.get(db) ?? new Map<string, number>();
    keptCounts.set(db, kept);
    let total = kept.get(key);
    if (total === undefined) {
      total = Number((await count.execute())[0].total);
      kept.set(key, total);
      if (kept.size > MAX_KEPT_COUNTS) kept.delete(kept.keys().next().value as string);
    }
    return { total, totalExact: true };
  }
  const cap = offset + limit + ESTIMATE_ROWS;
  const page = q
    .select(sql<number>`1`.as('one'))
    .limit(cap + 1)
    .as('page');
  const [{ total }] = await db
    .selectFrom(page)
    .select((eb) => eb.fn.countAll<number | string>().as('total'))
    .execute();
  const n = Number(total);
  return n > cap ? { total: cap, totalExact: false } : { total: n, totalExact: true };
}

/** Moves the counter that tells servers their cached grants are stale (see the accounts migration). */
export async function bumpAccessEpoch(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('access_epoch')
    .set((eb) => ({ epoch: eb('epoch', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}

export async function readAccessEpoch(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('access_epoch').select('epoch').where('id', '=', 1).executeTakeFirst();
  return row?.epoch ?? 0;
}

/** The values of rows that all have the same columns in the same order, row by row, when every value is a
 * plain one the query builder passes as a parameter unchanged; otherwise null (it then builds the query). */
function flatParams(rows: Record<string, unknown>[], columns: string[]): unknown[] | null {
  const out: unknown[] = [];
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.length !== columns.length) return null;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== columns[i]) return null;
      const v = row[keys[i]];
      if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null;
      out.push(v);
    }
  }
  return out;
}

function sameParams(a: readonly unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
