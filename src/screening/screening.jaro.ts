// Jaro-Winkler similarity of two tokens, the measure of typos in names: transpositions and a shared
// start count for more than in an edit distance, which suits names misspelt by hand or by ear.
// One core over arrays of character codes, so that the index compares a query token with list tokens
// kept side by side in one typed array (no string or object to reach per comparison), and the string
// form gives the same number because it runs the same code.

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro of `a[ao, ao + la)` and `b[bo, bo + lb)`. */
export function jaroCodes(
  a: Uint16Array,
  ao: number,
  la: number,
  b: Uint16Array,
  bo: number,
  lb: number,
): number {
  if (la === 0 || lb === 0) return la === lb ? 1 : 0;
  if (la === lb) {
    let same = true;
    for (let i = 0; i < la && same; i++) same = a[ao + i] === b[bo + i];
    if (same) return 1;
  }
  if (la > flagsA.length || lb > flagsB.length) {
    flagsA = new Uint8Array(Math.max(la, lb) * 2);
    flagsB = new Uint8Array(Math.max(la, lb) * 2);
  }
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = a[ao + i];
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    for (let j = from; j <= to; j++) {
      if (flagsB[j] === 0 && b[bo + j] === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let half = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[j] === 0) j++;
    if (a[ao + i] !== b[bo + j]) half++;
    j++;
  }
  const m = matches;
  return (m / la + m / lb + (m - half / 2) / m) / 3;
}

/** Winkler's boost for a shared start of up to 4 characters (scale 0.1), as usual. */
export function jaroWinklerCodes(
  a: Uint16Array,
  ao: number,
  la: number,
  b: Uint16Array,
  bo: number,
  lb: number,
): number {
  const j = jaroCodes(a, ao, la, b, bo, lb);
  if (j === 1 || j === 0) return j;
  let prefix = 0;
  const max = Math.min(4, la, lb);
  while (prefix < max && a[ao + prefix] === b[bo + prefix]) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

let codesA = new Uint16Array(64);
let codesB = new Uint16Array(64);

/** The UTF-16 codes of `s` (the buffer is reused: read it before the next call with the same slot). */
function codes(s: string, slot: 'a' | 'b'): Uint16Array {
  let buf = slot === 'a' ? codesA : codesB;
  if (s.length > buf.length) {
    buf = new Uint16Array(s.length * 2);
    if (slot === 'a') codesA = buf;
    else codesB = buf;
  }
  for (let i = 0; i < s.length; i++) buf[i] = s.charCodeAt(i);
  return buf;
}

export function jaro(a: string, b: string): number {
  return jaroCodes(codes(a, 'a'), 0, a.length, codes(b, 'b'), 0, b.length);
}

export function jaroWinkler(a: string, b: string): number {
  return jaroWinklerCodes(codes(a, 'a'), 0, a.length, codes(b, 'b'), 0, b.length);
}
