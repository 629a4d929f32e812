// Who a request acts as: resolved once per request by the authentication hook (server.auth.ts).
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';

/** The key that per-user rate limits count under: the user, or the client's address. */
export function rateKey(request: FastifyRequest): string {
  const a = request.auth?.actor;
  if (a?.kind === 'user') return `user:${a.id}`;
  if (a?.kind === 'token') return `user:${a.userId}`;
  return `address:${request.ip}`;
}

export function actorOf(request: FastifyRequest): Actor {
  return request.auth?.actor ?? { kind: 'anonymous' };
}
