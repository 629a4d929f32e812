// SQL of the dashboard's counts: items by month, components by category, cases and files, and the
// cases that audited records belong to (for recent activity). Every count runs within the read scope.
import { type Kysely, sql } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import type { Database, DialectName } from '../db/index.ts';
import { scopeCondition } from './scope.repository.ts';

/** Audited entities that belong to a case, and the table that says which. */
export const caseScopedTables = {
  item: 'recovered_items',
  component: 'components',
  evidence_file: 'evidence_files',
  custody_event: 'custody_events',
  case_member: 'case_members',
  case_publication: 'case_publications',
  restriction: 'restrictions',
  company_reply: 'company_replies',
} as const;
export type CaseScopedType = keyof typeof caseScopedTables;

export class StatsRepository {
  constructor(private readonly dialect: DialectName) {}

  /** Live items with a recovery date per month (`YYYY-MM`). The published form shows the month too,
   * so one grouping serves members and published readers alike. */
  async itemsByMonth(db: Kysely<Database>, scope: ReadScope, caseId?: number) {
    const month = sql<string>`substr(recovered_items.recovered_at, 1, 7)`;
    let q = db
      .selectFrom('recovered_items')
      .where('deleted_at', 'is', null)
      .where('recovered_at', 'is not', null)
      .where(scopeCondition(this.dialect, scope, 'recovered_items', 'item'));
    if (caseId) q = q.where('case_id', '=', caseId);
    const rows = await q
      .select([month.as('month'), (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy(month)
      .orderBy(month)
      .execute();
    return rows.map((r) => ({ month: r.month, count: Number(r.count) }));
  }

  /** Live components per category (null: none recorded), largest first. */
  async componentsByCategory(db: Kysely<Database>, scope: ReadScope, caseId?: number) {
    let q = db
      .selectFrom('components')
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'components', 'component'));
    if (caseId) q = q.where('case_id', '=', caseId);
    const rows = await q
      .select(['category', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy('category')
      .execute();
    return rows
      .map((r) => ({ category: r.category, count: Number(r.count) }))
      .sort((a, b) => b.count - a.count || String(a.category).localeCompare(String(b.category)));
  }

  /** Live components per headquarters countries (a JSON list) of their maker organization; null: no
   * maker organization. */
  async componentsByMakerCountries(db: Kysely<Database>, scope: ReadScope, caseId?: number) {
    let q = db
      .selectFrom('components')
      .leftJoin('organizations', 'organizations.id', 'components.maker_org_id')
      .where('components.deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'components', 'component'));
    if (caseId) q = q.where('components.case_id', '=', caseId);
    const rows = await q
      .select(['organizations.countries', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy('organizations.countries')
      .execute();
    return rows.map((r) => ({ countries: r.countries, count: Number(r.count) }));
  }

  /** Live components per HS-6 code of their catalog part; `part` false: no catalog part. */
  async componentsByPartHs6(db: Kysely<Database>, scope: ReadScope, caseId?: number) {
    let q = db
      .selectFrom('components')
      .leftJoin('parts', 'parts.id', 'components.part_id')
      .where('components.deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'components', 'component'));
    if (caseId) q = q.where('components.case_id', '=', caseId);
    const rows = await q
      .select(['parts.hs6', 'components.part_id', (eb) => eb.fn.countAll<number | string>().as('count')])
      .groupBy(['parts.hs6', 'components.part_id'])
      .execute();
    return rows.map((r) => ({ hs6: r.hs6, part: r.part_id !== null, count: Number(r.count) }));
  }

  async countCases(db: Kysely<Database>, scope: ReadScope, caseId?: number): Promise<number> {
    let q = db
      .selectFrom('cases')
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'cases', 'case'));
    if (caseId) q = q.where('id', '=', caseId);
    const { n } = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    return Number(n);
  }

  async countFiles(db: Kysely<Database>, scope: ReadScope, caseId?: number): Promise<number> {
    let q = db
      .selectFrom('evidence_files')
      .where('deleted_at', 'is', null)
      .where(scopeCondition(this.dialect, scope, 'evidence_files', 'evidence_file'));
    if (caseId) q = q.where('case_id', '=', caseId);
    const { n } = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    return Number(n);
  }

  /** The case of each of these records (deleted ones too: their history is still the case's). */
  async caseIdsOf(db: Kysely<Database>, type: CaseScopedType, ids: number[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .selectFrom(caseScopedTables[type] as 'components')
      .select(['id', 'case_id'])
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [r.id, r.case_id]));
  }
}
