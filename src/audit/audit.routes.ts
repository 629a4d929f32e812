// HTTP routes of the audit log: the history of any record, recent activity, the chain head.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { assertCanRead } from '../core/access.ts';
import { actorOf } from '../server/server.actor.ts';
import { auditedTables } from './audit.entities.ts';
import type { AuditEntryRow } from './audit.repository.ts';

const AuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.number().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  rowCount: z.number(),
  hash: z.string(),
});

export function toAuditEntry(e: AuditEntryRow): z.infer<typeof AuditEntry> {
  return {
    seq: e.seq,
    at: e.at,
    actor: e.actor,
    action: e.action,
    entityType: e.entity_type,
    entityId: e.entity_id,
    before: e.before ? JSON.parse(e.before) : null,
    after: e.after ? JSON.parse(e.after) : null,
    rowCount: e.row_count,
    hash: e.hash,
  };
}

const entityTypes = Object.keys(auditedTables) as [
  keyof typeof auditedTables,
  ...(keyof typeof auditedTables)[],
];

export function registerAuditRoutes(server: FastifyInstance, app: App): void {
  const s = server.withTypeProvider<ZodTypeProvider>();
  s.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        description: 'The audit history of one record (entityType and entityId), or the most recent entries.',
        querystring: z.object({
          entityType: z.enum(entityTypes).optional(),
          entityId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: z.object({ entries: z.array(AuditEntry) }) },
      },
    },
    async (req) => {
      assertCanRead(actorOf(req));
      const { entityType, entityId, limit } = req.query;
      const rows =
        entityType && entityId
          ? await app.auditLog.history(app.db.kysely, entityType, entityId, limit)
          : await app.auditLog.recent(app.db.kysely, limit);
      return { entries: rows.map(toAuditEntry) };
    },
  );
  s.get(
    '/api/audit/head',
    {
      schema: {
        tags: ['audit'],
        response: { 200: z.object({ seq: z.number(), hash: z.string() }).nullable() },
      },
    },
    async (req) => {
      assertCanRead(actorOf(req));
      return (await app.auditLog.head(app.db.kysely)) ?? null;
    },
  );
}
