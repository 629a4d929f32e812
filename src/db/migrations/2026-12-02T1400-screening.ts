// Sanctions screening: watch lists, each import a new version; the entries of a list with the version
// that added, last changed and removed each one; what each version added, changed and removed; and the
// screening hits of parties against entries with the reviewer's decision and the entry's digest it was
// made on (a decision holds until the entry changes). Frozen: later changes go in new migrations.
import type { Kysely } from 'kysely';
import { createTableWithId, type DialectName } from '../db.dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  await createTableWithId(db, dialect, 'watchlists')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('current_version', 'integer', (c) => c.notNull())
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('watchlists_name').on('watchlists').column('name').unique().execute();

  await createTableWithId(db, dialect, 'watchlist_versions')
    .addColumn('watchlist_id', 'integer', (c) => c.notNull().references('watchlists.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('files', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('entries', 'integer', (c) => c.notNull())
    .addColumn('added', 'integer', (c) => c.notNull())
    .addColumn('changed', 'integer', (c) => c.notNull())
    .addColumn('removed', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('watchlist_versions_number')
    .on('watchlist_versions')
    .columns(['watchlist_id', 'version'])
    .unique()
    .execute();

  await createTableWithId(db, dialect, 'watchlist_entries')
    .addColumn('watchlist_id', 'integer', (c) => c.notNull().references('watchlists.id'))
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('schema', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('programs', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('identifiers', 'text', (c) => c.notNull())
    .addColumn('birth_dates', 'text', (c) => c.notNull())
    .addColumn('addresses', 'text', (c) => c.notNull())
    .addColumn('remarks', 'text', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('version_added', 'integer', (c) => c.notNull())
    .addColumn('version_changed', 'integer', (c) => c.notNull())
    .addColumn('version_removed', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('watchlist_entries_identity')
    .on('watchlist_entries')
    .columns(['watchlist_id', 'entry_id'])
    .unique()
    .execute();

  await createTableWithId(db, dialect, 'watchlist_changes')
    .addColumn('watchlist_id', 'integer', (c) => c.notNull().references('watchlists.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('entry_row_id', 'integer', (c) => c.notNull().references('watchlist_entries.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('before_digest', 'text')
    .addColumn('after_digest', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('watchlist_changes_version')
    .on('watchlist_changes')
    .columns(['watchlist_id', 'version', 'kind', 'id'])
    .execute();

  await createTableWithId(db, dialect, 'screening_hits')
    .addColumn('party_type', 'text', (c) => c.notNull())
    .addColumn('party_id', 'integer', (c) => c.notNull())
    .addColumn('entry_row_id', 'integer', (c) => c.notNull().references('watchlist_entries.id'))
    .addColumn('watchlist_id', 'integer', (c) => c.notNull().references('watchlists.id'))
    .addColumn('entry_digest', 'text', (c) => c.notNull())
    .addColumn('party_name', 'text', (c) => c.notNull())
    .addColumn('matched_name', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('note', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decided_digest', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('screening_hits_pair')
    .on('screening_hits')
    .columns(['party_type', 'party_id', 'entry_row_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('screening_hits_status')
    .on('screening_hits')
    .columns(['status', 'id'])
    .execute();
  await db.schema.createIndex('screening_hits_entry').on('screening_hits').column('entry_row_id').execute();
}
