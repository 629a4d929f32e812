// The create/read/update/delete/list routes that every registry resource shares, described once and
// typed by the resource's zod schemas, so each resource's routes file only names its service calls.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../core/actor.ts';
import { actorOf } from './server.actor.ts';
import type { AccessRule } from './server.auth.ts';
import { ErrorBody } from './server.errors.ts';

const IdParams = z.object({ id: z.coerce.number().int().positive() });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export interface CrudSpec<E extends z.ZodType, F extends z.ZodType> {
  path: string;
  tag: string;
  /** Who may call the reading routes: `read` for case-scoped records (published cases included),
   * `signed-in` for shared reference data. Writing routes are always `write`. */
  readAccess: AccessRule;
  entity: E;
  create: z.ZodType;
  patch: z.ZodType;
  filter: F;
  list(
    actor: Actor,
    filter: z.output<F>,
  ): Promise<{ total: number; totalExact?: boolean; limit: number; offset: number; rows: z.output<E>[] }>;
  add(actor: Actor, body: unknown): Promise<z.output<E>>;
  get(actor: Actor, id: number): Promise<z.output<E>>;
  update(actor: Actor, id: number, body: unknown): Promise<z.output<E>>;
  remove(actor: Actor, id: number): Promise<z.output<E>>;
  restore?(actor: Actor, id: number): Promise<z.output<E>>;
}

export function registerCrud<E extends z.ZodType, F extends z.ZodType>(
  server: FastifyInstance,
  spec: CrudSpec<E, F>,
): void {
  // Generic over the resource's schemas, which Fastify's type provider cannot follow; the zod validator
  // compiler still validates and transforms every request, so the casts below only restate it.
  const s = server;
  const idOf = (req: FastifyRequest) => (req.params as z.output<typeof IdParams>).id;
  const tags = [spec.tag];
  const actor = (req: FastifyRequest) => actorOf(req);
  const read = { access: spec.readAccess };
  const write = { access: 'write' as const };
  const listShape = z.object({
    total: z.number().int(),
    /** False when the list was asked for an estimate (`count=estimate`) and the total is a lower bound. */
    totalExact: z.boolean().optional(),
    limit: z.number().int(),
    offset: z.number().int(),
    rows: z.array(spec.entity),
  });

  s.get(
    spec.path,
    { config: read, schema: { tags, querystring: spec.filter, response: { 200: listShape, ...errors } } },
    async (req) => spec.list(actor(req), req.query as z.output<F>),
  );
  s.post(
    spec.path,
    { config: write, schema: { tags, body: strict(spec.create), response: { 201: spec.entity, ...errors } } },
    async (req, reply) => reply.status(201).send(await spec.add(actor(req), req.body)),
  );
  s.get(
    `${spec.path}/:id`,
    { config: read, schema: { tags, params: IdParams, response: { 200: spec.entity, ...errors } } },
    async (req) => spec.get(actor(req), idOf(req)),
  );
  s.patch(
    `${spec.path}/:id`,
    {
      config: write,
      schema: { tags, params: IdParams, body: strict(spec.patch), response: { 200: spec.entity, ...errors } },
    },
    async (req) => spec.update(actor(req), idOf(req), req.body),
  );
  s.delete(
    `${spec.path}/:id`,
    {
      config: write,
      schema: {
        tags,
        params: IdParams,
        description: 'Marks the record deleted; it, its files and its audit trail are kept.',
        response: { 200: spec.entity, ...errors },
      },
    },
    async (req) => spec.remove(actor(req), idOf(req)),
  );
  const restore = spec.restore;
  if (restore) {
    s.post(
      `${spec.path}/:id/restore`,
      { config: write, schema: { tags, params: IdParams, response: { 200: spec.entity, ...errors } } },
      async (req) => restore(actor(req), idOf(req)),
    );
  }
}

/** Request bodies refuse unknown fields instead of silently dropping them. */
export function strict(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodObject ? schema.strict() : schema;
}

export { IdParams };
