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

/** The record is not marked restricted, nor (for what belongs to an item) is its item. */
export function notRestricted(alias: string, entityType: RestrictableType): RawBuilder<boolean> {
  // Two lookups by (entity_type, entity_id), each served by the index: one `or` inside a single
  // `not exists` made PostgreSQL loop over every restriction for every row (BENCHMARKS.md, issue 3).
  const own = sql<boolean>`not exists (select 1 from restrictions r where r.entity_type = ${entityType} and r.entity_id = ${sql.ref(`${alias}.id`)} and r.deleted_at is null)`;
  if (entityType === 'item') return own;
  return sql<boolean>`(${own} and not exists (select 1 from restrictions r where r.entity_type = 'item' and r.entity_id = ${sql.ref(`${alias}.item_id`)} and r.deleted_at is null))`;
}

export class RestrictionRepository {
  /** Whether the record, or the item it belongs to, is marked restricted. */
  async isRestricted(
    db: Kysely<Database>,
    entityType: RestrictableType,
    id: number,
    itemId: number | null,
  ): Promise<boolean> {
    const row = await db
      .selectFrom('restrictions')
      .select('id')
      .where('deleted_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('entity_type', '=', entityType), eb('entity_id', '=', id)]),
          ...(itemId !== null && entityType !== 'item'
            ? [eb.and([eb('entity_type', '=', 'item'), eb('entity_id', '=', itemId)])]
            : []),
        ]),
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
