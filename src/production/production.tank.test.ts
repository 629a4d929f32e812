import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logChooseRatio } from './production.math.ts';
import { probabilityMaxAtMost, tankEstimate, tankUpperBound } from './production.tank.ts';

const ok = (numbers: number[], level?: number) => {
  const e = tankEstimate(numbers, level);
  if (!e.ok) throw new Error(e.reason);
  return e;
};

describe('tankEstimate', () => {
  it('gives m(1 + 1/k) − 1: m = 60, k = 4 → 74', () => {
    const e = ok([19, 40, 42, 60]);
    expect(e.estimate).toBe(74);
    expect(e.k).toBe(4);
    expect(e.max).toBe(60);
  });

  it('bounds N by the largest N with P(M ≤ m | N) ≥ 0.1 (hand check: 105 for m = 60, k = 4)', () => {
    const e = ok([19, 40, 42, 60]);
    expect(e.interval).toMatchObject({ low: 60, high: 105, level: 0.9 });
    // C(60,4)/C(105,4) = 487635/4780230 ≈ 0.10201 and C(60,4)/C(106,4) = 487635/4967690 ≈ 0.09816.
    expect(probabilityMaxAtMost(60, 105, 4)).toBeCloseTo(487635 / 4780230, 12);
    expect(probabilityMaxAtMost(60, 106, 4)).toBeCloseTo(487635 / 4967690, 12);
    expect(e.interval.method).toContain('exact one-sided');
  });

  it('says there is nothing to estimate with no serial', () => {
    expect(tankEstimate([])).toEqual({
      ok: false,
      reason: 'no serial numbers: there is nothing to estimate',
    });
  });

  it('answers one serial with 2m − 1 and a note naming the upper bound', () => {
    const e = ok([417]);
    expect(e.estimate).toBe(833);
    expect(e.interval.high).toBe(4170);
    expect(e.notes.join(' ')).toContain("the 90% interval's upper bound is 4170");
    expect(ok([417], 0.95).interval.high).toBe(8340);
  });

  it('counts a repeated number once and says so', () => {
    const e = ok([10, 10, 20]);
    expect(e.k).toBe(2);
    expect(e.estimate).toBe(29);
    expect(e.notes[0]).toMatch(/1 repeated serial number/);
  });

  it('refuses numbers that are not whole numbers ≥ 1', () => {
    for (const bad of [[1.5], [0], [-3], [Number.NaN], [Number.POSITIVE_INFINITY]]) {
      const e = tankEstimate(bad);
      expect(e.ok).toBe(false);
    }
  });

  it('stays finite for N up to 10^7 and beyond (log space)', () => {
    expect(ok([10_000_000]).interval.high).toBe(100_000_000);
    const e = ok([9_999_990, 3_000_000, 5_000_000]);
    // Continuous approximation m·α^(−1/k): the exact bound sits within a few units of it.
    expect(Math.abs(e.interval.high - 9_999_990 * 0.1 ** (-1 / 3))).toBeLessThan(5);
  });

  it('is unbiased: Σ P(M = m)·N̂(m) = N exactly', () => {
    for (const n of [7, 20, 50]) {
      for (const k of [1, 2, 3, 5]) {
        let mean = 0;
        for (let m = k; m <= n; m++) {
          const p = Math.exp(logChooseRatio(m, n, k)) - (m > k ? Math.exp(logChooseRatio(m - 1, n, k)) : 0);
          mean += p * (m * (1 + 1 / k) - 1);
        }
        expect(mean).toBeCloseTo(n, 9);
      }
    }
  });

  it('bound is the last N where P(M ≤ m | N) ≥ 1 − level (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99),
        (m, kk, level) => {
          const k = Math.min(m, kk);
          const u = tankUpperBound(m, k, level);
          expect(u).toBeGreaterThanOrEqual(m);
          expect(logChooseRatio(m, u, k)).toBeGreaterThanOrEqual(Math.log(1 - level) - 1e-9);
          expect(logChooseRatio(m, u + 1, k)).toBeLessThan(Math.log(1 - level) - 1e-9);
        },
      ),
    );
  });
});
