// Recovered items: what was recovered, where, when, how it was observed and how reliable its source is.

import { assertCanRead, assertCanWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { toItem } from './evidence.mappers.ts';
import { type ItemFilter, type RecoveredItem, RecoveredItemInput } from './evidence.schema.ts';
import { itemValues } from './evidence.values.ts';
import type { AuditedWriter } from './evidence.writer.ts';
import type { ItemRepository } from './item.repository.ts';
import { parseInput } from './parse.ts';

export class ItemService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly items: ItemRepository,
  ) {}

  async create(actor: Actor, input: unknown): Promise<RecoveredItem> {
    assertCanWrite(actor);
    const v = parseInput(RecoveredItemInput, input);
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', v.caseId);
      return toItem(await this.w.create(trx, actor, 'item', itemValues(v)));
    });
  }

  async get(actor: Actor, id: number, includeDeleted = false): Promise<RecoveredItem> {
    assertCanRead(actor);
    return toItem(await this.w.get(this.w.db.kysely, 'item', id, includeDeleted));
  }

  async list(actor: Actor, filter: ItemFilter) {
    assertCanRead(actor);
    const { total, rows } = await this.items.list(this.w.db.kysely, filter);
    return { total, limit: filter.limit, offset: filter.offset, rows: rows.map(toItem) };
  }

  /** A patch is merged with the stored item and the whole is validated again, so that no partial edit
   * can leave an item that a create would have refused. */
  async update(actor: Actor, id: number, patch: unknown): Promise<RecoveredItem> {
    assertCanWrite(actor);
    return this.w.transaction(async (trx) => {
      const current = toItem(await this.w.get(trx, 'item', id));
      const merged = { ...current, ...(patch as object), caseId: current.caseId };
      const v = parseInput(RecoveredItemInput, merged);
      return toItem(await this.w.update(trx, actor, 'item', id, itemValues(v)));
    });
  }

  async remove(actor: Actor, id: number): Promise<RecoveredItem> {
    assertCanWrite(actor);
    return this.w.transaction(async (trx) => toItem(await this.w.softDelete(trx, actor, 'item', id)));
  }

  async restore(actor: Actor, id: number): Promise<RecoveredItem> {
    assertCanWrite(actor);
    return this.w.transaction(async (trx) => toItem(await this.w.restore(trx, actor, 'item', id)));
  }
}
