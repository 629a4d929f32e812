// HTTP routes of the audit log: the history of any record, recent activity, the chain head.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { assertAdmin, assertReferenceRead, caseView } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { NotFound } from '../core/errors.ts';
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
      config: { access: 'signed-in' },
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
      const actor = actorOf(req);
      const { entityType, entityId, limit } = req.query;
      if (entityType && entityId) await assertHistoryReadable(app, actor, entityType, entityId);
      // The whole log holds every case's before and after: administrators only.
      else assertAdmin(actor, false);
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
      config: { access: 'signed-in' },
      schema: {
        tags: ['audit'],
        response: { 200: z.object({ seq: z.number(), hash: z.string() }).nullable() },
      },
    },
    async () => (await app.auditLog.head(app.db.kysely)) ?? null,
  );
}

/** Shared reference data: its history is every signed-in user's to read. */
const referenceTypes: ReadonlySet<string> = new Set([
  'organization',
  'person',
  'part',
  'variant_profile_version',
  'serial_pattern',
  'production_target',
]);

/** A record's history shows its restricted fields before and after every change: only for those who
 * read its case in full (members), or for shared reference data any signed-in user; accounts' own
 * records for administrators. Anything else is "not found". */
async function assertHistoryReadable(app: App, actor: Actor, type: keyof typeof auditedTables, id: number) {
  if (referenceTypes.has(type)) return assertReferenceRead(actor);
  if (type === 'user' || type === 'api_token') return assertAdmin(actor, false);
  const row = (await app.writer.get(app.db.kysely, type, id, true).catch(() => null)) as {
    id: number;
    case_id?: number;
  } | null;
  const caseId = type === 'case' ? row?.id : row?.case_id;
  if (caseId === undefined || caseView(actor, caseId) !== 'full') throw new NotFound(type, id);
}
