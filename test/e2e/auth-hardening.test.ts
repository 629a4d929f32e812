// HTTP hardening (SQLite): CSRF tokens and the Origin check on cookie requests (and none needed with an
// API token), security headers, the JSON body limit, strict request bodies, and the per-user search
// rate limit. Every refused request is checked to have changed nothing. (Synthetic test data.)
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp, resolveConfig } from '../../src/app/index.ts';
import { localAdmin } from '../../src/core/actor.ts';
import { buildServer } from '../../src/server/index.ts';
import { makeUser, signIn, tokenHeaders } from '../helpers/auth.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

const SEARCHES_PER_MINUTE = 5;
const HOST = 'teardown.test';

describe('HTTP: hardening [sqlite]', () => {
  let t: TestInstance;
  let app: App;
  let server: FastifyInstance;
  let alice: Awaited<ReturnType<typeof makeUser>>;
  let bob: Awaited<ReturnType<typeof makeUser>>;
  /** alice's session: cookie and x-csrf-token. */
  let session: { cookie: string; 'x-csrf-token': string };
  let token: Record<string, string>;
  let caseId: number;

  const inject = (opts: InjectOptions) =>
    server.inject({ ...opts, headers: { host: HOST, ...(opts.headers as Record<string, string>) } });
  const auditCount = async () =>
    Number(
      (
        await app.db.kysely
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const caseTitles = async () =>
    (await app.cases.list(localAdmin, true)).map((c) => `${c.title}|${c.deletedAt}`);

  /** Runs `act` and checks that neither the cases nor the audit log changed. */
  async function changesNothing(act: () => Promise<void>) {
    const cases = await caseTitles();
    const entries = await auditCount();
    await act();
    expect(await caseTitles()).toEqual(cases);
    expect(await auditCount()).toBe(entries);
  }

  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    await t.close();
    app = await openApp({
      ...resolveConfig({ data: t.dataDir, database: t.databaseUrl }),
      searchPerMinute: SEARCHES_PER_MINUTE,
    });
    server = await buildServer(app);
    alice = await makeUser(app, { username: 'alice-synthetic', role: 'analyst' });
    bob = await makeUser(app, { username: 'bob-synthetic', role: 'analyst' });
    session = await signIn(server, 'alice-synthetic');
    token = await tokenHeaders(app, alice.id, { scope: 'write' });
    caseId = (
      await app.cases.create(await app.grants.userActor(alice), { title: 'Hardening (synthetic test data)' })
    ).id;
  });
  afterAll(async () => {
    await server?.close();
    await app?.close();
    await t?.destroy();
  });

  describe('CSRF', () => {
    const changes = () =>
      [
        { method: 'POST', url: '/api/cases', payload: { title: 'CSRF case (synthetic test data)' } },
        {
          method: 'PATCH',
          url: `/api/cases/${caseId}`,
          payload: { title: 'Hijacked (synthetic test data)' },
        },
        { method: 'DELETE', url: `/api/cases/${caseId}` },
        { method: 'DELETE', url: '/api/session' },
      ] as const;

    it('refuses a cookie request that changes something without the right x-csrf-token', async () => {
      await changesNothing(async () => {
        for (const req of changes())
          for (const csrf of [
            undefined,
            '',
            'wrong',
            `${session['x-csrf-token']}x`,
            session['x-csrf-token'].slice(1),
          ]) {
            const headers: Record<string, string> = { cookie: session.cookie };
            if (csrf !== undefined) headers['x-csrf-token'] = csrf;
            const res = await inject({ ...req, headers });
            expect(res.statusCode, `${req.method} ${req.url} with ${csrf}`).toBe(403);
            expect(res.json().error.code).toBe('forbidden');
            expect(res.json().error.message).toMatch(/x-csrf-token/);
          }
      });
      // The session was not signed out by any of it.
      expect(
        (await inject({ method: 'GET', url: '/api/session', headers: { cookie: session.cookie } }))
          .statusCode,
      ).toBe(200);
    });

    it("refuses another user's CSRF token", async () => {
      const other = await signIn(server, 'bob-synthetic');
      await changesNothing(async () => {
        const res = await inject({
          method: 'PATCH',
          url: `/api/cases/${caseId}`,
          headers: { cookie: session.cookie, 'x-csrf-token': other['x-csrf-token'] },
          payload: { title: 'Hijacked (synthetic test data)' },
        });
        expect(res.statusCode).toBe(403);
      });
    });

    it('refuses a cross-site Origin even with the right token', async () => {
      await changesNothing(async () => {
        for (const origin of [
          'https://evil.example',
          `https://${HOST}`,
          `http://${HOST}.evil.example`,
          'null',
        ]) {
          const res = await inject({
            method: 'PATCH',
            url: `/api/cases/${caseId}`,
            headers: { ...session, origin },
            payload: { title: 'Hijacked (synthetic test data)' },
          });
          expect(res.statusCode, origin).toBe(403);
          expect(res.json().error.code).toBe('forbidden');
        }
      });
    });

    it('reads need no token; changes with the right token and a same-site Origin work', async () => {
      expect(
        (await inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: { cookie: session.cookie } }))
          .statusCode,
      ).toBe(200);
      const patched = await inject({
        method: 'PATCH',
        url: `/api/cases/${caseId}`,
        headers: { ...session, origin: `http://${HOST}` },
        payload: { summary: 'changed with the CSRF token (synthetic test data)' },
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json().summary).toBe('changed with the CSRF token (synthetic test data)');
      const created = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: session,
        payload: { title: 'Cookie case (synthetic test data)' },
      });
      expect(created.statusCode).toBe(201);
      const removed = await inject({
        method: 'DELETE',
        url: `/api/cases/${created.json().id}`,
        headers: session,
      });
      expect(removed.statusCode).toBe(200);
      const gone = (await app.cases.list(localAdmin, true)).find((c) => c.id === created.json().id);
      expect(gone?.deletedAt).toEqual(expect.any(String));
    });

    it('an API token needs no CSRF header (a browser never sends it by itself)', async () => {
      const created = await inject({
        method: 'POST',
        url: '/api/cases',
        headers: token,
        payload: { title: 'Token case (synthetic test data)' },
      });
      expect(created.statusCode).toBe(201);
      const patched = await inject({
        method: 'PATCH',
        url: `/api/cases/${created.json().id}`,
        headers: { ...token, origin: 'https://scripts.example' },
        payload: { summary: 'by token (synthetic test data)' },
      });
      expect(patched.statusCode).toBe(200);
    });
  });

  describe('security headers', () => {
    it('come with every answer: pages, JSON, errors', async () => {
      const answers = [
        await inject({ method: 'GET', url: '/' }),
        await inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: token }),
        await inject({ method: 'GET', url: '/api/session' }),
        await inject({ method: 'GET', url: '/api/no-such-route' }),
        await inject({
          method: 'POST',
          url: '/api/cases',
          headers: { cookie: session.cookie },
          payload: { title: 'x' },
        }),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 401, 404, 403]);
      for (const res of answers) {
        const csp = String(res.headers['content-security-policy']);
        expect(csp).toMatch(/(^|;)\s*default-src 'self'(;|$)/);
        expect(csp).toMatch(/frame-ancestors 'none'/);
        expect(csp).toMatch(/object-src 'none'/);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(String(res.headers['x-frame-options'])).toMatch(/^(DENY|SAMEORIGIN)$/);
        expect(res.headers['referrer-policy']).toBeDefined();
        expect(String(res.headers['referrer-policy'])).toMatch(/no-referrer|same-origin|strict-origin/);
      }
    });
  });

  describe('request bodies', () => {
    it('a JSON body over 1 MiB gets 413 and nothing is written', async () => {
      await changesNothing(async () => {
        const big = JSON.stringify({
          title: 'Too large (synthetic test data)',
          summary: 'x'.repeat(1024 * 1024 + 10),
        });
        for (const headers of [token, session]) {
          const res = await inject({
            method: 'POST',
            url: '/api/cases',
            headers: { ...headers, 'content-type': 'application/json' },
            payload: big,
          });
          expect(res.statusCode).toBe(413);
          expect(res.json().error.code).toBe('too_large');
        }
        const patch = await inject({
          method: 'PATCH',
          url: `/api/cases/${caseId}`,
          headers: { ...token, 'content-type': 'application/json' },
          payload: JSON.stringify({ summary: 'y'.repeat(1024 * 1024 + 10) }),
        });
        expect(patch.statusCode).toBe(413);
      });
    });

    it('an unknown field in a JSON body gets 400, not ignored', async () => {
      await changesNothing(async () => {
        const refused = [
          await inject({
            method: 'POST',
            url: '/api/cases',
            headers: token,
            payload: { title: 'Extra (synthetic test data)', owner: 'bob-synthetic' },
          }),
          await inject({
            method: 'PATCH',
            url: `/api/cases/${caseId}`,
            headers: token,
            payload: { title: 'Extra (synthetic test data)', status2: 'published' },
          }),
          await inject({
            method: 'POST',
            url: '/api/session',
            payload: { username: 'alice-synthetic', password: 'whatever it is', remember: true },
          }),
          await inject({
            method: 'POST',
            url: '/api/tokens',
            headers: token,
            payload: { name: 'extra', scope: 'read', admin: true },
          }),
          await inject({
            method: 'POST',
            url: '/api/account/password',
            headers: session,
            payload: { currentPassword: 'a', newPassword: 'b long enough pw', userId: bob.id },
          }),
        ];
        for (const res of refused) {
          expect(res.statusCode, res.body).toBe(400);
          expect(res.json().error.code).toBe('invalid');
        }
        expect(refused[2].cookies.find((c) => c.name === 'td_session')).toBeUndefined();
      });
    });
  });

  describe('search rate limit', () => {
    it(`allows ${SEARCHES_PER_MINUTE} searches a minute per user: the next gets 429, another user still searches`, async () => {
      const search = (headers: Record<string, string>) =>
        inject({ method: 'GET', url: '/api/search?q=synthetic', headers });
      for (let i = 0; i < SEARCHES_PER_MINUTE; i++) expect((await search(token)).statusCode).toBe(200);
      const limited = await search(token);
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.json().error.code).toBe('too_many_requests');
      // Counted per user, not per credential: alice's session and a new token of hers are limited too.
      expect((await search({ cookie: session.cookie })).statusCode).toBe(429);
      expect((await search(await tokenHeaders(app, alice.id))).statusCode).toBe(429);
      // bob is not.
      const bobs = await tokenHeaders(app, bob.id, { scope: 'read' });
      const other = await search(bobs);
      expect(other.statusCode).toBe(200);
      expect(other.json()).toMatchObject({ q: 'synthetic', hits: expect.any(Array) });
      // The limit is on search: alice's other reads go on.
      expect((await inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: token })).statusCode).toBe(
        200,
      );
    });
  });
});
