// The similarity of a query token and a list token while one query is scored, a function of the two
// tokens alone, so that the exhaustive scan scores exactly as the index does and is the limit of what
// it can find. Each pair is compared once a query: the answers sit in a small open-addressing table
// (a query meets a few hundred pairs; a table over the whole vocabulary would be read from memory,
// not from the cache), stamped, so that nothing is cleared between queries.
import { tokenSimilarity } from './screening.align.ts';
import type { TokenProbe, TokenTable } from './screening.table.ts';
import type { Token } from './screening.tokens.ts';

/** Query tokens memoized per query; a query with more (a sentence, not a name) compares the rest each time. */
const SLOTS = 32;
const BITS = 13;
const SIZE = 1 << BITS;
/** Entries per query before the table is considered full (then pairs are compared each time). */
const FULL = SIZE >> 1;

export class SimilarityMemo {
  private readonly tokens: Token[] = [];
  private readonly probes: TokenProbe[] = [];
  private readonly keys = new Int32Array(SIZE);
  private readonly values = new Float64Array(SIZE);
  private readonly stamps = new Uint32Array(SIZE);
  private stamp = 1;
  private used = 0;
  private lastToken: Token | null = null;
  private lastSlot = -1;

  constructor(private readonly table: TokenTable) {}

  /** A new query: what the previous one memoized is forgotten, in constant time. */
  reset(): void {
    this.tokens.length = 0;
    this.probes.length = 0;
    this.lastToken = null;
    this.used = 0;
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  readonly sim = (_qi: number, q: Token, c: Token): number => {
    if (q === c) return 1;
    // Tokens the vocabulary does not hold (none, when the index scores its own entries) are compared as they are.
    if (c.id < 0) return tokenSimilarity(q, c);
    // The alignment asks for one query token against each candidate token in turn.
    let slot = q === this.lastToken ? this.lastSlot : this.tokens.indexOf(q);
    if (slot < 0) {
      slot = this.tokens.length;
      this.tokens.push(q);
      this.probes.push(this.table.probe(q));
    }
    this.lastToken = q;
    this.lastSlot = slot;
    if (slot >= SLOTS) return this.table.similarity(this.probes[slot], c.id);
    const key = c.id * SLOTS + slot;
    let at = Math.imul(key, 0x9e3779b1) >>> (32 - BITS);
    while (this.stamps[at] === this.stamp) {
      if (this.keys[at] === key) return this.values[at];
      at = (at + 1) & (SIZE - 1);
    }
    const s = this.table.similarity(this.probes[slot], c.id);
    if (this.used < FULL) {
      this.used++;
      this.stamps[at] = this.stamp;
      this.keys[at] = key;
      this.values[at] = s;
    }
    return s;
  };
}
