// Queries over components: filtered, paged lists, an item's component tree, and import identity look-ups.
import type { Kysely, Selectable } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import { type ComponentsTable, type Database, type DialectName, fullTextMatch } from '../db/index.ts';
import { queryTerms } from '../text/index.ts';
import type { ComponentFilter } from './evidence.schema.ts';
import { scopeCondition } from './scope.repository.ts';

export class ComponentRepository {
  constructor(private readonly dialect: DialectName) {}

  async list(
    db: Kysely<Database>,
    f: ComponentFilter,
    scope: ReadScope,
  ): Promise<{ total: number; rows: Selectable<ComponentsTable>[] }> {
    let q = db.selectFrom('components').where(scopeCondition(this.dialect, scope, 'components', 'component'));
    if (!f.includeDeleted) q = q.where('deleted_at', 'is', null);
    if (f.caseId) q = q.where('case_id', '=', f.caseId);
    if (f.itemId) q = q.where('item_id', '=', f.itemId);
    if (f.parentId) q = q.where('parent_id', '=', f.parentId);
    if (f.subsystem) q = q.where('subsystem', '=', f.subsystem);
    if (f.partNumber) q = q.where('part_number', '=', f.partNumber);
    if (f.maker) q = q.where('maker', '=', f.maker);
    if (f.q) q = q.where(fullTextMatch(this.dialect, 'components', queryTerms(f.q)));
    const [{ total }] = await q.select((eb) => eb.fn.countAll<number | string>().as('total')).execute();
    const rows = await q
      .selectAll()
      .orderBy('id', f.itemId ? 'asc' : 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { total: Number(total), rows };
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
