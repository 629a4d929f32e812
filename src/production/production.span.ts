// Series that do not start at 1: serials drawn from s..s+N−1 with s unknown (a block of numbers, a
// series restarted, a prefix that is not the first). Only the range max − min tells N then, and it
// needs two serials; its law does not depend on s, so the interval is exact like the classic one.
import { lastHolding, logChooseRatio } from './production.math.ts';
import { round } from './production.tank.ts';
import type { Interval, Refusal } from './production.types.ts';

export interface SpanEstimate {
  ok: true;
  k: number;
  min: number;
  max: number;
  range: number;
  /** The unbiased estimate range·(k + 1)/(k − 1) − 1. */
  estimate: number;
  interval: Interval;
  /** The first number of the series: an unbiased estimate and the bounds implied by the interval on N. */
  start: { estimate: number; low: number; high: number; level: number };
  notes: string[];
}

const TIE = 1e-9;

/**
 * ln P(max − min ≤ r | N, k): of the C(N, k) subsets, (N − r)·C(r, k−1) + C(r, k) have a range ≤ r
 * (choose the smallest, then k − 1 above it within r), which is C(r, k−1)·(N − r + (r − k + 1)/k).
 */
export function logProbabilityRangeAtMost(r: number, n: number, k: number): number {
  if (r >= n - 1) return 0;
  return logChooseRatio(r, n, k - 1) + Math.log(k / (n - k + 1)) + Math.log(n - r + (r - k + 1) / k);
}

export function spanEstimate(numbers: readonly number[], level = 0.9): SpanEstimate | Refusal {
  const bad = numbers.find((n) => !Number.isSafeInteger(n) || n < 0);
  if (bad !== undefined) return { ok: false, reason: `serial number ${bad} is not a whole number ≥ 0` };
  const distinct = [...new Set(numbers)].sort((a, b) => a - b);
  const k = distinct.length;
  if (k < 2) {
    return {
      ok: false,
      reason: `${k === 0 ? 'no serial' : 'one serial'} only: when the series may not start at 1, only the spread between two or more serials says how many were made`,
    };
  }
  const min = distinct[0];
  const max = distinct[k - 1];
  const range = max - min;
  const notes: string[] = [];
  const estimate = (range * (k + 1)) / (k - 1) - 1;
  const threshold = Math.log(1 - level) - TIE;
  const high = lastHolding(range + 1, (n) => logProbabilityRangeAtMost(range, n, k) >= threshold);
  // What lies unseen below the smallest serial is, on average, what lies unseen above the largest.
  let start = min - range / (k - 1) + 1;
  if (start < 0) {
    notes.push(`the start estimate ${round(start)} is below 0, where numbering cannot begin: shown as 0`);
    start = 0;
  }
  if (k === 2) {
    notes.push(
      `two serials only: the estimate 3 × ${range} − 1 = ${estimate} is unbiased but very uncertain`,
    );
  }
  return {
    ok: true,
    k,
    min,
    max,
    range,
    estimate,
    interval: {
      low: range + 1,
      high,
      level,
      method: `exact one-sided, start unknown: from the span seen (${range + 1}) up to the largest N with P(max − min ≤ ${range} | N) ≥ ${round(1 - level)}`,
    },
    start: { estimate: start, low: Math.max(0, max - high + 1), high: min, level },
    notes:
      numbers.length > k ? [`${numbers.length - k} repeated serial number(s) counted once`, ...notes] : notes,
  };
}
