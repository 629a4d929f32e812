// HTTP routes of the markings module: the machine's reading of a marking (each maker tied to its
// organization when one is stored), a maker's page, and the review of unresolved names and flags.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';

const Manufacturer = z.object({
  key: z.string(),
  name: z.string(),
  country: z.string(),
  matchedBy: z.string(),
  now: z.object({ key: z.string(), name: z.string() }).nullish(),
  organizationId: z.number().int().nullish(),
});
const Part = z.object({ full: z.string(), base: z.string().nullable() });
const Flag = z.object({ kind: z.string(), message: z.string(), makers: z.array(z.string()).optional() });

export const MarkingReadingBody = z.object({
  manufacturer: Manufacturer.nullable(),
  partNumber: Part.nullable(),
  dateCode: z
    .object({
      raw: z.string(),
      scheme: z.string(),
      year: z.number().int().nullable(),
      years: z.array(z.number().int()),
      week: z.number().int().optional(),
      month: z.number().int().optional(),
      earliest: z.string(),
      latest: z.string(),
      ambiguous: z.boolean(),
    })
    .nullable(),
  lotCode: z.string().nullable(),
  countryOfAssembly: z.string().nullable(),
  confidence: z.number(),
  fieldConfidence: z.record(z.string(), z.number()),
  alternatives: z.array(
    z.object({
      manufacturer: Manufacturer.omit({ organizationId: true }).nullable(),
      partNumber: Part.nullable(),
      confidence: z.number(),
      reason: z.string(),
    }),
  ),
  flags: z.array(Flag),
  lines: z.array(z.string()),
});

const Named = z.object({ organizationId: z.number().int(), name: z.string() });
const MakerBody = z.object({
  organizationId: z.number().int(),
  name: z.string(),
  country: z.string().nullable(),
  referenceKey: z.string().nullable(),
  now: Named.nullable(),
  formerMakers: z.array(Named),
  logos: z.array(z.string()),
  prefixes: z.array(z.string()),
  dateSchemes: z.array(z.string()),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
  parts: z.array(
    z.object({
      id: z.number().int(),
      number: z.string(),
      components: z.number().int(),
      chplTier: z.string().nullable(),
    }),
  ),
  components: z.number().int(),
});
const ReviewBody = z.object({
  unresolved: z.array(
    z.object({
      name: z.string(),
      components: z.number().int(),
      suggestion: Named.extend({ score: z.number() }).nullable(),
    }),
  ),
  flagged: z.object({
    total: z.number().int(),
    rows: z.array(
      z.object({
        componentId: z.number().int(),
        itemId: z.number().int(),
        caseId: z.number().int(),
        markingRaw: z.string(),
        partNumber: z.string().nullable(),
        maker: z.string().nullable(),
        flags: z.array(Flag),
      }),
    ),
  }),
});

export function registerMarkingsRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  s.get(
    '/api/makers/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['markings'],
        description:
          "A maker organization's page: its reference data (logos, part-number prefixes, date-code schemes, sources), the maker it became part of and those that became part of it, its catalog parts and how many of its components the caller may read.",
        params: IdParams,
        response: { 200: MakerBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => app.markingsReview.maker(actorOf(req), req.params.id),
  );
  s.get(
    '/api/markings/review',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['markings'],
        description:
          "Maker names on components that no organization stands for (with the resolver's suggestion), and the components whose reading was flagged, within the cases the caller is a member of.",
        response: { 200: ReviewBody, 401: ErrorBody },
      },
    },
    async (req) => app.markingsReview.review(actorOf(req)),
  );
  s.post(
    '/api/markings/review/resolve',
    {
      config: { access: 'write' },
      schema: {
        tags: ['markings'],
        description:
          "Analysts: ties every component carrying this maker name (in the cases the caller may change) to the organization, and keeps the name as the organization's alias. Audited.",
        body: z.object({ name: z.string().min(1).max(500), organizationId: z.number().int().positive() }),
        response: {
          200: z.object({ updated: z.number().int() }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (req) => app.markingsReview.resolve(actorOf(req), req.body.name, req.body.organizationId),
  );
  s.post(
    '/api/markings/parse',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['markings'],
        description:
          "The machine's reading of a marking as transcribed (lines split by line breaks or ' / '): maker, part number, date code (never a guessed decade), lot, country of assembly, with confidences, ranked alternatives and flags (logo and prefix of different makers, generic part, clone family).",
        body: z.object({
          text: z.string().max(20_000),
          recovered: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
            .optional(),
        }),
        response: { 200: MarkingReadingBody, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (req) => app.markings.parse(actorOf(req), req.body.text, req.body.recovered),
  );
}
