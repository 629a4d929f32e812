// Reading a posterior: probabilities of N ≤ n, quantiles, the mean and the points of its chart. Inside a
// cell wider than one N the weight is log-linear, so partial sums have a closed form.
import type { Posterior } from './production.posterior.ts';

/** Σ_{j<count} of the cell's weights (relative, like `mass`), from its first N. */
function partial(p: Posterior, i: number, count: number): number {
  const h = p.widths[i];
  if (count >= h) return p.mass[i];
  if (count <= 0) return 0;
  const r = (p.logLast[i] - p.logFirst[i]) / (h - 1);
  const head = Math.abs(r) < 1e-12 ? count : Math.expm1(count * r) / Math.expm1(r);
  return Math.exp(p.logFirst[i] - p.logTotal) * head;
}

/** P(N ≤ n) under the posterior. */
export function probabilityAtMost(p: Posterior, n: number): number {
  if (n < p.max) return 0;
  if (n >= p.last) return 1;
  let cum = 0;
  for (let i = 0; i < p.starts.length; i++) {
    const s = p.starts[i];
    if (s + p.widths[i] - 1 <= n) cum += p.mass[i];
    else return Math.min(1, cum + partial(p, i, n - s + 1));
  }
  return Math.min(1, cum);
}

/** The smallest whole n with P(N ≤ n) ≥ q. */
export function quantile(p: Posterior, q: number): number {
  let cum = 0;
  for (let i = 0; i < p.starts.length; i++) {
    if (cum + p.mass[i] >= q) {
      const h = p.widths[i];
      if (h === 1) return p.starts[i];
      // Bisection on the count inside the cell: at most log2(h) steps.
      let lo = 0;
      let hi = h;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (cum + partial(p, i, mid) >= q) hi = mid;
        else lo = mid;
      }
      return p.starts[i] + hi - 1;
    }
    cum += p.mass[i];
  }
  // Rounding left the total a hair below q: the answer is the last N kept.
  return p.last;
}

/** Posterior mean over the kept support (the cut tail is bounded in production.bayes.ts). */
export function posteriorMean(p: Posterior): number {
  let mean = 0;
  for (let i = 0; i < p.starts.length; i++) mean += p.mass[i] * (p.starts[i] + (p.widths[i] - 1) / 2);
  return mean;
}

/** P(N = n) at up to `count` evenly spaced whole n from m to `to`, for a chart. */
export function densityPoints(p: Posterior, to: number, count: number): { n: number; p: number }[] {
  const span = Math.max(0, to - p.max);
  const step = Math.max(1, Math.ceil(span / Math.max(1, count - 1)));
  const points: { n: number; p: number }[] = [];
  for (let n = p.max; n <= to; n += step) points.push({ n, p: Math.exp(p.logWeight(n) - p.logTotal) });
  if (points[points.length - 1].n !== to) points.push({ n: to, p: Math.exp(p.logWeight(to) - p.logTotal) });
  return points;
}
