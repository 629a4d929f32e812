// Postings of pairs of tokens: the names that hold both tokens of a pair. A name made of common words
// ("MOHAMMAD ALI", "GOLDEN RESOURCES TRADING") is found through the few names that share two of its
// words, without reading the tens of thousands of names that share one. Pairs are kept under a hash
// of the two token ids, in buckets of one typed array; a lookup reads its bucket and keeps the rows
// of the exact pair.

/** A name's first tokens that make pairs: a long name (a sentence) would make hundreds. */
export const PAIR_TOKENS = 8;

function pairHash(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export class PairPostings {
  private constructor(
    private readonly mask: number,
    private readonly offsets: Int32Array,
    private readonly first: Int32Array,
    private readonly second: Int32Array,
    private readonly rows: Int32Array,
  ) {}

  /** Collects the pairs of each name row (its distinct token ids, in any order), row by row. */
  static Builder = class {
    private a = new Int32Array(1 << 16);
    private b = new Int32Array(1 << 16);
    private r = new Int32Array(1 << 16);
    private n = 0;
    private readonly ids: number[] = [];

    addRow(row: number, tokenIds: readonly number[]): void {
      const ids = this.ids;
      ids.length = 0;
      for (const id of tokenIds) {
        if (ids.length === PAIR_TOKENS) break;
        if (!ids.includes(id)) ids.push(id);
      }
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++) {
          const lo = Math.min(ids[i], ids[j]);
          const hi = Math.max(ids[i], ids[j]);
          this.push(lo, hi, row);
        }
    }

    private push(a: number, b: number, row: number): void {
      if (this.n === this.a.length) {
        const grow = (x: Int32Array) => {
          const y = new Int32Array(x.length * 2);
          y.set(x);
          return y;
        };
        this.a = grow(this.a);
        this.b = grow(this.b);
        this.r = grow(this.r);
      }
      this.a[this.n] = a;
      this.b[this.n] = b;
      this.r[this.n] = row;
      this.n++;
    }

    finish(): PairPostings {
      const n = this.n;
      let bits = 10;
      while (1 << bits < n / 2) bits++;
      const mask = (1 << bits) - 1;
      const buckets = 1 << bits;
      const offsets = new Int32Array(buckets + 1);
      const hashes = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        hashes[i] = pairHash(this.a[i], this.b[i]) & mask;
        offsets[hashes[i] + 1]++;
      }
      for (let k = 0; k < buckets; k++) offsets[k + 1] += offsets[k];
      const fill = offsets.slice(0, buckets);
      const first = new Int32Array(n);
      const second = new Int32Array(n);
      const rows = new Int32Array(n);
      // Rows were added in order, so each pair's rows stay in row order within its bucket.
      for (let i = 0; i < n; i++) {
        const at = fill[hashes[i]]++;
        first[at] = this.a[i];
        second[at] = this.b[i];
        rows[at] = this.r[i];
      }
      return new PairPostings(mask, offsets, first, second, rows);
    }
  };

  /** Pairs filed (for the index's size). */
  get size(): number {
    return this.rows.length;
  }

  /** The bucket entries `[from, to)` to read for the pair: those whose `first`/`second` are the pair's. */
  bucket(x: number, y: number): { from: number; to: number; a: number; b: number } {
    const a = Math.min(x, y);
    const b = Math.max(x, y);
    const bucket = pairHash(a, b) & this.mask;
    return { from: this.offsets[bucket], to: this.offsets[bucket + 1], a, b };
  }

  /** The arrays of the buckets, read by the caller's loop. */
  get entries(): { first: Int32Array; second: Int32Array; rows: Int32Array } {
    return { first: this.first, second: this.second, rows: this.rows };
  }
}
