// The Bayesian estimate of how many were made: a stated prior times the likelihood 1/C(N, k) of the k
// serials (Höhle & Held 2006). It answers what the frequentist interval cannot: how probable each N is,
// and so how probable a declared target is (production.target.ts), with the prior in plain view.
import { type Posterior, posterior, priorExponent, TAIL_MASS } from './production.posterior.ts';
import { densityPoints, posteriorMean, quantile } from './production.quantiles.ts';
import { pct, round } from './production.tank.ts';
import type { Interval, Prior, Refusal } from './production.types.ts';

export interface BayesEstimate {
  ok: true;
  prior: Prior;
  /** The prior in words, for every place the estimate is shown. */
  priorStated: string;
  k: number;
  max: number;
  /** Null when the posterior mean is infinite (a note says so). */
  mean: number | null;
  median: number;
  /** Always the largest serial: prior and likelihood both fall as N grows. */
  mode: number;
  equalTailed: Interval;
  highestDensity: Interval;
  /** P(N = n) from m to the 99.9% quantile, at most a few hundred points, for a chart. */
  density: { n: number; p: number }[];
  /** The last N summed when the tail was cut (what lies beyond holds < 1e-9 of the mass); null if none was cut. */
  truncatedAt: number | null;
  notes: string[];
}

export const CHART_POINTS = 300;

export function statePrior(prior: Prior): string {
  switch (prior.kind) {
    case 'uniform':
      return `uniform on 1..${prior.max}: every number made up to ${prior.max} equally likely before the serials are read`;
    case 'inverse':
      return 'p(N) ∝ 1/N (improper, scale-free: each order of magnitude equally likely); the posterior is proper from one serial, its mean finite from two';
    case 'flat':
      return 'p(N) ∝ 1 for every N ≥ 1 (improper); the posterior is proper from two serials, its mean finite from three';
  }
}

export function bayesEstimate(max: number, k: number, prior: Prior, level = 0.9): BayesEstimate | Refusal {
  const p = posterior(max, k, prior);
  if (!p.ok) return p;
  const notes: string[] = [];
  const mean = meanOrNull(p, notes);
  const lowTail = (1 - level) / 2;
  const truncatedAt = p.tailBound > 0 ? p.last : null;
  if (truncatedAt !== null) {
    notes.push(
      `the posterior is summed up to N = ${truncatedAt}; beyond it lies less than ${TAIL_MASS} of its mass`,
    );
  }
  return {
    ok: true,
    prior,
    priorStated: statePrior(prior),
    k,
    max,
    mean,
    median: quantile(p, 0.5),
    mode: max,
    equalTailed: {
      low: quantile(p, lowTail),
      high: quantile(p, 1 - lowTail),
      level,
      method: `equal-tailed ${pct(level)} credible interval: the ${round(lowTail * 100)}% and ${round((1 - lowTail) * 100)}% posterior quantiles`,
    },
    highestDensity: {
      low: max,
      high: quantile(p, level),
      level,
      method: `highest-density ${pct(level)} credible interval: the posterior falls from the largest serial on, so it runs from there to the ${pct(level)} quantile`,
    },
    density: densityPoints(p, Math.min(p.last, quantile(p, 0.999)), CHART_POINTS),
    truncatedAt,
    notes,
  };
}

function meanOrNull(p: Posterior, notes: string[]): number | null {
  const power = priorExponent(p.prior) + p.k;
  if (p.prior.kind !== 'uniform' && power <= 2) {
    notes.push(
      `no posterior mean: with this prior and ${p.k} serial(s) the posterior falls only as N^-${power}, so its mean is infinite; read the median and the intervals`,
    );
    return null;
  }
  const mean = posteriorMean(p);
  if (p.tailBound > 0) {
    // Σ_{N>T} N·w(N) ≤ w(T)·T²/(power − 2), or below the prior's upper end times the cut mass: the share
    // of the mean that the cut may have dropped.
    const cutMean =
      power > 2
        ? (p.tailBound * p.last * (power - 1)) / (power - 2)
        : p.tailBound * (p.prior.kind === 'uniform' ? p.prior.max : p.last);
    const dropped = cutMean / mean;
    if (dropped > 1e-4)
      notes.push(
        `the posterior mean may be understated by up to ${round(dropped * 100, 2)}% by the cut tail`,
      );
  }
  return mean;
}
