// Cases: the investigations that recovered items belong to.

import { assertCanRead, assertCanWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { toCase } from './evidence.mappers.ts';
import { type Case, CaseInput, CasePatch } from './evidence.schema.ts';
import type { AuditedWriter } from './evidence.writer.ts';
import { parseInput } from './parse.ts';

export class CaseService {
  constructor(private readonly w: AuditedWriter) {}

  async create(actor: Actor, input: unknown, options: { isDemo?: boolean } = {}): Promise<Case> {
    assertCanWrite(actor);
    const v = parseInput(CaseInput, input);
    return this.w.transaction(async (trx) =>
      toCase(
        await this.w.create(trx, actor, 'case', {
          title: v.title,
          summary: v.summary ?? null,
          status: v.status,
          is_demo: options.isDemo ? 1 : 0,
        }),
      ),
    );
  }

  async get(actor: Actor, id: number): Promise<Case> {
    assertCanRead(actor);
    return toCase(await this.w.get(this.w.db.kysely, 'case', id));
  }

  async list(actor: Actor, includeDeleted = false): Promise<Case[]> {
    assertCanRead(actor);
    let q = this.w.db.kysely.selectFrom('cases').selectAll().orderBy('id');
    if (!includeDeleted) q = q.where('deleted_at', 'is', null);
    return (await q.execute()).map(toCase);
  }

  async update(actor: Actor, id: number, patch: unknown): Promise<Case> {
    assertCanWrite(actor);
    const p = parseInput(CasePatch, patch);
    return this.w.transaction(async (trx) => {
      const values: Record<string, unknown> = {};
      if (p.title !== undefined) values.title = p.title;
      if (p.summary !== undefined) values.summary = p.summary ?? null;
      if (p.status !== undefined) values.status = p.status;
      return toCase(await this.w.update(trx, actor, 'case', id, values));
    });
  }

  async remove(actor: Actor, id: number): Promise<Case> {
    assertCanWrite(actor);
    return this.w.transaction(async (trx) => toCase(await this.w.softDelete(trx, actor, 'case', id)));
  }

  async restore(actor: Actor, id: number): Promise<Case> {
    assertCanWrite(actor);
    return this.w.transaction(async (trx) => toCase(await this.w.restore(trx, actor, 'case', id)));
  }
}
