// Markings and the parts catalog: organizations carry the maker reference data (their key in the
// shipped data and how their parts are marked), components carry the machine's full reading (country
// of assembly, the date code's range, flags, confidence) and a link to the catalog part, and the
// catalog holds parts (maker + part number) with category, HS-6 code and export-control notes.
// Frozen: later changes go in new migrations.
import { type Kysely, sql } from 'kysely';
import { createTableWithId, type DialectName } from '../db.dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('organizations').addColumn('reference_key', 'text').execute();
  await db.schema.alterTable('organizations').addColumn('marking_profile', 'text').execute();
  await db.schema
    .createIndex('organizations_reference_key')
    .on('organizations')
    .column('reference_key')
    .unique()
    .execute();

  await createTableWithId(db, dialect, 'parts')
    .addColumn('maker_org_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('base', 'text')
    .addColumn('category', 'text')
    .addColumn('hs6', 'text')
    .addColumn('hs6_origin', 'text')
    .addColumn('export_notes', 'text')
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  // One live part per maker and number (a part of no known maker counts as one maker).
  await db.schema
    .createIndex('parts_identity')
    .on('parts')
    .unique()
    .expression(sql`number, coalesce(maker_org_id, 0)`)
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema.createIndex('parts_maker').on('parts').columns(['maker_org_id', 'number']).execute();
  await db.schema.createIndex('parts_hs6').on('parts').column('hs6').execute();

  for (const [name, type] of [
    ['country_of_assembly', 'text'],
    ['part_id', 'integer'],
    ['date_earliest', 'text'],
    ['date_latest', 'text'],
    ['date_ambiguous', 'integer'],
    ['marking_flags', 'text'],
    ['marking_confidence', 'real'],
  ] as const) {
    await db.schema.alterTable('components').addColumn(name, type).execute();
  }
  await db.schema.createIndex('components_part').on('components').columns(['part_id', 'lot_code']).execute();
  await db.schema
    .createIndex('components_date_earliest')
    .on('components')
    .columns(['case_id', 'date_earliest'])
    .execute();
}
