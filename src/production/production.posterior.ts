// The posterior over the number made, N ≥ m, given k distinct serials with largest m: prior(N) / C(N, k),
// summed in log space. Near m every N is its own cell; further out, cells of width ≤ δ·N share a
// log-linear sum (δ small enough that the weight changes by < 1% across a cell, and the log-linear
// reading of it is off by less than 2e-6). The tail is cut
// where a proven bound puts what remains below 1e-9 of the mass (docs/estimation.md).
import { logChoose, logChooseRatio } from './production.math.ts';
import type { Prior, Refusal } from './production.types.ts';

export const TAIL_MASS = 1e-9;
const MAX_CELLS = 5_000_000;

export interface Posterior {
  ok: true;
  k: number;
  max: number;
  prior: Prior;
  /** First N of each cell and how many whole N it holds. */
  starts: number[];
  widths: number[];
  /** ln weight relative to N = m at the first and the last N of each cell. */
  logFirst: number[];
  logLast: number[];
  /** Probability of each cell, summing to 1 over the kept support. */
  mass: number[];
  last: number;
  /** Mass left beyond `last` by the cut (a bound), 0 when the prior ends there. */
  tailBound: number;
  /** ln weight of N relative to N = m, for any N ≥ m. */
  logWeight: (n: number) => number;
  /** ln of the sum of the relative weights (to turn a weight into a probability). */
  logTotal: number;
}

export function priorExponent(prior: Prior): number {
  return prior.kind === 'inverse' ? 1 : 0;
}

/** Σ_{j<h} e^(l0 + j·r), with r the log-slope from l0 to l1 across the cell. */
function cellSum(l0: number, l1: number, h: number): number {
  if (h === 1) return Math.exp(l0);
  const r = (l1 - l0) / (h - 1);
  if (Math.abs(r) < 1e-12) return h * Math.exp(l0);
  return (Math.exp(l0) * Math.expm1(h * r)) / Math.expm1(r);
}

export function posterior(max: number, k: number, prior: Prior): Posterior | Refusal {
  const a = priorExponent(prior);
  const upper = prior.kind === 'uniform' ? prior.max : Number.POSITIVE_INFINITY;
  if (k < 1) return { ok: false, reason: 'no serial numbers: there is nothing to estimate' };
  if (max > upper) {
    return {
      ok: false,
      reason: `the largest serial ${max} is above the prior's upper end ${upper}: the prior rules out what was seen`,
    };
  }
  if (upper === Number.POSITIVE_INFINITY && a + k <= 1) {
    return {
      ok: false,
      reason:
        'with the flat prior p(N) ∝ 1 and one serial the posterior ∝ 1/N has no finite total (it is improper): use the 1/N prior or a uniform prior with an upper end',
    };
  }
  // The exact sum costs k logarithms; past 64 serials the difference of log-factorials (good to ~1e-7
  // at N = 10^7) keeps a long grid affordable.
  const logChooseMax = logChoose(max, k);
  const logWeight =
    k <= 64
      ? (n: number) => -a * Math.log(n / max) + logChooseRatio(max, n, k)
      : (n: number) => -a * Math.log(n / max) + logChooseMax - logChoose(n, k);
  const delta = Math.min(1e-3, 1e-2 / (a + k));
  const starts: number[] = [];
  const widths: number[] = [];
  const logFirst: number[] = [];
  const logLast: number[] = [];
  const sums: number[] = [];
  let total = 0;
  let tailBound = 0;
  let n = max;
  let l = 0;
  let end = max;
  for (;;) {
    const h = Math.min(Math.max(1, Math.floor(n * delta)), upper - n + 1);
    end = n + h - 1;
    const lEnd = h === 1 ? l : logWeight(end);
    const s = cellSum(l, lEnd, h);
    starts.push(n);
    widths.push(h);
    logFirst.push(l);
    logLast.push(lEnd);
    sums.push(s);
    total += s;
    if (end >= upper) break;
    // Beyond T the weights fall at least as fast as (T/N)^(a+k): their sum is at most w(T)·T/(a+k−1).
    if (a + k > 1) {
      const logTail = lEnd + Math.log(end) - Math.log(a + k - 1);
      if (logTail < Math.log(TAIL_MASS * total)) {
        tailBound = Math.exp(logTail) / total;
        break;
      }
    }
    if (starts.length >= MAX_CELLS) throw new RangeError('posterior grid too large');
    n = end + 1;
    // One step in N: the exact ratio of consecutive weights, cheaper than the sum behind logWeight.
    l = lEnd - a * Math.log1p(1 / end) + Math.log1p(-k / n);
  }
  return {
    ok: true,
    k,
    max,
    prior,
    starts,
    widths,
    logFirst,
    logLast,
    mass: sums.map((s) => s / total),
    last: end,
    tailBound,
    logWeight,
    logTotal: Math.log(total),
  };
}
