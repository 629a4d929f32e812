// HTTP route of exports: a case's items or components as CSV or JSON Lines. A reader of a published
// case gets the published view (no restricted records or fields, coarse places and times).
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf, rateKey } from '../server/server.actor.ts';
import { ErrorBody } from '../server/server.errors.ts';

export function registerExportRoutes(server: FastifyInstance, app: App): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    '/api/cases/:id/export/:what',
    {
      // A whole case per request: limited per user (or per address when signed out).
      config: { access: 'read', rateLimit: { max: 30, timeWindow: 60_000, keyGenerator: rateKey } },
      schema: {
        tags: ['exports'],
        params: z.object({ id: z.coerce.number().int().positive(), what: z.enum(['items', 'components']) }),
        querystring: z.object({ format: z.enum(['csv', 'jsonl']).default('csv') }),
        response: { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
    },
    async (req, reply) => {
      const { id, what } = req.params;
      const format = req.query.format;
      const out = new PassThrough();
      // Access is decided before the first byte, so a refusal is a proper error response.
      await app.exports.check(actorOf(req), id);
      reply.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson');
      reply.header('content-disposition', `attachment; filename="case-${id}-${what}.${format}"`);
      void app.exports
        .export(actorOf(req), what, id, format, out)
        .then(() => out.end())
        .catch((e) => out.destroy(e));
      // The body is a stream, which the response schemas (for errors) do not describe.
      return reply.send(out as never);
    },
  );
}
