// Queries over the shared parties: organizations and persons, by name, role or full text.
import { type Kysely, type Selectable, sql } from 'kysely';
import {
  type Database,
  type DialectName,
  fullTextMatch,
  type OrganizationsTable,
  type PersonsTable,
} from '../db/index.ts';
import { queryTerms } from '../text/index.ts';
import type { PartyFilter } from './evidence.schema.ts';
import { orderSql } from './list.sort.ts';

export class PartyRepository {
  constructor(private readonly dialect: DialectName) {}

  async organizations(db: Kysely<Database>, f: PartyFilter) {
    const { total, rows } = await this.list(db, 'organizations', f);
    return { total, rows: rows as Selectable<OrganizationsTable>[] };
  }

  async persons(db: Kysely<Database>, f: PartyFilter) {
    const { total, rows } = await this.list(db, 'persons', f);
    return { total, rows: rows as unknown as Selectable<PersonsTable>[] };
  }

  private async list(db: Kysely<Database>, table: 'organizations' | 'persons', f: PartyFilter) {
    // Both party tables share the columns used here; the query is typed against one of them.
    let q = db.selectFrom(table as 'organizations');
    if (!f.includeDeleted) q = q.where('deleted_at', 'is', null);
    if (f.role) q = q.where(sql<boolean>`roles like ${`%"${f.role}"%`}`);
    if (f.q) q = q.where(fullTextMatch(this.dialect, table, queryTerms(f.q)));
    const [{ total }] = await q.select((eb) => eb.fn.countAll<number | string>().as('total')).execute();
    const rows = await q
      .selectAll()
      .orderBy(orderSql(f.sort ?? 'name', f.order ?? 'asc'))
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { total: Number(total), rows };
  }
}
