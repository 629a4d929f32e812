// Recovered items: what was recovered, where, when, how it was observed and how reliable its source is.

import type { Selectable } from 'kysely';
import { assertCaseWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import type { RecoveredItemsTable } from '../db/index.ts';
import { toItem } from './evidence.mappers.ts';
import { publishedItem } from './evidence.published.ts';
import type { CaseReader } from './evidence.reader.ts';
import {
  type ItemFilter,
  type MapFilter,
  type MapPoints,
  type RecoveredItem,
  RecoveredItemInput,
} from './evidence.schema.ts';
import { itemValues } from './evidence.values.ts';
import type { AuditedWriter, Trx } from './evidence.writer.ts';
import { mapPoints } from './item.map.ts';
import type { ItemRepository } from './item.repository.ts';
import { compareRows, type itemSorts } from './list.sort.ts';
import { parseInput } from './parse.ts';
import { itemPublicText, listWithQuery } from './published.query.ts';

const label = 'recovered item';

type ItemRow = Selectable<RecoveredItemsTable>;
/** The value each sort key orders by, as `itemSortColumns` in SQL. */
const itemSortValue: Record<(typeof itemSorts)[number], (r: ItemRow) => string | number | null> = {
  id: (r) => r.id,
  recoveredAt: (r) => r.recovered_at,
  designation: (r) => r.designation_assessed ?? r.designation_marked,
  serialNumber: (r) => r.serial_number,
  itemType: (r) => r.item_type,
  country: (r) => r.country,
};

export class ItemService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly items: ItemRepository,
    private readonly reader: CaseReader,
  ) {}

  async create(actor: Actor, input: unknown): Promise<RecoveredItem> {
    const v = parseInput(RecoveredItemInput, input);
    return this.w.transaction(async (trx) => {
      await this.w.get(trx, 'case', v.caseId);
      assertCaseWrite(actor, v.caseId, 'case', v.caseId);
      return toItem(await this.w.create(trx, actor, 'item', itemValues(v)));
    });
  }

  async get(actor: Actor, id: number, includeDeleted = false): Promise<RecoveredItem> {
    const gridKm = this.reader.options.gridKm;
    return this.reader.shown(actor, 'item', id, toItem, (i) => publishedItem(i, gridKm), includeDeleted);
  }

  async list(actor: Actor, filter: ItemFilter) {
    const sort = filter.sort ?? 'id';
    const { total, totalExact, rows } = await listWithQuery({
      scope: this.reader.scope(actor),
      q: filter.q,
      limit: filter.limit,
      offset: filter.offset,
      compare: compareRows(itemSortValue[sort], filter.order ?? 'desc'),
      fetch: (scope, limit, offset) => this.items.list(this.w.db.kysely, { ...filter, limit, offset }, scope),
      publicText: (r) => itemPublicText(r),
    });
    const gridKm = this.reader.options.gridKm;
    const shown = await this.reader.present(actor, 'item', rows.map(toItem), (i) => publishedItem(i, gridKm));
    return { total, totalExact: totalExact ?? true, limit: filter.limit, offset: filter.offset, rows: shown };
  }

  /** Points of the map of recoveries, in one query (see item.map.ts). */
  async map(actor: Actor, filter: MapFilter): Promise<MapPoints> {
    const scope = this.reader.scope(actor);
    const rows = await this.items.mapRows(this.w.db.kysely, filter, scope);
    return mapPoints(rows, filter, scope, this.reader.options.gridKm);
  }

  /** A patch is merged with the stored item and the whole is validated again, so that no partial edit
   * can leave an item that a create would have refused. */
  async update(actor: Actor, id: number, patch: unknown): Promise<RecoveredItem> {
    return this.w.transaction(async (trx) => {
      const current = toItem(await this.writable(trx, actor, id));
      const merged = { ...current, ...(patch as object), caseId: current.caseId };
      const v = parseInput(RecoveredItemInput, merged);
      return toItem(await this.w.update(trx, actor, 'item', id, itemValues(v)));
    });
  }

  async remove(actor: Actor, id: number): Promise<RecoveredItem> {
    return this.w.transaction(async (trx) => {
      await this.writable(trx, actor, id, true);
      return toItem(await this.w.softDelete(trx, actor, 'item', id));
    });
  }

  async restore(actor: Actor, id: number): Promise<RecoveredItem> {
    return this.w.transaction(async (trx) => {
      await this.writable(trx, actor, id, true);
      return toItem(await this.w.restore(trx, actor, 'item', id));
    });
  }

  private async writable(trx: Trx, actor: Actor, id: number, includeDeleted = false) {
    const row = await this.w.get(trx, 'item', id, includeDeleted);
    assertCaseWrite(actor, row.case_id, label, id);
    return row;
  }
}
