// HTTP routes of background jobs: list, progress of one, and starting a verification.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';

export const JobSchema = z.object({
  id: z.number(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  attempts: z.number(),
  maxAttempts: z.number(),
  progress: z.object({ done: z.number(), total: z.number().nullable(), message: z.string().nullable() }),
  result: z.unknown(),
  error: z.string().nullable(),
  requestedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export function registerJobRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  const tags = ['jobs'];
  s.get(
    '/api/jobs',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          status: z.string().optional(),
        }),
        response: { 200: z.object({ jobs: z.array(JobSchema) }) },
      },
    },
    async (req) => ({ jobs: await app.jobs.list(actorOf(req), req.query.limit, req.query.status) }),
  );
  s.get(
    '/api/jobs/:id',
    {
      config: { access: 'signed-in' },
      schema: { tags, params: IdParams, response: { 200: JobSchema, 404: ErrorBody } },
    },
    async (req) => app.jobs.get(actorOf(req), req.params.id),
  );
  s.post(
    '/api/verify',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        description:
          'Starts a background verification of the audit chain, every audited row and every evidence file.',
        response: { 202: JobSchema },
      },
    },
    async (req, reply) => reply.status(202).send(await app.jobs.enqueue(actorOf(req), 'verify', {}, 1)),
  );
}
