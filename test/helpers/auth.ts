// Test factories for accounts: users with a known password, API tokens, sign-ins through the HTTP API,
// and an "operator" (an administrator who owns every case) for tests about something other than access.
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { App } from '../../src/app/index.ts';
import type { InstanceRole } from '../../src/core/actor.ts';
import { localAdmin } from '../../src/core/actor.ts';

let n = 0;

export const TEST_PASSWORD = 'correct horse battery staple';

/** A user whose one-time password has already been changed to TEST_PASSWORD. */
export async function makeUser(app: App, options: { username?: string; role?: InstanceRole } = {}) {
  const username = options.username ?? `user${process.pid}x${++n}`;
  const { user, password } = await app.users.add(localAdmin, {
    username,
    instanceRole: options.role ?? 'member',
  });
  const actor = await app.grants.userActor(user);
  await app.users.changePassword(actor, { currentPassword: password, newPassword: TEST_PASSWORD });
  return { ...user, mustChangePassword: false, password: TEST_PASSWORD };
}

export async function addMember(
  app: App,
  caseId: number,
  username: string,
  role: 'viewer' | 'editor' | 'owner',
) {
  return app.members.add(localAdmin, caseId, { username, role });
}

/** `Authorization` headers of a new API token of the user. */
export async function tokenHeaders(
  app: App,
  userId: number,
  options: { scope?: 'read' | 'write'; caseId?: number; days?: number } = {},
): Promise<Record<string, string>> {
  const { secret } = await app.tokens.createFor(localAdmin, userId, {
    name: `test token ${++n}`,
    scope: options.scope ?? 'write',
    caseId: options.caseId,
    expiresInDays: options.days ?? 30,
  });
  return { authorization: `Bearer ${secret}` };
}

/** Signs in through the API; returns the cookie and CSRF headers to send with later requests. */
export async function signIn(server: FastifyInstance, username: string, password = TEST_PASSWORD) {
  const res = await server.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'td_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie: `td_session=${cookie.value}`, 'x-csrf-token': csrf };
}

/** An administrator who is made owner of every case that exists when `call` is used: for tests of
 * other things than access control, which create cases with the local factories too. */
export async function operator(app: App, server: FastifyInstance) {
  const user = await makeUser(app, { role: 'admin' });
  const headers = await tokenHeaders(app, user.id);
  const joinAll = async () => {
    const actor = await app.grants.userActor(user);
    const mine = actor.kind === 'user' ? actor.grants.cases : new Map();
    for (const c of await app.cases.list(localAdmin))
      if (!mine.has(c.id))
        await app.members.add(localAdmin, c.id, { username: user.username, role: 'owner' });
  };
  const inject = async (opts: InjectOptions) => {
    await joinAll();
    return server.inject({ ...opts, headers: { ...headers, ...(opts.headers ?? {}) } });
  };
  return { user, headers, joinAll, inject };
}

/** The same server, whose `inject` acts as the operator (see `operator`). */
export async function asOperator(app: App, server: FastifyInstance): Promise<FastifyInstance> {
  const op = await operator(app, server);
  return new Proxy(server, {
    get(target, prop, receiver) {
      if (prop === 'inject') return op.inject;
      return Reflect.get(target, prop, receiver);
    },
  });
}
