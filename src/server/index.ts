// The HTTP server: Fastify with zod-typed routes, OpenAPI, uploads and one error shape, over the core.
export { buildServer, type ServerOptions } from './server.build.ts';
export { actorOf } from './server.actor.ts';
