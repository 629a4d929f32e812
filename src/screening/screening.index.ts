// The in-memory index of watch-list names: candidates are found through the tokens of the query, the
// list tokens that share character trigrams with them (typos) and those that sound alike, each
// weighted by rarity and gathered from the rarest first; only the best few candidates are scored.
// Arrays are typed and reused between queries: a list of a million names is screened a thousand
// times a second.

import { tokenSimilarity } from './screening.align.ts';
import { schemaFit } from './screening.evidence.ts';
import type { IndexedEntry, MatchHit, MatchOptions, ScreeningQuery } from './screening.matching.types.ts';
import { Postings } from './screening.postings.ts';
import {
  bestPair,
  type Evaluation,
  evaluate,
  type PreparedEntry,
  type PreparedQuery,
  prepareEntry,
  prepareQuery,
  quickScore,
  toHit,
} from './screening.score.ts';
import { type Token, type TokenWeights, Vocabulary } from './screening.tokens.ts';

export { DEFAULT_THRESHOLD, scoreEntry } from './screening.score.ts';

export const INDEX_TUNING = {
  /** Entries scored per query, the best by the weight gathered by one of their names. */
  candidates: 30,
  /** List tokens taken per query token: the most similar. */
  similarTokens: 24,
  /** Postings read per query at most, rarest tokens first (a common token is read only if room is left). */
  postingsBudget: 25_000,
  /** Trigram postings read per query token at most, rarest trigrams first: a common trigram finds nothing particular. */
  gramBudget: 20_000,
  /** Share of the trigrams read that a list token must hold to be compared at all. */
  gramShare: 0.3,
  /** List tokens compared per phonetic key at most. */
  phoneticBudget: 2_000,
};

const DEFAULT_LIMIT = 10;
const RANK_MARGIN = 2;
const ROUNDING = 1e-9;
const SIMILAR_CACHE_SIZE = 50_000;
const KEPT_PAIRS = 2_000_000;

interface Similar {
  /** Similarity of each list token found like it (by vocabulary id): `tokenSimilarity`, nothing else. */
  found: Map<number, number>;
  best: [Token, number][];
}

function grams(text: string): string[] {
  const padded = `^${text}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/**
 * The similarity of a query token and a list token, a function of the two tokens alone, so that the
 * exhaustive scan scores exactly as the index does and is the limit of what it can find. Memoized per
 * query token in arrays over the vocabulary (stamped, so that nothing is cleared between queries):
 * the answers found while gathering candidates first, the rest computed once and kept for later
 * queries with the same token, within a bound.
 */
class SimilarityMemo {
  private readonly tokens: Token[] = [];
  private readonly found: Map<number, number>[] = [];
  private readonly values: Float64Array[] = [];
  private readonly stamps: Uint32Array[] = [];
  private stamp = 1;
  private kept = 0;
  private lastToken: Token | null = null;
  private lastSlot = -1;

  constructor(private readonly vocabulary: number) {}

  /** A new query: what the previous one memoized is forgotten, in constant time. */
  reset(): void {
    this.tokens.length = 0;
    this.found.length = 0;
    this.lastToken = null;
    this.stamp++;
  }

  seed(q: Token, found: Map<number, number>): void {
    if (this.tokens.includes(q)) return;
    this.tokens.push(q);
    this.found.push(found);
  }

  /** Pairs kept in the seeds since the last call, to bound the cache that holds them. */
  takeKept(): number {
    const k = this.kept;
    this.kept = 0;
    return k;
  }

  readonly sim = (_qi: number, q: Token, c: Token): number => {
    if (q === c) return 1;
    if (q.number || c.number) return 0;
    // The alignment asks for one query token against each candidate token in turn.
    let slot = q === this.lastToken ? this.lastSlot : this.tokens.indexOf(q);
    if (slot < 0) {
      slot = this.tokens.length;
      this.tokens.push(q);
      this.found.push(new Map());
    }
    if (slot >= this.values.length) {
      this.values.push(new Float64Array(this.vocabulary));
      this.stamps.push(new Uint32Array(this.vocabulary));
    }
    this.lastToken = q;
    this.lastSlot = slot;
    const id = c.id;
    const stamps = this.stamps[slot];
    if (id >= 0 && stamps[id] === this.stamp) return this.values[slot][id];
    const found = this.found[slot];
    let s = found.get(id);
    if (s === undefined) {
      s = tokenSimilarity(q, c);
      if (id >= 0) {
        found.set(id, s);
        this.kept++;
      }
    }
    if (id >= 0) {
      stamps[id] = this.stamp;
      this.values[slot][id] = s;
    }
    return s;
  };
}

export class ScreeningIndex {
  private readonly accumulator: Float32Array;
  private readonly touched: Int32Array;
  private readonly gramCounts: Uint16Array;
  private readonly gramTouched: Int32Array;
  /** Length of each vocabulary token (up to 255), read without touching the token object. */
  private readonly lengths: Uint8Array;
  private readonly similarCache = new Map<string, Similar>();
  private readonly memo: SimilarityMemo;
  /** Similarities kept in the cache's answers beyond those found by trigrams, to bound its memory. */
  private keptPairs = 0;

  private constructor(
    private readonly vocab: Vocabulary,
    private readonly entries: PreparedEntry[],
    /** Entry of each name row (one row per reading of each name). */
    private readonly nameEntry: Int32Array,
    private readonly tokenNames: Postings,
    private readonly gramTokens: Map<string, Int32Array>,
    private readonly phoneticTokens: Map<string, Int32Array>,
  ) {
    this.accumulator = new Float32Array(nameEntry.length);
    this.touched = new Int32Array(nameEntry.length);
    this.gramCounts = new Uint16Array(vocab.tokens.length);
    this.gramTouched = new Int32Array(vocab.tokens.length);
    this.lengths = Uint8Array.from(vocab.tokens, (t) => Math.min(255, t.text.length));
    this.memo = new SimilarityMemo(vocab.tokens.length);
  }

  static build(source: Iterable<IndexedEntry>): ScreeningIndex {
    const vocab = new Vocabulary();
    const interning: TokenWeights = { token: (text, number) => vocab.intern(text, number) };
    const entries: PreparedEntry[] = [];
    const rows: number[] = [];
    const builder = new Postings.Builder();
    for (const e of source) {
      const pe = prepareEntry(e, interning);
      const at = entries.length;
      entries.push(pe);
      for (const n of pe.names) {
        const row = rows.length;
        rows.push(at);
        vocab.count(n.form);
        for (const t of n.form.tokens) builder.add(t.token.id, row);
      }
    }
    vocab.finish();
    const gramLists = new Map<string, number[]>();
    const phoneticLists = new Map<string, number[]>();
    const push = (m: Map<string, number[]>, k: string, id: number) => {
      const list = m.get(k);
      if (list === undefined) m.set(k, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    };
    for (const t of vocab.tokens) {
      if (t.number || t.text.length < 3) continue;
      for (const g of grams(t.text)) push(gramLists, g, t.id);
      for (const k of t.phonetic) push(phoneticLists, k, t.id);
    }
    const typed = (m: Map<string, number[]>) => new Map([...m].map(([k, v]) => [k, Int32Array.from(v)]));
    return new ScreeningIndex(
      vocab,
      entries,
      Int32Array.from(rows),
      builder.finish(vocab.tokens.length),
      typed(gramLists),
      typed(phoneticLists),
    );
  }

  get size(): { entries: number; names: number; tokens: number } {
    return { entries: this.entries.length, names: this.nameEntry.length, tokens: this.vocab.tokens.length };
  }

  /** The weights the index scores with, for `scoreEntry` to give the same scores. */
  get weights(): TokenWeights {
    return this.vocab;
  }

  match(q: ScreeningQuery, opts: MatchOptions = {}): MatchHit[] {
    const pq = prepareQuery(q, this.vocab);
    const memo = this.memo;
    memo.reset();
    const entries = this.candidates(pq, memo, opts);
    const hits = this.rank(pq, entries, memo, opts);
    this.keptPairs += memo.takeKept();
    if (this.keptPairs > KEPT_PAIRS) {
      this.similarCache.clear();
      this.keptPairs = 0;
    }
    return hits;
  }

  /** Forgets the similar tokens kept between queries: a benchmark that asks the same queries again
   * measures each run from a cold cache, as the first of them was. */
  clearCaches(): void {
    this.similarCache.clear();
    this.keptPairs = 0;
  }

  /** Every admitted entry scored as `match` scores its candidates: what the index could find at best. */
  exhaustive(q: ScreeningQuery, opts: MatchOptions = {}): MatchHit[] {
    const pq = prepareQuery(q, this.vocab);
    const all: number[] = [];
    for (let i = 0; i < this.entries.length; i++) if (this.admits(pq, i, opts)) all.push(i);
    this.memo.reset();
    const hits = this.rank(pq, all, this.memo, opts);
    this.memo.takeKept();
    return hits;
  }

  private admits(pq: PreparedQuery, entry: number, opts: MatchOptions): boolean {
    const e = this.entries[entry].entry;
    if (opts.lists && !opts.lists.includes(e.listName)) return false;
    return schemaFit(pq.query.schema, e.schema) !== 'excluded';
  }

  private rank(pq: PreparedQuery, entries: number[], memo: SimilarityMemo, opts: MatchOptions): MatchHit[] {
    const threshold = opts.threshold ?? 0;
    const limit = opts.limit ?? DEFAULT_LIMIT;
    // A cheap score of every entry first; the full evaluation, explained, of the best few alone. A few
    // more than asked are evaluated so that a rounding difference between the two cannot drop a hit.
    const quick: { score: number; i: number; pair: number }[] = [];
    for (const i of entries) {
      const score = quickScore(pq, this.entries[i], memo.sim);
      if (score > 0 && score >= threshold - ROUNDING) quick.push({ score, i, pair: bestPair() });
    }
    quick.sort((a, b) => b.score - a.score || a.i - b.i);
    const scored: { ev: Evaluation; entry: PreparedEntry }[] = [];
    for (const { i, pair } of quick.slice(0, limit + RANK_MARGIN)) {
      const pe = this.entries[i];
      const ev = evaluate(pq, pe, memo.sim, pair);
      if (ev !== null && ev.score > 0 && ev.score >= threshold) scored.push({ ev, entry: pe });
    }
    scored.sort((a, b) => b.ev.score - a.ev.score || (a.entry.entry.key < b.entry.entry.key ? -1 : 1));
    return scored.slice(0, limit).map((s) => toHit(s.ev, s.entry));
  }

  /** List tokens like each query token, with their similarity; also kept for scoring. Queries repeat
   * tokens ("mohammad", "trading"), so the answers are kept for the next query, up to a bound. */
  private similarTokens(q: Token, memo: SimilarityMemo): [Token, number][] {
    let answer = this.similarCache.get(q.text);
    if (answer === undefined) {
      answer = this.findSimilar(q);
      if (this.similarCache.size >= SIMILAR_CACHE_SIZE) this.similarCache.clear();
      this.similarCache.set(q.text, answer);
    }
    memo.seed(q, answer.found);
    return answer.best;
  }

  private findSimilar(q: Token): Similar {
    const found = new Map<number, number>();
    if (q.known) found.set(q.id, 1);
    if (!q.number && q.text.length >= 3) {
      const lists: Int32Array[] = [];
      for (const g of grams(q.text)) {
        const l = this.gramTokens.get(g);
        if (l !== undefined) lists.push(l);
      }
      lists.sort((a, b) => a.length - b.length);
      // Jaro-Winkler stays under its floor when one token is less than half as long as the other.
      const minLength = Math.ceil(q.text.length / 2);
      const maxLength = q.text.length * 2;
      const lengths = this.lengths;
      const counts = this.gramCounts;
      const touched = this.gramTouched;
      let read = 0;
      let used = 0;
      let n = 0;
      // The rarest trigrams first: a common one ("^al", "ing") adds little and costs most.
      for (const l of lists) {
        if (read + l.length > INDEX_TUNING.gramBudget && read > 0) break;
        read += l.length;
        used++;
        for (let k = 0; k < l.length; k++) {
          const id = l[k];
          const length = lengths[id];
          if (length < minLength || length > maxLength) continue;
          if (counts[id]++ === 0) touched[n++] = id;
        }
      }
      // A token sharing fewer of the trigrams read than this cannot be within Jaro-Winkler reach in practice.
      const needed = Math.max(1, Math.floor(used * INDEX_TUNING.gramShare));
      for (let k = 0; k < n; k++) {
        const id = touched[k];
        if (counts[id] >= needed && !found.has(id)) {
          const s = tokenSimilarity(q, this.vocab.tokens[id]);
          if (s > 0) found.set(id, s);
        }
        counts[id] = 0;
      }
      for (const key of q.phonetic) {
        const l = this.phoneticTokens.get(key);
        if (l === undefined) continue;
        for (let k = 0; k < l.length && k < INDEX_TUNING.phoneticBudget; k++)
          if (!found.has(l[k])) {
            const s = tokenSimilarity(q, this.vocab.tokens[l[k]]);
            if (s > 0) found.set(l[k], s);
          }
      }
    }
    const out: [Token, number][] = [...found].map(([id, s]) => [this.vocab.tokens[id], s]);
    out.sort((a, b) => b[1] - a[1] || a[0].id - b[0].id);
    return { found, best: out.slice(0, INDEX_TUNING.similarTokens) };
  }

  /** Entries whose names gathered the most rarity-weighted similarity, best first, at most `candidates`. */
  private candidates(pq: PreparedQuery, memo: SimilarityMemo, opts: MatchOptions): number[] {
    const work: { token: Token; sim: number; df: number }[] = [];
    const seen = new Set<Token>();
    for (const form of pq.forms)
      for (const t of form.tokens) {
        if (seen.has(t.token)) continue;
        seen.add(t.token);
        for (const [token, sim] of this.similarTokens(t.token, memo))
          work.push({ token, sim, df: this.tokenNames.length(token.id) });
      }
    work.sort((a, b) => a.df - b.df);
    const acc = this.accumulator;
    let touched = 0;
    let read = 0;
    for (const w of work) {
      if (read + w.df > INDEX_TUNING.postingsBudget && read > 0) continue;
      read += w.df;
      const gain = w.sim * w.token.weight;
      const { list, from, to } = this.tokenNames.slice(w.token.id);
      for (let k = from; k < to; k++) {
        const row = list[k];
        if (acc[row] === 0) this.touched[touched++] = row;
        acc[row] += gain;
      }
    }
    // Several names of one entry (its aliases differ by a letter) would take several places: the
    // candidates are distinct entries, found through their best names.
    const best = topRows(acc, this.touched, touched, INDEX_TUNING.candidates * 4);
    for (let k = 0; k < touched; k++) acc[this.touched[k]] = 0;
    const out: number[] = [];
    const taken = new Set<number>();
    for (const row of best) {
      if (out.length === INDEX_TUNING.candidates) break;
      const e = this.nameEntry[row];
      if (taken.has(e)) continue;
      taken.add(e);
      if (this.admits(pq, e, opts)) out.push(e);
    }
    return out;
  }
}

/** The `k` rows of highest weight, best first (a bounded selection: most touched rows are rejected at once). */
function topRows(acc: Float32Array, rows: Int32Array, n: number, k: number): number[] {
  if (n <= k) {
    const all = Array.from(rows.subarray(0, n));
    return all.sort((a, b) => acc[b] - acc[a] || a - b);
  }
  const heap: number[] = [];
  const less = (a: number, b: number) => acc[a] < acc[b] || (acc[a] === acc[b] && a > b);
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (heap.length < k) {
      heap.push(r);
      let c = heap.length - 1;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!less(heap[c], heap[p])) break;
        [heap[c], heap[p]] = [heap[p], heap[c]];
        c = p;
      }
    } else if (less(heap[0], r)) {
      heap[0] = r;
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        const rr = l + 1;
        let m = c;
        if (l < k && less(heap[l], heap[m])) m = l;
        if (rr < k && less(heap[rr], heap[m])) m = rr;
        if (m === c) break;
        [heap[c], heap[m]] = [heap[m], heap[c]];
        c = m;
      }
    }
  }
  return heap.sort((a, b) => acc[b] - acc[a] || a - b);
}
