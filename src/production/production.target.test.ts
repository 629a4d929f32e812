import { describe, expect, it } from 'vitest';
import { dayNumber } from './production.dates.ts';
import { assessTarget } from './production.target.ts';

const day = (iso: string) => dayNumber(iso) as number;
const target = (units: number, by: string) => ({ units, by, byDay: day(by) });
const serials = [
  { number: 31, recoveredDay: day('2025-02-01') },
  { number: 80, recoveredDay: day('2025-06-01') },
];
const inverse = { lagDays: 30, prior: { kind: 'inverse' as const } };

describe('assessTarget', () => {
  it('gives P(N ≥ target) from the serials made by the date, under the stated prior', () => {
    // By 2025-03-01 only serial 31 counts: posterior ∝ 1/N² from 31, P(N ≥ 1000) = Σ_{n≥1000} n^-2 / Σ_{n≥31} n^-2.
    const r = assessTarget(serials, target(1000, '2025-03-01'), inverse);
    if (!r.ok) throw new Error(r.reason);
    const tail = (from: number) => {
      let s = 0;
      for (let n = from; n < 5e6; n++) s += 1 / (n * n);
      return s + 1 / 5e6;
    };
    expect(r.probability).toBeCloseTo(tail(1000) / tail(31), 6);
    expect(r).toMatchObject({ k: 1, max: 31, coversTargetDate: true, evaluatedOn: '2025-03-01' });
    expect(r.priorStated).toContain('1/N');
  });

  it('answers for the last evidence date, flagged, when the target date is later', () => {
    const r = assessTarget(serials, target(100, '2026-01-01'), inverse);
    if (!r.ok) throw new Error(r.reason);
    expect(r.coversTargetDate).toBe(false);
    expect(r.evaluatedOn).toBe('2025-05-02');
    expect(r.notes[0]).toMatch(/nothing is extrapolated/);
    expect(r.k).toBe(2);
  });

  it('is certain when a serial at or above the target was made by then', () => {
    const r = assessTarget(serials, target(50, '2025-06-01'), inverse);
    expect(r).toMatchObject({ ok: true, probability: 1 });
  });

  it('is 0 when the uniform prior stops below the target, and says so', () => {
    const r = assessTarget(serials, target(5000, '2025-06-01'), {
      lagDays: 30,
      prior: { kind: 'uniform', max: 1000 },
    });
    expect(r).toMatchObject({ ok: true, probability: 0 });
    expect(r.ok && r.notes.join(' ')).toMatch(/rules the target out/);
  });

  it('refuses a date before any evidence, and no dated serial', () => {
    expect(assessTarget(serials, target(10, '2024-12-01'), inverse)).toMatchObject({ ok: false });
    expect(assessTarget([], target(10, '2025-12-01'), inverse)).toMatchObject({ ok: false });
  });
});
