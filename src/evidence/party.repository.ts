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

  /** The live rows that point at an organization: what a merge must point at the one kept. */
  async referencesTo(db: Kysely<Database>, orgId: number) {
    const ids = async (table: 'components' | 'organizations' | 'company_replies', column: string) =>
      (
        await db
          .selectFrom(table as 'components')
          .select('id')
          .where(sql.ref(column), '=', orgId)
          .where('deleted_at', 'is', null)
          .execute()
      ).map((r) => r.id);
    return {
      components: await ids('components', 'maker_org_id'),
      children: await ids('organizations', 'parent_id'),
      replies: await ids('company_replies', 'organization_id'),
      parts: await db
        .selectFrom('parts')
        .select(['id', 'number'])
        .where('maker_org_id', '=', orgId)
        .where('deleted_at', 'is', null)
        .execute(),
    };
  }

  /** The live part of this maker with this number, if any. */
  async partOf(db: Kysely<Database>, orgId: number, number: string) {
    return db
      .selectFrom('parts')
      .select('id')
      .where('maker_org_id', '=', orgId)
      .where('number', '=', number)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  async componentsOfPart(db: Kysely<Database>, partId: number) {
    const rows = await db
      .selectFrom('components')
      .select('id')
      .where('part_id', '=', partId)
      .where('deleted_at', 'is', null)
      .execute();
    return rows.map((r) => r.id);
  }
}
