// Sessions and credentials over HTTP (SQLite): the session cookie's attributes (Secure only over TLS,
// behind a trusted proxy), every kind of bad credential refused with one 401 that changes nothing, a
// disabled user thrown out at the next request, the one-time password that only lets its user change
// it, and the sign-in lockout. (Synthetic test data.)
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type App, openApp, resolveConfig } from '../../src/app/index.ts';
import { localAdmin } from '../../src/core/actor.ts';
import { buildServer } from '../../src/server/index.ts';
import { makeUser, TEST_PASSWORD, tokenHeaders } from '../helpers/auth.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

const DAY = 86_400_000;

describe('HTTP: sessions and credentials [sqlite]', () => {
  let t: TestInstance;
  let app: App;
  let server: FastifyInstance;
  let alice: Awaited<ReturnType<typeof makeUser>>;
  let admin: Record<string, string>;
  let caseId: number;

  let ip = 0;
  /** Each request from its own client address (the server trusts the proxy's X-Forwarded-For), so that
   * the sign-in rate limit and the per-address throttle stay out of tests about something else. */
  const from = () => ({ 'x-forwarded-for': `192.0.2.${++ip}` });

  const login = (username: string, password: string, headers: Record<string, string> = {}) =>
    server.inject({
      method: 'POST',
      url: '/api/session',
      headers: { ...from(), ...headers },
      payload: { username, password },
    });

  async function session(username: string, password = TEST_PASSWORD) {
    const res = await login(username, password);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'td_session');
    if (!cookie) throw new Error('no session cookie');
    return {
      cookie: `td_session=${cookie.value}`,
      value: cookie.value,
      'x-csrf-token': (res.json() as { csrfToken: string }).csrfToken,
    };
  }

  const headersOf = (s: { cookie: string; 'x-csrf-token': string }) => ({
    cookie: s.cookie,
    'x-csrf-token': s['x-csrf-token'],
  });

  const countCases = async () => (await app.cases.list(localAdmin, true)).length;
  const newCase = (headers: Record<string, string>) =>
    server.inject({
      method: 'POST',
      url: '/api/cases',
      headers,
      payload: { title: 'Should not exist (synthetic test data)' },
    });
  const inject = (opts: InjectOptions) => server.inject(opts);

  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    await t.close();
    app = await openApp({ ...resolveConfig({ data: t.dataDir, database: t.databaseUrl }), trustProxy: true });
    server = await buildServer(app);
    alice = await makeUser(app, { username: 'alice-synthetic', role: 'analyst' });
    const root = await makeUser(app, { username: 'root-synthetic', role: 'admin' });
    admin = await tokenHeaders(app, root.id);
    caseId = (
      await app.cases.create(await app.grants.userActor(alice), { title: 'Sessions (synthetic test data)' })
    ).id;
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
    await t?.destroy();
  });

  describe('the session cookie', () => {
    it('is HttpOnly, SameSite=Lax, Path=/, and not Secure over plain http', async () => {
      const res = await login('alice-synthetic', TEST_PASSWORD);
      expect(res.statusCode).toBe(200);
      const raw = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('td_session='));
      expect(raw).toBeDefined();
      expect(raw).toMatch(/;\s*HttpOnly/i);
      expect(raw).toMatch(/;\s*SameSite=Lax/i);
      expect(raw).toMatch(/;\s*Path=\/(;|$)/);
      expect(raw).not.toMatch(/;\s*Secure/i);
      const cookie = res.cookies.find((c) => c.name === 'td_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie?.maxAge).toBe(app.config.sessionMaxHours * 3600);
      // The cookie holds a secret, not the user's name or id.
      expect(cookie?.value).not.toContain('alice');
      expect(cookie?.value.length).toBeGreaterThanOrEqual(40);

      const body = res.json() as { user: { id: number; mustChangePassword: boolean }; csrfToken: string };
      expect(body.user).toMatchObject({ id: alice.id, mustChangePassword: false });
      expect(JSON.stringify(body)).not.toContain(cookie?.value ?? '<none>');
      const me = await inject({
        method: 'GET',
        url: '/api/session',
        headers: { cookie: `td_session=${cookie?.value}` },
      });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ user: { id: alice.id }, csrfToken: body.csrfToken });
      expect(me.json().memberships).toEqual([{ caseId, role: 'owner' }]);
    });

    it('is Secure over TLS (https at the trusted proxy), also when it is cleared', async () => {
      const res = await login('alice-synthetic', TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(res.statusCode).toBe(200);
      const raw = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('td_session='));
      expect(raw).toMatch(/;\s*Secure/i);
      expect(raw).toMatch(/;\s*HttpOnly/i);
      expect(raw).toMatch(/;\s*SameSite=Lax/i);
      const value = res.cookies.find((c) => c.name === 'td_session')?.value;

      const out = await inject({
        method: 'DELETE',
        url: '/api/session',
        headers: {
          'x-forwarded-proto': 'https',
          cookie: `td_session=${value}`,
          'x-csrf-token': res.json().csrfToken,
        },
      });
      expect(out.statusCode).toBe(204);
      const cleared = [out.headers['set-cookie']].flat().find((c) => c?.startsWith('td_session='));
      expect(cleared).toMatch(/^td_session=;/);
      expect(cleared).toMatch(/;\s*Secure/i);
      expect(cleared).toMatch(/;\s*HttpOnly/i);
    });
  });

  describe('bad credentials', () => {
    it('a tampered cookie or an ended session: 401, one answer, and nothing changed', async () => {
      const s = await session('alice-synthetic');
      const last = s.value.at(-1) === 'A' ? 'B' : 'A';
      const tampered = {
        cookie: `td_session=${s.value.slice(0, -1)}${last}`,
        'x-csrf-token': s['x-csrf-token'],
      };
      const flippedFirst = {
        cookie: `td_session=${s.value[0] === 'x' ? 'y' : 'x'}${s.value.slice(1)}`,
        'x-csrf-token': s['x-csrf-token'],
      };
      const before = await countCases();

      const bodies: string[] = [];
      for (const h of [tampered, flippedFirst]) {
        const read = await inject({ method: 'GET', url: '/api/session', headers: { cookie: h.cookie } });
        expect(read.statusCode).toBe(401);
        bodies.push(read.body);
        // The stale cookie is cleared.
        expect([read.headers['set-cookie']].flat().join()).toMatch(/td_session=;/);
        const write = await newCase(h);
        expect(write.statusCode).toBe(401);
        bodies.push(write.body);
      }

      // The real cookie still works; after sign-out it is refused the same way.
      expect(
        (await inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode,
      ).toBe(200);
      const out = await inject({ method: 'DELETE', url: '/api/session', headers: headersOf(s) });
      expect(out.statusCode).toBe(204);
      const ended = await inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } });
      expect(ended.statusCode).toBe(401);
      bodies.push(ended.body);
      const endedWrite = await newCase(headersOf(s));
      expect(endedWrite.statusCode).toBe(401);
      bodies.push(endedWrite.body);

      expect(JSON.parse(bodies[0])).toMatchObject({ error: { code: 'unauthenticated' } });
      expect(new Set(bodies).size).toBe(1);
      expect(await countCases()).toBe(before);
      // Signing in again works with the stale cookie still sent.
      const again = await inject({
        method: 'POST',
        url: '/api/session',
        headers: { ...from(), cookie: s.cookie },
        payload: { username: 'alice-synthetic', password: TEST_PASSWORD },
      });
      expect(again.statusCode).toBe(200);
    });

    it('an unknown, expired or revoked token or a malformed header: 401, one answer, nothing changed', async () => {
      const good = await tokenHeaders(app, alice.id, { scope: 'write', days: 1 });
      expect((await newCaseCheck(good)).statusCode).toBe(201);
      const before = await countCases();

      const { token, secret } = await app.tokens.createFor(localAdmin, alice.id, {
        name: 'to revoke',
        scope: 'write',
      });
      await app.tokens.revoke(localAdmin, token.id);
      const revoked = { authorization: `Bearer ${secret}` };
      const unknown = { authorization: `Bearer tdt_${'A'.repeat(43)}` };
      const tampered = {
        authorization: `${good.authorization.slice(0, -1)}${good.authorization.endsWith('A') ? 'B' : 'A'}`,
      };
      const malformed = [
        { authorization: 'Bearer' },
        { authorization: 'Bearer ' },
        { authorization: good.authorization.replace('Bearer ', '') },
        { authorization: good.authorization.replace('Bearer ', 'Basic ') },
        { authorization: `${good.authorization} extra` },
        { authorization: '' },
      ];

      const answers: { status: number; body: string }[] = [];
      for (const h of [revoked, unknown, tampered, ...malformed]) {
        for (const res of [await inject({ method: 'GET', url: '/api/cases', headers: h }), await newCase(h)])
          answers.push({ status: res.statusCode, body: res.body });
      }
      // Expired: the same token, a day and a bit later.
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(Date.now() + DAY + 60_000);
        for (const res of [
          await inject({ method: 'GET', url: '/api/cases', headers: good }),
          await newCase(good),
        ])
          answers.push({ status: res.statusCode, body: res.body });
      } finally {
        vi.useRealTimers();
      }

      for (const a of answers) expect(a.status).toBe(401);
      const body = JSON.parse(answers[0].body);
      expect(body.error.code).toBe('unauthenticated');
      expect(body.error.message).not.toMatch(/expired|revoked|unknown|malformed/i);
      // Not a word on which it was.
      expect(new Set(answers.map((a) => a.body)).size).toBe(1);
      expect(await countCases()).toBe(before);
      // The good token is still good (today).
      expect((await inject({ method: 'GET', url: '/api/cases', headers: good })).statusCode).toBe(200);
    });

    it('a user disabled while signed in is refused at the next request', async () => {
      const bob = await makeUser(app, { username: 'bob-synthetic' });
      const s = await session('bob-synthetic');
      const bobToken = await tokenHeaders(app, bob.id);
      expect(
        (await inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode,
      ).toBe(200);
      const off = await inject({
        method: 'PATCH',
        url: `/api/users/${bob.id}`,
        headers: admin,
        payload: { disabled: true },
      });
      expect(off.statusCode).toBe(200);
      const before = await countCases();
      expect(
        (await inject({ method: 'GET', url: '/api/session', headers: { cookie: s.cookie } })).statusCode,
      ).toBe(401);
      expect((await newCase(headersOf(s))).statusCode).toBe(401);
      expect((await inject({ method: 'GET', url: '/api/cases', headers: bobToken })).statusCode).toBe(401);
      expect((await newCase(bobToken)).statusCode).toBe(401);
      expect(await countCases()).toBe(before);
      // Nor can bob sign in again, and he is told nothing new.
      const again = await login('bob-synthetic', TEST_PASSWORD);
      const wrong = await login('alice-synthetic', 'not the password (synthetic)');
      expect(again.statusCode).toBe(401);
      expect(again.body).toBe(wrong.body);
    });
  });

  it('a one-time password lets its user do nothing but see the session and change it', async () => {
    const { user, password } = await app.users.add(localAdmin, { username: 'newbie-synthetic' });
    await app.members.add(localAdmin, caseId, { username: 'newbie-synthetic', role: 'editor' });
    const s = await session('newbie-synthetic', password);
    const h = headersOf(s);
    const me = await inject({ method: 'GET', url: '/api/session', headers: h });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ id: user.id, mustChangePassword: true });

    const before = await countCases();
    for (const req of [
      { method: 'GET', url: '/api/items' },
      { method: 'GET', url: `/api/cases/${caseId}` },
      { method: 'GET', url: '/api/tokens' },
      { method: 'POST', url: '/api/cases', payload: { title: 'OTP case (synthetic test data)' } },
      { method: 'POST', url: '/api/tokens', payload: { name: 'otp token' } },
    ] as const) {
      const res = await inject({ ...req, headers: h });
      expect(res.statusCode, `${req.method} ${req.url}`).toBe(403);
      expect(res.json().error.message).toMatch(/one-time password/);
    }
    expect(await countCases()).toBe(before);

    // A wrong current password does not count as the change.
    const bad = await inject({
      method: 'POST',
      url: '/api/account/password',
      headers: h,
      payload: { currentPassword: 'not it (synthetic)', newPassword: 'newbie chosen synthetic pw' },
    });
    expect(bad.statusCode).toBe(400);
    const changed = await inject({
      method: 'POST',
      url: '/api/account/password',
      headers: h,
      payload: { currentPassword: password, newPassword: 'newbie chosen synthetic pw' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ id: user.id, mustChangePassword: false });

    // The same session now works everywhere the user may go.
    expect((await inject({ method: 'GET', url: '/api/items', headers: h })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: h })).statusCode).toBe(200);
    const created = await inject({
      method: 'POST',
      url: '/api/cases',
      headers: h,
      payload: { title: 'Newbie case (synthetic test data)' },
    });
    expect(created.statusCode).toBe(201);
    // The one-time password is spent.
    expect((await login('newbie-synthetic', password)).statusCode).toBe(401);
    expect((await login('newbie-synthetic', 'newbie chosen synthetic pw')).statusCode).toBe(200);
  });

  it('locks an account out after 5 failures: the 6th attempt gets 429, even with the right password', async () => {
    await makeUser(app, { username: 'carol-synthetic' });
    const unknown = await login('nobody-synthetic', TEST_PASSWORD);
    const bodies: string[] = [unknown.body];
    expect(unknown.statusCode).toBe(401);
    for (let i = 0; i < 5; i++) {
      const res = await login('carol-synthetic', `wrong guess ${i} (synthetic)`);
      expect(res.statusCode).toBe(401);
      bodies.push(res.body);
    }
    // An unknown user and a wrong password: the very same answer.
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0])).toEqual({
      error: { code: 'unauthenticated', message: 'wrong username or password', problems: [] },
    });

    const locked = await login('carol-synthetic', TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('too_many_requests');
    expect(locked.cookies.find((c) => c.name === 'td_session')).toBeUndefined();
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // Other accounts are not affected.
    expect((await login('alice-synthetic', TEST_PASSWORD)).statusCode).toBe(200);
  });

  /** A case created with these headers, returned as the response. */
  function newCaseCheck(headers: Record<string, string>) {
    return server.inject({
      method: 'POST',
      url: '/api/cases',
      headers,
      payload: { title: 'Made by a good token (synthetic test data)' },
    });
  }
});
