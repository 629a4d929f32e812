// Compares two prepared names token by token: each query token is paired with at most one token of
// the other name (best pairs first), a token written as two ("ABDUL RAHMAN" / "ABDULRAHMAN") may pair
// with two, and the score is two-sided: every token left unpaired, on either side, lowers it in
// proportion to its rarity. Numbers pair only with the same number.
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
  if (s < TUNING.minSimilarity) return 0;
  return 1 - (1 - s) * TUNING.stretch;
}

/** Pairwise similarities looked up by the caller (cached per query), or computed. */
export type Similarity = (qi: number, q: Token, c: Token) => number;
const direct: Similarity = (_qi, q, c) => tokenSimilarity(q, c);

let matrix = new Float64Array(64 * 64);
const usedQ: boolean[] = [];
const usedC: boolean[] = [];

export function align(query: PreparedForm, cand: PreparedForm, sim: Similarity = direct): Alignment {
  const nq = query.tokens.length;
  const nc = cand.tokens.length;
  if (nq * nc > matrix.length) matrix = new Float64Array(nq * nc);
  for (let i = 0; i < nq; i++) {
    usedQ[i] = false;
    const qt = query.tokens[i].token;
    for (let j = 0; j < nc; j++) matrix[i * nc + j] = sim(i, qt, cand.tokens[j].token);
  }
  for (let j = 0; j < nc; j++) usedC[j] = false;
  const pairs: Pair[] = [];
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
    pairs.push({ q: [bi], c: [bj], similarity: best });
  }
  joinCompounds(query, cand, pairs);
  return score(query, cand, pairs);
}

/** "ABDUL RAHMAN" on one side, "ABDULRAHMAN" on the other: two unpaired tokens against one. */
function joinCompounds(query: PreparedForm, cand: PreparedForm, pairs: Pair[]): void {
  const openQ = query.tokens.length - pairs.length;
  const openC = cand.tokens.length - pairs.length;
  if (openQ >= 2 && openC >= 1) joinInto(query, cand, usedQ, usedC, pairs, true);
  if (openC >= 2 && openQ >= 1) joinInto(cand, query, usedC, usedQ, pairs, false);
}

function joinInto(
  two: PreparedForm,
  one: PreparedForm,
  usedTwo: boolean[],
  usedOne: boolean[],
  pairs: Pair[],
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
      pairs.push(twoIsQuery ? { q: [i, i + 1], c: [j], similarity } : { q: [j], c: [i, i + 1], similarity });
      break;
    }
  }
}

function score(query: PreparedForm, cand: PreparedForm, pairs: Pair[]): Alignment {
  let mass = 0;
  let pairedWeight = 0;
  // Initials confirm a name that matched on words, never stand for one alone ("T.D.G." is not
  // "TRADING DEVELOPMENT GROUP"): without a pair of words they pair with nothing.
  let words = false;
  for (const p of pairs)
    if (
      p.q.length > 1 ||
      p.c.length > 1 ||
      (query.tokens[p.q[0]].token.text.length > 1 && cand.tokens[p.c[0]].token.text.length > 1)
    )
      words = true;
  if (!words) {
    for (const p of pairs) {
      for (const i of p.q) usedQ[i] = false;
      for (const j of p.c) usedC[j] = false;
    }
    pairs.length = 0;
  }
  for (const p of pairs) {
    let wc = 0;
    for (const j of p.c) wc += cand.tokens[j].token.weight;
    let wq = 0;
    // A query token the index does not know (a typo) weighs what it paired with, not "as rare as can be".
    for (const i of p.q) {
      const t = query.tokens[i].token;
      wq += t.known ? t.weight : wc / p.q.length;
    }
    mass += p.similarity * (wq + wc);
    pairedWeight += wq + wc;
  }
  const unmatchedQuery: number[] = [];
  const unmatchedCandidate: number[] = [];
  let unpairedWeight = 0;
  let queryNumber = false;
  let candNumber = false;
  for (let i = 0; i < query.tokens.length; i++) {
    if (usedQ[i]) continue;
    unmatchedQuery.push(i);
    unpairedWeight += query.tokens[i].token.weight;
    if (query.tokens[i].token.number) queryNumber = true;
  }
  for (let j = 0; j < cand.tokens.length; j++) {
    if (usedC[j]) continue;
    unmatchedCandidate.push(j);
    unpairedWeight += cand.tokens[j].token.weight;
    if (cand.tokens[j].token.number) candNumber = true;
  }
  const total = pairedWeight + unpairedWeight * TUNING.unmatched;
  return {
    score: total > 0 ? mass / total : 0,
    paired: pairedWeight > 0 ? mass / pairedWeight : 0,
    pairs,
    unmatchedQuery,
    unmatchedCandidate,
    numberMismatch: queryNumber && candNumber,
  };
}
