// Cases: the investigations that recovered items belong to.

import {
  assertCanCreateCase,
  assertCaseManage,
  assertCaseRead,
  assertCaseWrite,
  readScope,
} from '../core/access.ts';
import { type Actor, userIdOf } from '../core/actor.ts';
import { Invalid } from '../core/errors.ts';
import { toCase } from './evidence.mappers.ts';
import { type Case, CaseInput, CasePatch } from './evidence.schema.ts';
import type { AuditedWriter } from './evidence.writer.ts';
import { parseInput } from './parse.ts';
import { scopeCondition } from './scope.repository.ts';

export class CaseService {
  constructor(private readonly w: AuditedWriter) {}

  async create(actor: Actor, input: unknown, options: { isDemo?: boolean } = {}): Promise<Case> {
    assertCanCreateCase(actor);
    const v = parseInput(CaseInput, input);
    return this.w.transaction(async (trx) => {
      const row = await this.w.create(trx, actor, 'case', {
        title: v.title,
        summary: v.summary ?? null,
        status: v.status,
        is_demo: options.isDemo ? 1 : 0,
      });
      // Whoever opens a case owns it.
      const userId = userIdOf(actor);
      if (userId !== null)
        await this.w.create(trx, actor, 'case_member', { case_id: row.id, user_id: userId, role: 'owner' });
      return toCase(row);
    });
  }

  async get(actor: Actor, id: number): Promise<Case> {
    const row = await this.w.get(this.w.db.kysely, 'case', id);
    assertCaseRead(actor, id, 'case', id);
    return toCase(row);
  }

  /** Throws unless the actor may write to the case (for work started on its behalf, like imports). */
  async assertWritable(actor: Actor, id: number): Promise<void> {
    await this.w.get(this.w.db.kysely, 'case', id);
    assertCaseWrite(actor, id, 'case', id);
  }

  async list(actor: Actor, includeDeleted = false): Promise<Case[]> {
    let q = this.w.db.kysely
      .selectFrom('cases')
      .selectAll()
      .where(scopeCondition(this.w.db.dialect, readScope(actor), 'cases', 'case'))
      .orderBy('id');
    if (!includeDeleted) q = q.where('deleted_at', 'is', null);
    return (await q.execute()).map(toCase);
  }

  async update(actor: Actor, id: number, patch: unknown): Promise<Case> {
    const p = parseInput(CasePatch, patch);
    return this.w.transaction(async (trx) => {
      const current = await this.w.get(trx, 'case', id);
      assertCaseWrite(actor, id, 'case', id);
      if (p.status !== undefined && current.status === 'published')
        throw Invalid.at('status', 'the case is published: withdraw its publication to change its status');
      const values: Record<string, unknown> = {};
      if (p.title !== undefined) values.title = p.title;
      if (p.summary !== undefined) values.summary = p.summary ?? null;
      if (p.status !== undefined) values.status = p.status;
      return toCase(await this.w.update(trx, actor, 'case', id, values));
    });
  }

  async remove(actor: Actor, id: number): Promise<Case> {
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', id, true);
      assertCaseRead(actor, id, 'case', id);
      assertCaseManage(actor, id);
      return toCase(await this.w.softDelete(trx, actor, 'case', id));
    });
  }

  async restore(actor: Actor, id: number): Promise<Case> {
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', id, true);
      assertCaseRead(actor, id, 'case', id);
      assertCaseManage(actor, id);
      return toCase(await this.w.restore(trx, actor, 'case', id));
    });
  }
}
