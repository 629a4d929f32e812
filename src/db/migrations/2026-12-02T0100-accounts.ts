// Accounts and access control: users and their credentials, memberships of cases, sessions, API tokens,
// login throttling, publication of cases with a second approval, records marked restricted, and the
// replies of named companies attached to a published case. Frozen: later changes go in new migrations.
import type { Kysely } from 'kysely';
import { createTableWithId, type DialectName } from '../db.dialect.ts';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and must not depend on today's table types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb, dialect: DialectName): Promise<void> {
  // Audited: every change is in the hash chain. The password hash is not here (see credentials).
  await createTableWithId(db, dialect, 'users')
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('instance_role', 'text', (c) => c.notNull())
    .addColumn('must_change_password', 'integer', (c) => c.notNull())
    .addColumn('password_changed_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  // Not audited, so that no password hash ever lands in the audit log; a change of password is audited
  // through users.password_changed_at in the same transaction.
  await db.schema
    .createTable('credentials')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .execute();

  await createTableWithId(db, dialect, 'case_members')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('case_members_user')
    .on('case_members')
    .columns(['user_id', 'case_id'])
    .execute();
  await db.schema
    .createIndex('case_members_case')
    .on('case_members')
    .columns(['case_id', 'user_id'])
    .execute();

  // Operational state, not evidence: a session row changes on every request (idle expiry). Logins and
  // logouts are recorded in the audit log as events.
  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('address', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id', 'ended_at']).execute();

  await createTableWithId(db, dialect, 'api_tokens')
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.references('cases.id'))
    .addColumn('expires_at', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();

  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await createTableWithId(db, dialect, 'case_publications')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('requested_by_user', 'integer')
    .addColumn('note', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('approved_by_user', 'integer')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('case_publications_case')
    .on('case_publications')
    .columns(['case_id', 'id'])
    .execute();

  await createTableWithId(db, dialect, 'restrictions')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('restrictions_entity')
    .on('restrictions')
    .columns(['entity_type', 'entity_id'])
    .execute();

  // Every request looks up the published cases.
  await db.schema.createIndex('cases_status').on('cases').columns(['status', 'deleted_at']).execute();

  // One counter that every change of who may see what (a membership, a case's status, a user's role)
  // moves, in the same transaction: a server reuses what it read of memberships and published cases
  // until the counter moves, on SQLite and across the servers of one PostgreSQL alike.
  await db.schema
    .createTable('access_epoch')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('epoch', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('access_epoch').values({ id: 1, epoch: 0 }).execute();

  // Who started a job, as a user whatever credential they used: they (and admins) may follow it.
  await db.schema.alterTable('jobs').addColumn('requested_by_user', 'integer').execute();

  await createTableWithId(db, dialect, 'company_replies')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id'))
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id'))
    .addColumn('company_name', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('reply', 'text', (c) => c.notNull())
    .addColumn('evidence_file_id', 'integer', (c) => c.references('evidence_files.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
}
