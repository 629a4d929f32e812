// Counts for the dashboard and the home page: items by type and by month, components by subsystem and
// category, cases and files, and the latest changes to records of the actor's cases. All within what
// the actor may read; rows of published cases counted in their published form.

import type { AuditRepository } from '../audit/audit.repository.ts';
import { dataVersion, eventActions } from '../audit/index.ts';
import { readScope } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import type { Db } from '../db/index.ts';
import type { ComponentRepository } from './component.repository.ts';
import type { ItemRepository } from './item.repository.ts';
import { type CaseScopedType, caseScopedTables, type StatsRepository } from './stats.repository.ts';

/** Categories listed by name; the rest are summed as one. */
const TOP_CATEGORIES = 25;
const OTHER = '(other)';
const RECENT = 15;
/** Recent activity looks this far back in the log at most (entries of other cases are skipped). */
const RECENT_SCAN = 2000;
const PAGE = 200;
/** Readers' views of the figures kept at once (one per scope and case filter). */
const KEPT = 200;

type Counts = Awaited<ReturnType<StatsService['counts']>>;

export interface RecentEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  caseId: number | null;
}

export class StatsService {
  constructor(
    private readonly db: Db,
    private readonly items: ItemRepository,
    private readonly components: ComponentRepository,
    private readonly stats: StatsRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The figures of one scope, kept until stored data changes: every change appends to the audit chain
   * (`dataVersion`: its head less sign-ins and logged reads), so an unchanged version means unchanged
   * figures on every server sharing the database, and a million components are not counted again for
   * each dashboard view. */
  /** Set by the app: the catalog's CHPL tier of an HS-6 code (null: not on the list). */
  tierOf: ((hs6: string | null) => string | null) | undefined;

  private readonly kept = new Map<string, { head: number; counts: Promise<Counts> }>();

  async summary(actor: Actor, caseId?: number) {
    const scope = readScope(actor);
    const head = await dataVersion(this.db.kysely);
    const key = `${JSON.stringify(scope)}|${caseId ?? ''}`;
    let entry = this.kept.get(key);
    if (!entry || entry.head !== head) {
      entry = { head, counts: this.counts(scope, caseId) };
      this.kept.delete(key);
      this.kept.set(key, entry);
      if (this.kept.size > KEPT) this.kept.delete(this.kept.keys().next().value as string);
      // A failed count is not kept.
      entry.counts.catch(() => this.kept.delete(key));
    }
    return { ...(await entry.counts), recent: await this.recent(actor, caseId) };
  }

  private async counts(scope: ReturnType<typeof readScope>, caseId?: number) {
    const k = this.db.kysely;
    const byType = await this.items.summary(k, scope, caseId);
    const bySubsystem = await this.components.countBySubsystem(k, scope, caseId);
    const byCategory = await this.stats.componentsByCategory(k, scope, caseId);
    const sum = (rows: { count: number | string }[]) => rows.reduce((n, r) => n + Number(r.count), 0);
    const top: { category: string | null; count: number }[] = byCategory.slice(0, TOP_CATEGORIES);
    const rest = byCategory.slice(TOP_CATEGORIES);
    if (rest.length > 0) top.push({ category: OTHER, count: sum(rest) });
    return {
      items: sum(byType),
      components: sum(bySubsystem),
      cases: await this.stats.countCases(k, scope, caseId),
      files: await this.stats.countFiles(k, scope, caseId),
      itemsByType: Object.fromEntries(byType.map((r) => [r.item_type, Number(r.count)])),
      itemsByMonth: await this.stats.itemsByMonth(k, scope, caseId),
      componentsBySubsystem: Object.fromEntries(bySubsystem.map((r) => [r.subsystem, Number(r.count)])),
      componentsByCategory: top,
      componentsByMakerCountry: await this.byMakerCountry(scope, caseId),
      componentsByChplTier: await this.byChplTier(scope, caseId),
    };
  }

  /** Components per headquarters country of their maker (the first of its countries); null: no maker
   * organization or none of its countries known. */
  private async byMakerCountry(scope: ReturnType<typeof readScope>, caseId?: number) {
    const counts = new Map<string | null, number>();
    for (const r of await this.stats.componentsByMakerCountries(this.db.kysely, scope, caseId)) {
      const country = (r.countries ? (JSON.parse(r.countries) as string[]) : [])[0] ?? null;
      counts.set(country, (counts.get(country) ?? 0) + r.count);
    }
    return [...counts]
      .map(([country, count]) => ({ country, count }))
      .sort((a, b) => b.count - a.count || String(a.country).localeCompare(String(b.country)));
  }

  /** Components per CHPL tier of their catalog part: `none` when the part's code is not on the list,
   * `unknown` when the component has no catalog part. */
  private async byChplTier(scope: ReturnType<typeof readScope>, caseId?: number) {
    const counts = new Map<string, number>();
    for (const r of await this.stats.componentsByPartHs6(this.db.kysely, scope, caseId)) {
      const tier = r.part ? (this.tierOf?.(r.hs6) ?? 'none') : 'unknown';
      counts.set(tier, (counts.get(tier) ?? 0) + r.count);
    }
    return [...counts].map(([tier, count]) => ({ tier, count })).sort((a, b) => a.tier.localeCompare(b.tier));
  }

  /** The latest changes to records of the cases the actor is a member of (the local administrator: all).
   * The audit log holds full before and after images, so readers of a published case get none. */
  async recent(actor: Actor, caseId?: number): Promise<RecentEntry[]> {
    const scope = readScope(actor);
    const full = scope.all ? null : new Set(scope.full);
    if (full && full.size === 0) return [];
    // An entry about no case (shared reference data, accounts) is shown only to the local administrator.
    const allowed = (c: number | null) =>
      c === null
        ? full === null && caseId === undefined
        : (caseId === undefined || c === caseId) && (full === null || full.has(c));
    const k = this.db.kysely;
    const out: RecentEntry[] = [];
    let before: number | null = null;
    for (let scanned = 0; scanned < RECENT_SCAN && out.length < RECENT; scanned += PAGE) {
      const page = await this.audit.recentChanges(k, before, PAGE, [...eventActions]);
      if (page.length === 0) break;
      before = page[page.length - 1].seq;
      const ids = new Map<CaseScopedType, number[]>();
      for (const e of page) {
        if (e.entity_id !== null && Object.hasOwn(caseScopedTables, e.entity_type)) {
          const type = e.entity_type as CaseScopedType;
          ids.set(type, [...(ids.get(type) ?? []), e.entity_id]);
        }
      }
      const cases = new Map<string, Map<number, number>>();
      for (const [type, list] of ids) cases.set(type, await this.stats.caseIdsOf(k, type, list));
      for (const e of page) {
        const c = caseOf(e, cases);
        if (!allowed(c)) continue;
        out.push({
          seq: e.seq,
          at: e.at,
          actor: e.actor,
          action: e.action,
          entityType: e.entity_type,
          entityId: e.entity_id,
          caseId: c,
        });
        if (out.length === RECENT) break;
      }
    }
    return out;
  }
}

function caseOf(
  e: { entity_type: string; entity_id: number | null; summary: string | null },
  cases: Map<string, Map<number, number>>,
): number | null {
  if (e.entity_id === null) {
    // A bulk entry (an import) names its case in its summary.
    const summary = e.summary ? (JSON.parse(e.summary) as { caseId?: unknown }) : null;
    return typeof summary?.caseId === 'number' ? summary.caseId : null;
  }
  if (e.entity_type === 'case') return e.entity_id;
  return cases.get(e.entity_type)?.get(e.entity_id) ?? null;
}
