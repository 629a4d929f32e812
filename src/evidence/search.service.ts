// One search box over the whole registry. The query is folded and transliterated like the indexed
// text, so "МАХ" typed in Cyrillic finds "MAX" and "Kalashnikov" finds "Калашников".

import { isSignedIn, readScope } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import type { Db } from '../db/index.ts';
import { matchesTerms, queryTerms } from '../text/index.ts';
import type { SearchHit } from './evidence.schema.ts';
import { componentPublicText, itemPublicText } from './published.query.ts';
import type { SearchRepository } from './search.repository.ts';

export type SearchType = SearchHit['type'];
export const searchTypes: SearchType[] = ['item', 'component', 'organization', 'person'];

const oneLine = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const byIds = <T extends { id: number }>(ids: number[], rows: T[]) => {
  const m = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => m.get(id)).filter((r): r is T => r !== undefined);
};

export class SearchService {
  constructor(
    private readonly db: Db,
    private readonly repo: SearchRepository,
  ) {}

  async search(
    actor: Actor,
    q: string,
    options: { limit?: number; types?: SearchType[] } = {},
  ): Promise<SearchHit[]> {
    const terms = queryTerms(q);
    if (terms.length === 0) return [];
    const limit = Math.min(options.limit ?? 20, 100);
    const types = new Set(options.types ?? searchTypes);
    const scope = readScope(actor);
    // Shared reference data is for signed-in users; published readers search the published cases.
    if (!isSignedIn(actor)) {
      types.delete('organization');
      types.delete('person');
    }
    const published = new Set(scope.all ? [] : scope.published);
    // The index also holds fields withheld from the published view (notes, place names): a hit in a
    // case read only in its published form must match on its published fields, or it is dropped, so
    // that search reveals nothing the published view leaves out. Fetch more to make up for drops.
    const fetch = published.size > 0 ? limit * 3 : limit;
    const k = this.db.kysely;
    const hits: SearchHit[] = [];
    if (types.has('item')) {
      const ids = await this.repo.topIds(k, 'recovered_items', terms, fetch, scope);
      const rows = byIds(ids, await this.repo.items(k, ids)).filter(
        (r) => !published.has(r.case_id) || matchesTerms(terms, itemPublicText(r)),
      );
      for (const r of rows.slice(0, limit)) {
        const title = [r.designation_marked ?? r.designation_assessed ?? 'item', r.serial_number]
          .filter(Boolean)
          .join(' ');
        hits.push({
          type: 'item',
          id: r.id,
          caseId: r.case_id,
          title,
          // A published reader is not shown the place name (published places are coarsened).
          snippet: oneLine(
            [r.external_ref, published.has(r.case_id) ? null : r.place_name, r.markings]
              .filter(Boolean)
              .join(' · '),
          ).slice(0, 200),
        });
      }
    }
    if (types.has('component')) {
      const ids = await this.repo.topIds(k, 'components', terms, fetch, scope);
      const rows = byIds(ids, await this.repo.components(k, ids)).filter(
        (r) => !published.has(r.case_id) || matchesTerms(terms, componentPublicText(r)),
      );
      for (const r of rows.slice(0, limit)) {
        const title =
          oneLine([r.maker, r.part_number].filter(Boolean).join(' ')) ||
          oneLine(r.marking_raw).slice(0, 80) ||
          `component ${r.id}`;
        hits.push({
          type: 'component',
          id: r.id,
          caseId: r.case_id,
          title,
          snippet: oneLine(`${r.subsystem} ${r.position ?? ''}: ${r.marking_raw}`).slice(0, 200),
        });
      }
    }
    for (const [type, table] of [
      ['organization', 'organizations'],
      ['person', 'persons'],
    ] as const) {
      if (!types.has(type)) continue;
      const ids = await this.repo.topIds(k, table, terms, limit, scope);
      for (const r of byIds(ids, await this.repo.parties(k, table, ids))) {
        const aliases = JSON.parse(r.aliases) as string[];
        hits.push({ type, id: r.id, caseId: null, title: r.name, snippet: aliases.slice(0, 5).join(' · ') });
      }
    }
    return hits;
  }
}
