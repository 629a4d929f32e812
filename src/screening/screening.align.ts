// Compares two prepared names token by token: each query token is paired with at most one token of
// the other name (best pairs first), a token written as two ("ABDUL RAHMAN" / "ABDULRAHMAN") may pair
// with two, and the score is two-sided: every token left unpaired, on either side, lowers it in
// proportion to its rarity. Numbers pair only with the same number.
import { consonantSkeleton } from '../text/index.ts';
import { jaroWinkler } from './screening.jaro.ts';
import { soundAlike } from './screening.phonetic.ts';
import type { PreparedForm, Token } from './screening.tokens.ts';

export const TUNING = {
  /** Below this Jaro-Winkler similarity two tokens are different words. */
  minSimilarity: 0.8,
  /** A similarity s counts as 1 - (1 - s) * stretch: a typo costs more than Jaro-Winkler says. */
  stretch: 2,
  /** Sounding alike (same Double Metaphone key) is worth at least this. */
  phonetic: 0.85,
  /** A token read from an abjad against one with a skeleton it may stand for ("mhmd", "MUHAMMAD"). */
  consonants: 0.92,
  /** An initial ("J") against a name it starts ("John"). */
  initial: 0.8,
  /** Share of its weight an unpaired token takes off. */
  unmatched: 1,
};

export interface Pair {
  /** Query token positions (two when the candidate writes them as one word). */
  q: number[];
  c: number[];
  similarity: number;
}

export interface Alignment {
  /** Two-sided score in [0, 1]. */
  score: number;
  /** Weighted similarity of the paired tokens alone. */
  paired: number;
  pairs: Pair[];
  unmatchedQuery: number[];
  unmatchedCandidate: number[];
  /** Both names carry a number that the other does not: not the same company, whatever the rest says. */
  numberMismatch: boolean;
}

/** Similarity of two tokens in [0, 1]; 0 means not a pair. */
export function tokenSimilarity(a: Token, b: Token): number {
  if (a === b || a.text === b.text) return 1;
  if (a.number || b.number) return 0;
  if (a.text.length === 1 || b.text.length === 1) {
    return a.text[0] === b.text[0] ? TUNING.initial : 0;
  }
  let s = jaroWinkler(a.text, b.text);
  if (s < TUNING.phonetic && soundAlike(a.phonetic, b.phonetic)) s = TUNING.phonetic;
  if (s < TUNING.consonants && sameConsonants(a, b)) s = TUNING.consonants;
  if (s < TUNING.minSimilarity) return 0;
  return 1 - (1 - s) * TUNING.stretch;
}

/** One of the two is read from an abjad, and the other's consonant skeleton is one it may stand for. */
export function sameConsonants(a: Token, b: Token): boolean {
  if (a.skeletons) return a.skeletons.includes(consonantSkeleton(b.text));
  if (b.skeletons) return b.skeletons.includes(consonantSkeleton(a.text));
  return false;
}

/** Pairwise similarities looked up by the caller (cached per query), or computed. */
export type Similarity = (qi: number, q: Token, c: Token) => number;
const direct: Similarity = (_qi, q, c) => tokenSimilarity(q, c);

// Scratch state of the last alignment, reused so that scoring a candidate allocates nothing: the
// index scores its candidates with `alignScore` and builds an `Alignment` only for the hits it returns.
let matrix = new Float64Array(64 * 64);
const usedQ: boolean[] = [];
const usedC: boolean[] = [];
/** Pairs as parallel arrays: query positions (second -1 when one), candidate positions, similarity. */
let pairQ0 = new Int32Array(64);
let pairQ1 = new Int32Array(64);
let pairC0 = new Int32Array(64);
let pairC1 = new Int32Array(64);
let pairSim = new Float64Array(64);
let pairCount = 0;
/** Results of the last `core`. */
let lastScore = 0;
let lastPaired = 0;
let lastNumberMismatch = false;

function addPair(q0: number, q1: number, c0: number, c1: number, similarity: number): void {
  if (pairCount === pairQ0.length) {
    const grow = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    pairQ0 = grow(pairQ0);
    pairQ1 = grow(pairQ1);
    pairC0 = grow(pairC0);
    pairC1 = grow(pairC1);
    pairSim = grow(pairSim);
  }
  pairQ0[pairCount] = q0;
  pairQ1[pairCount] = q1;
  pairC0[pairCount] = c0;
  pairC1[pairCount] = c1;
  pairSim[pairCount] = similarity;
  pairCount++;
}

/** The two-sided score of the best pairing, without building it; `numberMismatch` as in `Alignment`. */
export function alignScore(
  query: PreparedForm,
  cand: PreparedForm,
  sim: Similarity = direct,
): { score: number; numberMismatch: boolean } {
  core(query, cand, sim);
  scoreOut.score = lastScore;
  scoreOut.numberMismatch = lastNumberMismatch;
  return scoreOut;
}
const scoreOut = { score: 0, numberMismatch: false };

export function align(query: PreparedForm, cand: PreparedForm, sim: Similarity = direct): Alignment {
  core(query, cand, sim);
  const pairs: Pair[] = [];
  for (let p = 0; p < pairCount; p++)
    pairs.push({
      q: pairQ1[p] < 0 ? [pairQ0[p]] : [pairQ0[p], pairQ1[p]],
      c: pairC1[p] < 0 ? [pairC0[p]] : [pairC0[p], pairC1[p]],
      similarity: pairSim[p],
    });
  const unmatchedQuery: number[] = [];
  const unmatchedCandidate: number[] = [];
  for (let i = 0; i < query.tokens.length; i++) if (!usedQ[i]) unmatchedQuery.push(i);
  for (let j = 0; j < cand.tokens.length; j++) if (!usedC[j]) unmatchedCandidate.push(j);
  return {
    score: lastScore,
    paired: lastPaired,
    pairs,
    unmatchedQuery,
    unmatchedCandidate,
    numberMismatch: lastNumberMismatch,
  };
}

function core(query: PreparedForm, cand: PreparedForm, sim: Similarity): void {
  const nq = query.tokens.length;
  const nc = cand.tokens.length;
  if (nq * nc > matrix.length) matrix = new Float64Array(nq * nc);
  for (let i = 0; i < nq; i++) {
    usedQ[i] = false;
    const qt = query.tokens[i].token;
    for (let j = 0; j < nc; j++) matrix[i * nc + j] = sim(i, qt, cand.tokens[j].token);
  }
  for (let j = 0; j < nc; j++) usedC[j] = false;
  pairCount = 0;
  for (;;) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < nq; i++) {
      if (usedQ[i]) continue;
      for (let j = 0; j < nc; j++) {
        const s = matrix[i * nc + j];
        // Ties go to the same position, so that "ALI ALI" pairs in order and results stay stable.
        if (s > best || (s === best && s > 0 && i === j)) {
          if (usedC[j]) continue;
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedQ[bi] = true;
    usedC[bj] = true;
    addPair(bi, -1, bj, -1, best);
  }
  joinCompounds(query, cand);
  score(query, cand);
}

/** "ABDUL RAHMAN" on one side, "ABDULRAHMAN" on the other: two unpaired tokens against one. */
function joinCompounds(query: PreparedForm, cand: PreparedForm): void {
  const openQ = query.tokens.length - pairCount;
  const openC = cand.tokens.length - pairCount;
  if (openQ >= 2 && openC >= 1) joinInto(query, cand, usedQ, usedC, true);
  if (openC >= 2 && openQ >= 1) joinInto(cand, query, usedC, usedQ, false);
}

function joinInto(
  two: PreparedForm,
  one: PreparedForm,
  usedTwo: boolean[],
  usedOne: boolean[],
  twoIsQuery: boolean,
): void {
  for (let i = 0; i + 1 < two.tokens.length; i++) {
    if (usedTwo[i] || usedTwo[i + 1]) continue;
    const a = two.tokens[i].token;
    const b = two.tokens[i + 1].token;
    if (a.number || b.number) continue;
    const length = a.text.length + b.text.length;
    for (let j = 0; j < one.tokens.length; j++) {
      if (usedOne[j]) continue;
      const other = one.tokens[j].token.text;
      // Words written together keep their first letter; the test saves a comparison per candidate.
      if (other.charCodeAt(0) !== a.text.charCodeAt(0) || Math.abs(other.length - length) > 2) continue;
      const joined = a.text + b.text;
      const s = joined === other ? 1 : jaroWinkler(joined, other);
      if (s < 0.9) continue;
      usedTwo[i] = true;
      usedTwo[i + 1] = true;
      usedOne[j] = true;
      const similarity = 1 - (1 - s) * TUNING.stretch;
      if (twoIsQuery) addPair(i, i + 1, j, -1, similarity);
      else addPair(j, -1, i, i + 1, similarity);
      break;
    }
  }
}

function score(query: PreparedForm, cand: PreparedForm): void {
  const qt = query.tokens;
  const ct = cand.tokens;
  // Initials confirm a name that matched on words, never stand for one alone ("T.D.G." is not
  // "TRADING DEVELOPMENT GROUP"): without a pair of words they pair with nothing.
  let words = false;
  for (let p = 0; p < pairCount && !words; p++)
    if (
      pairQ1[p] >= 0 ||
      pairC1[p] >= 0 ||
      (qt[pairQ0[p]].token.text.length > 1 && ct[pairC0[p]].token.text.length > 1)
    )
      words = true;
  if (!words) {
    for (let p = 0; p < pairCount; p++) {
      usedQ[pairQ0[p]] = false;
      if (pairQ1[p] >= 0) usedQ[pairQ1[p]] = false;
      usedC[pairC0[p]] = false;
      if (pairC1[p] >= 0) usedC[pairC1[p]] = false;
    }
    pairCount = 0;
  }
  let mass = 0;
  let pairedWeight = 0;
  for (let p = 0; p < pairCount; p++) {
    let wc = ct[pairC0[p]].token.weight;
    if (pairC1[p] >= 0) wc += ct[pairC1[p]].token.weight;
    const nq = pairQ1[p] >= 0 ? 2 : 1;
    // A query token the index does not know (a typo) weighs what it paired with, not "as rare as can be".
    const t0 = qt[pairQ0[p]].token;
    let wq = t0.known ? t0.weight : wc / nq;
    if (nq === 2) {
      const t1 = qt[pairQ1[p]].token;
      wq += t1.known ? t1.weight : wc / nq;
    }
    mass += pairSim[p] * (wq + wc);
    pairedWeight += wq + wc;
  }
  let unpairedWeight = 0;
  let queryNumber = false;
  let candNumber = false;
  for (let i = 0; i < qt.length; i++) {
    if (usedQ[i]) continue;
    unpairedWeight += qt[i].token.weight;
    if (qt[i].token.number) queryNumber = true;
  }
  for (let j = 0; j < ct.length; j++) {
    if (usedC[j]) continue;
    unpairedWeight += ct[j].token.weight;
    if (ct[j].token.number) candNumber = true;
  }
  const total = pairedWeight + unpairedWeight * TUNING.unmatched;
  lastScore = total > 0 ? mass / total : 0;
  lastPaired = pairedWeight > 0 ? mass / pairedWeight : 0;
  lastNumberMismatch = queryNumber && candNumber;
}
