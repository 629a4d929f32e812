// Attribution and production estimates: construction tags on recovered items; the instance's variant
// profile document, each save a new version (the latest in force); human attribution decisions per item,
// each standing alone with the profiles version and the machine's reading it was made against (a new one
// replaces the last, which is marked deleted); serial-number patterns per assessed designation; and
// declared production targets (claims an analyst records, compared with the estimates). Frozen: later
// changes go in new migrations.
import { type Kysely, sql } from 'kysely';
import { createTableWithId, type DialectName } from '../db.dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  await db.schema.alterTable('recovered_items').addColumn('tags', 'text').execute();

  await createTableWithId(db, dialect, 'variant_profile_versions')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('variant_count', 'integer', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('saved_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('variant_profile_versions_number')
    .on('variant_profile_versions')
    .column('version')
    .unique()
    .execute();

  await createTableWithId(db, dialect, 'attribution_decisions')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('recovered_items.id'))
    .addColumn('variant_id', 'text', (c) => c.notNull())
    .addColumn('variant_name', 'text')
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_by_user', 'integer')
    .addColumn('profiles_version', 'integer')
    .addColumn('machine_variant_id', 'text', (c) => c.notNull())
    .addColumn('machine_score', 'real')
    .addColumn('machine_rule', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  // One decision in force per item; the replaced ones stay, marked deleted.
  await db.schema
    .createIndex('attribution_decisions_live')
    .on('attribution_decisions')
    .column('item_id')
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
  await db.schema
    .createIndex('attribution_decisions_case')
    .on('attribution_decisions')
    .columns(['case_id', 'item_id'])
    .execute();

  await createTableWithId(db, dialect, 'serial_patterns')
    .addColumn('designation', 'text', (c) => c.notNull())
    .addColumn('designation_key', 'text', (c) => c.notNull())
    .addColumn('pattern', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('serial_patterns_designation')
    .on('serial_patterns')
    .column('designation_key')
    .unique()
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await createTableWithId(db, dialect, 'production_targets')
    .addColumn('designation', 'text', (c) => c.notNull())
    .addColumn('designation_key', 'text', (c) => c.notNull())
    .addColumn('series', 'text')
    .addColumn('units', 'integer', (c) => c.notNull())
    .addColumn('by_date', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('production_targets_designation')
    .on('production_targets')
    .columns(['designation_key', 'id'])
    .execute();

  // The production page groups a reader's items by assessed designation.
  await db.schema
    .createIndex('recovered_items_designation_assessed')
    .on('recovered_items')
    .columns(['designation_assessed', 'case_id'])
    .execute();
}
