// HTTP route of where an organization appears (its create/read/update/list routes are in
// evidence.routes.ts): the cases and components that name it as maker, within what the caller may read.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';

const Appearances = z.object({
  cases: z.array(z.object({ caseId: z.number().int(), title: z.string(), components: z.number().int() })),
  components: z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    rows: z.array(
      z.object({
        id: z.number().int(),
        itemId: z.number().int(),
        caseId: z.number().int(),
        partNumber: z.string().nullable(),
        maker: z.string().nullable(),
        subsystem: z.string(),
        category: z.string().nullable(),
      }),
    ),
  }),
});

export function registerPartyRoutes(server: FastifyInstance, app: App): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    '/api/organizations/:id/appearances',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['parties'],
        description:
          'The cases and components (newest first, paged) that name this organization as their maker, within the cases the caller may read.',
        params: IdParams,
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
        }),
        response: { 200: Appearances, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) =>
      app.components.appearancesOf(actorOf(req), req.params.id, req.query.limit, req.query.offset),
  );
}
