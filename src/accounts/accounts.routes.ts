// HTTP routes of accounts: sign-in and sign-out, the current session, one's own password and API
// tokens, users (administrators), and the members of a case (its owners).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { userIdOf } from '../core/actor.ts';
import { actorOf } from '../server/server.actor.ts';
import { clearSessionCookie, setSessionCookie } from '../server/server.auth.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import {
  ApiToken,
  ApiTokenInput,
  LoginInput,
  Member,
  MemberInput,
  MemberPatch,
  PasswordChange,
  SessionInfo,
  User,
  UserInput,
  UserPatch,
} from './accounts.schema.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const MemberParams = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});

export function registerAccountRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  const tags = ['accounts'];
  /** Who is signed in (a user's session or token), as both session routes answer. */
  const sessionInfo = async (req: FastifyRequest) => {
    const actor = actorOf(req);
    return {
      user: await app.users.self(userIdOf(actor)),
      memberships: memberships(actor),
      csrfToken: req.auth.session?.csrfToken ?? null,
      expiresAt: req.auth.session?.expiresAt ?? null,
    };
  };

  s.post(
    '/api/session',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: 60_000 } },
      schema: {
        tags,
        description:
          'Sign in. Sets an HttpOnly session cookie and returns the CSRF token that every request changing something must send in `x-csrf-token`. An unknown user and a wrong password get the same answer; repeated failures lock the account and the address out for a while (429).',
        body: LoginInput,
        response: { 200: SessionInfo, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => {
      const { secret, session } = await app.sessions.login(req.body, {
        address: req.ip ?? null,
        userAgent: req.headers['user-agent'] ?? null,
      });
      setSessionCookie(reply, req, secret, app.sessions.policy.maxHours * 3600);
      const actor = await app.grants.userActor(session.user);
      return {
        user: session.user,
        memberships: memberships(actor),
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      };
    },
  );

  s.get(
    '/api/session/current',
    {
      config: { access: 'public' },
      schema: {
        tags,
        description:
          'The same as GET /api/session, or `{"session": null}` for a visitor who is not signed in (or whose session has ended) instead of a 401: what a page asks on every load.',
        response: { 200: z.object({ session: SessionInfo.nullable() }), 401: ErrorBody },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return { session: actor.kind === 'user' || actor.kind === 'token' ? await sessionInfo(req) : null };
    },
  );

  s.get(
    '/api/session',
    {
      config: { access: 'signed-in', allowOneTimePassword: true },
      schema: {
        tags,
        description: 'Who is signed in, their case memberships, and the CSRF token of the session.',
        response: { 200: SessionInfo, ...errors },
      },
    },
    async (req) => sessionInfo(req),
  );

  s.delete(
    '/api/session',
    {
      config: { access: 'signed-in', allowOneTimePassword: true },
      schema: {
        tags,
        description: 'Sign out: the session ends on the server.',
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      if (req.auth.session) await app.sessions.logout(actorOf(req), req.auth.session.idHash);
      clearSessionCookie(reply, req);
      return reply.status(204).send(null);
    },
  );

  s.post(
    '/api/account/password',
    {
      config: { access: 'signed-in', allowOneTimePassword: true },
      schema: {
        tags,
        description: 'Change your own password. Every other session of yours ends.',
        body: PasswordChange,
        response: { 200: User, ...errors },
      },
    },
    async (req) => app.users.changePassword(actorOf(req), req.body, req.auth.session?.idHash),
  );

  s.get(
    '/api/tokens',
    {
      config: { access: 'signed-in' },
      schema: { tags, response: { 200: z.object({ tokens: z.array(ApiToken) }), ...errors } },
    },
    async (req) => ({ tokens: await app.tokens.list(actorOf(req)) }),
  );
  s.post(
    '/api/tokens',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description: 'A new API token for scripts and the CLI. The token is shown in this answer only.',
        body: ApiTokenInput,
        response: { 201: z.object({ token: ApiToken, secret: z.string() }), ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await app.tokens.create(actorOf(req), req.body)),
  );
  s.delete(
    '/api/tokens/:id',
    {
      config: { access: 'write' },
      schema: { tags, params: IdParams, response: { 200: ApiToken, ...errors } },
    },
    async (req) => app.tokens.revoke(actorOf(req), req.params.id),
  );

  s.get(
    '/api/users',
    {
      config: { access: 'admin' },
      schema: { tags, response: { 200: z.object({ users: z.array(User) }), ...errors } },
    },
    async (req) => ({ users: await app.users.list(actorOf(req)) }),
  );
  s.post(
    '/api/users',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        description:
          'Create a user. The one-time password is in this answer only; it must be changed at first sign-in.',
        body: UserInput,
        response: { 201: z.object({ user: User, password: z.string() }), ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await app.users.add(actorOf(req), req.body)),
  );
  s.patch(
    '/api/users/:id',
    {
      config: { access: 'admin' },
      schema: { tags, params: IdParams, body: UserPatch, response: { 200: User, ...errors } },
    },
    async (req) => app.users.update(actorOf(req), req.params.id, req.body),
  );
  s.post(
    '/api/users/:id/reset-password',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        params: IdParams,
        description: 'A new one-time password; every session of the user ends.',
        response: { 200: z.object({ user: User, password: z.string() }), ...errors },
      },
    },
    async (req) => app.users.resetPassword(actorOf(req), req.params.id),
  );

  const mtags = ['members'];
  s.get(
    '/api/cases/:id/members',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: mtags,
        params: IdParams,
        response: { 200: z.object({ members: z.array(Member) }), ...errors },
      },
    },
    async (req) => ({ members: await app.members.list(actorOf(req), req.params.id) }),
  );
  s.post(
    '/api/cases/:id/members',
    {
      config: { access: 'write' },
      schema: { tags: mtags, params: IdParams, body: MemberInput, response: { 201: Member, ...errors } },
    },
    async (req, reply) =>
      reply.status(201).send(await app.members.add(actorOf(req), req.params.id, req.body)),
  );
  s.patch(
    '/api/cases/:id/members/:memberId',
    {
      config: { access: 'write' },
      schema: { tags: mtags, params: MemberParams, body: MemberPatch, response: { 200: Member, ...errors } },
    },
    async (req) => app.members.update(actorOf(req), req.params.id, req.params.memberId, req.body),
  );
  s.delete(
    '/api/cases/:id/members/:memberId',
    {
      config: { access: 'write' },
      schema: { tags: mtags, params: MemberParams, response: { 204: z.null(), ...errors } },
    },
    async (req, reply) => {
      await app.members.remove(actorOf(req), req.params.id, req.params.memberId);
      return reply.status(204).send(null);
    },
  );
}

function memberships(actor: ReturnType<typeof actorOf>) {
  if (actor.kind !== 'user' && actor.kind !== 'token') return [];
  return [...actor.grants.cases].map(([caseId, role]) => ({ caseId, role }));
}
