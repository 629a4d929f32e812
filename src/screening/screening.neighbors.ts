// List tokens within an edit or two of a query token, found without comparing the query token to
// every token of the vocabulary: each token is filed under the hashes of the strings left when up to
// one letter (two, for tokens of five letters or more) is deleted, and the query token's own deletions
// are looked up (symmetric deletion, as SymSpell does). A substitution, insertion, deletion or
// transposition leaves a string that both sides reach by deleting, so every token one edit away is
// found, and two edits away for the longer tokens, where two edits still leave a Jaro-Winkler
// similarity above the matcher's floor. The index is a few typed arrays: no string per variant.

/** Longer tokens get one deletion: the variants of two grow with the square of the length. */
const TWO_DELETES_MAX_LENGTH = 16;

export const NEIGHBOR_TUNING = { listDeletes: 1 };

/** Deletions a query token of this length is looked up under (0 under 3 letters: none are close). */
export function deletions(length: number): number {
  if (length < 3) return 0;
  if (length < 5 || length > TWO_DELETES_MAX_LENGTH) return 1;
  return 2;
}

/** Deletions a list token is filed under. */
export function listDeletions(length: number): number {
  return Math.min(deletions(length), NEIGHBOR_TUNING.listDeletes);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a of `text` without the characters at positions `a` and `b` (-1: none). */
function hashWithout(text: string, a: number, b: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    if (i === a || i === b) continue;
    h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  }
  // The length left is mixed in, so that variants of different lengths rarely share a hash.
  return Math.imul(h ^ (text.length - (a >= 0 ? 1 : 0) - (b >= 0 ? 1 : 0)), FNV_PRIME) >>> 0;
}

/**
 * The hashes of every variant of `text` with up to `d` characters deleted, into `out`. A deletion in a
 * run of one letter ("mohammad" without either m) is taken at the run's first position only, so that
 * the same variant is not filed twice.
 */
export function variantHashes(text: string, d: number, out: Uint32Array): number {
  let n = 0;
  out[n++] = hashWithout(text, -1, -1);
  if (d < 1) return n;
  const repeat = (i: number) => i > 0 && text.charCodeAt(i) === text.charCodeAt(i - 1);
  for (let i = 0; i < text.length; i++) {
    if (repeat(i)) continue;
    out[n++] = hashWithout(text, i, -1);
    if (d < 2) continue;
    for (let j = i + 1; j < text.length; j++)
      if (!repeat(j) || j - 1 === i) out[n++] = hashWithout(text, i, j);
  }
  return n;
}

/** Variants of a token of this length at most (the scratch buffer's size). */
export const maxVariants = (length: number): number => {
  const d = deletions(length);
  return 1 + (d >= 1 ? length : 0) + (d >= 2 ? (length * (length - 1)) / 2 : 0);
};

const scratchFor = (length: number, current: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> =>
  maxVariants(length) <= current.length ? current : new Uint32Array(maxVariants(length));

export class DeletionIndex {
  private scratch: Uint32Array<ArrayBuffer> = new Uint32Array(maxVariants(TWO_DELETES_MAX_LENGTH));
  private readonly seen: Uint32Array;
  private stamp = 0;

  private constructor(
    /** Bucket of a hash: its low bits. */
    private readonly mask: number,
    private readonly offsets: Int32Array,
    private readonly hashes: Uint32Array,
    private readonly ids: Int32Array,
    vocabulary: number,
  ) {
    this.seen = new Uint32Array(vocabulary);
  }

  /** Files every token (by id: its position) that has deletions at all. */
  static build(tokens: readonly { text: string; number: boolean }[]): DeletionIndex {
    let hashes = new Uint32Array(1 << 16);
    let ids = new Int32Array(1 << 16);
    let n = 0;
    let scratch: Uint32Array<ArrayBuffer> = new Uint32Array(maxVariants(TWO_DELETES_MAX_LENGTH));
    for (let id = 0; id < tokens.length; id++) {
      const t = tokens[id];
      const d = t.number ? 0 : listDeletions(t.text.length);
      if (d === 0) continue;
      scratch = scratchFor(t.text.length, scratch);
      const k = variantHashes(t.text, d, scratch);
      if (n + k > hashes.length) {
        const grownH = new Uint32Array(Math.max(hashes.length * 2, n + k));
        grownH.set(hashes);
        hashes = grownH;
        const grownI = new Int32Array(grownH.length);
        grownI.set(ids);
        ids = grownI;
      }
      for (let v = 0; v < k; v++) {
        hashes[n] = scratch[v];
        ids[n] = id;
        n++;
      }
    }
    // About two variants a bucket: a lookup reads a couple of entries.
    let bits = 10;
    while (1 << bits < n / 2) bits++;
    const mask = (1 << bits) - 1;
    const offsets = new Int32Array((1 << bits) + 1);
    for (let i = 0; i < n; i++) offsets[(hashes[i] & mask) + 1]++;
    for (let b = 0; b < 1 << bits; b++) offsets[b + 1] += offsets[b];
    const fill = offsets.slice(0, 1 << bits);
    const sortedH = new Uint32Array(n);
    const sortedI = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const at = fill[hashes[i] & mask]++;
      sortedH[at] = hashes[i];
      sortedI[at] = ids[i];
    }
    return new DeletionIndex(mask, offsets, sortedH, sortedI, tokens.length);
  }

  /** Filed variants (entries of the index), for its size. */
  get size(): number {
    return this.hashes.length;
  }

  /**
   * Ids of the tokens that share a deletion variant with `text`, each once, into `out` (which must hold
   * the vocabulary); returns how many. A shared hash may be a collision: the caller compares.
   */
  near(text: string, out: Int32Array): number {
    const d = deletions(text.length);
    if (d === 0) return 0;
    this.scratch = scratchFor(text.length, this.scratch);
    const k = variantHashes(text, d, this.scratch);
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    let n = 0;
    for (let v = 0; v < k; v++) {
      const h = this.scratch[v];
      const b = h & this.mask;
      for (let e = this.offsets[b]; e < this.offsets[b + 1]; e++) {
        if (this.hashes[e] !== h) continue;
        const id = this.ids[e];
        if (this.seen[id] === stamp) continue;
        this.seen[id] = stamp;
        out[n++] = id;
      }
    }
    return n;
  }
}
