// HTTP route of the markings module: the machine's reading of a marking, each maker tied to its
// organization when one is stored.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
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

export function registerMarkingsRoutes(server: FastifyInstance, app: App): void {
  server.withTypeProvider<ZodTypeProvider>().post(
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
