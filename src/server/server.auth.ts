// Who each request acts as, and the checks every route gets before its body is even validated:
// - an `Authorization: Bearer` API token, or the session cookie, or nobody (a published-case reader);
//   a token or cookie that is unknown, tampered with, expired or revoked is refused with 401;
// - every route declares an access rule (`config.access`); a route without one makes the server
//   refuse to start, so no route can be added without deciding who may call it;
// - requests that change something with a cookie must carry the session's CSRF token;
// - a user still holding a one-time password may only change it.
// Case-level decisions (which case, which role) are made by the services through core/access.ts.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app/index.ts';
import { isAdmin } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Forbidden, Unauthenticated } from '../core/errors.ts';

/** public: anyone, no actor needed; read: anyone, the service decides what it may see; signed-in:
 * any signed-in actor; write: a signed-in actor with a writing credential; admin: administrators. */
export type AccessRule = 'public' | 'read' | 'signed-in' | 'write' | 'admin';
export const accessRules: readonly AccessRule[] = ['public', 'read', 'signed-in', 'write', 'admin'];

export const SESSION_COOKIE = 'td_session';

/** Every route of the server with its access rule, as registered: what the authorization matrix
 * test walks, so that a new route without an entry there fails it. */
export interface RouteEntry {
  method: string;
  url: string;
  access: AccessRule;
}

const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

export function routeTable(server: FastifyInstance): RouteEntry[] {
  return [...(routeTables.get(server) ?? [])];
}

export interface RequestAuth {
  actor: Actor;
  /** Set when the actor comes from a session cookie. */
  session?: { idHash: string; csrfToken: string; expiresAt: string; mustChangePassword: boolean };
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth;
  }
  interface FastifyContextConfig {
    access?: AccessRule;
    /** Routes a user holding a one-time password may still call. */
    allowOneTimePassword?: boolean;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function installAuth(server: FastifyInstance, app: App): Promise<void> {
  await server.register(cookie);
  server.decorateRequest('auth', undefined as unknown as RequestAuth);

  const table: RouteEntry[] = [];
  routeTables.set(server, table);
  server.addHook('onRoute', (route) => {
    const url = route.url ?? route.path;
    const record = (access: AccessRule) => {
      for (const method of [route.method].flat()) table.push({ method, url, access });
    };
    // The API documentation's own routes are public.
    if (url.startsWith('/api/docs')) {
      route.config = { ...(route.config as object), access: 'public' };
      record('public');
      return;
    }
    const access = (route.config as { access?: AccessRule } | undefined)?.access;
    if (!access || !accessRules.includes(access))
      throw new Error(`route ${route.method} ${url} declares no access rule (config.access)`);
    record(access);
  });

  server.addHook('onRequest', async (req, reply) => {
    const rule = req.routeOptions.config.access ?? 'public';
    req.auth = await authenticate(app, req, reply, rule);
    enforce(req, rule);
  });
}

async function authenticate(
  app: App,
  req: FastifyRequest,
  reply: FastifyReply,
  rule: AccessRule,
): Promise<RequestAuth> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const found = m ? await app.tokens.resolve(m[1]) : null;
    if (!found) throw new Unauthenticated('the API token is not valid');
    return { actor: await app.grants.tokenActor(found.user, found.token) };
  }
  const secret = req.cookies[SESSION_COOKIE];
  if (secret !== undefined) {
    const session = secret.length <= 100 ? await app.sessions.resolve(secret) : null;
    if (session) {
      return {
        actor: await app.grants.userActor(session.user),
        session: {
          idHash: session.idHash,
          csrfToken: session.csrfToken,
          expiresAt: session.expiresAt,
          mustChangePassword: session.user.mustChangePassword,
        },
      };
    }
    clearSessionCookie(reply, req);
    // Signing in again, or a public page, must work with a stale cookie; anything else is told.
    if (rule !== 'public') throw new Unauthenticated('your session has ended; sign in again');
  }
  return { actor: rule === 'public' ? { kind: 'anonymous' } : await app.grants.anonymous() };
}

function enforce(req: FastifyRequest, rule: AccessRule): void {
  const { actor, session } = req.auth;
  if (session && !SAFE.has(req.method)) {
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || sent !== session.csrfToken)
      throw new Forbidden('missing or wrong x-csrf-token header (send the token GET /api/session gives)');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `${req.protocol}://${req.host}`)
      throw new Forbidden('cross-site request refused');
  }
  if (session?.mustChangePassword && rule !== 'public' && !req.routeOptions.config.allowOneTimePassword)
    throw new Forbidden('change your one-time password first (POST /api/account/password)');
  if (rule === 'public' || rule === 'read') return;
  if (actor.kind === 'anonymous') throw new Unauthenticated('sign in first');
  if (rule === 'write' && actor.kind === 'token' && !actor.grants.canWrite)
    throw new Forbidden('this API token may only read');
  if (rule === 'admin' && !isAdmin(actor)) throw new Forbidden('only an administrator may do this');
}

export function setSessionCookie(
  reply: FastifyReply,
  req: FastifyRequest,
  secret: string,
  maxAgeSeconds: number,
) {
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    maxAge: Math.floor(maxAgeSeconds),
  });
}

export function clearSessionCookie(reply: FastifyReply, req: FastifyRequest) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
  });
}
