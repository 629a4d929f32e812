// Who a request acts as. Until accounts land (issue 3) the server has no sign-in: it listens on the
// loopback address by default and every request acts as the local operator, recorded as such in the
// audit log. This is the one function that accounts will replace.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../core/actor.ts';

const localHttp: Actor = { kind: 'local', name: 'http' };

export function actorOf(_request: FastifyRequest): Actor {
  return localHttp;
}
