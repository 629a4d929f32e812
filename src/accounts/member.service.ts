// The members of a case and their roles: owners manage them, members see who else is on the case.
// A case always keeps at least one owner.
import { assertCaseManage, caseView } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Conflict, Invalid, NotFound } from '../core/errors.ts';
import { type AuditedWriter, parseInput, type Trx } from '../evidence/index.ts';
import type { AccountsRepository } from './accounts.repository.ts';
import { type Member, MemberInput, MemberPatch } from './accounts.schema.ts';

export class MemberService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: AccountsRepository,
  ) {}

  async list(actor: Actor, caseId: number): Promise<Member[]> {
    await this.w.get(this.w.db.kysely, 'case', caseId);
    // Who works on a case is not part of its published view; an administrator handing a case on
    // needs to see them (as in `manageable`).
    if (caseView(actor, caseId) !== 'full') await this.manageable(actor, caseId);
    return this.members(caseId);
  }

  private async members(caseId: number): Promise<Member[]> {
    return (await this.repo.membersOf(this.w.db.kysely, caseId)).map((m) => ({
      id: m.id,
      caseId: m.case_id,
      userId: m.user_id,
      username: m.username,
      displayName: m.display_name,
      role: m.role as Member['role'],
      createdAt: m.created_at,
    }));
  }

  async add(actor: Actor, caseId: number, input: unknown): Promise<Member> {
    const v = parseInput(MemberInput, input);
    await this.manageable(actor, caseId);
    const id = await this.w.transaction(async (trx) => {
      const user = await this.repo.userByName(trx, v.username);
      if (!user || user.deleted_at || user.disabled_at)
        throw Invalid.at('username', `no active user "${v.username}"`);
      if (await this.repo.member(trx, caseId, user.id))
        throw new Conflict(`${v.username} is already a member of case ${caseId}`);
      return (
        await this.w.create(trx, actor, 'case_member', { case_id: caseId, user_id: user.id, role: v.role })
      ).id;
    });
    return this.one(caseId, id);
  }

  async update(actor: Actor, caseId: number, memberId: number, patch: unknown): Promise<Member> {
    const p = parseInput(MemberPatch, patch);
    await this.manageable(actor, caseId);
    await this.w.transaction(async (trx) => {
      const m = await this.membership(trx, caseId, memberId);
      if (m.role === 'owner' && p.role !== 'owner') await this.keepAnOwner(trx, caseId);
      await this.w.update(trx, actor, 'case_member', memberId, { role: p.role });
    });
    return this.one(caseId, memberId);
  }

  async remove(actor: Actor, caseId: number, memberId: number): Promise<void> {
    await this.manageable(actor, caseId);
    await this.w.transaction(async (trx) => {
      const m = await this.membership(trx, caseId, memberId);
      if (m.role === 'owner') await this.keepAnOwner(trx, caseId);
      await this.w.softDelete(trx, actor, 'case_member', memberId);
    });
  }

  private async manageable(actor: Actor, caseId: number) {
    await this.w.get(this.w.db.kysely, 'case', caseId);
    // An administrator may hand on a case it cannot read; anyone else who cannot read it gets "not found".
    assertCaseManage(actor, caseId);
  }

  private async membership(trx: Trx, caseId: number, memberId: number) {
    const m = await this.w.get(trx, 'case_member', memberId);
    if (m.case_id !== caseId) throw new NotFound('case member', memberId);
    return m;
  }

  private async keepAnOwner(trx: Trx, caseId: number) {
    const owners = (await this.repo.membersOf(trx, caseId)).filter((m) => m.role === 'owner');
    if (owners.length <= 1) throw Invalid.at('role', 'a case must keep at least one owner');
  }

  private async one(caseId: number, id: number): Promise<Member> {
    const m = (await this.members(caseId)).find((x) => x.id === id);
    if (!m) throw new NotFound('case member', id);
    return m;
  }
}
