// Sign-in and sessions on both databases: one refusal for every kind of wrong sign-in, idle and absolute
// expiry, sign-out, a password change ending the other sessions, the login throttle per account and per
// address, and the audit trail of sign-ins, which still verifies. (Synthetic test data.)
import { beforeAll, describe, expect, it } from 'vitest';
import { makeUser, TEST_PASSWORD } from '../../test/helpers/auth.ts';
import { failure } from '../../test/helpers/errors.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import { verifyIntegrity } from '../audit/index.ts';
import { TooManyRequests, Unauthenticated } from '../core/errors.ts';
import { AccountsRepository } from './accounts.repository.ts';
import { digest } from './accounts.secret.ts';
import { defaultThrottle, LoginThrottle } from './accounts.throttle.ts';

const REFUSED = 'wrong username or password';
const MIN = 60_000;

let nextAddress = 0;
const freshAddress = () => `203.0.113.${++nextAddress}`;
/** Successful sign-ins per username, to compare with the audit log. */
const signedIn = new Map<string, number>();

async function login(app: App, username: string, password: string, address: string | null = freshAddress()) {
  const r = await app.sessions.login({ username, password }, { address, userAgent: 'vitest (synthetic)' });
  signedIn.set(r.session.user.username, (signedIn.get(r.session.user.username) ?? 0) + 1);
  return r;
}

describeEachDialect('SessionService', (t) => {
  let alice: Awaited<ReturnType<typeof makeUser>>;
  beforeAll(async () => {
    signedIn.clear();
    alice = await makeUser(t().app, { username: 'alice-synthetic', role: 'analyst' });
  });

  it('signs in with the right password; the session resolves and is stored only as a digest', async () => {
    const app = t().app;
    const before = Date.now();
    const { secret, session } = await login(app, 'Alice-Synthetic', TEST_PASSWORD);
    expect(session.user).toMatchObject({
      id: alice.id,
      username: 'alice-synthetic',
      mustChangePassword: false,
    });
    expect(session.csrfToken.length).toBeGreaterThanOrEqual(32);
    expect(session.idHash).toBe(digest(secret));
    const maxMs = app.sessions.policy.maxHours * 3_600_000;
    expect(Date.parse(session.expiresAt)).toBeGreaterThanOrEqual(before + maxMs - 1000);
    expect(Date.parse(session.expiresAt)).toBeLessThanOrEqual(Date.now() + maxMs);

    const resolved = await app.sessions.resolve(secret);
    expect(resolved).toMatchObject({
      idHash: digest(secret),
      csrfToken: session.csrfToken,
      user: { id: alice.id },
    });

    const row = await app.db.kysely
      .selectFrom('sessions')
      .selectAll()
      .where('id_hash', '=', digest(secret))
      .executeTakeFirstOrThrow();
    expect(Object.values(row)).not.toContain(secret);
    expect(row.user_id).toBe(alice.id);
    expect(await app.sessions.resolve(`${secret}x`)).toBeNull();
    expect(await app.sessions.resolve('')).toBeNull();
  });

  it('gives an unknown user, a wrong password and an empty password the same refusal', async () => {
    const app = t().app;
    const unknown = await failure(login(app, 'nobody-synthetic', TEST_PASSWORD));
    const wrong = await failure(login(app, 'alice-synthetic', 'not the password at all'));
    expect(unknown).toBeInstanceOf(Unauthenticated);
    expect(wrong).toBeInstanceOf(Unauthenticated);
    expect(unknown.message).toBe(REFUSED);
    expect(wrong.message).toBe(unknown.message);
    expect((wrong as Unauthenticated).problems).toEqual((unknown as Unauthenticated).problems);
    // A missing field is a malformed request, not a sign-in attempt.
    await expect(login(app, 'alice-synthetic', '')).rejects.toMatchObject({ code: 'invalid' });
    // A clean slate for alice's account counter.
    await login(app, 'alice-synthetic', TEST_PASSWORD);
  });

  it('ends a session left idle, and sliding activity keeps it alive', async () => {
    const app = t().app;
    const idle = app.sessions.policy.idleMinutes * MIN;
    const a = await login(app, 'alice-synthetic', TEST_PASSWORD);
    const t0 = Date.now();
    expect(await app.sessions.resolve(a.secret, t0 + idle + MIN)).toBeNull();

    const b = await login(app, 'alice-synthetic', TEST_PASSWORD);
    const t1 = Date.now();
    expect(await app.sessions.resolve(b.secret, t1 + idle - 5 * MIN)).not.toBeNull();
    // That request moved the idle deadline on.
    expect(await app.sessions.resolve(b.secret, t1 + 2 * idle - 10 * MIN)).not.toBeNull();
    expect(await app.sessions.resolve(b.secret, t1 + 3 * idle)).toBeNull();
  });

  it('ends a session at its absolute expiry, however active', async () => {
    const app = t().app;
    const idle = app.sessions.policy.idleMinutes * MIN;
    const max = app.sessions.policy.maxHours * 60 * MIN;
    const { secret, session } = await login(app, 'alice-synthetic', TEST_PASSWORD);
    const end = Date.parse(session.expiresAt);
    const step = Math.max(MIN * 2, idle - 10 * MIN);
    let at = Date.now();
    while (at + step < end - MIN) {
      at += step;
      const s = await app.sessions.resolve(secret, at);
      expect(s).not.toBeNull();
      // The session says when it ends at the latest: at the idle deadline or the absolute expiry.
      expect(Date.parse(s?.expiresAt ?? '')).toBe(Math.min(at + idle, end));
    }
    expect(await app.sessions.resolve(secret, end - MIN)).not.toBeNull();
    expect(await app.sessions.resolve(secret, end)).toBeNull();
    expect(await app.sessions.resolve(secret, end + MIN)).toBeNull();
    expect(end - Date.now()).toBeLessThanOrEqual(max);
  });

  it('ends the session at sign-out', async () => {
    const app = t().app;
    const { secret, session } = await login(app, 'alice-synthetic', TEST_PASSWORD);
    const other = await login(app, 'alice-synthetic', TEST_PASSWORD);
    const actor = await app.grants.userActor(session.user);
    await app.sessions.logout(actor, session.idHash);
    expect(await app.sessions.resolve(secret)).toBeNull();
    // Only that one.
    expect(await app.sessions.resolve(other.secret)).not.toBeNull();
    // Signing out twice does no harm.
    await app.sessions.logout(actor, session.idHash);
    expect(await app.sessions.resolve(secret)).toBeNull();
  });

  it("a password change ends the user's other sessions but keeps the one that made it", async () => {
    const app = t().app;
    const bob = await makeUser(app, { username: 'bob-synthetic' });
    const current = await login(app, 'bob-synthetic', TEST_PASSWORD);
    const laptop = await login(app, 'bob-synthetic', TEST_PASSWORD);
    const phone = await login(app, 'bob-synthetic', TEST_PASSWORD);
    const actor = await app.grants.userActor(current.session.user);
    await app.users.changePassword(
      actor,
      { currentPassword: TEST_PASSWORD, newPassword: 'bob new synthetic password' },
      current.session.idHash,
    );
    expect(await app.sessions.resolve(current.secret)).not.toBeNull();
    expect(await app.sessions.resolve(laptop.secret)).toBeNull();
    expect(await app.sessions.resolve(phone.secret)).toBeNull();
    await expect(login(app, 'bob-synthetic', TEST_PASSWORD)).rejects.toBeInstanceOf(Unauthenticated);
    expect((await login(app, 'bob-synthetic', 'bob new synthetic password')).session.user.id).toBe(bob.id);
  });

  describe('login throttle', () => {
    it('locks an account out after 5 failures, even for the right password', async () => {
      const app = t().app;
      await makeUser(app, { username: 'carol-synthetic' });
      for (let i = 0; i < defaultThrottle.accountFailures; i++) {
        const e = await failure(login(app, 'carol-synthetic', `wrong guess ${i}`));
        expect(e).toBeInstanceOf(Unauthenticated);
      }
      // From another address, with the right password: still locked.
      const locked = await failure(login(app, 'carol-synthetic', TEST_PASSWORD));
      expect(locked).toBeInstanceOf(TooManyRequests);
      expect((locked as TooManyRequests).status).toBe(429);
      const wait = (locked as TooManyRequests).retryAfter;
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(defaultThrottle.lockMinutes * 60);
      // However the name is written.
      await expect(login(app, 'CAROL-synthetic', TEST_PASSWORD)).rejects.toBeInstanceOf(TooManyRequests);
      // Other accounts are not affected.
      await expect(login(app, 'alice-synthetic', TEST_PASSWORD)).resolves.toBeTruthy();
    });

    it('locks an unknown username out the same way', async () => {
      const app = t().app;
      for (let i = 0; i < defaultThrottle.accountFailures; i++)
        await expect(login(app, 'ghost-synthetic', `guess ${i}`)).rejects.toBeInstanceOf(Unauthenticated);
      await expect(login(app, 'ghost-synthetic', 'guess 6')).rejects.toBeInstanceOf(TooManyRequests);
    });

    it('locks an address out after 20 failures across different usernames', async () => {
      const app = t().app;
      await makeUser(app, { username: 'dave-synthetic' });
      const guesser = freshAddress();
      for (let i = 0; i < defaultThrottle.addressFailures; i++)
        await expect(login(app, `probe${i}-synthetic`, 'guess', guesser)).rejects.toBeInstanceOf(
          Unauthenticated,
        );
      // The address is locked, whatever account it tries and even with the right password…
      await expect(login(app, 'dave-synthetic', TEST_PASSWORD, guesser)).rejects.toBeInstanceOf(
        TooManyRequests,
      );
      // …while the account itself still signs in from elsewhere.
      await expect(login(app, 'dave-synthetic', TEST_PASSWORD)).resolves.toBeTruthy();
    });

    it('a successful sign-in clears the account counter, not the address counter', async () => {
      const app = t().app;
      await makeUser(app, { username: 'erin-synthetic' });
      const from = freshAddress();
      for (let round = 0; round < 2; round++) {
        for (let i = 0; i < defaultThrottle.accountFailures - 1; i++)
          await expect(login(app, 'erin-synthetic', `wrong ${i}`, from)).rejects.toBeInstanceOf(
            Unauthenticated,
          );
        // Eight failures in all, yet never five in a row: the right password always works.
        await expect(login(app, 'erin-synthetic', TEST_PASSWORD, from)).resolves.toBeTruthy();
      }
      const rows = await app.db.kysely
        .selectFrom('login_throttle')
        .selectAll()
        .where('key', 'in', ['account:erin-synthetic', `address:${from}`])
        .execute();
      expect(rows.map((r) => [r.key, r.failures])).toEqual([[`address:${from}`, 8]]);
    });

    it('a lockout ends after its time, and a window of failures starts over', async () => {
      const app = t().app;
      const repo = new AccountsRepository();
      const throttle = new LoginThrottle(repo);
      const db = app.db.kysely;
      const keys = throttle.keys('frank-synthetic', freshAddress());
      const t0 = Date.now();
      for (let i = 0; i < defaultThrottle.accountFailures; i++) await throttle.failed(db, keys, t0);
      await expect(throttle.check(db, keys, t0 + MIN)).rejects.toBeInstanceOf(TooManyRequests);
      await expect(
        throttle.check(db, keys, t0 + (defaultThrottle.lockMinutes + 1) * MIN),
      ).resolves.toBeUndefined();
      // Failures spread out over more than the window never lock.
      const spaced = throttle.keys('grace-synthetic', null);
      for (let i = 0; i < 10; i++)
        await throttle.failed(db, spaced, t0 + i * (defaultThrottle.windowMinutes + 1) * MIN);
      await expect(
        throttle.check(db, spaced, t0 + 9 * (defaultThrottle.windowMinutes + 1) * MIN),
      ).resolves.toBeUndefined();
    });
  });

  it('audits sign-ins and sign-outs, and the audit log still verifies', async () => {
    const app = t().app;
    const { session } = await login(app, 'alice-synthetic', TEST_PASSWORD);
    await app.sessions.logout(await app.grants.userActor(session.user), session.idHash);
    const events = await app.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'actor', 'entity_type', 'entity_id', 'after'])
      .where('action', 'in', ['login', 'logout'])
      .where('entity_id', '=', alice.id)
      .orderBy('seq')
      .execute();
    const logins = events.filter((e) => e.action === 'login');
    const logouts = events.filter((e) => e.action === 'logout');
    // Every successful sign-in of alice in this suite left one entry; her failed attempts none.
    expect(logins.length).toBe(signedIn.get('alice-synthetic'));
    expect(logins.length).toBeGreaterThanOrEqual(8);
    expect(logouts.length).toBeGreaterThanOrEqual(2);
    for (const e of events) {
      expect(e.entity_type).toBe('user');
      expect(e.actor).toBe(`user:${alice.id}:alice-synthetic`);
    }
    // Failed attempts are not audited as sign-ins of anyone.
    const ghosts = await app.db.kysely
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'login')
      .where('actor', 'like', '%ghost%')
      .execute();
    expect(ghosts).toEqual([]);
    // No session secret or CSRF token in the log.
    const all = await app.db.kysely.selectFrom('audit_log').select(['before', 'after']).execute();
    const text = all.map((r) => `${r.before}${r.after}`).join('');
    const sessions = await app.db.kysely.selectFrom('sessions').select(['id_hash', 'csrf_token']).execute();
    for (const s of sessions) {
      expect(text).not.toContain(s.id_hash);
      expect(text).not.toContain(s.csrf_token);
    }
    const report = await verifyIntegrity(app.db.kysely, app.files);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
