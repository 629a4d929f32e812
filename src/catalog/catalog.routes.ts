// HTTP routes of the parts catalog: parts with their CHPL tier, where each was found, its lots, and the
// shipped Common High Priority List itself.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import { chpl, chplTiers } from './catalog.chpl.ts';

const Part = z.looseObject({
  id: z.number().int(),
  number: z.string(),
  base: z.string().nullable(),
  makerOrgId: z.number().int().nullable(),
  makerName: z.string().nullable(),
  hs6: z.string().nullable(),
  chplTier: z.string().nullable(),
});
const PartList = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  rows: z.array(Part),
});
const Lot = z.looseObject({
  partId: z.number().int(),
  lotCode: z.string(),
  items: z.array(z.looseObject({})),
});
const tier = z.enum([...chplTiers, '3', '4']);
const Found = z.object({
  cases: z.array(z.object({ caseId: z.number(), title: z.string(), components: z.number() })),
  items: z.array(z.looseObject({ itemId: z.number().int() })),
  dateCodes: z.object({ first: z.unknown(), last: z.unknown() }),
  gapDays: z.object({ min: z.number(), median: z.number(), max: z.number() }).nullable(),
  lots: z.array(
    z.object({ lotCode: z.string(), items: z.number(), cases: z.number(), components: z.number() }),
  ),
});

export function registerCatalogRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  s.get(
    '/api/catalog/parts',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['catalog'],
        description:
          'Catalog parts (maker + part number) with category, HS-6 code, CHPL tier and how often found.',
        querystring: z.object({
          q: z.string().max(200).optional(),
          makerOrgId: z.coerce.number().int().positive().optional(),
          chplTier: tier.optional(),
          category: z.string().max(200).optional(),
          hs6: z.string().max(12).optional(),
          sort: z.enum(['number', 'maker', 'components']).optional(),
          order: z.enum(['asc', 'desc']).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
        }),
        response: { 200: PartList, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (req) => app.catalog.list(actorOf(req), req.query),
  );
  s.get(
    '/api/catalog/parts/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['catalog'],
        params: IdParams,
        response: { 200: Part, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.catalog.get(actorOf(req), req.params.id),
  );
  s.patch(
    '/api/catalog/parts/:id',
    {
      config: { access: 'write' },
      schema: {
        tags: ['catalog'],
        description:
          "An analyst's category, HS-6 code (overriding the category rule) and export-control notes.",
        params: IdParams,
        body: z.object({
          category: z.string().max(200).nullish(),
          hs6: z.string().max(12).nullish(),
          exportNotes: z.string().max(20_000).nullish(),
          notes: z.string().max(20_000).nullish(),
        }),
        response: { 200: Part, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.catalog.update(actorOf(req), req.params.id, req.body),
  );
  s.get(
    '/api/catalog/parts/:id/found',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['catalog'],
        description:
          'Where the part was found within the cases the caller may read: cases, items, lots, first and last date codes and the days from date code to recovery.',
        params: IdParams,
        response: { 200: Found, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.catalog.found(actorOf(req), req.params.id),
  );
  s.get(
    '/api/catalog/lots/:id/:lotCode',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['catalog'],
        description: 'A production batch: every item where this lot code of the part appears.',
        params: IdParams.extend({ lotCode: z.string().min(1).max(100) }),
        response: { 200: Lot, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.catalog.lot(actorOf(req), req.params.id, req.params.lotCode),
  );
  s.get(
    '/api/catalog/chpl',
    {
      config: { access: 'public' },
      schema: {
        tags: ['catalog'],
        description: 'The Common High Priority List as shipped, with its version date.',
      },
    },
    async () => chpl,
  );
}
