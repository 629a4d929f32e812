// The text handed to the full-text index (FTS5 unicode61 on SQLite, to_tsvector('simple') on
// PostgreSQL). It is already tokenized and folded, so both engines index the same words and a
// query built by `queryTerms` matches whichever spelling, script or transliteration was used.
import { foldForSearch } from './text.fold.ts';
import { tokenize } from './text.tokenize.ts';
import { transliterations } from './text.transliterate.ts';

/** Bounds the index row: a pasted datasheet must not make one row outweigh thousands. */
export const SEARCH_TEXT_MAX_LENGTH = 20_000;
// Folding a megabyte only to keep its first 20,000 characters of tokens would waste the import.
const PART_MAX_LENGTH = SEARCH_TEXT_MAX_LENGTH * 10;

/**
 * The tokens of each whitespace-separated word, and for a word that punctuation splits into
 * several tokens ("STM32F405-RGT6", "GH229/93") the tokens joined, so that the part number typed
 * without its punctuation is found too.
 */
function wordTokens(folded: string): string[] {
  const out: string[] = [];
  for (const word of folded.split(' ')) {
    const tokens = tokenize(word);
    out.push(...tokens);
    if (tokens.length > 1) out.push(tokens.join(''));
  }
  return out;
}

// Printable ASCII with ordinary whitespace: no look-alikes, accents, invisible characters or other
// scripts, so folding is lowercasing and there is nothing to transliterate. Most markings are like
// this, and imports index a million of them, so they skip the Unicode work (same tokens either way).
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

function asciiWordTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().split(/[ \t\n\r]+/)) {
    const tokens = word.match(ASCII_WORD);
    if (!tokens) continue;
    out.push(...tokens);
    if (tokens.length > 1) out.push(tokens.join(''));
  }
  return out;
}

/** The tokens of every spelling of one part: folded, and each transliteration folded. */
export function partTokens(part: string): string[] {
  const text = part.slice(0, PART_MAX_LENGTH);
  if (PLAIN_ASCII.test(text)) return asciiWordTokens(text);
  const out: string[] = [];
  for (const spelling of new Set([text, ...transliterations(text)]))
    out.push(...wordTokens(foldForSearch(spelling)));
  return out;
}

export function searchText(...parts: (string | null | undefined)[]): string {
  return extendSearchText('', ...parts);
}

/** A search text made by `searchText` with the tokens of more parts added, without folding the text
 * it already holds again. */
export function extendSearchText(existing: string, ...parts: (string | null | undefined)[]): string {
  const seen = new Set<string>(existing ? existing.split(' ') : []);
  let length = existing.length;
  for (const part of parts) {
    if (!part) continue;
    for (const token of partTokens(part)) {
      if (seen.has(token)) continue;
      const added = length === 0 ? token.length : token.length + 1;
      if (length + added > SEARCH_TEXT_MAX_LENGTH) return [...seen].join(' ');
      seen.add(token);
      length += added;
    }
  }
  return [...seen].join(' ');
}
