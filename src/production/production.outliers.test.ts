import { describe, expect, it } from 'vitest';
import { largestGap, startAboveOne } from './production.outliers.ts';
import { drawSerials, seededUniform } from './production.simulate.ts';

describe('largestGap', () => {
  it('gives P(next ≤ x | max) = C(x, k−1)/C(max−1, k−1)', () => {
    expect(largestGap([5, 9000], 'one')?.pValue).toBeCloseTo(5 / 8999, 12);
    // C(4,2)/C(9,2) = 6/36.
    expect(largestGap([2, 4, 10], 'one')?.pValue).toBeCloseTo(6 / 36, 12);
    expect(largestGap([7], 'one')).toBeNull();
  });

  it('measures from the smallest when the start is unknown', () => {
    // Given min 100 and max 110, the one serial between is uniform on 101..109: P(≤ 102) = 2/9.
    expect(largestGap([100, 102, 110], 'unknown')?.pValue).toBeCloseTo(2 / 9, 12);
    expect(largestGap([100, 110], 'unknown')).toBeNull();
  });

  it('flags at most its level of honest draws (a valid test)', () => {
    const u = seededUniform(5);
    const draws = 20_000;
    let flagged = 0;
    for (let i = 0; i < draws; i++) {
      const s = drawSerials(u, 500, 6).sort((a, b) => a - b);
      if ((largestGap(s, 'one')?.pValue ?? 1) < 0.01) flagged++;
    }
    expect(flagged / draws).toBeLessThan(0.01 + 3 * Math.sqrt((0.01 * 0.99) / draws));
  });
});

describe('startAboveOne', () => {
  it('is small when every serial sits high above 1', () => {
    expect(startAboveOne([900, 950, 990, 1000]) as number).toBeLessThan(0.01);
    expect(startAboveOne([3, 450, 990, 1000]) as number).toBeGreaterThan(0.5);
    expect(startAboveOne([3])).toBeNull();
  });
});
