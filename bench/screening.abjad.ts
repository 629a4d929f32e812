// Names written in Arabic script against a list that writes them in Latin letters, for
// `npm run bench -- screening`: the UN consolidated list (real, public), each entry's name in its
// original script (NAME_ORIGINAL_SCRIPT) asked of an index of the list's Latin names only, so that each
// query has one known right entry. Negatives: the Arabic names of the even entries asked of an index of
// the odd entries' Latin names. Ours (index and exhaustive scan) beside Fuse.js on the same names.
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { DEFAULT_THRESHOLD, ScreeningIndex } from '../src/screening/screening.index.ts';
import type { IndexedEntry, QuerySchema } from '../src/screening/screening.matching.types.ts';
import { parseUn } from '../src/screening/screening.un.ts';
import { sharedFile } from '../test/helpers/shared.ts';

const ARABIC = /\p{Script=Arabic}/u;
const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

export interface AbjadRow {
  engine: string;
  queries: number;
  at1: number;
  at10: number;
  /** Top hit at or above the threshold and right. */
  precision: number;
  negatives: number;
  /** Negatives with a hit at or above the threshold. */
  falseHits: number;
  threshold: number;
}

type Search = (name: string, schema: QuerySchema, limit: number) => { entryId: string; score: number }[];

function measure(engine: string, all: Search, half: Search, qs: Query[], negs: Query[], t: number): AbjadRow {
  let at1 = 0;
  let at10 = 0;
  let precision = 0;
  for (const q of qs) {
    const hits = all(q.name, q.schema, 10);
    if (hits[0]?.entryId === q.entryId) at1++;
    if (hits.some((h) => h.entryId === q.entryId)) at10++;
    if (hits[0] && hits[0].score >= t && hits[0].entryId === q.entryId) precision++;
  }
  let falseHits = 0;
  for (const q of negs) if ((half(q.name, q.schema, 1)[0]?.score ?? 0) >= t) falseHits++;
  const n = Math.max(1, qs.length);
  return {
    engine,
    queries: qs.length,
    at1: at1 / n,
    at10: at10 / n,
    precision: precision / n,
    negatives: negs.length,
    falseHits: falseHits / Math.max(1, negs.length),
    threshold: t,
  };
}

interface Query {
  name: string;
  schema: QuerySchema;
  entryId: string;
}

export function abjadBench(): { entries: number; rows: AbjadRow[] } {
  const { entries } = parseUn({
    name: 'un-consolidated-2026.xml',
    text: readFileSync(sharedFile('data/sanctions/un-consolidated-2026.xml'), 'utf8'),
  });
  const latin = (list: typeof entries): IndexedEntry[] =>
    list.map((e) => ({
      key: `un:${e.entryId}`,
      listName: 'un',
      entryId: e.entryId,
      schema: e.schema,
      names: e.names.filter((x) => !NON_LATIN.test(x.name)),
      countries: e.countries,
      identifiers: e.identifiers,
    }));
  const arabicOf = (list: typeof entries): Query[] =>
    list.flatMap((e) => {
      const name = e.names.find((x) => ARABIC.test(x.name))?.name;
      return name ? [{ name, schema: e.schema, entryId: e.entryId }] : [];
    });
  const odd = entries.filter((_, i) => i % 2 === 1);
  const queries = arabicOf(entries);
  const negatives = arabicOf(entries.filter((_, i) => i % 2 === 0));

  const index = ScreeningIndex.build(latin(entries));
  const halfIndex = ScreeningIndex.build(latin(odd));
  const ours =
    (ix: ScreeningIndex, exhaustive: boolean): Search =>
    (name, schema, limit) =>
      exhaustive ? ix.exhaustive({ name, schema }, { limit }) : ix.match({ name, schema }, { limit });

  const names = (list: IndexedEntry[]) =>
    list.flatMap((e) => e.names.map((x) => ({ name: x.name, entryId: e.entryId })));
  const fuseOf = (list: IndexedEntry[]): Search => {
    const fuse = new Fuse(names(list), { keys: ['name'], includeScore: true });
    return (name, _schema, limit) => {
      const seen = new Set<string>();
      const out: { entryId: string; score: number }[] = [];
      for (const f of fuse.search(name, { limit: 50 })) {
        if (seen.has(f.item.entryId)) continue;
        seen.add(f.item.entryId);
        out.push({ entryId: f.item.entryId, score: 1 - (f.score ?? 1) });
        if (out.length === limit) break;
      }
      return out;
    };
  };
  const T = DEFAULT_THRESHOLD;
  return {
    entries: entries.length,
    rows: [
      measure('ours (index)', ours(index, false), ours(halfIndex, false), queries, negatives, T),
      measure('ours (exhaustive scan)', ours(index, true), ours(halfIndex, true), queries, negatives, T),
      // Fuse.js has no threshold of ours: 0.58, the one that did best for it on the OFAC tune split.
      measure('Fuse.js 7', fuseOf(latin(entries)), fuseOf(latin(odd)), queries, negatives, 0.58),
    ],
  };
}
