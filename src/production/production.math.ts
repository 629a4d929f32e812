// Binomial coefficients in log space. C(N, k) overflows a double from N ≈ 1,030 at k = N/2, and the
// estimators need ratios of them for N up to 10^7 and beyond, so everything here returns logarithms.

const TABLE_SIZE = 1024;
const LOG_FACTORIAL = new Float64Array(TABLE_SIZE);
for (let i = 2; i < TABLE_SIZE; i++) LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln(n!) for a whole n ≥ 0: a table below 1024, Stirling's series above (error below 1e-20 there). */
export function logFactorial(n: number): number {
  if (n < TABLE_SIZE) return LOG_FACTORIAL[n];
  const inv = 1 / n;
  const inv2 = inv * inv;
  return (
    n * Math.log(n) - n + 0.5 * Math.log(n) + HALF_LOG_2PI + inv * (1 / 12 - inv2 * (1 / 360 - inv2 / 1260))
  );
}

/** ln C(n, k), −Infinity when k > n (no such subset). */
export function logChoose(n: number, k: number): number {
  if (k < 0 || k > n) return Number.NEGATIVE_INFINITY;
  if (k === 0 || k === n) return 0;
  // A short sum is exact where the difference of two large factorials would lose digits.
  if (k <= 32) {
    let s = 0;
    for (let i = 0; i < k; i++) s += Math.log((n - i) / (k - i));
    return s;
  }
  return logFactorial(n) - logFactorial(n - k) - logFactorial(k);
}

/**
 * ln[C(m, k) / C(n, k)] for k ≤ m ≤ n, as a sum of log1p terms: exact to a few ulps whatever the size of
 * n, which the interval bounds need (they compare this value with ln α and must not flip near the edge).
 */
export function logChooseRatio(m: number, n: number, k: number): number {
  if (k > m) return Number.NEGATIVE_INFINITY;
  const gap = n - m;
  let s = 0;
  for (let i = 0; i < k; i++) s += Math.log1p(-gap / (n - i));
  return s;
}

/**
 * The largest whole n in [from, ∞) for which `holds(n)` is true, given that it is true at `from` and
 * turns false for good once false (a decreasing probability compared with a threshold). Doubling, then
 * bisection: about 2·log2(n) calls.
 */
export function lastHolding(from: number, holds: (n: number) => boolean): number {
  let good = from;
  let step = Math.max(1, Math.ceil(from / 4));
  let bad = from + step;
  while (holds(bad)) {
    good = bad;
    step *= 2;
    bad = good + step;
    if (bad > Number.MAX_SAFE_INTEGER / 2) throw new RangeError('bound beyond 2^52: no finite answer');
  }
  while (bad - good > 1) {
    const mid = good + Math.floor((bad - good) / 2);
    if (holds(mid)) good = mid;
    else bad = mid;
  }
  return good;
}
