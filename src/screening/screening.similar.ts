// The list tokens most like a query token, which the index gathers candidates through: the token itself,
// those an edit or two away (a shared deletion variant, then the comparison that decides) and those that
// sound alike (the same phonetic key), the best few by similarity. Queries repeat tokens ("mohammad",
// "trading"), so answers are kept for later queries, within a bound.
import { TUNING } from './screening.align.ts';
import { DeletionIndex } from './screening.neighbors.ts';
import type { TokenTable } from './screening.table.ts';
import type { Token } from './screening.tokens.ts';

export const SIMILAR_TUNING = {
  /** List tokens taken per query token: the most similar. */
  similarTokens: 24,
  /** List tokens taken per phonetic key at most, the commonest spellings first (the commonest keys hold hundreds). */
  phoneticBudget: 200,
};

/** What sounding alike is worth at least (`tokenSimilarity` lifts such a pair to it), without comparing. */
const SOUND_ALIKE = 1 - (1 - TUNING.phonetic) * TUNING.stretch;
/** What the same consonants are worth at least for a token read from an abjad, likewise. */
const SAME_CONSONANTS = 1 - (1 - TUNING.consonants) * TUNING.stretch;

const CACHE_SIZE = 50_000;

export interface SimilarToken {
  token: Token;
  similarity: number;
}

export class SimilarTokens {
  private readonly deletions: DeletionIndex;
  private readonly phonetic = new Map<string, Int32Array>();
  private readonly cache = new Map<string, SimilarToken[]>();
  /** Scratch: ids of nearby tokens, and a stamp per token so that each is compared once a search. */
  private readonly nearby: Int32Array;
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly topIds: Int32Array;
  private readonly topSims: Float64Array;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly table: TokenTable,
  ) {
    this.deletions = DeletionIndex.build(tokens);
    const lists = new Map<string, number[]>();
    for (const t of tokens) {
      if (t.number || t.text.length < 3) continue;
      for (const k of t.phonetic) {
        const list = lists.get(k);
        if (list === undefined) lists.set(k, [t.id]);
        else if (list[list.length - 1] !== t.id) list.push(t.id);
      }
    }
    // Common spellings first: the budget keeps the spellings most names use.
    for (const [k, v] of lists)
      this.phonetic.set(k, Int32Array.from(v.sort((a, b) => tokens[a].weight - tokens[b].weight || a - b)));
    this.nearby = new Int32Array(tokens.length);
    this.seen = new Uint32Array(tokens.length);
    this.topIds = new Int32Array(64);
    this.topSims = new Float64Array(64);
  }

  /** The most similar list tokens, best first (ties by vocabulary order). */
  of(q: Token): SimilarToken[] {
    // A token read from an abjad finds more than the same letters in Latin: kept apart.
    const key = q.skeletons ? `\u0001${q.text}` : q.text;
    let answer = this.cache.get(key);
    if (answer === undefined) {
      answer = this.search(q);
      if (this.cache.size >= CACHE_SIZE) this.cache.clear();
      this.cache.set(key, answer);
    }
    return answer;
  }

  /** Forgets the kept answers (a benchmark measures each run from a cold cache). */
  clear(): void {
    this.cache.clear();
  }

  private search(q: Token): SimilarToken[] {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    let top = 0;
    // Kept sorted: a better one is inserted where it belongs and the last falls off.
    const offer = (id: number, s: number) => {
      const k = Math.min(this.topIds.length, SIMILAR_TUNING.similarTokens);
      if (top === k && (s < this.topSims[k - 1] || (s === this.topSims[k - 1] && id > this.topIds[k - 1])))
        return;
      let at = top < k ? top++ : k - 1;
      while (
        at > 0 &&
        (this.topSims[at - 1] < s || (this.topSims[at - 1] === s && this.topIds[at - 1] > id))
      ) {
        this.topSims[at] = this.topSims[at - 1];
        this.topIds[at] = this.topIds[at - 1];
        at--;
      }
      this.topSims[at] = s;
      this.topIds[at] = id;
    };
    if (q.known) {
      this.seen[q.id] = this.stamp;
      offer(q.id, 1);
    }
    // The first tokens of a list (the commonest spellings, within the budget) not yet seen, each worth `value`.
    const take = (list: Int32Array | undefined, value: (id: number) => number) => {
      if (list === undefined) return;
      const end = Math.min(list.length, SIMILAR_TUNING.phoneticBudget);
      for (let k = 0; k < end; k++) {
        const id = list[k];
        if (this.seen[id] === this.stamp) continue;
        this.seen[id] = this.stamp;
        offer(id, value(id));
      }
    };
    if (!q.number && q.text.length >= 3) {
      const probe = this.table.probe(q);
      const compare = (id: number) => {
        if (this.seen[id] === this.stamp) return;
        this.seen[id] = this.stamp;
        const s = this.table.similarity(probe, id);
        if (s > 0) offer(id, s);
      };
      const n = this.deletions.near(q.text, this.nearby);
      for (let k = 0; k < n; k++) compare(this.nearby[k]);
      // Tokens that sound alike are worth at least SOUND_ALIKE; those an edit away were compared already.
      for (const key of q.phonetic) take(this.phonetic.get(key), () => SOUND_ALIKE);
    }
    // A token read from an abjad: the list tokens with a skeleton it may stand for, compared.
    if (q.skeletons) {
      const probe = this.table.probe(q);
      const value = (id: number) => Math.max(SAME_CONSONANTS, this.table.similarity(probe, id));
      for (const skeleton of q.skeletons) take(this.table.withSkeleton(skeleton), value);
    }
    const out: SimilarToken[] = [];
    for (let k = 0; k < top; k++)
      out.push({ token: this.tokens[this.topIds[k]], similarity: this.topSims[k] });
    return out;
  }
}
