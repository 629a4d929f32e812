// HTTP routes of attribution: the variant profile document (shared reference data, versioned), an item's
// attribution with the human decision that overrides the machine's, and a case's table of both.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import { PROFILE_DOCUMENT_MAX_LENGTH } from './attribution.parse.ts';
import {
  CaseAttributionFilter,
  CaseAttributions,
  DecisionInput,
  ItemAttribution,
  ProfilesInForce,
  ProfilesInput,
  ProfilesSaved,
  ProfilesVersion,
} from './attribution.schema.ts';

const tags = ['attribution'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export function registerAttributionRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  const a = app.attribution;
  s.get(
    '/api/variants',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          'The variant profile document in force: its version, the text as saved (YAML or JSON) and the parsed profiles. All null before the first save.',
        response: { 200: ProfilesInForce, 401: ErrorBody },
      },
    },
    async (req) => a.profiles.get(actorOf(req)),
  );
  s.put(
    '/api/variants',
    {
      config: { access: 'write' },
      // A profile document may be up to 2 MB of text, and JSON escapes make it longer.
      bodyLimit: PROFILE_DOCUMENT_MAX_LENGTH * 2 + 1024,
      schema: {
        tags,
        description:
          'Saves a new version of the variant profile document (analysts). The text is parsed first: a bad document is refused with every problem and its place (field path, line and column), and the version in force stays. The same text as the version in force makes no new version (`created: false`).',
        body: ProfilesInput.strict(),
        response: { 200: ProfilesSaved, ...errors },
      },
    },
    async (req) => a.profiles.put(actorOf(req), req.body.text),
  );
  s.get(
    '/api/variants/versions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: 'Every version of the variant profile document, newest first (without the text).',
        response: { 200: z.object({ rows: z.array(ProfilesVersion) }), 401: ErrorBody },
      },
    },
    async (req) => ({ rows: await a.profiles.versions(actorOf(req)) }),
  );
  s.get(
    '/api/variants/versions/:version',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: 'One version of the variant profile document, with its text and parsed profiles.',
        params: z.object({ version: z.coerce.number().int().positive() }),
        response: { 200: ProfilesInForce, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => a.profiles.get(actorOf(req), req.params.version),
  );
  s.get(
    '/api/items/:id/attribution',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description:
          "An item's attribution: the machine's scored reading against the profiles in force (every variant compared, each feature matched, contradicted or unobserved with its explanation, and the decision with its rule), the human decision if any, and the attribution in force (the human's over the machine's). The published view of a decision leaves out who made it and its basis, and gives its month.",
        params: IdParams,
        response: { 200: ItemAttribution, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => a.forItem(actorOf(req), req.params.id),
  );
  s.put(
    '/api/items/:id/attribution',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          'A case editor\'s attribution of the item (a variant id of the profiles in force, or "unknown"), with its basis and confidence. It replaces the decision in force (which stays, marked deleted) and records the profiles version and the machine\'s reading it overrides; audited.',
        params: IdParams,
        body: DecisionInput.strict(),
        response: { 200: ItemAttribution, ...errors },
      },
    },
    async (req) => a.decide(actorOf(req), req.params.id, req.body),
  );
  s.delete(
    '/api/items/:id/attribution',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          "Withdraws the human decision (marked deleted, kept in the audit log): the machine's reading is in force again. Without a decision, nothing changes.",
        params: IdParams,
        response: { 200: ItemAttribution, ...errors },
      },
    },
    async (req) => a.withdraw(actorOf(req), req.params.id),
  );
  s.get(
    '/api/cases/:id/attributions',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description:
          "A page of a case's items (by id) with the machine's reading, the human decision and the attribution in force of each, optionally of one designation (assessed or marked); with the variants of the profiles in force.",
        params: IdParams,
        querystring: CaseAttributionFilter,
        response: { 200: CaseAttributions, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => a.forCase(actorOf(req), req.params.id, req.query),
  );
}
