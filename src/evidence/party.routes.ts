// HTTP routes of organizations besides their create/read/update/list (in evidence.routes.ts): where one
// appears (the cases and components that name it as maker, within what the caller may read), and the
// merge of a duplicate into the organization kept.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import { Organization } from './evidence.schema.ts';

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
  server.withTypeProvider<ZodTypeProvider>().post(
    '/api/organizations/:id/merge',
    {
      config: { access: 'write' },
      schema: {
        tags: ['parties'],
        description:
          "Merges this organization, a duplicate, into `intoId`: its names become the kept organization's aliases, everything that pointed at it points at the one kept, and it is marked deleted. Audited. Returns the organization kept.",
        params: IdParams,
        body: z.object({ intoId: z.number().int().positive() }),
        response: { 200: Organization, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.parties.mergeOrganization(actorOf(req), req.params.id, req.body.intoId),
  );
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
