// SQL behind the maker page and the review of markings: the names on components that no organization
// stands for, the components whose reading was flagged, a maker's parts and its organizations, each
// within the cases the reader may see.
import { type Kysely, sql } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import type { Database, DialectName } from '../db/index.ts';
import { scopeCondition } from '../evidence/index.ts';

const FLAGGED_ROWS = 500;

export class MarkingsViewsRepository {
  constructor(private readonly dialect: DialectName) {}

  private components(db: Kysely<Database>, scope: ReadScope) {
    return db
      .selectFrom('components')
      .where('components.deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'components', 'component'));
  }

  /** Maker names given on components that are tied to no organization, most used first. */
  async unresolved(db: Kysely<Database>, scope: ReadScope) {
    const rows = await this.components(db, scope)
      .select(['maker', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('maker', 'is not', null)
      .where('maker_org_id', 'is', null)
      .groupBy('maker')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('maker')
      .limit(1000)
      .execute();
    return rows.map((r) => ({ name: r.maker as string, components: Number(r.n) }));
  }

  /** The components of these cases that carry this maker name and no organization. */
  async unresolvedComponents(db: Kysely<Database>, scope: ReadScope, name: string) {
    return this.components(db, scope)
      .select(['id', 'case_id'])
      .where('maker', '=', name)
      .where('maker_org_id', 'is', null)
      .execute();
  }

  async flagged(db: Kysely<Database>, scope: ReadScope) {
    const q = this.components(db, scope).where('marking_flags', 'is not', null);
    const total = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .select(['id', 'item_id', 'case_id', 'marking_raw', 'part_number', 'maker', 'marking_flags'])
      .orderBy('id', 'desc')
      .limit(FLAGGED_ROWS)
      .execute();
    return { total: Number(total.n), rows };
  }

  async organization(db: Kysely<Database>, id: number) {
    return db
      .selectFrom('organizations')
      .select(['id', 'name', 'countries', 'reference_key', 'parent_id', 'marking_profile', 'deleted_at'])
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The names of these live organizations. */
  async organizationNames(db: Kysely<Database>, ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('id', 'in', [...new Set(ids)])
      .where('deleted_at', 'is', null)
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The live organizations that became part of this one. */
  async formerMakers(db: Kysely<Database>, id: number) {
    return db
      .selectFrom('organizations')
      .select(['id', 'name'])
      .where('parent_id', '=', id)
      .where('reference_key', 'is not', null)
      .where('deleted_at', 'is', null)
      .orderBy('name')
      .execute();
  }

  /** The maker's catalog parts with how many of their components the reader may see. */
  async parts(db: Kysely<Database>, scope: ReadScope, orgId: number) {
    const parts = await db
      .selectFrom('parts')
      .select(['id', 'number', 'hs6'])
      .where('maker_org_id', '=', orgId)
      .where('deleted_at', 'is', null)
      .orderBy('number')
      .limit(2000)
      .execute();
    const counts = await this.components(db, scope)
      .select(['part_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('maker_org_id', '=', orgId)
      .where('part_id', 'is not', null)
      .groupBy('part_id')
      .execute();
    const byPart = new Map(counts.map((c) => [c.part_id as number, Number(c.n)]));
    return parts.map((p) => ({ ...p, components: byPart.get(p.id) ?? 0 }));
  }

  async componentCount(db: Kysely<Database>, scope: ReadScope, orgId: number): Promise<number> {
    const r = await this.components(db, scope)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('maker_org_id', '=', orgId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
