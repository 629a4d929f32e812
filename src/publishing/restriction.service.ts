// Records marked restricted (a source's photo, a sensitive custody event…) and the replies of named
// companies. Restricted records, and what belongs to a restricted item, are in no published view; a
// company's reply is part of the published view of its case.
import type { Selectable } from 'kysely';
import { assertCaseRead, assertCaseWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Conflict, Invalid, NotFound } from '../core/errors.ts';
import type { CompanyRepliesTable, RestrictionsTable } from '../db/index.ts';
import { type AuditedWriter, parseInput } from '../evidence/index.ts';
import type { PublishingRepository } from './publishing.repository.ts';
import {
  type CompanyReply,
  CompanyReplyInput,
  type Restriction,
  RestrictionInput,
} from './publishing.schema.ts';

const toRestriction = (r: Selectable<RestrictionsTable>): Restriction => ({
  id: r.id,
  caseId: r.case_id,
  entityType: r.entity_type as Restriction['entityType'],
  entityId: r.entity_id,
  reason: r.reason,
  createdAt: r.created_at,
});

const toReply = (r: Selectable<CompanyRepliesTable>): CompanyReply => ({
  id: r.id,
  caseId: r.case_id,
  organizationId: r.organization_id,
  companyName: r.company_name,
  receivedAt: r.received_at,
  reply: r.reply,
  evidenceFileId: r.evidence_file_id,
  createdAt: r.created_at,
});

export class RestrictionService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: PublishingRepository,
  ) {}

  async list(actor: Actor, caseId: number): Promise<Restriction[]> {
    await this.w.get(this.w.db.kysely, 'case', caseId);
    if (assertCaseRead(actor, caseId, 'case', caseId) !== 'full') throw new NotFound('case', caseId);
    return (await this.repo.restrictions(this.w.db.kysely, caseId)).map(toRestriction);
  }

  async restrict(actor: Actor, caseId: number, input: unknown): Promise<Restriction> {
    const v = parseInput(RestrictionInput, input);
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', caseId);
      assertCaseWrite(actor, caseId, 'case', caseId);
      const target = await this.w.get(trx, v.entityType, v.entityId, true).catch(() => null);
      if (!target || target.case_id !== caseId)
        throw Invalid.at('entityId', `${v.entityType} ${v.entityId} is not in case ${caseId}`);
      if (await this.repo.restriction(trx, v.entityType, v.entityId))
        throw new Conflict(`${v.entityType} ${v.entityId} is already restricted`);
      return toRestriction(
        await this.w.create(trx, actor, 'restriction', {
          case_id: caseId,
          entity_type: v.entityType,
          entity_id: v.entityId,
          reason: v.reason ?? null,
        }),
      );
    });
  }

  async lift(actor: Actor, caseId: number, id: number): Promise<Restriction> {
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', caseId);
      assertCaseWrite(actor, caseId, 'case', caseId);
      const r = await this.w.get(trx, 'restriction', id);
      if (r.case_id !== caseId) throw new NotFound('restriction', id);
      return toRestriction(await this.w.softDelete(trx, actor, 'restriction', id));
    });
  }

  /** A case's company replies: part of its published view too. */
  async replies(actor: Actor, caseId: number): Promise<CompanyReply[]> {
    await this.w.get(this.w.db.kysely, 'case', caseId);
    assertCaseRead(actor, caseId, 'case', caseId);
    return (await this.repo.replies(this.w.db.kysely, caseId)).map(toReply);
  }

  async addReply(actor: Actor, caseId: number, input: unknown): Promise<CompanyReply> {
    const v = parseInput(CompanyReplyInput, input);
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', caseId);
      assertCaseWrite(actor, caseId, 'case', caseId);
      if (v.organizationId) await this.w.get(trx, 'organization', v.organizationId);
      if (v.evidenceFileId) {
        await this.w.linked(trx, 'evidence_file', v.evidenceFileId, caseId, 'evidenceFileId');
      }
      return toReply(
        await this.w.create(trx, actor, 'company_reply', {
          case_id: caseId,
          organization_id: v.organizationId ?? null,
          company_name: v.companyName,
          received_at: v.receivedAt,
          reply: v.reply,
          evidence_file_id: v.evidenceFileId ?? null,
        }),
      );
    });
  }

  async removeReply(actor: Actor, caseId: number, id: number): Promise<CompanyReply> {
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', caseId);
      assertCaseWrite(actor, caseId, 'case', caseId);
      const r = await this.w.get(trx, 'company_reply', id);
      if (r.case_id !== caseId) throw new NotFound('company reply', id);
      return toReply(await this.w.softDelete(trx, actor, 'company_reply', id));
    });
  }
}
