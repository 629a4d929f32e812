// HTTP route of the global search and of the registry's counts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf, rateKey } from '../server/server.actor.ts';
import { ErrorBody } from '../server/server.errors.ts';
import { SearchHit } from './evidence.schema.ts';
import { searchTypes } from './search.service.ts';

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  types: z
    .string()
    .optional()
    .transform((s) => (s ? s.split(',').map((t) => t.trim()) : undefined))
    .pipe(z.array(z.enum(searchTypes)).optional()),
});

export function registerSearchRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  s.get(
    '/api/search',
    {
      // Search is the cheapest way to probe for names: limited per user (or per address).
      config: {
        access: 'read',
        rateLimit: { max: app.config.searchPerMinute, timeWindow: 60_000, keyGenerator: rateKey },
      },
      schema: {
        tags: ['search'],
        description:
          'Full-text search over items, components, organizations and persons. Look-alike letters are folded and names transliterated, so "МАХ" typed in Cyrillic finds "MAX".',
        querystring: SearchQuery,
        response: {
          200: z.object({ q: z.string(), hits: z.array(SearchHit) }),
          400: ErrorBody,
          401: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (req) => ({
      q: req.query.q,
      hits: await app.search.search(actorOf(req), req.query.q, {
        limit: req.query.limit,
        types: req.query.types,
      }),
    }),
  );
}

const Stats = z.object({
  items: z.number(),
  components: z.number(),
  cases: z.number(),
  files: z.number(),
  itemsByType: z.record(z.string(), z.number()),
  itemsByMonth: z.array(z.object({ month: z.string(), count: z.number() })),
  componentsBySubsystem: z.record(z.string(), z.number()),
  componentsByCategory: z.array(z.object({ category: z.string().nullable(), count: z.number() })),
  componentsByMakerCountry: z.array(z.object({ country: z.string().nullable(), count: z.number() })),
  componentsByChplTier: z.array(z.object({ tier: z.string(), count: z.number() })),
  recent: z.array(
    z.object({
      seq: z.number(),
      at: z.string(),
      actor: z.string(),
      action: z.string(),
      entityType: z.string(),
      entityId: z.number().nullable(),
      caseId: z.number().nullable(),
    }),
  ),
});

export function registerStatsRoutes(server: FastifyInstance, app: App): void {
  server.withTypeProvider<ZodTypeProvider>().get(
    '/api/stats',
    {
      config: { access: 'read' },
      schema: {
        tags: ['search'],
        description:
          'Counts within what the caller may read: items by type and by month of recovery, components by subsystem and category (the 25 largest, the rest as "(other)"), cases, files, and the 15 latest changes to records of the cases the caller is a member of (none for readers of published cases only).',
        querystring: z.object({ caseId: z.coerce.number().int().positive().optional() }),
        response: { 200: Stats },
      },
    },
    async (req) => app.stats.summary(actorOf(req), req.query.caseId),
  );
}
