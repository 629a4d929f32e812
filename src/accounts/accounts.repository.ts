// The SQL of accounts: users and credentials, memberships, sessions, API tokens and login throttling.
// Rows of audited tables are written through the AuditedWriter; this reads them, and writes only the
// operational tables (credentials, sessions, throttle) that are kept out of the audit log's content.
import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable } from '../db/index.ts';

type Db = Kysely<Database>;

export class AccountsRepository {
  userByName(db: Db, username: string) {
    return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  }

  userById(db: Db, id: number) {
    return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listUsers(db: Db) {
    return db.selectFrom('users').selectAll().where('deleted_at', 'is', null).orderBy('id').execute();
  }

  async countUsers(db: Db): Promise<number> {
    const [{ n }] = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .execute();
    return Number(n);
  }

  async passwordHash(db: Db, userId: number): Promise<string | undefined> {
    const row = await db
      .selectFrom('credentials')
      .select('password_hash')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row?.password_hash;
  }

  async setPasswordHash(db: Db, userId: number, hash: string): Promise<void> {
    const updated = await db
      .updateTable('credentials')
      .set({ password_hash: hash })
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      await db.insertInto('credentials').values({ user_id: userId, password_hash: hash }).execute();
  }

  /** The live memberships of a user: case id and role (deleted cases included, so that their owners
   * can still see and restore them). */
  memberships(db: Db, userId: number) {
    return db
      .selectFrom('case_members')
      .select(['case_id', 'role'])
      .where('user_id', '=', userId)
      .where('deleted_at', 'is', null)
      .execute();
  }

  membersOf(db: Db, caseId: number) {
    return db
      .selectFrom('case_members')
      .innerJoin('users', 'users.id', 'case_members.user_id')
      .select([
        'case_members.id',
        'case_members.case_id',
        'case_members.user_id',
        'case_members.role',
        'case_members.created_at',
        'users.username',
        'users.display_name',
      ])
      .where('case_members.case_id', '=', caseId)
      .where('case_members.deleted_at', 'is', null)
      .orderBy('case_members.id')
      .execute();
  }

  member(db: Db, caseId: number, userId: number) {
    return db
      .selectFrom('case_members')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('user_id', '=', userId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
  }

  /** Cases that no live member owns (for handing them to the first administrator). */
  async casesWithoutOwner(db: Db): Promise<number[]> {
    const rows = await db
      .selectFrom('cases')
      .select('cases.id')
      .where('cases.deleted_at', 'is', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('case_members')
              .select('case_members.id')
              .whereRef('case_members.case_id', '=', 'cases.id')
              .where('case_members.role', '=', 'owner')
              .where('case_members.deleted_at', 'is', null),
          ),
        ),
      )
      .execute();
    return rows.map((r) => r.id);
  }

  async insertSession(db: Db, row: Selectable<SessionsTable>): Promise<void> {
    await db.insertInto('sessions').values(row).execute();
  }

  sessionByHash(db: Db, idHash: string) {
    return db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  }

  async touchSession(db: Db, idHash: string, at: string): Promise<void> {
    await db.updateTable('sessions').set({ last_seen_at: at }).where('id_hash', '=', idHash).execute();
  }

  async endSession(db: Db, idHash: string, at: string): Promise<void> {
    await db
      .updateTable('sessions')
      .set({ ended_at: at })
      .where('id_hash', '=', idHash)
      .where('ended_at', 'is', null)
      .execute();
  }

  /** Ends every open session of a user, but the one kept (the one that changed the password). */
  async endSessionsOf(db: Db, userId: number, at: string, keep?: string): Promise<number> {
    let q = db
      .updateTable('sessions')
      .set({ ended_at: at })
      .where('user_id', '=', userId)
      .where('ended_at', 'is', null);
    if (keep) q = q.where('id_hash', '!=', keep);
    return Number((await q.executeTakeFirst()).numUpdatedRows);
  }

  tokenByHash(db: Db, tokenHash: string) {
    return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  }

  tokensOf(db: Db, userId: number) {
    return db
      .selectFrom('api_tokens')
      .selectAll()
      .where('user_id', '=', userId)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
  }

  throttle(db: Db, key: string) {
    return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  }

  async saveThrottle(
    db: Db,
    row: { key: string; failures: number; window_started_at: string; locked_until: string | null },
  ): Promise<void> {
    await db
      .insertInto('login_throttle')
      .values(row)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: row.failures,
          window_started_at: row.window_started_at,
          locked_until: row.locked_until,
        }),
      )
      .execute();
  }

  /** Forgets counts whose window has passed and that hold no lockout. */
  async pruneThrottle(db: Db, windowStartedBefore: string, now: string): Promise<void> {
    await db
      .deleteFrom('login_throttle')
      .where('window_started_at', '<', windowStartedBefore)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)]))
      .execute();
  }

  async clearThrottle(db: Db, key: string): Promise<void> {
    await db.deleteFrom('login_throttle').where('key', '=', key).execute();
  }
}
