// Row-level SQL shared by the evidence repositories: fetch by id, insert and update returning the stored
// row (the audit log digests exactly what the database returns), and case-scoped existence checks.
import type { Kysely } from 'kysely';
import type { AuditedTable } from '../audit/index.ts';
import type { Database } from '../db/index.ts';

export type Row = Record<string, unknown> & { id: number };
export type TableName = AuditedTable;

// biome-ignore lint/suspicious/noExplicitAny: one generic code path over several tables; callers map rows to typed objects
type Loose = Kysely<any>;

export class RowsRepository {
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
    return (await (db as Loose).insertInto(table).values(values).returningAll().execute()) as Row[];
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
