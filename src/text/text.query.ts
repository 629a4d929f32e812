// Turns what a user typed in the search box into terms for the full-text index: every term must
// match, through any of its spellings, so the repository builds `(a OR b) AND (c OR d)`.
import { foldForSearch } from './text.fold.ts';
import { tokenize } from './text.tokenize.ts';
import { transliterations } from './text.transliterate.ts';

/** More terms rarely narrow a search further and only make the query slower. */
export const QUERY_MAX_TERMS = 10;

// Full-text query syntax (FTS5 and tsquery) gives meaning to punctuation; terms must carry none.
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

function searchKey(s: string): string {
  return tokenize(foldForSearch(s)).join('').replace(NOT_LETTER_OR_DIGIT, '');
}

/** One entry per query token: its folded spelling first, then its transliterations. */
export function queryTerms(q: string): string[][] {
  const terms: string[][] = [];
  const seen = new Set<string>();
  for (const token of tokenize(q)) {
    const spellings = [...new Set([token, ...transliterations(token)].map(searchKey))].filter(Boolean);
    if (spellings.length === 0 || seen.has(spellings[0])) continue;
    seen.add(spellings[0]);
    terms.push(spellings);
    if (terms.length === QUERY_MAX_TERMS) break;
  }
  return terms;
}

/** Whether indexed text (as `searchText` builds it) matches the terms the way the full-text index
 * does: every term through one of its spellings, the last one as a prefix. Used to check a hit against
 * only some of a record's fields. */
export function matchesTerms(terms: string[][], indexed: string): boolean {
  const tokens = indexed.toLowerCase().split(NOT_LETTER_OR_DIGIT).filter(Boolean);
  const last = terms.length - 1;
  return terms.every((alts, i) =>
    alts.some((a) => {
      const t = a.toLowerCase();
      return tokens.some((k) => (i === last ? k.startsWith(t) : k === t));
    }),
  );
}
