// Publishing a case: an owner asks, a second member (editor or owner, not the one who asked) approves,
// and only then is the case readable by anyone, in its published form. An owner may withdraw it.

import type { Selectable } from 'kysely';
import { assertCaseManage, assertCaseRead, assertCaseWrite, roleIn } from '../core/access.ts';
import { type Actor, actorLabel, userIdOf } from '../core/actor.ts';
import { Conflict, Forbidden, NotFound } from '../core/errors.ts';
import type { CasePublicationsTable } from '../db/index.ts';
import { type AuditedWriter, parseInput } from '../evidence/index.ts';
import type { PublishingRepository } from './publishing.repository.ts';
import { type Publication, PublicationRequest } from './publishing.schema.ts';

export function toPublication(r: Selectable<CasePublicationsTable>): Publication {
  return {
    id: r.id,
    caseId: r.case_id,
    state: r.state as Publication['state'],
    requestedBy: r.requested_by,
    note: r.note,
    approvedBy: r.approved_by,
    decidedAt: r.decided_at,
    createdAt: r.created_at,
  };
}

export class PublicationService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: PublishingRepository,
  ) {}

  async list(actor: Actor, caseId: number): Promise<Publication[]> {
    await this.w.get(this.w.db.kysely, 'case', caseId);
    if (assertCaseRead(actor, caseId, 'case', caseId) !== 'full') throw new NotFound('case', caseId);
    return (await this.repo.publications(this.w.db.kysely, caseId)).map(toPublication);
  }

  async request(actor: Actor, caseId: number, input: unknown): Promise<Publication> {
    const v = parseInput(PublicationRequest, input ?? {});
    return this.w.transaction(async (trx) => {
      const kase = await this.w.get(trx, 'case', caseId);
      assertCaseWrite(actor, caseId, 'case', caseId, 'owner');
      if (kase.status === 'published') throw new Conflict(`case ${caseId} is already published`);
      if (await this.repo.current(trx, caseId, 'pending'))
        throw new Conflict(`case ${caseId} already has a publication waiting for approval`);
      return toPublication(
        await this.w.create(trx, actor, 'case_publication', {
          case_id: caseId,
          state: 'pending',
          requested_by: actorLabel(actor),
          requested_by_user: userIdOf(actor),
          note: v.note ?? null,
          approved_by: null,
          approved_by_user: null,
          decided_at: null,
        }),
      );
    });
  }

  /** The second member's approval: the case is published from this moment. */
  async approve(actor: Actor, caseId: number): Promise<Publication> {
    return this.decide(actor, caseId, 'published');
  }

  async reject(actor: Actor, caseId: number): Promise<Publication> {
    return this.decide(actor, caseId, 'rejected');
  }

  async withdraw(actor: Actor, caseId: number): Promise<Publication> {
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', caseId);
      assertCaseRead(actor, caseId, 'case', caseId);
      assertCaseManage(actor, caseId);
      const pub = await this.repo.current(trx, caseId, 'published');
      if (!pub) throw new Conflict(`case ${caseId} is not published`);
      const now = new Date().toISOString();
      await this.w.update(trx, actor, 'case', caseId, { status: 'open' });
      return toPublication(
        await this.w.update(trx, actor, 'case_publication', pub.id, { state: 'withdrawn', decided_at: now }),
      );
    });
  }

  private async decide(actor: Actor, caseId: number, state: 'published' | 'rejected'): Promise<Publication> {
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', caseId);
      assertCaseWrite(actor, caseId, 'case', caseId);
      const pub = await this.repo.current(trx, caseId, 'pending');
      if (!pub) throw new Conflict(`case ${caseId} has no publication waiting for approval`);
      const me = userIdOf(actor);
      // The safeguard: the one who asked cannot also approve, through a session or a token alike.
      if (me === null || me === pub.requested_by_user || !roleIn(actor, caseId))
        throw new Forbidden('a second member of the case must decide on its publication');
      const now = new Date().toISOString();
      if (state === 'published') await this.w.update(trx, actor, 'case', caseId, { status: 'published' });
      return toPublication(
        await this.w.update(trx, actor, 'case_publication', pub.id, {
          state,
          approved_by: actorLabel(actor),
          approved_by_user: me,
          decided_at: now,
        }),
      );
    });
  }
}
