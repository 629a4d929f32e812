import { describe, expect, it } from 'vitest';
import { bayesEstimate } from './production.bayes.ts';
import { logChoose } from './production.math.ts';
import { drawSerials, seededUniform, uniformInt } from './production.simulate.ts';
import { tankUpperBound } from './production.tank.ts';
import type { Prior } from './production.types.ts';

const ok = (m: number, k: number, prior: Prior, level = 0.9) => {
  const e = bayesEstimate(m, k, prior, level);
  if (!e.ok) throw new Error(e.reason);
  return e;
};

/** The posterior summed N by N, the slow and obvious way. */
function bruteForce(m: number, k: number, a: number, upper: number) {
  const w: number[] = [];
  for (let n = m; n <= upper; n++)
    w.push(Math.exp(-a * Math.log(n / m) - (logChoose(n, k) - logChoose(m, k))));
  const total = w.reduce((x, y) => x + y, 0);
  const p = w.map((x) => x / total);
  const quantile = (q: number) => {
    let cum = 0;
    for (let i = 0; i < p.length; i++) {
      cum += p[i];
      if (cum >= q - 1e-12) return m + i;
    }
    return upper;
  };
  return { mean: p.reduce((s, x, i) => s + x * (m + i), 0), quantile };
}

describe('bayesEstimate', () => {
  it('matches the sum N by N under a uniform prior (no cut)', () => {
    const e = ok(60, 4, { kind: 'uniform', max: 2000 });
    const b = bruteForce(60, 4, 0, 2000);
    expect(e.mean).toBeCloseTo(b.mean, 6);
    expect(e.median).toBe(b.quantile(0.5));
    expect(e.equalTailed).toMatchObject({ low: b.quantile(0.05), high: b.quantile(0.95) });
    expect(e.highestDensity).toMatchObject({ low: 60, high: b.quantile(0.9) });
    expect(e.mode).toBe(60);
    expect(e.truncatedAt).toBeNull();
  });

  it('matches the sum N by N under the 1/N prior, cells and cut included', () => {
    const e = ok(800, 3, { kind: 'inverse' });
    const b = bruteForce(800, 3, 1, 3_000_000);
    expect(e.mean).not.toBeNull();
    expect(Math.abs((e.mean as number) / b.mean - 1)).toBeLessThan(1e-4);
    for (const [got, q] of [
      [e.median, 0.5],
      [e.equalTailed.high, 0.95],
      [e.highestDensity.high, 0.9],
    ] as const) {
      expect(Math.abs((got as number) - b.quantile(q))).toBeLessThanOrEqual(
        Math.max(1, b.quantile(q) * 2e-5),
      );
    }
    expect(e.truncatedAt).toBeGreaterThan(800);
    expect(e.notes.join(' ')).toContain('less than 1e-9');
  });

  it('under the 1/N prior has an HDI ending near the exact bound, and wider ones under the others (docs/estimation.md §5)', () => {
    // 105 for both at m = 60, k = 4; 4165 against 4170 for one serial 417.
    expect(ok(60, 4, { kind: 'inverse' }).highestDensity.high).toBe(tankUpperBound(60, 4, 0.9));
    const one = ok(417, 1, { kind: 'inverse' }).highestDensity.high;
    expect(one).toBeLessThan(tankUpperBound(417, 1, 0.9));
    expect(one / tankUpperBound(417, 1, 0.9)).toBeGreaterThan(0.995);
    // The flat prior and a wide uniform one: the posterior ∝ 1/C(N, 4), whose 90% quantile is 126.
    const wider = bruteForce(60, 4, 0, 200_000).quantile(0.9);
    expect(wider).toBeGreaterThan(tankUpperBound(60, 4, 0.9));
    expect(ok(60, 4, { kind: 'flat' }).highestDensity.high).toBe(wider);
    expect(ok(60, 4, { kind: 'uniform', max: 2000 }).highestDensity.high).toBe(wider);
  });

  it('states the prior', () => {
    expect(ok(10, 3, { kind: 'uniform', max: 500 }).priorStated).toContain('uniform on 1..500');
    expect(ok(10, 3, { kind: 'inverse' }).priorStated).toContain('1/N');
  });

  it('refuses one serial under the flat improper prior, and says why', () => {
    const e = bayesEstimate(417, 1, { kind: 'flat' });
    expect(e.ok).toBe(false);
    expect(!e.ok && e.reason).toMatch(/improper/);
  });

  it('gives no mean where the posterior mean is infinite, with a note', () => {
    const one = ok(417, 1, { kind: 'inverse' });
    expect(one.mean).toBeNull();
    expect(one.median).toBe(833);
    expect(one.notes[0]).toMatch(/no posterior mean/);
    expect(ok(417, 2, { kind: 'flat' }).mean).toBeNull();
    expect(ok(417, 3, { kind: 'flat' }).mean).not.toBeNull();
  });

  it('refuses a largest serial above the uniform prior’s end', () => {
    expect(bayesEstimate(600, 3, { kind: 'uniform', max: 500 }).ok).toBe(false);
  });

  it('gives a chart of at most a few hundred finite points from m on', () => {
    for (const [m, k] of [
      [31, 1],
      [10_000, 2],
      [9_990_000, 2000],
    ]) {
      const e = ok(m, k, { kind: 'inverse' });
      expect(e.density.length).toBeLessThanOrEqual(301);
      expect(e.density[0].n).toBe(m);
      expect(e.density.every((d) => Number.isFinite(d.p) && d.p >= 0)).toBe(true);
    }
  });

  it('is calibrated: under its own prior, N lies in the 90% credible intervals 90% of the time', () => {
    const u = seededUniform(99);
    const draws = 4000;
    let hd = 0;
    let et = 0;
    for (let i = 0; i < draws; i++) {
      const n = uniformInt(u, 3, 400);
      const serials = drawSerials(u, n, 3);
      const e = ok(Math.max(...serials), 3, { kind: 'uniform', max: 400 });
      if (n <= e.highestDensity.high) hd++;
      if (e.equalTailed.low <= n && n <= e.equalTailed.high) et++;
    }
    const se = Math.sqrt((0.9 * 0.1) / draws);
    expect(hd / draws).toBeGreaterThan(0.9 - 3 * se);
    expect(hd / draws).toBeLessThan(0.9 + 3 * se + 0.01);
    expect(et / draws).toBeGreaterThan(0.9 - 3 * se);
    expect(et / draws).toBeLessThan(0.9 + 3 * se + 0.01);
  });
});
