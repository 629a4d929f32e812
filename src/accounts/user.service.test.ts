// Users on both databases: one-time passwords, the first administrator of an empty database, password
// resets and disabled accounts ending sessions and tokens, the last administrator kept, and no password
// material in the audit log. (Synthetic test data.)
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCase } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import { localAdmin } from '../core/actor.ts';
import { Conflict, Forbidden, Invalid, Unauthenticated } from '../core/errors.ts';
import { verifyPassword } from './accounts.password.ts';
import type { User } from './accounts.schema.ts';

const PHC_PREFIX = '$argon2id$v=19$m=19456,t=2,p=1$';
const REFUSED = 'wrong username or password';

let address = 0;
/** Each sign-in from its own address, so that the per-address throttle stays out of these tests. */
const login = (app: App, username: string, password: string) =>
  app.sessions.login({ username, password }, { address: `198.51.100.${++address}`, userAgent: 'vitest' });

async function refused(p: Promise<unknown>) {
  await expect(p).rejects.toBeInstanceOf(Unauthenticated);
  await expect(p).rejects.toThrow(REFUSED);
}

describeEachDialect('UserService', (t) => {
  /** Every password handed out in this suite: none may ever reach the audit log. */
  const handedOut: string[] = [];

  describe('the first administrator', () => {
    it('on an empty database: exactly one admin with a one-time password, owning the unowned cases', async () => {
      const app = t().app;
      const a = await makeCase(app, 'Before accounts A (synthetic test data)');
      const b = await makeCase(app, 'Before accounts B (synthetic test data)');
      expect(await app.users.list(localAdmin)).toEqual([]);

      const created = await app.users.ensureAdmin(localAdmin);
      expect(created).not.toBeNull();
      if (!created) return;
      handedOut.push(created.password);
      expect(created.user).toMatchObject({
        username: 'admin',
        instanceRole: 'admin',
        mustChangePassword: true,
      });
      expect(created.password).toHaveLength(20);
      const users = await app.users.list(localAdmin);
      expect(users).toHaveLength(1);
      expect(users[0].id).toBe(created.user.id);

      // Nothing guessable signs in: only the one-time password just shown. (Four guesses: a fifth
      // would lock the account out.)
      for (const guess of ['admin', 'password', 'teardown', 'changeme'])
        await refused(login(app, 'admin', guess));
      const stored = await app.db.kysely
        .selectFrom('credentials')
        .select('password_hash')
        .where('user_id', '=', created.user.id)
        .executeTakeFirstOrThrow();
      expect(stored.password_hash.startsWith(PHC_PREFIX)).toBe(true);
      expect(await verifyPassword(stored.password_hash, created.password)).toBe(true);

      for (const c of [a, b]) {
        const members = await app.members.list(localAdmin, c.id);
        expect(members.map((m) => [m.userId, m.role])).toEqual([[created.user.id, 'owner']]);
      }
    });

    it('does nothing the second time', async () => {
      const app = t().app;
      const before = await app.users.list(localAdmin);
      expect(await app.users.ensureAdmin(localAdmin)).toBeNull();
      expect(await app.users.list(localAdmin)).toEqual(before);
      const rows = await app.db.kysely.selectFrom('credentials').selectAll().execute();
      expect(rows).toHaveLength(1);
    });
  });

  describe('accounts', () => {
    let admin: User;
    beforeAll(async () => {
      admin = await t().app.users.byName(localAdmin, 'admin');
    });

    it('adds a user whose one-time password signs in once and must be changed', async () => {
      const app = t().app;
      const { user, password } = await app.users.add(localAdmin, {
        username: '  Carol.Synthetic ',
        instanceRole: 'analyst',
      });
      handedOut.push(password);
      expect(user).toMatchObject({
        username: 'carol.synthetic',
        displayName: 'carol.synthetic',
        instanceRole: 'analyst',
        mustChangePassword: true,
        disabledAt: null,
      });
      expect(password).toMatch(/^[a-zA-Z2-9]{20}$/);

      const first = await login(app, 'carol.synthetic', password);
      expect(first.session.user.mustChangePassword).toBe(true);
      const actor = await app.grants.userActor(first.session.user);
      await expect(
        app.users.changePassword(actor, { currentPassword: password, newPassword: password }),
      ).rejects.toBeInstanceOf(Invalid);
      await expect(
        app.users.changePassword(actor, {
          currentPassword: 'not it at all',
          newPassword: 'carol new synthetic pw',
        }),
      ).rejects.toMatchObject({ problems: [{ path: 'currentPassword' }] });
      await expect(
        app.users.changePassword(actor, { currentPassword: password, newPassword: 'short' }),
      ).rejects.toMatchObject({ problems: [{ path: 'newPassword' }] });

      const changed = await app.users.changePassword(actor, {
        currentPassword: password,
        newPassword: 'carol new synthetic pw',
      });
      handedOut.push('carol new synthetic pw');
      expect(changed.mustChangePassword).toBe(false);
      await refused(login(app, 'carol.synthetic', password));
      const next = await login(app, 'carol.synthetic', 'carol new synthetic pw');
      expect(next.session.user.mustChangePassword).toBe(false);
    });

    it('refuses a duplicate name, a bad name and a non-administrator creating users', async () => {
      const app = t().app;
      await expect(app.users.add(localAdmin, { username: 'CAROL.synthetic' })).rejects.toBeInstanceOf(
        Conflict,
      );
      await expect(app.users.add(localAdmin, { username: 'no spaces allowed' })).rejects.toBeInstanceOf(
        Invalid,
      );
      await expect(app.users.add(localAdmin, { username: 'x', instanceRole: 'root' })).rejects.toBeInstanceOf(
        Invalid,
      );
      const carol = await app.users.byName(localAdmin, 'carol.synthetic');
      const asAnalyst = await app.grants.userActor(carol);
      await expect(app.users.add(asAnalyst, { username: 'mallory' })).rejects.toBeInstanceOf(Forbidden);
      await expect(app.users.update(asAnalyst, carol.id, { instanceRole: 'admin' })).rejects.toBeInstanceOf(
        Forbidden,
      );
      await expect(app.users.resetPassword(asAnalyst, admin.id)).rejects.toBeInstanceOf(Forbidden);
      await expect(app.users.list(asAnalyst)).rejects.toBeInstanceOf(Forbidden);
      expect((await app.users.list(localAdmin)).map((u) => u.username)).not.toContain('mallory');
    });

    it('a password reset hands out a new one-time password and ends every session', async () => {
      const app = t().app;
      const { user, password } = await app.users.add(localAdmin, { username: 'dave-synthetic' });
      handedOut.push(password);
      const s1 = await login(app, 'dave-synthetic', password);
      const s2 = await login(app, 'dave-synthetic', password);
      expect(await app.sessions.resolve(s1.secret)).not.toBeNull();
      expect(await app.sessions.resolve(s2.secret)).not.toBeNull();

      const reset = await app.users.resetPassword(localAdmin, user.id);
      handedOut.push(reset.password);
      expect(reset.password).not.toBe(password);
      expect(reset.user.mustChangePassword).toBe(true);
      expect(await app.sessions.resolve(s1.secret)).toBeNull();
      expect(await app.sessions.resolve(s2.secret)).toBeNull();
      await refused(login(app, 'dave-synthetic', password));
      const s3 = await login(app, 'dave-synthetic', reset.password);
      expect(await app.sessions.resolve(s3.secret)).not.toBeNull();
    });

    it('a disabled user loses its sessions and tokens and cannot sign in, until enabled again', async () => {
      const app = t().app;
      const { user, password } = await app.users.add(localAdmin, { username: 'erin-synthetic' });
      handedOut.push(password);
      const s = await login(app, 'erin-synthetic', password);
      const { secret } = await app.tokens.createFor(localAdmin, user.id, { name: 'erin ci', scope: 'write' });
      expect(await app.tokens.resolve(secret)).not.toBeNull();

      const disabled = await app.users.update(localAdmin, user.id, { disabled: true });
      expect(disabled.disabledAt).not.toBeNull();
      expect(await app.sessions.resolve(s.secret)).toBeNull();
      expect(await app.tokens.resolve(secret)).toBeNull();
      // The same answer as for a wrong password: nothing tells that the account exists.
      await refused(login(app, 'erin-synthetic', password));

      await app.users.update(localAdmin, user.id, { disabled: false });
      // The session ended for good; signing in works again.
      expect(await app.sessions.resolve(s.secret)).toBeNull();
      expect(
        await app.sessions.resolve((await login(app, 'erin-synthetic', password)).secret),
      ).not.toBeNull();
    });

    it('keeps the last administrator: it cannot be demoted or disabled', async () => {
      const app = t().app;
      await expect(app.users.update(localAdmin, admin.id, { instanceRole: 'analyst' })).rejects.toMatchObject(
        {
          problems: [{ path: 'instanceRole' }],
        },
      );
      await expect(app.users.update(localAdmin, admin.id, { disabled: true })).rejects.toMatchObject({
        problems: [{ path: 'disabled' }],
      });
      expect(await app.users.get(localAdmin, admin.id)).toMatchObject({
        instanceRole: 'admin',
        disabledAt: null,
      });

      // With a second administrator, the first may step down; then the second is the last one.
      const second = await app.users.add(localAdmin, { username: 'frank-admin', instanceRole: 'admin' });
      handedOut.push(second.password);
      expect((await app.users.update(localAdmin, admin.id, { instanceRole: 'analyst' })).instanceRole).toBe(
        'analyst',
      );
      await expect(app.users.update(localAdmin, second.user.id, { disabled: true })).rejects.toBeInstanceOf(
        Invalid,
      );
      await expect(
        app.users.update(localAdmin, second.user.id, { instanceRole: 'member' }),
      ).rejects.toBeInstanceOf(Invalid);
      // A disabled admin does not count as one.
      await app.users.update(localAdmin, admin.id, { instanceRole: 'admin', disabled: true });
      await expect(app.users.update(localAdmin, second.user.id, { disabled: true })).rejects.toBeInstanceOf(
        Invalid,
      );
      await app.users.update(localAdmin, admin.id, { disabled: false });
      await app.users.update(localAdmin, second.user.id, { disabled: true });
      expect((await app.users.get(localAdmin, second.user.id)).disabledAt).not.toBeNull();
    });

    it('never writes a password or its hash to the audit log', async () => {
      const app = t().app;
      const rows = await app.db.kysely
        .selectFrom('audit_log')
        .select(['action', 'entity_type', 'before', 'after'])
        .execute();
      // The suite did create, change, reset and disable users: those are audited…
      expect(rows.filter((r) => r.entity_type === 'user').length).toBeGreaterThan(8);
      const text = rows.map((r) => `${r.before ?? ''}\n${r.after ?? ''}`).join('\n');
      // …but with nothing of their credentials.
      expect(text).not.toContain('$argon2');
      expect(text).not.toContain('password_hash');
      expect(handedOut.length).toBeGreaterThan(5);
      for (const p of handedOut) expect(text).not.toContain(p);
    });
  });
});
