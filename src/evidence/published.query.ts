// Lists filtered by a full-text query (`q`) over cases read in full and cases read only in their
// published form. The index also holds fields that the published view withholds (notes, place names),
// so rows of published cases must match on their published fields alone, or a query could probe the
// withheld text. Those rows are checked here, page by page, and merged with the members' rows.
import type { ReadScope } from '../core/access.ts';
import { matchesTerms, queryTerms, searchText } from '../text/index.ts';

type Page<R> = { total: number; totalExact?: boolean; rows: R[] };

/** Published rows looked at for one query at most; past it the total is a lower bound. */
const SCAN_LIMIT = 20_000;
const BATCH = 1000;

export async function listWithQuery<R extends { id: number }>(o: {
  scope: ReadScope;
  q: string | undefined;
  limit: number;
  offset: number;
  /** The order of the list, to merge the members' rows with the published ones. */
  compare: (a: R, b: R) => number;
  fetch: (scope: ReadScope, limit: number, offset: number) => Promise<Page<R>>;
  /** The searchable text of a row's published fields. */
  publicText: (row: R) => string;
}): Promise<Page<R>> {
  if (!o.q || o.scope.all || o.scope.published.length === 0) return o.fetch(o.scope, o.limit, o.offset);
  const terms = queryTerms(o.q);
  const want = o.offset + o.limit;
  const full =
    o.scope.full.length > 0
      ? await o.fetch({ all: false, full: o.scope.full, published: [] }, want, 0)
      : { total: 0, rows: [] };
  const published: ReadScope = { all: false, full: [], published: o.scope.published };
  const matched: R[] = [];
  for (let at = 0; at < SCAN_LIMIT; at += BATCH) {
    const page = await o.fetch(published, BATCH, at);
    for (const r of page.rows) if (matchesTerms(terms, o.publicText(r))) matched.push(r);
    if (page.rows.length < BATCH) break;
  }
  const rows = [...full.rows, ...matched].sort(o.compare).slice(o.offset, want);
  return { total: full.total + matched.length, totalExact: full.totalExact ?? true, rows };
}

type Text = string | null;

/** The searchable text of an item's published fields (its notes and place name are withheld). */
export function itemPublicText(r: {
  external_ref: Text;
  designation_marked: Text;
  designation_assessed: Text;
  serial_number: Text;
  markings: Text;
  condition: Text;
  tags?: Text;
}): string {
  return searchText(
    r.external_ref,
    r.designation_marked,
    r.designation_assessed,
    r.serial_number,
    r.markings,
    r.condition,
    ...(r.tags ? (JSON.parse(r.tags) as string[]) : []),
  );
}

/** The searchable text of a component's published fields (its notes are withheld). */
export function componentPublicText(r: {
  marking_raw: string;
  maker: Text;
  part_number: Text;
  lot_code: Text;
  date_code: Text;
  serial: Text;
  category: Text;
  position: Text;
}): string {
  return searchText(
    r.marking_raw,
    r.maker,
    r.part_number,
    r.lot_code,
    r.date_code,
    r.serial,
    r.category,
    r.position,
  );
}
