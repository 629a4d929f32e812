// Phonetic keys of tokens (Double Metaphone), so that names written down by ear or romanized two ways
// ("Hussein" and "Husayn") still meet. Numbers and very short tokens get none: their keys say nothing.
import { doubleMetaphone } from 'double-metaphone';

const MIN_LENGTH = 3;

/** The primary and, when it differs, the alternate key; none for numbers and tokens under 3 letters. */
export function phoneticKeys(token: string): string[] {
  if (token.length < MIN_LENGTH || /^[0-9]/.test(token)) return [];
  const [primary, alternate] = doubleMetaphone(token);
  if (primary === '') return [];
  return alternate === primary || alternate === '' ? [primary] : [primary, alternate];
}

export function soundAlike(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x === y) return true;
  return false;
}
