// The German tank estimate (Ruggles & Brodie 1947; Goodman 1952, 1954): how many were made, from k
// distinct serials drawn without replacement from 1..N. The interval is exact, built from the
// distribution of the largest serial, so that it covers the true N at least `level` of the time
// whatever N is (docs/estimation.md proves it; production.coverage.test.ts measures it).
import { lastHolding, logChooseRatio } from './production.math.ts';
import type { Interval, Refusal } from './production.types.ts';

export interface TankEstimate {
  ok: true;
  k: number;
  max: number;
  /** The minimum-variance unbiased estimate m(1 + 1/k) − 1. */
  estimate: number;
  interval: Interval;
  notes: string[];
}

/** Bounds that tie with the threshold to within this (in log probability) count as inside: the safe side. */
const TIE = 1e-9;

/** P(M ≤ m | N) = C(m, k) / C(N, k): the chance that k serials out of N all lie at or below m. */
export function probabilityMaxAtMost(m: number, n: number, k: number): number {
  if (m >= n) return 1;
  return Math.exp(logChooseRatio(m, n, k));
}

/** The largest N with P(M ≤ m | N) ≥ 1 − level: the exact one-sided upper confidence bound. */
export function tankUpperBound(max: number, k: number, level: number): number {
  const threshold = Math.log(1 - level) - TIE;
  return lastHolding(max, (n) => logChooseRatio(max, n, k) >= threshold);
}

export function tankMethod(max: number, level: number): string {
  return `exact one-sided (Goodman 1954): from the largest serial ${max} up to the largest N with P(max ≤ ${max} | N) ≥ ${round(1 - level)}`;
}

export function checkSerialNumbers(numbers: readonly number[]): string | null {
  const bad = numbers.find((n) => !Number.isSafeInteger(n) || n < 1);
  return bad === undefined ? null : `serial number ${bad} is not a whole number ≥ 1`;
}

export function tankEstimate(numbers: readonly number[], level = 0.9): TankEstimate | Refusal {
  const problem = checkSerialNumbers(numbers);
  if (problem) return { ok: false, reason: problem };
  const distinct = new Set(numbers);
  const k = distinct.size;
  if (k === 0) return { ok: false, reason: 'no serial numbers: there is nothing to estimate' };
  let max = 0;
  for (const n of distinct) if (n > max) max = n;
  const notes: string[] = [];
  if (k < numbers.length) {
    notes.push(
      `${numbers.length - k} repeated serial number(s) counted once: the model draws each item at most once`,
    );
  }
  // m(k + 1)/k − 1 written so that a whole result comes out whole in floating point.
  const estimate = (max * (k + 1) - k) / k;
  const high = tankUpperBound(max, k, level);
  if (k === 1) {
    notes.push(
      `one serial only: the estimate 2 × ${max} − 1 = ${estimate} is unbiased but very uncertain; the ` +
        `${pct(level)} interval's upper bound is ${high}, about ${round(1 / (1 - level))} times the serial`,
    );
  }
  return {
    ok: true,
    k,
    max,
    estimate,
    interval: { low: max, high, level, method: tankMethod(max, level) },
    notes,
  };
}

export const round = (x: number, digits = 4): number => Number(x.toPrecision(digits));
export const pct = (level: number): string => `${round(level * 100)}%`;
