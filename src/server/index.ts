// The HTTP server: Fastify with zod-typed routes, OpenAPI, uploads and one error shape, over the core.

export { actorOf } from './server.actor.ts';
export { type AccessRule, type RouteEntry, routeTable, SESSION_COOKIE } from './server.auth.ts';
export { buildServer, type ServerOptions } from './server.build.ts';
