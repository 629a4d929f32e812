// Postings of the index in one typed array (compressed sparse rows): the name rows of each token,
// without an array object per token, so that a million names fit in a few hundred megabytes.

export class Postings {
  private constructor(
    private readonly offsets: Int32Array,
    private readonly rows: Int32Array,
  ) {}

  length(id: number): number {
    return this.offsets[id + 1] - this.offsets[id];
  }

  slice(id: number): { list: Int32Array; from: number; to: number } {
    return { list: this.rows, from: this.offsets[id], to: this.offsets[id + 1] };
  }

  /** Collects (token, row) pairs in row order; a token twice in one row is kept once. */
  static Builder = class {
    private ids = new Int32Array(1 << 16);
    private rowsOf = new Int32Array(1 << 16);
    private n = 0;

    add(id: number, row: number): void {
      if (this.n === this.ids.length) {
        const grow = (a: Int32Array) => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.ids = grow(this.ids);
        this.rowsOf = grow(this.rowsOf);
      }
      this.ids[this.n] = id;
      this.rowsOf[this.n] = row;
      this.n++;
    }

    finish(tokens: number): Postings {
      const offsets = new Int32Array(tokens + 1);
      const last = new Int32Array(tokens).fill(-1);
      let kept = 0;
      for (let i = 0; i < this.n; i++) {
        const id = this.ids[i];
        if (last[id] === this.rowsOf[i]) {
          this.ids[i] = -1;
          continue;
        }
        last[id] = this.rowsOf[i];
        offsets[id + 1]++;
        kept++;
      }
      for (let t = 0; t < tokens; t++) offsets[t + 1] += offsets[t];
      const rows = new Int32Array(kept);
      const fill = offsets.slice(0, tokens);
      for (let i = 0; i < this.n; i++) {
        const id = this.ids[i];
        if (id >= 0) rows[fill[id]++] = this.rowsOf[i];
      }
      return new Postings(offsets, rows);
    }
  };
}
