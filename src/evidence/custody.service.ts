// Chain of custody: who handed what to whom, when and where.

import { assertCanRead, assertCanWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Invalid } from '../core/errors.ts';
import { toCustodyEvent } from './evidence.mappers.ts';
import { type CustodyEvent, CustodyEventInput } from './evidence.schema.ts';
import { custodyValues } from './evidence.values.ts';
import type { AuditedWriter, Trx } from './evidence.writer.ts';
import { parseInput } from './parse.ts';

export class CustodyService {
  constructor(private readonly w: AuditedWriter) {}

  async create(actor: Actor, input: unknown): Promise<CustodyEvent> {
    assertCanWrite(actor);
    const v = parseInput(CustodyEventInput, input);
    return this.w.transaction(async (trx) => {
      await this.checkLinks(trx, v);
      return toCustodyEvent(await this.w.create(trx, actor, 'custody_event', custodyValues(v)));
    });
  }

  async list(
    actor: Actor,
    filter: { caseId?: number; itemId?: number; includeDeleted?: boolean },
  ): Promise<CustodyEvent[]> {
    assertCanRead(actor);
    let q = this.w.db.kysely.selectFrom('custody_events').selectAll().orderBy('occurred_at').orderBy('id');
    if (filter.caseId) q = q.where('case_id', '=', filter.caseId);
    if (filter.itemId) q = q.where('item_id', '=', filter.itemId);
    if (!filter.includeDeleted) q = q.where('deleted_at', 'is', null);
    return (await q.limit(10_000).execute()).map(toCustodyEvent);
  }

  async get(actor: Actor, id: number): Promise<CustodyEvent> {
    assertCanRead(actor);
    return toCustodyEvent(await this.w.get(this.w.db.kysely, 'custody_event', id));
  }

  async update(actor: Actor, id: number, patch: unknown): Promise<CustodyEvent> {
    assertCanWrite(actor);
    return this.w.transaction(async (trx) => {
      const current = toCustodyEvent(await this.w.get(trx, 'custody_event', id));
      const v = parseInput(CustodyEventInput, { ...current, ...(patch as object), caseId: current.caseId });
      await this.checkLinks(trx, v);
      return toCustodyEvent(await this.w.update(trx, actor, 'custody_event', id, custodyValues(v)));
    });
  }

  async remove(actor: Actor, id: number): Promise<CustodyEvent> {
    assertCanWrite(actor);
    return this.w.transaction(async (trx) =>
      toCustodyEvent(await this.w.softDelete(trx, actor, 'custody_event', id)),
    );
  }

  async restore(actor: Actor, id: number): Promise<CustodyEvent> {
    assertCanWrite(actor);
    return this.w.transaction(async (trx) =>
      toCustodyEvent(await this.w.restore(trx, actor, 'custody_event', id)),
    );
  }

  private async checkLinks(
    trx: Trx,
    v: { caseId: number; itemId?: number | null; evidenceFileId?: number | null },
  ) {
    await this.w.get(trx, 'case', v.caseId);
    if (v.itemId) {
      const item = await this.w.get(trx, 'item', v.itemId);
      if (item.case_id !== v.caseId) throw Invalid.at('itemId', `item ${v.itemId} belongs to another case`);
    }
    if (v.evidenceFileId) {
      const file = await this.w.get(trx, 'evidence_file', v.evidenceFileId);
      if (file.case_id !== v.caseId)
        throw Invalid.at('evidenceFileId', `evidence file ${v.evidenceFileId} belongs to another case`);
    }
  }
}
