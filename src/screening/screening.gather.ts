// Gathers the names most worth scoring for a query: each query token adds the rarity of the list token
// like it to the names that hold one, once per query token, and a name's share of what both sides
// weigh ranks it (a name that holds the query's words and little else first). Rare tokens are read
// whole; common words are reached through pairs of words, so that "MOHAMMAD ALI" reads the names that
// hold both rather than every name with either.
import type { PairPostings } from './screening.pairs.ts';
import type { Postings } from './screening.postings.ts';
import type { SimilarToken } from './screening.similar.ts';

export const GATHER_TUNING = {
  /** Names returned, best first. */
  rows: 120,
  /** A list token in more names than this is read through pairs, unless its query token has no partner. */
  singleMaxNames: 300,
  /** Postings read as single tokens per query at most, rarest first. */
  singleBudget: 25_000,
  /** Similar tokens of each query token combined into pairs. */
  pairSimilar: 4,
  /** Query tokens of a reading that make pairs at most, the rarest first (a long name has rare words enough). */
  pairTokens: 6,
  /** Pair bucket entries read per query at most, best pairs first. */
  pairBudget: 50_000,
};

export interface GatherToken {
  similar: SimilarToken[];
}

/** How rare a query token is: the weight of the list token most like it (0 when none is). */
const rarity = (t: GatherToken): number => (t.similar.length > 0 ? t.similar[0].token.weight : 0);

export class Gatherer {
  private readonly acc: Float32Array;
  private readonly mask: Uint32Array;
  private readonly touched: Int32Array;

  constructor(
    private readonly names: Postings,
    private readonly pairs: PairPostings,
    /** Weight of each name row: the rarity of its distinct tokens, summed. */
    private readonly rowWeight: Float32Array,
  ) {
    this.acc = new Float32Array(rowWeight.length);
    this.mask = new Uint32Array(rowWeight.length);
    this.touched = new Int32Array(rowWeight.length);
  }

  /**
   * The best name rows for the query, best first. `tokens` are the query's distinct tokens; `forms` the
   * positions (in `tokens`) of each reading of the query, whose tokens make pairs.
   */
  gather(tokens: GatherToken[], forms: number[][]): number[] {
    const acc = this.acc;
    const mask = this.mask;
    const touched = this.touched;
    let count = 0;
    // Each query token adds to a name once (bit i of its mask), however many of its similar tokens the name holds.
    const bitOf = (i: number) => 1 << (i % 31);
    let queryWeight = 0;
    for (const t of tokens) {
      let most = 0;
      for (const s of t.similar) most = Math.max(most, s.similarity * s.token.weight);
      queryWeight += most;
    }
    const partner = tokens.map(() => false);
    for (const form of forms)
      for (const i of form)
        if (tokens[i].similar.length > 0 && form.some((j) => j !== i && tokens[j].similar.length > 0))
          partner[i] = true;

    // Single tokens, the rarest first.
    const singles: { i: number; id: number; gain: number; df: number }[] = [];
    tokens.forEach((t, i) => {
      for (const s of t.similar) {
        const df = this.names.length(s.token.id);
        if (partner[i] && df > GATHER_TUNING.singleMaxNames) continue;
        singles.push({ i, id: s.token.id, gain: s.similarity * s.token.weight, df });
      }
    });
    singles.sort((a, b) => a.df - b.df || b.gain - a.gain);
    let read = 0;
    for (const w of singles) {
      if (read + w.df > GATHER_TUNING.singleBudget && read > 0) continue;
      read += w.df;
      const bit = bitOf(w.i);
      const { list, from, to } = this.names.slice(w.id);
      for (let k = from; k < to; k++) {
        const row = list[k];
        const m = mask[row];
        if (m & bit) continue;
        if (m === 0) touched[count++] = row;
        mask[row] = m | bit;
        acc[row] += w.gain;
      }
    }

    // Pairs of the query's tokens within one reading, through their most similar list tokens.
    const pairs: { i: number; j: number; x: number; y: number; gx: number; gy: number }[] = [];
    const asked = new Set<number>();
    for (const whole of forms) {
      const form =
        whole.length <= GATHER_TUNING.pairTokens
          ? whole
          : [...whole]
              .sort((a, b) => rarity(tokens[b]) - rarity(tokens[a]))
              .slice(0, GATHER_TUNING.pairTokens);
      for (let p = 0; p < form.length; p++)
        for (let q = p + 1; q < form.length; q++) {
          const i = Math.min(form[p], form[q]);
          const j = Math.max(form[p], form[q]);
          if (i === j || asked.has(i * tokens.length + j)) continue;
          asked.add(i * tokens.length + j);
          const si = tokens[i].similar;
          const sj = tokens[j].similar;
          for (let x = 0; x < si.length && x < GATHER_TUNING.pairSimilar; x++)
            for (let y = 0; y < sj.length && y < GATHER_TUNING.pairSimilar; y++)
              if (si[x].token.id !== sj[y].token.id)
                pairs.push({
                  i,
                  j,
                  x: si[x].token.id,
                  y: sj[y].token.id,
                  gx: si[x].similarity * si[x].token.weight,
                  gy: sj[y].similarity * sj[y].token.weight,
                });
        }
    }
    pairs.sort((a, b) => b.gx + b.gy - (a.gx + a.gy));
    const { first, second, rows } = this.pairs.entries;
    let pairRead = 0;
    for (const w of pairs) {
      if (pairRead > GATHER_TUNING.pairBudget) break;
      const bi = bitOf(w.i);
      const bj = bitOf(w.j);
      const { from, to, a, b } = this.pairs.bucket(w.x, w.y);
      pairRead += to - from;
      for (let e = from; e < to; e++) {
        if (first[e] !== a || second[e] !== b) continue;
        const row = rows[e];
        const m = mask[row];
        if (m === 0) touched[count++] = row;
        if ((m & bi) === 0) acc[row] += w.gx;
        if ((m & bj) === 0) acc[row] += w.gy;
        mask[row] = m | bi | bj;
      }
    }

    // A name's share of what both sides weigh.
    const rowWeight = this.rowWeight;
    for (let k = 0; k < count; k++) {
      const row = touched[k];
      acc[row] = acc[row] / (queryWeight + rowWeight[row]);
    }
    const best = topRows(acc, touched, count, GATHER_TUNING.rows);
    for (let k = 0; k < count; k++) {
      const row = touched[k];
      acc[row] = 0;
      mask[row] = 0;
    }
    return best;
  }
}

/**
 * The `k` rows of highest weight, best first (ties by row). The k-th weight is found by selection over
 * a copy of the weights, so that only the rows at or above it are sorted.
 */
function topRows(acc: Float32Array, rows: Int32Array, n: number, k: number): number[] {
  if (n > k) {
    const values = scratchValues(n);
    for (let i = 0; i < n; i++) values[i] = acc[rows[i]];
    const kth = select(values, n, n - k);
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (acc[rows[i]] >= kth) out.push(rows[i]);
    return out.sort((a, b) => acc[b] - acc[a] || a - b).slice(0, k);
  }
  return Array.from(rows.subarray(0, n)).sort((a, b) => acc[b] - acc[a] || a - b);
}

let values = new Float32Array(1024);
function scratchValues(n: number): Float32Array {
  if (values.length < n) values = new Float32Array(n * 2);
  return values;
}

/** The value that would sit at position `at` of `v[0, n)` sorted ascending (Hoare's selection; `v` is reordered). */
function select(v: Float32Array, n: number, at: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = v[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (v[i] < pivot) i++;
      while (v[j] > pivot) j--;
      if (i <= j) {
        const t = v[i];
        v[i] = v[j];
        v[j] = t;
        i++;
        j--;
      }
    }
    if (at <= j) hi = j;
    else if (at >= i) lo = i;
    else return v[at];
  }
  return v[at];
}
