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
  type Evaluation,
  evaluate,
  type PreparedEntry,
  type PreparedQuery,
  prepareEntry,
  prepareQuery,
  toHit,
} from './screening.score.ts';
import { type Token, type TokenWeights, Vocabulary } from './screening.tokens.ts';

export { DEFAULT_THRESHOLD, scoreEntry } from './screening.score.ts';

export const INDEX_TUNING = {
  /** Names scored per query, the best by gathered weight. */
  candidates: 50,
  /** List tokens taken per query token: the most similar. */
  similarTokens: 24,
  /** Postings read per query at most, rarest tokens first (a common token is read only if room is left). */
  postingsBudget: 60_000,
  /** Postings read per trigram at most: a trigram in a tenth of all tokens finds nothing particular. */
  gramBudget: 40_000,
};

const DEFAULT_LIMIT = 10;
const SIMILAR_CACHE_SIZE = 50_000;

interface Similar {
  found: Map<number, number>;
  complete: boolean;
  best: [Token, number][];
}

function grams(text: string): string[] {
  const padded = `^${text}$`;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Per query token: the similarity of each list token met so far; `complete` when every list token
 * sharing enough trigrams was compared, so that one not met is known to be unlike it. */
type Sims = Map<Token, { found: Map<number, number>; complete: boolean }>;

export class ScreeningIndex {
  private readonly accumulator: Float32Array;
  private readonly touched: Int32Array;
  private readonly gramCounts: Uint16Array;
  private readonly gramTouched: Int32Array;
  private readonly similarCache = new Map<string, Similar>();

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
    const sims: Sims = new Map();
    const rows = this.candidates(pq, sims, opts);
    const seen = new Set<number>();
    const entries: number[] = [];
    for (const r of rows) {
      const e = this.nameEntry[r];
      if (!seen.has(e)) {
        seen.add(e);
        entries.push(e);
      }
    }
    return this.rank(pq, entries, sims, opts);
  }

  exhaustive(q: ScreeningQuery, opts: MatchOptions = {}): MatchHit[] {
    const pq = prepareQuery(q, this.vocab);
    const all: number[] = [];
    for (let i = 0; i < this.entries.length; i++) if (this.admits(pq, i, opts)) all.push(i);
    return this.rank(pq, all, new Map(), opts);
  }

  private admits(pq: PreparedQuery, entry: number, opts: MatchOptions): boolean {
    const e = this.entries[entry].entry;
    if (opts.lists && !opts.lists.includes(e.listName)) return false;
    return schemaFit(pq.query.schema, e.schema) !== 'excluded';
  }

  private rank(pq: PreparedQuery, entries: number[], sims: Sims, opts: MatchOptions): MatchHit[] {
    const sim = (_qi: number, q: Token, c: Token): number => {
      if (q === c) return 1;
      if (q.number || c.number) return 0;
      let known = sims.get(q);
      if (known === undefined) {
        known = { found: new Map(), complete: false };
        sims.set(q, known);
      }
      let s = known.found.get(c.id);
      if (s !== undefined) return s;
      if (known.complete && c.text.length >= 3) return 0;
      s = tokenSimilarity(q, c);
      known.found.set(c.id, s);
      return s;
    };
    const threshold = opts.threshold ?? 0;
    const scored: { ev: Evaluation; entry: PreparedEntry }[] = [];
    for (const i of entries) {
      const pe = this.entries[i];
      const ev = evaluate(pq, pe, sim);
      if (ev !== null && ev.score > 0 && ev.score >= threshold) scored.push({ ev, entry: pe });
    }
    scored.sort((a, b) => b.ev.score - a.ev.score || (a.entry.entry.key < b.entry.entry.key ? -1 : 1));
    return scored.slice(0, opts.limit ?? DEFAULT_LIMIT).map((s) => toHit(s.ev, s.entry));
  }

  /** List tokens like each query token, with their similarity; also kept for scoring. Queries repeat
   * tokens ("mohammad", "trading"), so the answers are kept for the next query, up to a bound. */
  private similarTokens(q: Token, sims: Sims): [Token, number][] {
    const cached = this.similarCache.get(q.text);
    if (cached !== undefined) {
      sims.set(q, { found: new Map(cached.found), complete: cached.complete });
      return cached.best;
    }
    const answer = this.findSimilar(q);
    if (this.similarCache.size >= SIMILAR_CACHE_SIZE) this.similarCache.clear();
    this.similarCache.set(q.text, answer);
    sims.set(q, { found: new Map(answer.found), complete: answer.complete });
    return answer.best;
  }

  private findSimilar(q: Token): Similar {
    const found = new Map<number, number>();
    if (q.known) found.set(q.id, 1);
    let complete = !q.number && q.text.length >= 3;
    if (complete) {
      const lists: Int32Array[] = [];
      for (const g of grams(q.text)) {
        const l = this.gramTokens.get(g);
        if (l !== undefined) lists.push(l);
      }
      lists.sort((a, b) => a.length - b.length);
      // A token sharing fewer trigrams than this cannot be within Jaro-Winkler reach in practice.
      const needed = Math.max(1, Math.floor(grams(q.text).length / 3));
      let read = 0;
      let n = 0;
      for (const l of lists) {
        if (read + l.length > INDEX_TUNING.gramBudget && read > 0) {
          complete = false;
          break;
        }
        read += l.length;
        for (let k = 0; k < l.length; k++) {
          const id = l[k];
          if (this.gramCounts[id]++ === 0) this.gramTouched[n++] = id;
        }
      }
      for (let k = 0; k < n; k++) {
        const id = this.gramTouched[k];
        if (this.gramCounts[id] >= needed && !found.has(id)) {
          const c = this.vocab.tokens[id];
          // Jaro-Winkler stays under its floor when one token is less than half as long as the other.
          if (c.text.length * 2 >= q.text.length && q.text.length * 2 >= c.text.length) {
            const s = tokenSimilarity(q, c);
            if (s > 0) found.set(id, s);
          }
        }
        this.gramCounts[id] = 0;
      }
      for (const key of q.phonetic) {
        const l = this.phoneticTokens.get(key);
        if (l === undefined) continue;
        for (let k = 0; k < l.length && k < 2_000; k++)
          if (!found.has(l[k])) {
            const s = tokenSimilarity(q, this.vocab.tokens[l[k]]);
            if (s > 0) found.set(l[k], s);
          }
      }
    }
    const out: [Token, number][] = [...found].map(([id, s]) => [this.vocab.tokens[id], s]);
    out.sort((a, b) => b[1] - a[1] || a[0].id - b[0].id);
    return { found, complete, best: out.slice(0, INDEX_TUNING.similarTokens) };
  }

  /** Name rows with the most rarity-weighted similarity gathered, best first, at most `candidates`. */
  private candidates(pq: PreparedQuery, sims: Sims, opts: MatchOptions): number[] {
    const work: { token: Token; sim: number; df: number }[] = [];
    const seen = new Set<Token>();
    for (const form of pq.forms)
      for (const t of form.tokens) {
        if (seen.has(t.token)) continue;
        seen.add(t.token);
        for (const [token, sim] of this.similarTokens(t.token, sims))
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
    const best = topRows(acc, this.touched, touched, INDEX_TUNING.candidates * 2);
    for (let k = 0; k < touched; k++) acc[this.touched[k]] = 0;
    const out: number[] = [];
    for (const row of best) {
      if (out.length === INDEX_TUNING.candidates) break;
      if (this.admits(pq, this.nameEntry[row], opts)) out.push(row);
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
