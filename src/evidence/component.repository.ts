// Queries over components: filtered, paged lists, an item's component tree, and import identity look-ups.
import type { Kysely, Selectable } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import { type ComponentsTable, type Database, type DialectName, fullTextMatch } from '../db/index.ts';
import { queryTerms } from '../text/index.ts';
import type { ComponentFilter } from './evidence.schema.ts';
import { componentSortColumns, type Order, orderSql } from './list.sort.ts';
import { countRows } from './rows.repository.ts';
import { scopeCondition } from './scope.repository.ts';

export class ComponentRepository {
  constructor(private readonly dialect: DialectName) {}

  async list(
    db: Kysely<Database>,
    f: ComponentFilter & { hs6In?: string[] },
    scope: ReadScope,
  ): Promise<{ total: number; totalExact: boolean; rows: Selectable<ComponentsTable>[] }> {
    let q = db.selectFrom('components').where(scopeCondition(this.dialect, scope, 'components', 'component'));
    if (!f.includeDeleted) q = q.where('deleted_at', 'is', null);
    if (f.caseId) q = q.where('case_id', '=', f.caseId);
    if (f.itemId) q = q.where('item_id', '=', f.itemId);
    if (f.parentId) q = q.where('parent_id', '=', f.parentId);
    if (f.subsystem) q = q.where('subsystem', '=', f.subsystem);
    if (f.partNumber) q = q.where('part_number', '=', f.partNumber);
    if (f.maker) q = q.where('maker', '=', f.maker);
    if (f.category) q = q.where('category', '=', f.category);
    if (f.dateCode) q = q.where('date_code', '=', f.dateCode);
    if (f.makerOrgId) q = q.where('maker_org_id', '=', f.makerOrgId);
    if (f.partId) q = q.where('part_id', '=', f.partId);
    if (f.lotCode) q = q.where('lot_code', '=', f.lotCode);
    if (f.dateFrom) q = q.where('date_latest', '>=', f.dateFrom);
    if (f.dateTo) q = q.where('date_earliest', '<=', f.dateTo);
    if (f.hs6In) {
      const codes = f.hs6In.length > 0 ? f.hs6In : ['-'];
      q = q.where('part_id', 'in', (eb) =>
        eb.selectFrom('parts').select('parts.id').where('parts.hs6', 'in', codes),
      );
    }
    if (f.q) q = q.where(fullTextMatch(this.dialect, 'components', queryTerms(f.q)));
    const { total, totalExact } = await countRows(db, q, f.count ?? 'exact', f.offset, f.limit);
    const rows = await q
      .selectAll()
      .orderBy(orderSql(componentSortColumns[f.sort ?? 'id'], componentOrder(f)))
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { total, totalExact, rows };
  }

  /** Where an organization appears as a component's maker: per case (with its title), and a page of
   * the components themselves, newest first. */
  async appearances(db: Kysely<Database>, orgId: number, scope: ReadScope, limit: number, offset: number) {
    const base = db
      .selectFrom('components')
      .where('components.maker_org_id', '=', orgId)
      .where('components.deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'components', 'component'));
    const cases = await base
      .innerJoin('cases', 'cases.id', 'components.case_id')
      .select(['components.case_id', 'cases.title', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy(['components.case_id', 'cases.title'])
      .orderBy('components.case_id')
      .execute();
    const rows = await base
      .select([
        'components.id',
        'components.item_id',
        'components.case_id',
        'components.part_number',
        'components.maker',
        'components.subsystem',
        'components.category',
      ])
      .orderBy('components.id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    return { cases: cases.map((c) => ({ ...c, count: Number(c.count) })), rows };
  }

  /** Existing components of these items, for row identity (item + position + marking) in imports. */
  async identitiesOf(db: Kysely<Database>, itemIds: number[]) {
    if (itemIds.length === 0) return [];
    return db.selectFrom('components').selectAll().where('item_id', 'in', itemIds).execute();
  }

  async countBySubsystem(db: Kysely<Database>, scope: ReadScope, caseId?: number) {
    let q = db
      .selectFrom('components')
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'components', 'component'));
    if (caseId) q = q.where('case_id', '=', caseId);
    return q
      .select(['subsystem', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy('subsystem')
      .execute();
  }
}

/** An item's components read in the order they were recorded; other lists newest first. */
export function componentOrder(f: Pick<ComponentFilter, 'order' | 'itemId'>): Order {
  return f.order ?? (f.itemId ? 'asc' : 'desc');
}
