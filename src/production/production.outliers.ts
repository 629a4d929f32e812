// The gap test: is the largest serial of a series too far above the next one for a uniform draw? One
// misread digit ("0417" read as "9417") or an item of another series moves the maximum, and the
// estimate follows the maximum, so such a serial is flagged for a second look (never dropped).
import { logChooseRatio } from './production.math.ts';
import type { SeriesStart } from './production.types.ts';

export interface GapTest {
  number: number;
  nextLargest: number;
  /** Probability that the next largest is this low or lower, given the largest. */
  pValue: number;
}

/**
 * Given the largest serial M, the other serials are a uniform draw without replacement from the
 * numbers below it (from 1, or above the smallest when the start is unknown), whatever N is. So
 * P(next largest ≤ x | M) = C(x, j)/C(M − 1, j) exactly, for j serials free to fall below M, and a
 * small value says the gap is larger than the model makes plausible. Needs j ≥ 1.
 */
export function largestGap(ascending: readonly number[], start: SeriesStart): GapTest | null {
  const k = ascending.length;
  const base = start === 'one' ? 0 : ascending[0];
  const free = start === 'one' ? k - 1 : k - 2;
  if (free < 1) return null;
  const top = ascending[k - 1] - base;
  const next = ascending[k - 2] - base;
  return {
    number: ascending[k - 1],
    nextLargest: ascending[k - 2],
    pValue: Math.exp(logChooseRatio(next, top - 1, free)),
  };
}

/**
 * The mirror test at the bottom, for series assumed to start at 1: given the largest serial M, the
 * other k − 1 are uniform on 1..M − 1, so all of them lie at or above the smallest a with probability
 * C(M − a, k − 1)/C(M − 1, k − 1). A small value says the numbering probably does not start at 1.
 */
export function startAboveOne(ascending: readonly number[]): number | null {
  const k = ascending.length;
  if (k < 2) return null;
  const top = ascending[k - 1];
  return Math.exp(logChooseRatio(top - ascending[0], top - 1, k - 1));
}
