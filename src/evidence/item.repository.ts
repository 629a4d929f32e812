// Queries over recovered items: filtered, paged lists and counts.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import { type Database, type DialectName, fullTextMatch, type RecoveredItemsTable } from '../db/index.ts';
import { queryTerms } from '../text/index.ts';
import type { ItemFilter, MapFilter } from './evidence.schema.ts';
import { itemSortColumns, orderSql } from './list.sort.ts';
import { countRows } from './rows.repository.ts';
import { scopeCondition } from './scope.repository.ts';

export class ItemRepository {
  constructor(private readonly dialect: DialectName) {}

  async list(
    db: Kysely<Database>,
    f: ItemFilter,
    scope: ReadScope,
  ): Promise<{ total: number; totalExact: boolean; rows: Selectable<RecoveredItemsTable>[] }> {
    let q = db
      .selectFrom('recovered_items')
      .where(scopeCondition(this.dialect, scope, 'recovered_items', 'item'));
    if (!f.includeDeleted) q = q.where('deleted_at', 'is', null);
    if (f.caseId) q = q.where('case_id', '=', f.caseId);
    if (f.itemType) q = q.where('item_type', '=', f.itemType);
    if (f.country) q = q.where('country', '=', f.country.toUpperCase());
    if (f.designation) {
      const d = f.designation;
      q = q.where((eb) => eb.or([eb('designation_marked', '=', d), eb('designation_assessed', '=', d)]));
    }
    // Rows of a case read in its published form are filtered on the time it shows (the month), so
    // that narrowing the dates cannot probe the exact day.
    const published = scope.all ? [] : scope.published;
    const at =
      published.length > 0
        ? sql<string>`case when recovered_items.case_id in (${sql.join(published)}) then substr(recovered_items.recovered_at, 1, 7) || '-01' else recovered_items.recovered_at end`
        : sql<string>`recovered_items.recovered_at`;
    if (f.recoveredFrom) q = q.where(sql<boolean>`${at} >= ${f.recoveredFrom}`);
    if (f.recoveredTo) q = q.where(sql<boolean>`${at} <= ${`${f.recoveredTo}\uffff`}`);
    if (f.q) q = q.where(fullTextMatch(this.dialect, 'recovered_items', queryTerms(f.q)));
    const { total, totalExact } = await countRows(db, q, f.count ?? 'exact', f.offset, f.limit);
    const rows = await q
      .selectAll()
      .orderBy(orderSql(itemSortColumns[f.sort ?? 'id'], f.order ?? 'desc'))
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { total, totalExact, rows };
  }

  /** Live items with coordinates, for the map: only the columns it shows. Dates of published cases are
   * filtered on the month they show, as in `list`. */
  async mapRows(db: Kysely<Database>, f: MapFilter, scope: ReadScope) {
    let q = db
      .selectFrom('recovered_items')
      .where('deleted_at', 'is', null)
      .where('latitude', 'is not', null)
      .where('longitude', 'is not', null)
      .where(scopeCondition(this.dialect, scope, 'recovered_items', 'item'));
    if (f.caseId) q = q.where('case_id', '=', f.caseId);
    if (f.itemType) q = q.where('item_type', '=', f.itemType);
    const published = scope.all ? [] : scope.published;
    const at =
      published.length > 0
        ? sql<string>`case when recovered_items.case_id in (${sql.join(published)}) then substr(recovered_items.recovered_at, 1, 7) || '-01' else recovered_items.recovered_at end`
        : sql<string>`recovered_items.recovered_at`;
    if (f.recoveredFrom) q = q.where(sql<boolean>`${at} >= ${f.recoveredFrom}`);
    if (f.recoveredTo) q = q.where(sql<boolean>`${at} <= ${`${f.recoveredTo}\uffff`}`);
    return q
      .select([
        'id',
        'case_id',
        'latitude',
        'longitude',
        'designation_marked',
        'designation_assessed',
        'item_type',
        'recovered_at',
      ])
      .orderBy('id')
      .execute();
  }

  async summary(db: Kysely<Database>, scope: ReadScope, caseId?: number) {
    let q = db
      .selectFrom('recovered_items')
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'recovered_items', 'item'));
    if (caseId) q = q.where('case_id', '=', caseId);
    return q
      .select(['item_type', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy('item_type')
      .execute();
  }
}
