// Components found inside recovered items, nested module → board → chip, with the marking as transcribed
// and the fields read from it, each marked machine-read or human-entered.

import { assertCaseWrite, assertReferenceRead } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Invalid } from '../core/errors.ts';
import type { MarkingReader } from './component.reading.ts';
import { type ComponentRepository, componentOrder } from './component.repository.ts';
import { toComponent } from './evidence.mappers.ts';
import { publishedComponent } from './evidence.published.ts';
import type { CaseReader } from './evidence.reader.ts';
import { type Component, type ComponentFilter, ComponentInput, parsedFields } from './evidence.schema.ts';
import { componentValues } from './evidence.values.ts';
import type { AuditedWriter, Trx } from './evidence.writer.ts';
import { compareRows, componentSortColumns } from './list.sort.ts';
import { parseInput } from './parse.ts';
import { componentPublicText, listWithQuery } from './published.query.ts';

export class ComponentService {
  /** Set by the app: the markings module's machine reading of each component's marking. */
  markings: MarkingReader | undefined;
  /** Set by the app: the HS-6 codes of a tier of the Common High Priority List. */
  tierCodes: ((tier: string) => string[]) | undefined;

  constructor(
    private readonly w: AuditedWriter,
    private readonly components: ComponentRepository,
    private readonly reader: CaseReader,
  ) {}

  async create(actor: Actor, input: unknown): Promise<Component> {
    const v = parseInput(ComponentInput, input);
    return this.w.transaction(async (trx) => {
      const item = await this.w.get(trx, 'item', v.itemId);
      assertCaseWrite(actor, item.case_id, 'recovered item', v.itemId);
      await this.checkLinks(trx, v, item.case_id, null);
      const values = componentValues(v, item.case_id);
      await this.markings?.read(trx, actor, [values]);
      return toComponent(await this.w.create(trx, actor, 'component', values));
    });
  }

  async get(actor: Actor, id: number, includeDeleted = false): Promise<Component> {
    return this.reader.shown(actor, 'component', id, toComponent, publishedComponent, includeDeleted);
  }

  async list(actor: Actor, filter: ComponentFilter) {
    const column = componentSortColumns[filter.sort ?? 'id'];
    const hs6In = filter.chplTier ? (this.tierCodes?.(filter.chplTier) ?? []) : undefined;
    const { total, totalExact, rows } = await listWithQuery({
      scope: this.reader.scope(actor),
      q: filter.q,
      limit: filter.limit,
      offset: filter.offset,
      compare: compareRows(
        (r) => (r as unknown as Record<string, string | number | null>)[column],
        componentOrder(filter),
      ),
      fetch: (scope, limit, offset) =>
        this.components.list(this.w.db.kysely, { ...filter, limit, offset, hs6In }, scope),
      publicText: (r) => componentPublicText(r),
    });
    const shown = await this.reader.present(actor, 'component', rows.map(toComponent), publishedComponent);
    return { total, totalExact: totalExact ?? true, limit: filter.limit, offset: filter.offset, rows: shown };
  }

  /** Where an organization appears as a maker, within the cases the actor may read. The fields shown
   * are none that the published view withholds. */
  async appearancesOf(actor: Actor, orgId: number, limit: number, offset: number) {
    assertReferenceRead(actor);
    await this.w.get(this.w.db.kysely, 'organization', orgId);
    const found = await this.components.appearances(
      this.w.db.kysely,
      orgId,
      this.reader.scope(actor),
      limit,
      offset,
    );
    return {
      cases: found.cases.map((c) => ({ caseId: c.case_id, title: c.title, components: c.count })),
      components: {
        total: found.cases.reduce((n, c) => n + c.count, 0),
        limit,
        offset,
        rows: found.rows.map((r) => ({
          id: r.id,
          itemId: r.item_id,
          caseId: r.case_id,
          partNumber: r.part_number,
          maker: r.maker,
          subsystem: r.subsystem,
          category: r.category,
        })),
      },
    };
  }

  async update(actor: Actor, id: number, patch: unknown): Promise<Component> {
    return this.w.transaction(async (trx) => {
      const current = toComponent(await this.writable(trx, actor, id));
      const p = patch as Partial<Component>;
      if (p.itemId !== undefined && p.itemId !== current.itemId) {
        throw Invalid.at(
          'itemId',
          'a component cannot be moved to another item; delete it and record it again',
        );
      }
      const merged = { ...current, ...p, itemId: current.itemId };
      // A new marking or part number is read again and linked to its own part.
      const reread =
        (p.markingRaw !== undefined && p.markingRaw !== current.markingRaw) || p.partNumber !== undefined;
      if (reread && p.partId === undefined) merged.partId = null;
      // A person who edits a parsed field takes it over from the machine.
      const origins = { ...current.fieldOrigins, ...(p.fieldOrigins ?? {}) };
      for (const f of parsedFields) {
        if (p[f] !== undefined && p[f] !== current[f] && !p.fieldOrigins?.[f])
          origins[f] = { origin: 'human' };
      }
      const v = parseInput(ComponentInput, { ...merged, fieldOrigins: origins });
      await this.checkLinks(trx, v, current.caseId, id);
      const values = componentValues(v, current.caseId);
      await this.markings?.read(trx, actor, [values]);
      return toComponent(await this.w.update(trx, actor, 'component', id, values));
    });
  }

  async remove(actor: Actor, id: number): Promise<Component> {
    return this.w.transaction(async (trx) => {
      await this.writable(trx, actor, id, true);
      return toComponent(await this.w.softDelete(trx, actor, 'component', id));
    });
  }

  async restore(actor: Actor, id: number): Promise<Component> {
    return this.w.transaction(async (trx) => {
      await this.writable(trx, actor, id, true);
      return toComponent(await this.w.restore(trx, actor, 'component', id));
    });
  }

  private async writable(trx: Trx, actor: Actor, id: number, includeDeleted = false) {
    const row = await this.w.get(trx, 'component', id, includeDeleted);
    assertCaseWrite(actor, row.case_id, 'component', id);
    return row;
  }

  private async checkLinks(
    trx: Trx,
    v: {
      itemId: number;
      parentId?: number | null;
      evidenceFileId?: number | null;
      makerOrgId?: number | null;
    },
    caseId: number,
    selfId: number | null,
  ): Promise<void> {
    if (v.parentId) {
      if (v.parentId === selfId) throw Invalid.at('parentId', 'a component cannot contain itself');
      const parent = await this.w.linked(trx, 'component', v.parentId, caseId, 'parentId');
      if (parent.item_id !== v.itemId)
        throw Invalid.at('parentId', `component ${v.parentId} belongs to another item`);
      for (let p = parent; p.parent_id !== null; p = await this.w.get(trx, 'component', p.parent_id, true)) {
        if (p.parent_id === selfId)
          throw Invalid.at('parentId', 'this would make a component contain itself');
      }
    }
    if (v.evidenceFileId) {
      await this.w.linked(trx, 'evidence_file', v.evidenceFileId, caseId, 'evidenceFileId');
    }
    if (v.makerOrgId) await this.w.get(trx, 'organization', v.makerOrgId);
  }
}
