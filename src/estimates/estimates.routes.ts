// HTTP routes of production estimates: the designations in the reader's cases, one designation's
// serials with every estimate and the declared targets compared, and the serial patterns and targets
// that analysts keep (shared reference data). Past production only; nothing here forecasts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import {
  Designation,
  PatternInput,
  ProductionAssessment,
  ProductionQuery,
  ProductionTarget,
  SerialPattern,
  TargetInput,
} from './estimates.schema.ts';

const tags = ['production'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const DesignationParams = z.object({ designation: z.string().min(1).max(200) });

export function registerEstimateRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  const p = app.production;
  s.get(
    '/api/production/designations',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description:
          'The assessed designations of the items you may read, with how many items, how many with a serial number, in how many cases, and the serial pattern in use.',
        response: { 200: z.object({ rows: z.array(Designation) }), 401: ErrorBody },
      },
    },
    async (req) => ({ rows: await p.designations(actorOf(req)) }),
  );
  s.get(
    '/api/production',
    {
      config: { access: 'read' },
      schema: {
        tags,
        description:
          "How many items of a designation had been made up to now, from the serial numbers of its recovered items (optionally of one case): each item's serial as read with the designation's pattern, and per series the German tank estimate with its exact interval (or the span estimate when the start is unknown), the Bayesian posterior under the stated prior with its density, production by past month ends under the stated lag with rates, duplicates, unread serials and outliers; and each declared target with the probability that it was met (signed-in readers). `level` defaults to 0.9, `lagDays` to 30. No forecast: nothing beyond the evidence is extrapolated.",
        querystring: ProductionQuery,
        response: { 200: ProductionAssessment, ...errors },
      },
    },
    async (req) => p.assess(actorOf(req), req.query),
  );
  s.get(
    '/api/production/patterns',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: 'The serial-number patterns of the designations that have one.',
        response: { 200: z.object({ rows: z.array(SerialPattern) }), 401: ErrorBody },
      },
    },
    async (req) => ({ rows: await p.patterns(actorOf(req)) }),
  );
  s.get(
    '/api/production/patterns/:designation',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description: "A designation's serial-number pattern.",
        params: DesignationParams,
        response: { 200: SerialPattern, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => p.pattern(actorOf(req), req.params.designation),
  );
  s.put(
    '/api/production/patterns/:designation',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          "Sets a designation's serial-number pattern (analysts): a regular expression with the named groups `number` (the digits) and, optionally, `series`, matched against the serial in capitals with Cyrillic look-alike letters read as Latin, e.g. `^(?<series>HW2M?)-(?<number>\\d{4})$`. Refused, naming the field, if it is not one.",
        params: DesignationParams,
        body: PatternInput.strict(),
        response: { 200: SerialPattern, ...errors },
      },
    },
    async (req) => p.putPattern(actorOf(req), req.params.designation, req.body),
  );
  s.delete(
    '/api/production/patterns/:designation',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          "Removes a designation's serial pattern (analysts): its serials are read the default way.",
        params: DesignationParams,
        response: { 200: SerialPattern, ...errors },
      },
    },
    async (req) => p.removePattern(actorOf(req), req.params.designation),
  );
  s.get(
    '/api/production/targets',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        description:
          'Declared production targets (claims recorded with their source), optionally of one designation.',
        querystring: z.object({ designation: z.string().min(1).max(200).optional() }),
        response: { 200: z.object({ rows: z.array(ProductionTarget) }), 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (req) => ({ rows: await p.targets(actorOf(req), req.query.designation) }),
  );
  s.post(
    '/api/production/targets',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description:
          'Records a declared target (analysts): a claim made elsewhere that N units of a designation (or of one of its series) would be made by a date, with its source. The estimates say how likely it was met; it is never a forecast.',
        body: TargetInput.strict(),
        response: { 201: ProductionTarget, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await p.addTarget(actorOf(req), req.body)),
  );
  s.delete(
    '/api/production/targets/:id',
    {
      config: { access: 'write' },
      schema: {
        tags,
        description: 'Removes a declared target (analysts); it is marked deleted, not purged.',
        params: IdParams,
        response: { 200: ProductionTarget, ...errors },
      },
    },
    async (req) => p.removeTarget(actorOf(req), req.params.id),
  );
}
