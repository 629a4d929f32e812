// SQL for "only what this actor may read": the cases it is a member of, and the published cases minus
// the records marked restricted. Every list and search over case-scoped rows adds this condition.
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { ReadScope } from '../core/access.ts';
import { type Database, type DialectName, inIds } from '../db/index.ts';

export type RestrictableType = 'item' | 'component' | 'evidence_file' | 'custody_event';

/** A boolean condition on the rows of `alias` (a table or its alias with `id` and `case_id`). */
export function scopeCondition(
  dialect: DialectName,
  scope: ReadScope,
  alias: string,
  entityType: RestrictableType | 'case',
): RawBuilder<boolean> {
  if (scope.all) return sql<boolean>`1 = 1`;
  // Deleted and restricted records are part of no published view.
  const caseCol = sql.ref(entityType === 'case' ? `${alias}.id` : `${alias}.case_id`);
  const parts: RawBuilder<boolean>[] = [];
  if (scope.full.length > 0) parts.push(inIds(dialect, caseCol, scope.full));
  if (scope.published.length > 0) {
    const published = inIds(dialect, caseCol, scope.published);
    parts.push(
      entityType === 'case'
        ? published
        : sql<boolean>`(${published} and ${sql.ref(`${alias}.deleted_at`)} is null and ${notRestricted(alias, entityType)})`,
    );
  }
  if (parts.length === 0) return sql<boolean>`1 = 0`;
  return sql<boolean>`(${sql.join(parts, sql` or `)})`;
}

/** What else a record is hidden with when it is restricted: everything of an item; a file attached
 * to a component; a custody event about a file. Column of the record → the restricted entity. */
const hiddenWith: Record<RestrictableType, [column: string, type: RestrictableType][]> = {
  item: [],
  component: [['item_id', 'item']],
  evidence_file: [
    ['item_id', 'item'],
    ['component_id', 'component'],
  ],
  custody_event: [
    ['item_id', 'item'],
    ['evidence_file_id', 'evidence_file'],
  ],
};

/** The record is not marked restricted, nor is what it is hidden with (see `hiddenWith`). */
export function notRestricted(alias: string, entityType: RestrictableType): RawBuilder<boolean> {
  // One lookup by (entity_type, entity_id) each, served by the index: an `or` inside a single
  // `not exists` made PostgreSQL loop over every restriction for every row (BENCHMARKS.md, issue 3).
  const none = (type: RestrictableType, column: string) =>
    sql<boolean>`not exists (select 1 from restrictions r where r.entity_type = ${type} and r.entity_id = ${sql.ref(`${alias}.${column}`)} and r.deleted_at is null)`;
  const checks = [
    none(entityType, 'id'),
    ...hiddenWith[entityType].map(([column, type]) => none(type, column)),
  ];
  return sql<boolean>`(${sql.join(checks, sql` and `)})`;
}

/** The (type, id) pairs whose restriction hides this stored row. */
export function restrictionKeys(
  entityType: RestrictableType,
  row: Record<string, unknown>,
): [RestrictableType, number][] {
  const keys: [RestrictableType, number][] = [[entityType, row.id as number]];
  for (const [column, type] of hiddenWith[entityType]) {
    const id = row[column];
    if (typeof id === 'number') keys.push([type, id]);
  }
  return keys;
}

export class RestrictionRepository {
  /** Whether any of these (type, id) is marked restricted (see `restrictionKeys`). */
  async isRestricted(db: Kysely<Database>, keys: [RestrictableType, number][]): Promise<boolean> {
    if (keys.length === 0) return false;
    const row = await db
      .selectFrom('restrictions')
      .select('id')
      .where('deleted_at', 'is', null)
      .where((eb) =>
        eb.or(keys.map(([type, id]) => eb.and([eb('entity_type', '=', type), eb('entity_id', '=', id)]))),
      )
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Ids of published cases that are not deleted. */
  async publishedCaseIds(db: Kysely<Database>): Promise<number[]> {
    const rows = await db
      .selectFrom('cases')
      .select('id')
      .where('status', '=', 'published')
      .where('deleted_at', 'is', null)
      .execute();
    return rows.map((r) => r.id);
  }
}
