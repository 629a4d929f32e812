// The HTTP server: Fastify with zod-typed routes, OpenAPI, uploads and one error shape, over the core.

export { actorOf } from './server.actor.ts';
export { buildServer, type ServerOptions } from './server.build.ts';
