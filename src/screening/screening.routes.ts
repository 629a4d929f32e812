// HTTP routes of screening: names screened on request (`POST /api/screen`, rate-limited per user), the
// review queue of the parties' hits with its decisions, and a party's screening status.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf, rateKey } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import {
  Decision,
  HitStatus,
  MAX_QUERIES,
  PartyScreening,
  ScreeningHit,
  ScreenRequest,
  ScreenResponse,
} from './screening.schema.ts';

/** Requests per minute and user: a batch of 100 names is one request, and screening is for checking
 * parties, not for harvesting the lists. */
export const SCREEN_PER_MINUTE = 60;

const PartyType = z.enum(['organization', 'person']);

export function registerScreeningRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  s.post(
    '/api/screen',
    {
      config: {
        access: 'signed-in',
        rateLimit: { max: SCREEN_PER_MINUTE, timeWindow: 60_000, keyGenerator: rateKey },
      },
      schema: {
        tags: ['screening'],
        description: `Screens up to ${MAX_QUERIES} names against the watch lists in force, like OpenSanctions' /match: \`queries\` keyed by your own ids (or an array, keyed by index), each \`{name, schema, country?, identifiers?}\`; every response holds the ranked results with scores in [0, 1], \`match\` when at or above the threshold, and an explanation of each score. Signed-in users only, ${SCREEN_PER_MINUTE} requests a minute.`,
        body: ScreenRequest,
        response: { 200: ScreenResponse, 400: ErrorBody, 401: ErrorBody, 429: ErrorBody },
      },
    },
    async (req) => app.screening.screen(actorOf(req), req.body),
  );
  s.get(
    '/api/screening/hits',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['screening'],
        description:
          'The review queue: hits of organizations and persons on watch-list entries, highest scores first. `entryChanged` marks a pair asked again because the entry changed since its decision (kept in `note` and `decided*`); `entryRemoved` an entry no longer on its list.',
        querystring: z.object({
          status: HitStatus.optional(),
          partyType: PartyType.optional(),
          partyId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
        }),
        response: {
          200: z.object({
            total: z.number().int(),
            limit: z.number().int(),
            offset: z.number().int(),
            rows: z.array(ScreeningHit),
          }),
          400: ErrorBody,
          401: ErrorBody,
        },
      },
    },
    async (req) => app.screening.hits(actorOf(req), req.query),
  );
  s.post(
    '/api/screening/hits/:id/decision',
    {
      config: { access: 'write' },
      schema: {
        tags: ['screening'],
        description:
          "An analyst's decision on a hit (match, not_match, unsure, with a note), audited. It holds until the list entry changes: the same pair is not asked again before.",
        params: IdParams,
        body: Decision,
        response: { 200: ScreeningHit, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.screening.decide(actorOf(req), req.params.id, req.body),
  );
  s.get(
    '/api/screening/parties/:partyType/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['screening'],
        description:
          "A party's screening: match when a hit is confirmed, open when one awaits review, unsure, clear when screened with nothing left, not_screened when no list is imported; with its hits.",
        params: z.object({ partyType: PartyType, id: z.coerce.number().int().positive() }),
        response: { 200: PartyScreening, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.screening.partyStatus(actorOf(req), req.params.partyType, req.params.id),
  );
}
