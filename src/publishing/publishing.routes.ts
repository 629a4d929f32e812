// HTTP routes of publishing: a case's publication and its approval by a second member, the records
// marked restricted, and the replies of named companies.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { actorOf } from '../server/server.actor.ts';
import { IdParams } from '../server/server.crud.ts';
import { ErrorBody } from '../server/server.errors.ts';
import {
  CompanyReply,
  CompanyReplyInput,
  Publication,
  PublicationRequest,
  Restriction,
  RestrictionInput,
} from './publishing.schema.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const SubParams = z.object({
  id: z.coerce.number().int().positive(),
  subId: z.coerce.number().int().positive(),
});

export function registerPublishingRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  const tags = ['publishing'];
  const decision = (
    path: string,
    description: string,
    run: (a: ReturnType<typeof actorOf>, id: number) => Promise<Publication>,
  ) =>
    s.post(
      `/api/cases/:id/publication/${path}`,
      {
        config: { access: 'write' },
        schema: { tags, params: IdParams, description, response: { 200: Publication, ...errors } },
      },
      async (req) => run(actorOf(req), req.params.id),
    );

  s.get(
    '/api/cases/:id/publications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        params: IdParams,
        response: { 200: z.object({ publications: z.array(Publication) }), ...errors },
      },
    },
    async (req) => ({ publications: await app.publications.list(actorOf(req), req.params.id) }),
  );
  s.post(
    '/api/cases/:id/publication',
    {
      config: { access: 'write' },
      schema: {
        tags,
        params: IdParams,
        description:
          'An owner asks for the case to be published. Nothing is public until a second member approves. The published view leaves out restricted records and fields, coarsens places and times, and serves photos without metadata.',
        body: PublicationRequest.optional(),
        response: { 201: Publication, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await app.publications.request(actorOf(req), req.params.id, req.body)),
  );
  decision(
    'approve',
    'A second member (editor or owner, not the one who asked) publishes the case.',
    (a, id) => app.publications.approve(a, id),
  );
  decision('reject', 'A second member turns the request down.', (a, id) => app.publications.reject(a, id));
  decision('withdraw', 'An owner takes the case out of public view.', (a, id) =>
    app.publications.withdraw(a, id),
  );

  s.get(
    '/api/cases/:id/restrictions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        params: IdParams,
        response: { 200: z.object({ restrictions: z.array(Restriction) }), ...errors },
      },
    },
    async (req) => ({ restrictions: await app.restrictions.list(actorOf(req), req.params.id) }),
  );
  s.post(
    '/api/cases/:id/restrictions',
    {
      config: { access: 'write' },
      schema: {
        tags,
        params: IdParams,
        description:
          'Mark a record restricted: it (and, for an item, all that belongs to it) is in no published view.',
        body: RestrictionInput,
        response: { 201: Restriction, ...errors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await app.restrictions.restrict(actorOf(req), req.params.id, req.body)),
  );
  s.delete(
    '/api/cases/:id/restrictions/:subId',
    {
      config: { access: 'write' },
      schema: { tags, params: SubParams, response: { 200: Restriction, ...errors } },
    },
    async (req) => app.restrictions.lift(actorOf(req), req.params.id, req.params.subId),
  );

  s.get(
    '/api/cases/:id/replies',
    {
      config: { access: 'read' },
      schema: {
        tags,
        params: IdParams,
        description: "Named companies' replies: part of the case's published view.",
        response: { 200: z.object({ replies: z.array(CompanyReply) }), ...errors },
      },
    },
    async (req) => ({ replies: await app.restrictions.replies(actorOf(req), req.params.id) }),
  );
  s.post(
    '/api/cases/:id/replies',
    {
      config: { access: 'write' },
      schema: { tags, params: IdParams, body: CompanyReplyInput, response: { 201: CompanyReply, ...errors } },
    },
    async (req, reply) =>
      reply.status(201).send(await app.restrictions.addReply(actorOf(req), req.params.id, req.body)),
  );
  s.delete(
    '/api/cases/:id/replies/:subId',
    {
      config: { access: 'write' },
      schema: { tags, params: SubParams, response: { 200: CompanyReply, ...errors } },
    },
    async (req) => app.restrictions.removeReply(actorOf(req), req.params.id, req.params.subId),
  );
}
