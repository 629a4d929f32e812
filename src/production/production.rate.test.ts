import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, monthEndsBetween } from './production.dates.ts';
import { pastProduction } from './production.rate.ts';
import { tankEstimate } from './production.tank.ts';

const day = (iso: string) => dayNumber(iso) as number;
const serials = [
  { number: 120, recoveredDay: day('2025-01-20') },
  { number: 300, recoveredDay: day('2025-02-25') },
  { number: 260, recoveredDay: day('2025-03-05') },
  { number: 610, recoveredDay: day('2025-04-18') },
  { number: 540, recoveredDay: day('2025-05-02') },
];
const options = { lagDays: 30, level: 0.9, start: 'one' as const };

describe('dates', () => {
  it('reads real ISO dates only and lists month ends', () => {
    expect(dayNumber('2025-02-30')).toBeNull();
    expect(dayNumber('not a date')).toBeNull();
    expect(isoDate(day('2024-02-29T12:00:00Z'))).toBe('2024-02-29');
    expect(monthEndsBetween(day('2024-12-21'), day('2025-03-02')).map(isoDate)).toEqual([
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
    ]);
  });
});

describe('pastProduction', () => {
  it('estimates by each month end and stops at the last evidence (last recovery − lag)', () => {
    const r = pastProduction(serials, options);
    if (!r.ok) throw new Error(r.reason);
    expect(r.points.map((p) => p.date)).toEqual([
      '2024-12-31',
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
      '2025-04-02',
    ]);
    expect(r.points.map((p) => p.k)).toEqual([1, 2, 3, 4, 5]);
    // By 2025-03-31: the serials recovered up to 2025-04-30 — 120, 300, 260, 610.
    const march = r.points[3];
    const direct = tankEstimate([120, 300, 260, 610]);
    expect(direct.ok && march.estimate === direct.estimate && march.max === 610).toBe(true);
    expect(r.lagStated).toContain('t − 30 days');
  });

  it('moves every date with the lag', () => {
    const r = pastProduction(serials, { ...options, lagDays: 0 });
    if (!r.ok) throw new Error(r.reason);
    expect(r.points[r.points.length - 1].date).toBe('2025-05-02');
  });

  it('gives rates per month with intervals that never go below 0 and hold the estimate', () => {
    const r = pastProduction(serials, options);
    if (!r.ok) throw new Error(r.reason);
    expect(r.rates).toHaveLength(4);
    for (const rate of [...r.rates, r.overall]) {
      if (!rate) throw new Error('no overall rate');
      expect(rate.interval.low).toBeGreaterThanOrEqual(0);
      expect(rate.perMonth).toBeGreaterThanOrEqual(rate.interval.low);
      expect(rate.perMonth).toBeLessThanOrEqual(rate.interval.high);
      expect(rate.interval.method).toContain('Bonferroni');
    }
    expect(r.overall).toMatchObject({ from: '2024-12-31', to: '2025-04-02' });
  });

  it('says when the estimate falls between two dates, and shows the rate as 0', () => {
    const r = pastProduction(
      [
        { number: 500, recoveredDay: day('2025-01-10') },
        { number: 20, recoveredDay: day('2025-02-10') },
        { number: 30, recoveredDay: day('2025-03-10') },
      ],
      { ...options, lagDays: 0 },
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.rates.some((x) => x.perMonth === 0)).toBe(true);
    expect(r.notes.join(' ')).toMatch(/production cannot fall/);
  });

  it('leaves out dates with too few serials when the start is unknown', () => {
    const r = pastProduction(serials, { ...options, start: 'unknown' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.points[0].k).toBe(2);
    expect(r.notes.join(' ')).toMatch(/left out/);
  });

  it('refuses when nothing is dated', () => {
    expect(pastProduction([], options).ok).toBe(false);
  });
});
