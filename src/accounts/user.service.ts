// Users: created by an administrator (or the local administrator on the command line) with a one-time
// password that must be changed at first sign-in; no default password exists anywhere. Changing a
// password ends the user's other sessions; resetting or disabling an account ends all of them.
import { assertAdmin } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Conflict, Invalid, NotFound, Unauthenticated } from '../core/errors.ts';
import { type AuditedWriter, parseInput, type Trx } from '../evidence/index.ts';
import { toUser } from './accounts.mappers.ts';
import { generatePassword, hashPassword, verifyPassword } from './accounts.password.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import { PasswordChange, type User, UserInput, UserPatch } from './accounts.schema.ts';

export class UserService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: AccountsRepository,
  ) {}

  /** Creates a user with a one-time password, returned once and stored only as an argon2id hash. */
  async add(actor: Actor, input: unknown): Promise<{ user: User; password: string }> {
    assertAdmin(actor);
    const v = parseInput(UserInput, input);
    const password = generatePassword();
    const hash = await hashPassword(password);
    return this.w.transaction(async (trx) => {
      if (await this.repo.userByName(trx, v.username))
        throw new Conflict(`a user named "${v.username}" already exists`);
      const now = new Date().toISOString();
      const row = await this.w.create(trx, actor, 'user', {
        username: v.username,
        display_name: v.displayName ?? v.username,
        instance_role: v.instanceRole,
        must_change_password: 1,
        password_changed_at: now,
        disabled_at: null,
      });
      await this.repo.setPasswordHash(trx, row.id, hash);
      return { user: toUser(row), password };
    });
  }

  /** The signed-in user's own account. */
  async self(userId: number | null): Promise<User> {
    if (userId === null) throw new Unauthenticated('sign in first');
    return toUser(await this.row(this.w.db.kysely, userId));
  }

  async list(actor: Actor): Promise<User[]> {
    assertAdmin(actor, false);
    return (await this.repo.listUsers(this.w.db.kysely)).map(toUser);
  }

  async get(actor: Actor, id: number): Promise<User> {
    assertAdmin(actor, false);
    return toUser(await this.row(this.w.db.kysely, id));
  }

  async byName(actor: Actor, username: string): Promise<User> {
    assertAdmin(actor, false);
    const row = await this.repo.userByName(this.w.db.kysely, username.trim().toLowerCase());
    if (!row || row.deleted_at) throw new NotFound('user', username);
    return toUser(row);
  }

  async update(actor: Actor, id: number, patch: unknown): Promise<User> {
    assertAdmin(actor);
    const p = parseInput(UserPatch, patch);
    return this.w.transaction(async (trx) => {
      const current = await this.row(trx, id);
      const values: Record<string, unknown> = {};
      if (p.displayName !== undefined) values.display_name = p.displayName;
      if (p.instanceRole !== undefined) values.instance_role = p.instanceRole;
      if (p.disabled !== undefined)
        values.disabled_at = p.disabled ? (current.disabled_at ?? new Date().toISOString()) : null;
      const losesAdmin =
        current.instance_role === 'admin' &&
        !current.disabled_at &&
        ((p.instanceRole !== undefined && p.instanceRole !== 'admin') || p.disabled === true);
      if (losesAdmin && (await this.activeAdmins(trx)) <= 1)
        throw Invalid.at(p.disabled ? 'disabled' : 'instanceRole', 'this is the last administrator');
      const row = await this.w.update(trx, actor, 'user', id, values);
      if (p.disabled) await this.repo.endSessionsOf(trx, id, new Date().toISOString());
      return toUser(row);
    });
  }

  /** A new one-time password; every session of the user ends. */
  async resetPassword(actor: Actor, id: number): Promise<{ user: User; password: string }> {
    assertAdmin(actor);
    const password = generatePassword();
    const hash = await hashPassword(password);
    return this.w.transaction(async (trx) => {
      await this.row(trx, id);
      const now = new Date().toISOString();
      const row = await this.w.update(trx, actor, 'user', id, {
        must_change_password: 1,
        password_changed_at: now,
      });
      await this.repo.setPasswordHash(trx, id, hash);
      await this.repo.endSessionsOf(trx, id, now);
      return { user: toUser(row), password };
    });
  }

  /** The user's own change of password; every other session of the user ends. */
  async changePassword(actor: Actor, input: unknown, keepSession?: string): Promise<User> {
    if (actor.kind !== 'user') throw new Unauthenticated('sign in with your password to change it');
    const v = parseInput(PasswordChange, input);
    const stored = await this.repo.passwordHash(this.w.db.kysely, actor.id);
    if (!stored || !(await verifyPassword(stored, v.currentPassword)))
      throw Invalid.at('currentPassword', 'is not your current password');
    if (v.newPassword === v.currentPassword)
      throw Invalid.at('newPassword', 'must differ from the current password');
    const hash = await hashPassword(v.newPassword);
    return this.w.transaction(async (trx) => {
      const now = new Date().toISOString();
      const row = await this.w.update(trx, actor, 'user', actor.id, {
        must_change_password: 0,
        password_changed_at: now,
      });
      await this.repo.setPasswordHash(trx, actor.id, hash);
      await this.repo.endSessionsOf(trx, actor.id, now, keepSession);
      return toUser(row);
    });
  }

  /** On a database with no user: creates the administrator "admin" with a one-time password, and
   * makes it the owner of every case nobody owns (cases made before accounts existed). */
  async ensureAdmin(actor: Actor): Promise<{ user: User; password: string } | null> {
    if ((await this.repo.countUsers(this.w.db.kysely)) > 0) return null;
    let created: { user: User; password: string };
    try {
      created = await this.add(actor, {
        username: 'admin',
        displayName: 'Administrator',
        instanceRole: 'admin',
      });
    } catch (e) {
      // Several servers started together on one new database: another one made the administrator.
      if ((await this.repo.countUsers(this.w.db.kysely)) > 0) return null;
      throw e;
    }
    await this.w.transaction(async (trx) => {
      for (const caseId of await this.repo.casesWithoutOwner(trx))
        await this.w.create(trx, actor, 'case_member', {
          case_id: caseId,
          user_id: created.user.id,
          role: 'owner',
        });
    });
    return created;
  }

  private async row(trx: Trx, id: number) {
    const row = await this.repo.userById(trx, id);
    if (!row || row.deleted_at) throw new NotFound('user', id);
    return row;
  }

  private async activeAdmins(trx: Trx): Promise<number> {
    return (await this.repo.listUsers(trx)).filter((u) => u.instance_role === 'admin' && !u.disabled_at)
      .length;
  }
}
