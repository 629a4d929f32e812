// A ceiling on the Jaro-Winkler similarity of two tokens from a few numbers kept per token (length,
// which letters it holds once and twice, its first four characters), so that the search for list
// tokens like a query token compares only those that can reach the floor. Jaro counts matching
// characters m; a character of one token whose letter the other lacks cannot match, so m is at most
// what the letters the two share allow, and Jaro is at most (m/la + m/lb + 1)/3, Winkler's boost at
// most what the shared start gives. It is a bound, never a guess: a token skipped by it scores under
// the floor, so the similarity stays a function of the two tokens alone.

/** Letters a–z are classes 0–25; digits share 26–30; anything else is class 31. Merging characters
 * into one class only loosens the bound. */
function letterClass(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return 26 + (code % 5);
  return 31;
}

/** Classes present once or more (`once`) and twice or more (`twice`), as bit masks. */
export function classMasks(text: string): { once: number; twice: number } {
  let once = 0;
  let twice = 0;
  for (let i = 0; i < text.length; i++) {
    const bit = 1 << letterClass(text.charCodeAt(i));
    if (once & bit) twice |= bit;
    once |= bit;
  }
  return { once, twice };
}

const UNKNOWN = 255;

/** The first four characters, 8 bits each (255 for a character outside Latin-1: it may match anything). */
export function packedStart(text: string): number {
  let p = 0;
  for (let i = 0; i < 4; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    p |= Math.min(c, UNKNOWN) << (8 * i);
  }
  return p >>> 0;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** What is computed once per query token. */
export interface CeilingQuery {
  length: number;
  once: number;
  twice: number;
  start: number;
  /** Characters of each class in the query token. */
  counts: Uint8Array;
}

export function ceilingQuery(text: string): CeilingQuery {
  const counts = new Uint8Array(32);
  for (let i = 0; i < text.length; i++) {
    const k = letterClass(text.charCodeAt(i));
    if (counts[k] < 255) counts[k]++;
  }
  return { length: text.length, ...classMasks(text), start: packedStart(text), counts };
}

/** Shared start of up to 4 characters, counting an unknown character as shared. */
function sharedStart(a: number, b: number, la: number, lb: number): number {
  const max = Math.min(4, la, lb);
  let p = 0;
  while (p < max) {
    const x = (a >>> (8 * p)) & 0xff;
    const y = (b >>> (8 * p)) & 0xff;
    if (x !== y && x !== UNKNOWN && y !== UNKNOWN) break;
    p++;
  }
  return p;
}

/** An upper bound on `jaroWinkler(query, list token)` from the list token's kept numbers. */
export function jaroWinklerCeiling(
  q: CeilingQuery,
  length: number,
  once: number,
  twice: number,
  start: number,
): number {
  const la = q.length;
  const lb = length;
  if (la === 0 || lb === 0) return la === lb ? 1 : 0;
  // Query characters that cannot match: their class is absent from the list token, or more of them
  // than the list token holds when it holds the class once.
  let missing = 0;
  let classes = q.once;
  while (classes !== 0) {
    const k = 31 - Math.clz32(classes);
    classes &= ~(1 << k);
    const bit = 1 << k;
    if ((once & bit) === 0) missing += q.counts[k];
    else if ((twice & bit) === 0) missing += q.counts[k] - 1;
  }
  // List token characters whose class the query lacks: one each class, two when held twice.
  const foreign = popcount(once & ~q.once) + popcount(twice & ~q.once);
  const m = Math.min(la - missing, lb - foreign);
  if (m <= 0) return 0;
  const j = (m / la + m / lb + 1) / 3;
  return j + sharedStart(q.start, start, la, lb) * 0.1 * (1 - j);
}
