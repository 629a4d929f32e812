// Seeded draws of serials for the Monte Carlo validation (production.coverage.test.ts) and the
// misspecification benchmark (bench/estimation.ts): the same seed gives the same serials everywhere.

export type Uniform = () => number;

/** mulberry32: small, fast, and good enough for coverage counts. */
export function seededUniform(seed: number): Uniform {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number in lo..hi, both included. */
export function uniformInt(u: Uniform, lo: number, hi: number): number {
  return lo + Math.floor(u() * (hi - lo + 1));
}

/** k distinct serials from from..from+n−1, uniformly (Floyd's algorithm: k draws whatever n is). */
export function drawSerials(u: Uniform, n: number, k: number, from = 1): number[] {
  if (k > n) throw new RangeError(`cannot draw ${k} distinct serials out of ${n}`);
  const chosen = new Set<number>();
  for (let j = n - k; j < n; j++) {
    const t = uniformInt(u, 0, j);
    chosen.add(chosen.has(t) ? j : t);
  }
  return [...chosen].map((x) => x + from);
}
