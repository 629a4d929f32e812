import { describe, expect, it } from 'vitest';
import { logProbabilityRangeAtMost, spanEstimate } from './production.span.ts';

/** Every k-subset of 1..n, for sums that check the formulas exactly. */
function* subsets(n: number, k: number, from = 1): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let first = from; first <= n - k + 1; first++)
    for (const rest of subsets(n, k - 1, first + 1)) yield [first, ...rest];
}

describe('spanEstimate', () => {
  it('has the law of the range that counting subsets gives', () => {
    for (const [n, k] of [
      [8, 2],
      [8, 3],
      [10, 4],
    ]) {
      const all = [...subsets(n, k)];
      for (let r = k - 1; r < n; r++) {
        const share = all.filter((s) => s[k - 1] - s[0] <= r).length / all.length;
        expect(Math.exp(logProbabilityRangeAtMost(r, n, k))).toBeCloseTo(share, 12);
      }
    }
  });

  it('is unbiased for N and for the start, by enumeration', () => {
    for (const [n, k] of [
      [10, 2],
      [10, 3],
      [12, 5],
    ]) {
      let sumN = 0;
      let sumStart = 0;
      let count = 0;
      for (const s of subsets(n, k)) {
        const e = spanEstimate(s.map((x) => x + 99));
        if (!e.ok) throw new Error(e.reason);
        sumN += e.estimate;
        // The raw estimate, before any clamp at 0 (never reached here: the start is 100).
        sumStart += e.start.estimate;
        count++;
      }
      expect(sumN / count).toBeCloseTo(n, 9);
      expect(sumStart / count).toBeCloseTo(100, 9);
    }
  });

  it('uses ((max − min)(k + 1)/(k − 1)) − 1 and an interval from the span seen', () => {
    const e = spanEstimate([1000, 1010, 1020, 1030, 1040]);
    if (!e.ok) throw new Error(e.reason);
    expect(e.estimate).toBe(59);
    expect(e.interval.low).toBe(41);
    expect(e.interval.high).toBeGreaterThan(59);
    expect(e.start.high).toBe(1000);
    expect(e.start.low).toBe(1040 - e.interval.high + 1);
  });

  it('answers fewer than two serials explicitly', () => {
    expect(spanEstimate([5])).toMatchObject({ ok: false, reason: expect.stringContaining('two or more') });
    expect(spanEstimate([])).toMatchObject({ ok: false });
    expect(spanEstimate([5, 5])).toMatchObject({ ok: false });
  });

  it('notes two serials and a start estimate below 0', () => {
    const e = spanEstimate([1, 100]);
    if (!e.ok) throw new Error(e.reason);
    expect(e.estimate).toBe(296);
    expect(e.start.estimate).toBe(0);
    expect(e.notes.join(' ')).toMatch(/below 0/);
  });
});
