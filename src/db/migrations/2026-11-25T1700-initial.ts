// The evidence registry's first schema: cases, recovered items, components, evidence files, custody
// events, parties, the audit chain and jobs. Frozen: later changes go in new migrations.
import type { Kysely } from 'kysely';
import { createTableWithId, type DialectName, fullTextIndex } from '../db.dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  await createTableWithId(db, dialect, 'cases')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  await createTableWithId(db, dialect, 'recovered_items')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('external_ref', 'text')
    .addColumn('item_type', 'text', (c) => c.notNull())
    .addColumn('designation_marked', 'text')
    .addColumn('designation_assessed', 'text')
    .addColumn('designation_assessment', 'text')
    .addColumn('serial_number', 'text')
    .addColumn('markings', 'text')
    .addColumn('recovered_at', 'text')
    .addColumn('recovered_precision', 'text')
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('place_name', 'text')
    .addColumn('country', 'text')
    .addColumn('condition', 'text')
    .addColumn('source', 'text')
    .addColumn('observation', 'text')
    .addColumn('source_reliability', 'text')
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('recovered_items_case')
    .on('recovered_items')
    .columns(['case_id', 'id'])
    .execute();
  await db.schema
    .createIndex('recovered_items_identity_ref')
    .on('recovered_items')
    .columns(['case_id', 'external_ref'])
    .execute();
  await db.schema
    .createIndex('recovered_items_identity_serial')
    .on('recovered_items')
    .columns(['designation_marked', 'serial_number', 'recovered_at'])
    .execute();
  await db.schema
    .createIndex('recovered_items_recovered_at')
    .on('recovered_items')
    .column('recovered_at')
    .execute();

  await createTableWithId(db, dialect, 'evidence_files')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('item_id', 'integer', (c) => c.references('recovered_items.id'))
    .addColumn('component_id', 'integer')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('captured_at', 'text')
    .addColumn('gps_latitude', 'double precision')
    .addColumn('gps_longitude', 'double precision')
    .addColumn('exif', 'text')
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('evidence_files_case_sha')
    .on('evidence_files')
    .columns(['case_id', 'sha256'])
    .execute();
  await db.schema.createIndex('evidence_files_item').on('evidence_files').column('item_id').execute();

  await createTableWithId(db, dialect, 'components')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('item_id', 'integer', (c) => c.notNull().references('recovered_items.id'))
    .addColumn('parent_id', 'integer', (c) => c.references('components.id'))
    .addColumn('subsystem', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('category', 'text')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('marking_raw', 'text', (c) => c.notNull())
    .addColumn('maker', 'text')
    .addColumn('maker_org_id', 'integer')
    .addColumn('part_number', 'text')
    .addColumn('date_code', 'text')
    .addColumn('lot_code', 'text')
    .addColumn('serial', 'text')
    .addColumn('field_origins', 'text')
    .addColumn('evidence_file_id', 'integer', (c) => c.references('evidence_files.id'))
    .addColumn('photo_region', 'text')
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('components_identity')
    .on('components')
    .columns(['item_id', 'position', 'marking_raw'])
    .execute();
  await db.schema.createIndex('components_case').on('components').columns(['case_id', 'id']).execute();
  await db.schema.createIndex('components_part_number').on('components').column('part_number').execute();

  await createTableWithId(db, dialect, 'custody_events')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('item_id', 'integer', (c) => c.references('recovered_items.id'))
    .addColumn('evidence_file_id', 'integer', (c) => c.references('evidence_files.id'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_party', 'text')
    .addColumn('to_party', 'text')
    .addColumn('place', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('custody_events_item')
    .on('custody_events')
    .columns(['item_id', 'occurred_at'])
    .execute();

  for (const table of ['organizations', 'persons'] as const) {
    let t = createTableWithId(db, dialect, table)
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('aliases', 'text', (c) => c.notNull())
      .addColumn('countries', 'text', (c) => c.notNull())
      .addColumn('identifiers', 'text', (c) => c.notNull())
      .addColumn('addresses', 'text', (c) => c.notNull())
      .addColumn('roles', 'text', (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('search_text', 'text', (c) => c.notNull());
    t =
      table === 'organizations'
        ? t.addColumn('former_names', 'text', (c) => c.notNull()).addColumn('parent_id', 'integer')
        : t.addColumn('birth_date', 'text');
    await t
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex(`${table}_name`).on(table).column('name').execute();
  }

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('batch', 'text')
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('rows_digest', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_log_entity')
    .on('audit_log')
    .columns(['entity_type', 'entity_id'])
    .execute();

  await db.schema
    .createTable('audit_chunks')
    .addColumn('batch', 'text', (c) => c.notNull())
    .addColumn('chunk_no', 'integer', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('ids', 'text', (c) => c.notNull())
    .addColumn('digests', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_chunks_pk', ['batch', 'chunk_no'])
    .execute();

  await createTableWithId(db, dialect, 'jobs')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('run_after', 'text', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('progress_done', 'integer', (c) => c.notNull())
    .addColumn('progress_total', 'integer')
    .addColumn('progress_message', 'text')
    .addColumn('result', 'text')
    .addColumn('error', 'text')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_after']).execute();

  for (const table of ['recovered_items', 'components', 'organizations', 'persons']) {
    await fullTextIndex(db, dialect, table);
  }
}
