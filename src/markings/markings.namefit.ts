// How well the words of a written name fit the words of a maker's name: in order, each the same, an
// abbreviation ("INSTR" for Instruments), or one typing error ("Instrumnets"); generic words
// ("Semiconductor", "Technology") may be left out or added and regional ones ("Deutschland", "USA")
// dropped, but a maker's own distinctive word must be there. Scores in [0.6, 0.92]; 0 is no fit.

// Words many makers' names share: they may be abbreviated, left out or added, never identify a maker.
export const GENERIC = new Set(
  (
    'technology technologies tech semiconductor semiconductors semi electronics electronic electric devices device ' +
    'systems system integrated instruments instrument corporation components component solutions micro ' +
    'microsystems microelectronics manufacturing mfg products industries industrial group holdings labs ' +
    'laboratories communications wireless power energy connectivity circuits networks company engineering ' +
    'ic ics soc silicon digital analog linear sensors sensor bearing bearings connectors capacitors motors'
  ).split(' '),
);
/** Words a variant may add to the maker's name: a region, a group, a country; never another company. */
export const EXTRA = new Set(
  (
    'international intl products group holding holdings usa us america americas europe asia pacific global ' +
    'worldwide deutschland germany japan china korea taiwan uk india france italia shanghai beijing shenzhen'
  ).split(' '),
);

/** Edit distance with transpositions, or limit + 1 once it is certainly above the limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      low = Math.min(low, v);
    }
    if (low > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/** One typing error in a word, two in a long one ("Macronics" for Macronix). */
const typoLimit = (a: string, b: string) => (Math.max(a.length, b.length) >= 9 ? 2 : 1);

/** How well the query's words fit an entry's words, in order, or a score of 0. */
export function wordFit(query: readonly string[], t: readonly string[]): { score: number; typos: number } {
  const none = { score: 0, typos: 0 };
  const q = query.filter((w) => !EXTRA.has(w) || t.includes(w));
  if (q.length === 0) return none;
  // A maker whose every word is generic ("Analog Devices", "Silicon Labs") must be named in full.
  const allGeneric = t.every((w) => GENERIC.has(w));
  if (allGeneric && q.length !== t.length) return none;
  let exactDistinctive = 0;
  let distinctive = false;
  let typos = 0;
  let covered = 0;
  let shortened = 0;
  const n = Math.min(q.length, t.length);
  for (let i = 0; i < n; i++) {
    const [a, b] = [q[i], t[i]];
    const generic = GENERIC.has(b) && !allGeneric;
    if (a === b) {
      covered += b.length;
      if (!generic) exactDistinctive++;
    } else if (b.startsWith(a) && a.length >= 3 && (generic || (a.length >= 4 && !GENERIC.has(a)))) {
      covered += a.length;
      if (!generic) shortened++;
    } else if (
      !generic &&
      a.length >= 4 &&
      !GENERIC.has(a) &&
      editDistance(a, b, typoLimit(a, b)) <= typoLimit(a, b)
    ) {
      typos++;
      covered += b.length - 1;
    } else if (generic && a.length >= 5 && editDistance(a, b, 1) <= 1) {
      typos++;
      covered += b.length - 1;
    } else return none;
    if (!generic) distinctive = true;
  }
  // Left out of the query, or added to it: only generic words.
  for (let i = n; i < t.length; i++) if (!GENERIC.has(t[i])) return none;
  for (let i = n; i < q.length; i++) if (!GENERIC.has(q[i])) return none;
  // A typo needs a sure word beside it, unless the word is long (a four-letter typo alone is a guess).
  const typoOk = typos === 0 || (typos === 1 && (exactDistinctive > 0 || q.some((w) => w.length >= 6)));
  if (!distinctive || !typoOk) return none;
  const total = t.reduce((s, w) => s + w.length, 0);
  const extra = Math.max(0, q.length - t.length);
  const score = 0.72 + 0.2 * Math.min(1, covered / total) - 0.1 * typos - 0.1 * shortened - 0.03 * extra;
  return { score: Math.max(0.6, score), typos };
}
