// The deletion index must find every list token one edit from a query token (two for long ones where
// the list token is one deletion away), whatever the letters: checked against a scan of every token.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeletionIndex, deletions } from './screening.neighbors.ts';

/** Damerau (optimal string alignment) distance, for the check only. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

const word = fc.stringMatching(/^[a-f]{3,10}$/);

describe('DeletionIndex', () => {
  it('finds every list token within one edit (substitution, insertion, deletion, transposition)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), word, (list, q) => {
        const index = DeletionIndex.build(list.map((text) => ({ text, number: false })));
        const out = new Int32Array(list.length);
        const found = new Set(Array.from(out.subarray(0, index.near(q, out))));
        list.forEach((t, id) => {
          if (distance(q, t) <= 1) expect(found.has(id), `${q} → ${t}`).toBe(true);
        });
        // Each token at most once.
        expect(found.size).toBe(index.near(q, out));
      }),
      { numRuns: 300 },
    );
  });

  it('finds a list token two insertions or deletions away from a longer query token', () => {
    const list = ['kalashnikov', 'kalashnikova', 'kalash'];
    const index = DeletionIndex.build(list.map((text) => ({ text, number: false })));
    const out = new Int32Array(list.length);
    const found = Array.from(out.subarray(0, index.near('kalashnikoov', out))).map((id) => list[id]);
    expect(found).toEqual(expect.arrayContaining(['kalashnikov', 'kalashnikova']));
    expect(found).not.toContain('kalash');
    expect(deletions(2)).toBe(0);
  });

  it('files no number and no token under three letters', () => {
    const index = DeletionIndex.build([
      { text: '11420', number: true },
      { text: 'al', number: false },
    ]);
    expect(index.size).toBe(0);
  });
});
