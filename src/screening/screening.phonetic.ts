// Phonetic keys of tokens (Double Metaphone), so that names written down by ear or romanized two ways
// ("Hussein" and "Husayn") still meet. Names romanized from Cyrillic by different conventions
// ("Dzhoint"/"Joint", "Tsertsel"/"Cercel", "Khimprom"/"Himprom", "Ivanoff"/"Ivanov") also get the keys of
// their spelling with the conventions' digraphs brought to one form. Numbers and very short tokens get
// none: their keys say nothing.
import { doubleMetaphone } from 'double-metaphone';

const MIN_LENGTH = 3;
/** Keys a token gets at most: Double Metaphone's two, of the token and of its folded romanization. */
export const MAX_KEYS = 4;

// The digraphs that romanizations of Cyrillic write differently (BGN/PCGN, ISO 9 without diacritics,
// German, French and South Slavic habits), longest first, each to one spelling.
const ROMANIZATION: readonly [RegExp, string][] = [
  [/shch|sch|shtch/g, 'sh'],
  [/tsch|tch/g, 'ch'],
  [/dzh|dj|dz(?=[aeiou])/g, 'j'],
  [/zh/g, 'j'],
  [/kh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/w/g, 'v'],
  [/ff$/g, 'v'],
];

/** The token with the romanization digraphs brought to one form ("dzhoint" → "joint"). */
export function foldRomanization(token: string): string {
  let out = token;
  for (const [from, to] of ROMANIZATION) out = out.replace(from, to);
  return out;
}

function keysOf(token: string, into: string[]): void {
  const [primary, alternate] = doubleMetaphone(token);
  if (primary !== '' && !into.includes(primary)) into.push(primary);
  if (alternate !== '' && !into.includes(alternate)) into.push(alternate);
}

/** The keys of the token and of its folded romanization, distinct; none for numbers and tokens under 3 letters. */
export function phoneticKeys(token: string): string[] {
  if (token.length < MIN_LENGTH || /^[0-9]/.test(token)) return [];
  const keys: string[] = [];
  keysOf(token, keys);
  const folded = foldRomanization(token);
  if (folded !== token && folded.length >= MIN_LENGTH) keysOf(folded, keys);
  return keys.slice(0, MAX_KEYS);
}

export function soundAlike(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}
