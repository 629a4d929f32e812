// Chain of custody: who handed what to whom, when and where.

import { assertCaseWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { toCustodyEvent } from './evidence.mappers.ts';
import { publishedCustodyEvent } from './evidence.published.ts';
import type { CaseReader } from './evidence.reader.ts';
import { type CustodyEvent, CustodyEventInput } from './evidence.schema.ts';
import { custodyValues } from './evidence.values.ts';
import type { AuditedWriter, Trx } from './evidence.writer.ts';
import { parseInput } from './parse.ts';
import { scopeCondition } from './scope.repository.ts';

export class CustodyService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly reader: CaseReader,
  ) {}

  async create(actor: Actor, input: unknown): Promise<CustodyEvent> {
    const v = parseInput(CustodyEventInput, input);
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', v.caseId);
      assertCaseWrite(actor, v.caseId, 'case', v.caseId);
      await this.checkLinks(trx, v);
      return toCustodyEvent(await this.w.create(trx, actor, 'custody_event', custodyValues(v)));
    });
  }

  async list(
    actor: Actor,
    filter: { caseId?: number; itemId?: number; includeDeleted?: boolean },
  ): Promise<CustodyEvent[]> {
    let q = this.w.db.kysely
      .selectFrom('custody_events')
      .selectAll()
      .where(scopeCondition(this.w.db.dialect, this.reader.scope(actor), 'custody_events', 'custody_event'))
      .orderBy('occurred_at')
      .orderBy('id');
    if (filter.caseId) q = q.where('case_id', '=', filter.caseId);
    if (filter.itemId) q = q.where('item_id', '=', filter.itemId);
    if (!filter.includeDeleted) q = q.where('deleted_at', 'is', null);
    const rows = (await q.limit(10_000).execute()).map(toCustodyEvent);
    return this.reader.present(actor, 'custody_event', rows, publishedCustodyEvent);
  }

  async get(actor: Actor, id: number): Promise<CustodyEvent> {
    return this.reader.shown(actor, 'custody_event', id, toCustodyEvent, publishedCustodyEvent);
  }

  async update(actor: Actor, id: number, patch: unknown): Promise<CustodyEvent> {
    return this.w.transaction(async (trx) => {
      const current = toCustodyEvent(await this.writable(trx, actor, id));
      const v = parseInput(CustodyEventInput, { ...current, ...(patch as object), caseId: current.caseId });
      await this.checkLinks(trx, v);
      return toCustodyEvent(await this.w.update(trx, actor, 'custody_event', id, custodyValues(v)));
    });
  }

  async remove(actor: Actor, id: number): Promise<CustodyEvent> {
    return this.w.transaction(async (trx) => {
      await this.writable(trx, actor, id, true);
      return toCustodyEvent(await this.w.softDelete(trx, actor, 'custody_event', id));
    });
  }

  async restore(actor: Actor, id: number): Promise<CustodyEvent> {
    return this.w.transaction(async (trx) => {
      await this.writable(trx, actor, id, true);
      return toCustodyEvent(await this.w.restore(trx, actor, 'custody_event', id));
    });
  }

  private async writable(trx: Trx, actor: Actor, id: number, includeDeleted = false) {
    const row = await this.w.get(trx, 'custody_event', id, includeDeleted);
    assertCaseWrite(actor, row.case_id, 'custody event', id);
    return row;
  }

  private async checkLinks(
    trx: Trx,
    v: { caseId: number; itemId?: number | null; evidenceFileId?: number | null },
  ) {
    await this.w.get(trx, 'case', v.caseId);
    if (v.itemId) {
      await this.w.linked(trx, 'item', v.itemId, v.caseId, 'itemId');
    }
    if (v.evidenceFileId) {
      await this.w.linked(trx, 'evidence_file', v.evidenceFileId, v.caseId, 'evidenceFileId');
    }
  }
}
