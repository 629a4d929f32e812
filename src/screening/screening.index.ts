// The in-memory index of watch-list names: candidates are found through the tokens of the query and
// the list tokens like them (an edit or two away, or sounding alike), each weighted by rarity and
// gathered from the rarest first; only the best few candidates are scored.
// Arrays are typed and reused between queries: a list of a million names is screened a thousand
// times a second.

import { schemaFit } from './screening.evidence.ts';
import { Gatherer } from './screening.gather.ts';
import type { IndexedEntry, MatchHit, MatchOptions, ScreeningQuery } from './screening.matching.types.ts';
import { SimilarityMemo } from './screening.memo.ts';
import { PairPostings } from './screening.pairs.ts';
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
import { SimilarTokens } from './screening.similar.ts';
import { TokenTable } from './screening.table.ts';
import { type PreparedForm, type Token, type TokenWeights, Vocabulary } from './screening.tokens.ts';

export { DEFAULT_THRESHOLD, scoreEntry } from './screening.score.ts';

export const INDEX_TUNING = {
  /** Entries scored per query: those of the best names gathered. */
  candidates: 20,
};

const DEFAULT_LIMIT = 10;
/** A token the list never holds weighs as its nearest list token when at least this similar (a likely typo). */
const NEAR_ENOUGH = 0.7;
const RANK_MARGIN = 2;
const ROUNDING = 1e-9;

export class ScreeningIndex {
  private readonly gatherer: Gatherer;
  private readonly similar: SimilarTokens;
  private readonly memo: SimilarityMemo;

  private constructor(
    private readonly vocab: Vocabulary,
    private readonly entries: PreparedEntry[],
    /** Entry of each name row (one row per reading of each name). */
    private readonly nameEntry: Int32Array,
    tokenNames: Postings,
    pairs: PairPostings,
    rowWeight: Float32Array,
  ) {
    this.gatherer = new Gatherer(tokenNames, pairs, rowWeight);
    // The list tokens laid out for comparison, shared by the search for similar tokens and the scoring.
    const table = new TokenTable(vocab.tokens);
    this.similar = new SimilarTokens(vocab.tokens, table);
    this.memo = new SimilarityMemo(table);
    vocab.weighUnknownBy((token) => {
      const near = this.similar.of(token)[0];
      return near !== undefined && near.similarity >= NEAR_ENOUGH ? near.token : undefined;
    });
  }

  static build(source: Iterable<IndexedEntry>): ScreeningIndex {
    const vocab = new Vocabulary();
    const interning: TokenWeights = { token: (text, number) => vocab.intern(text, number) };
    const entries: PreparedEntry[] = [];
    const rows: number[] = [];
    const builder = new Postings.Builder();
    const pairs = new PairPostings.Builder();
    const weights: PreparedForm[] = [];
    for (const e of source) {
      const pe = prepareEntry(e, interning);
      const at = entries.length;
      entries.push(pe);
      for (const n of pe.names) {
        const row = rows.length;
        rows.push(at);
        vocab.count(n.form);
        weights.push(n.form);
        for (const t of n.form.tokens) builder.add(t.token.id, row);
        pairs.addRow(
          row,
          n.form.tokens.map((t) => t.token.id),
        );
      }
    }
    vocab.finish();
    // Weights are known once every name is counted.
    const rowWeight = new Float32Array(weights.length);
    weights.forEach((f, row) => {
      const seen = new Set<Token>();
      for (const t of f.tokens)
        if (!seen.has(t.token)) {
          seen.add(t.token);
          rowWeight[row] += t.token.weight;
        }
    });
    return new ScreeningIndex(
      vocab,
      entries,
      Int32Array.from(rows),
      builder.finish(vocab.tokens.length),
      pairs.finish(),
      rowWeight,
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
    const entries = this.candidates(pq, opts);
    return this.rank(pq, entries, memo, opts);
  }

  /** Forgets the similar tokens kept between queries: a benchmark that asks the same queries again
   * measures each run from a cold cache, as the first of them was. */
  clearCaches(): void {
    this.similar.clear();
  }

  /** Every admitted entry scored as `match` scores its candidates: what the index could find at best. */
  exhaustive(q: ScreeningQuery, opts: MatchOptions = {}): MatchHit[] {
    const pq = prepareQuery(q, this.vocab);
    const all: number[] = [];
    for (let i = 0; i < this.entries.length; i++) if (this.admits(pq, i, opts)) all.push(i);
    this.memo.reset();
    return this.rank(pq, all, this.memo, opts);
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
    // Past the limit, only entries whose quick score is within rounding of the last one kept can take its place.
    let end = Math.min(quick.length, limit);
    while (
      end < quick.length &&
      end < limit + RANK_MARGIN &&
      quick[end].score >= quick[limit - 1].score - ROUNDING
    )
      end++;
    const scored: { ev: Evaluation; entry: PreparedEntry }[] = [];
    for (const { i, pair } of quick.slice(0, end)) {
      const pe = this.entries[i];
      const ev = evaluate(pq, pe, memo.sim, pair);
      if (ev !== null && ev.score > 0 && ev.score >= threshold) scored.push({ ev, entry: pe });
    }
    scored.sort((a, b) => b.ev.score - a.ev.score || (a.entry.entry.key < b.entry.entry.key ? -1 : 1));
    return scored.slice(0, limit).map((s) => toHit(s.ev, s.entry));
  }

  /** Entries of the best names gathered, at most `candidates`. */
  private candidates(pq: PreparedQuery, opts: MatchOptions): number[] {
    const tokens: Token[] = [];
    const forms = pq.forms.map((form) =>
      form.tokens.map((t) => {
        let i = tokens.indexOf(t.token);
        if (i < 0) i = tokens.push(t.token) - 1;
        return i;
      }),
    );
    const best = this.gatherer.gather(
      tokens.map((t) => ({ similar: this.similar.of(t) })),
      forms,
    );
    // Several names of one entry (its aliases differ by a letter) would take several places: the
    // candidates are distinct entries, found through their best names.
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
