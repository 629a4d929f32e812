// Indexes for the web app's lists: sorted paging over a million components and a hundred thousand
// items reads a page from an index (column, then id as the tiebreak), and an organization's
// appearances are found by maker. Empty values sort first going up on both databases (SQLite's own
// order; PostgreSQL is told so). Frozen: later changes go in new migrations.
import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../db.dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's table types
type AnyDb = Kysely<any>;

/** [name, table, leading columns, sorted column]: every reader but the local administrator lists rows
 * within its cases (`case_id in (…)`), so the sort indexes of case-scoped tables lead with the case; a
 * page of one case is then read in order from the index, and so is a count grouped by the column. */
const indexes: [name: string, table: string, lead: string[], column: string][] = [
  ['components_sort_part_number', 'components', ['case_id'], 'part_number'],
  ['components_sort_maker', 'components', ['case_id'], 'maker'],
  ['components_sort_subsystem', 'components', ['case_id'], 'subsystem'],
  ['components_sort_category', 'components', ['case_id'], 'category'],
  ['components_sort_date_code', 'components', ['case_id'], 'date_code'],
  ['components_sort_item', 'components', ['case_id'], 'item_id'],
  ['components_maker_org', 'components', ['maker_org_id'], 'case_id'],
  ['recovered_items_sort_recovered_at', 'recovered_items', ['case_id'], 'recovered_at'],
  [
    'recovered_items_sort_designation',
    'recovered_items',
    ['case_id'],
    'coalesce(designation_assessed, designation_marked)',
  ],
  ['recovered_items_sort_serial', 'recovered_items', ['case_id'], 'serial_number'],
  ['recovered_items_sort_type', 'recovered_items', ['case_id'], 'item_type'],
  ['recovered_items_sort_country', 'recovered_items', ['case_id'], 'country'],
  ['organizations_sort_name', 'organizations', [], 'name'],
  ['persons_sort_name', 'persons', [], 'name'],
];

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  for (const [name, table, lead, column] of indexes) {
    const key = column.includes('(') ? `(${column})` : column;
    const nulls = dialect === 'postgres' ? ' nulls first' : '';
    const columns = [...lead, `${key}${nulls}`, 'id'].join(', ');
    await sql.raw(`create index ${name} on ${table} (${columns})`).execute(db);
  }
  // The dashboard's counts of live components by category and subsystem read these alone (the item
  // is there for the published view's restriction check): walking a sort index and looking up each
  // row's deletion in the table took seconds over a million rows.
  for (const column of ['category', 'subsystem']) {
    await sql
      .raw(
        `create index components_live_${column} on components (case_id, ${column}, item_id, deleted_at) where deleted_at is null`,
      )
      .execute(db);
  }
  // The same for items by type and by month of recovery (100,000 lookups of the row took 200 ms).
  await sql
    .raw(
      'create index recovered_items_live_type on recovered_items (case_id, item_type, deleted_at) where deleted_at is null',
    )
    .execute(db);
  await sql
    .raw(
      'create index recovered_items_live_recovered on recovered_items (case_id, recovered_at, deleted_at) where deleted_at is null',
    )
    .execute(db);
}
