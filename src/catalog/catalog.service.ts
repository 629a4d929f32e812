// The parts catalog for readers and analysts: parts with their CHPL tier and cited controls, where each
// part was found (cases, items, lots, the first and last date codes, the gap between a date code and
// the recovery), and analysts' edits of category, HS-6 code and export-control notes, audited.
import { assertReferenceRead, assertReferenceWrite, readScope } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Invalid, NotFound } from '../core/errors.ts';
import type { AuditedWriter } from '../evidence/index.ts';
import { searchText } from '../text/index.ts';
import { chplEntryOf, codesOfTier, controlsOf, normalizeHs6 } from './catalog.chpl.ts';
import type { CatalogRepository } from './catalog.repository.ts';

const DAY = 86_400_000;
const json = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

export interface PartPatch {
  category?: string | null;
  hs6?: string | null;
  exportNotes?: string | null;
  notes?: string | null;
}

/** The fields of a part that the list and the part's own page both show. */
function partOut(r: {
  id: number;
  number: string;
  base: string | null;
  maker_org_id: number | null;
  maker_name: string | null;
  maker_countries: string | null;
  category: string | null;
  hs6: string | null;
}) {
  return {
    id: r.id,
    number: r.number,
    base: r.base,
    makerOrgId: r.maker_org_id,
    makerName: r.maker_name,
    makerCountry: json<string[]>(r.maker_countries, [])[0] ?? null,
    category: r.category,
    hs6: r.hs6,
    chplTier: chplEntryOf(r.hs6)?.tier ?? null,
  };
}

export class CatalogService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: CatalogRepository,
  ) {}

  async list(
    actor: Actor,
    f: {
      q?: string;
      makerOrgId?: number;
      chplTier?: string;
      category?: string;
      hs6?: string;
      sort?: 'number' | 'maker' | 'components';
      order?: 'asc' | 'desc';
      limit: number;
      offset: number;
    },
  ) {
    assertReferenceRead(actor);
    const scope = readScope(actor);
    const { total, rows } = await this.repo.list(
      this.w.db.kysely,
      {
        ...f,
        hs6: f.hs6 ? normalizeHs6(f.hs6) : undefined,
        hs6In: f.chplTier ? codesOfTier(f.chplTier) : undefined,
      },
      scope,
    );
    const counts = await this.repo.componentCounts(
      this.w.db.kysely,
      rows.map((r) => r.id),
      scope,
    );
    return {
      total,
      limit: f.limit,
      offset: f.offset,
      rows: rows.map((r) => ({ ...partOut(r), components: counts.get(r.id) ?? 0 })),
    };
  }

  async get(actor: Actor, id: number) {
    assertReferenceRead(actor);
    const r = await this.repo.get(this.w.db.kysely, id);
    if (!r || r.deleted_at) throw new NotFound('catalog part', id);
    const entry = chplEntryOf(r.hs6);
    return {
      ...partOut(r),
      hs6Origin: r.hs6_origin,
      chplDescription: entry?.description ?? null,
      controls: controlsOf(r.hs6),
      exportNotes: r.export_notes,
      notes: r.notes,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  }

  async update(actor: Actor, id: number, p: PartPatch) {
    assertReferenceWrite(actor);
    if (p.hs6 != null && !/^\d{6}$/.test(normalizeHs6(p.hs6)))
      throw Invalid.at('hs6', 'an HS-6 code has six digits, e.g. 8542.31');
    await this.w.transaction(async (trx) => {
      const row = await this.w.get(trx, 'part', id);
      const values: Record<string, unknown> = {};
      if (p.category !== undefined) values.category = p.category || null;
      if (p.hs6 !== undefined) {
        values.hs6 = p.hs6 ? normalizeHs6(p.hs6) : null;
        values.hs6_origin = p.hs6 ? 'human' : null;
      }
      if (p.exportNotes !== undefined) values.export_notes = p.exportNotes || null;
      if (p.notes !== undefined) values.notes = p.notes || null;
      values.search_text = searchText(row.number, row.base, (values.category as string) ?? row.category);
      await this.w.update(trx, actor, 'part', id, values);
    });
    return this.get(actor, id);
  }

  /** Where the part was found within the reader's cases; published cases show recovery months only. */
  async found(actor: Actor, id: number) {
    await this.get(actor, id);
    const scope = readScope(actor);
    const rows = await this.repo.found(this.w.db.kysely, id, scope);
    const full = (caseId: number) => scope.all || scope.full.includes(caseId);
    const items = rows.map((r) => {
      const recoveredAt = r.recovered_at
        ? full(r.case_id)
          ? r.recovered_at.slice(0, 10)
          : r.recovered_at.slice(0, 7)
        : null;
      const gap =
        r.recovered_at && r.date_latest && full(r.case_id)
          ? Math.round((Date.parse(r.recovered_at.slice(0, 10)) - Date.parse(r.date_latest)) / DAY)
          : null;
      return {
        itemId: r.item_id,
        caseId: r.case_id,
        designation: r.designation_assessed ?? r.designation_marked,
        recoveredAt,
        componentId: r.component_id,
        dateCode: r.date_code,
        dateEarliest: r.date_earliest,
        dateLatest: r.date_latest,
        dateAmbiguous: r.date_ambiguous === 1,
        lotCode: r.lot_code,
        gapDays: gap,
      };
    });
    const cases = new Map<number, { caseId: number; title: string; components: number }>();
    const lots = new Map<
      string,
      { lotCode: string; items: Set<number>; cases: Set<number>; components: number }
    >();
    for (const [i, r] of rows.entries()) {
      const c = cases.get(r.case_id) ?? { caseId: r.case_id, title: r.title, components: 0 };
      c.components++;
      cases.set(r.case_id, c);
      if (r.lot_code) {
        const l = lots.get(r.lot_code) ?? {
          lotCode: r.lot_code,
          items: new Set(),
          cases: new Set(),
          components: 0,
        };
        l.items.add(items[i].itemId);
        l.cases.add(r.case_id);
        l.components++;
        lots.set(r.lot_code, l);
      }
    }
    const dated = items.filter((i) => i.dateEarliest && !i.dateAmbiguous);
    const first = dated.reduce<(typeof dated)[number] | null>(
      (a, b) => (!a || (b.dateEarliest as string) < (a.dateEarliest as string) ? b : a),
      null,
    );
    const last = dated.reduce<(typeof dated)[number] | null>(
      (a, b) => (!a || (b.dateLatest as string) > (a.dateLatest as string) ? b : a),
      null,
    );
    const gaps = items
      .map((i) => i.gapDays)
      .filter((g): g is number => g !== null)
      .sort((a, b) => a - b);
    return {
      cases: [...cases.values()],
      items,
      dateCodes: {
        first: first ? { dateCode: first.dateCode, earliest: first.dateEarliest } : null,
        last: last ? { dateCode: last.dateCode, latest: last.dateLatest } : null,
      },
      gapDays: gaps.length
        ? { min: gaps[0], median: gaps[Math.floor((gaps.length - 1) / 2)], max: gaps[gaps.length - 1] }
        : null,
      lots: [...lots.values()]
        .map((l) => ({
          lotCode: l.lotCode,
          items: l.items.size,
          cases: l.cases.size,
          components: l.components,
        }))
        .sort((a, b) => b.items - a.items || a.lotCode.localeCompare(b.lotCode)),
    };
  }

  /** One production batch: every item where this part's lot code appears. */
  async lot(actor: Actor, partId: number, lotCode: string) {
    const part = await this.get(actor, partId);
    const found = await this.found(actor, partId);
    return {
      partId,
      number: part.number,
      makerName: part.makerName,
      lotCode,
      items: found.items.filter((i) => i.lotCode === lotCode),
    };
  }
}
