// How many had been made by each past month end, and at what rate, from serials dated by recovery. An
// item recovered on day t was made by t − lag (the lag is an assumption, always stated): the serials
// made by a date estimate the number made by then. Dates end with the last evidence: nothing here
// looks past what was recovered.
import { DAYS_PER_MONTH, isoDate, monthEndsBetween } from './production.dates.ts';
import { spanEstimate } from './production.span.ts';
import { round, tankEstimate } from './production.tank.ts';
import type { Interval, Refusal, SeriesStart } from './production.types.ts';

export interface DatedSerial {
  number: number;
  /** Day of recovery (days since 1970-01-01). */
  recoveredDay: number;
}

export interface ProductionByDate {
  date: string;
  /** Distinct serials made by this date, by the lag assumption. */
  k: number;
  max: number;
  estimate: number;
  interval: Interval;
}

export interface ProductionRate {
  from: string;
  to: string;
  /** Units per month (365.25/12 days), never below 0. */
  perMonth: number;
  interval: Interval;
}

export interface PastProduction {
  ok: true;
  lagDays: number;
  lagStated: string;
  points: ProductionByDate[];
  /** Between consecutive dates. */
  rates: ProductionRate[];
  /** From the first date to the last; null with fewer than two dates. */
  overall: ProductionRate | null;
  notes: string[];
}

type Estimate = { estimate: number; interval: Interval };

function estimateAt(numbers: number[], start: SeriesStart, level: number): Estimate | Refusal {
  return start === 'one' ? tankEstimate(numbers, level) : spanEstimate(numbers, level);
}

export function statedLag(lagDays: number): string {
  return `an item recovered on day t is taken as made by t − ${lagDays} days; every figure by date rests on this`;
}

export function pastProduction(
  serials: readonly DatedSerial[],
  o: { lagDays: number; level: number; start: SeriesStart },
): PastProduction | Refusal {
  if (serials.length === 0)
    return { ok: false, reason: 'no serial has a usable recovery date: nothing to place in time' };
  const made = serials
    .map((s) => ({ number: s.number, day: s.recoveredDay - o.lagDays }))
    .sort((a, b) => a.day - b.day);
  const first = made[0].day;
  const last = made[made.length - 1].day;
  const dates = monthEndsBetween(first, last);
  if (dates[dates.length - 1] !== last) dates.push(last);
  // Each rate compares two intervals that must both hold: each is taken at (1 + level)/2 (Bonferroni).
  const pairLevel = (1 + o.level) / 2;
  const points: ProductionByDate[] = [];
  const wide: Estimate[] = [];
  const days: number[] = [];
  const notes: string[] = [];
  let skipped = 0;
  for (const day of dates) {
    const numbers = made.filter((m) => m.day <= day).map((m) => m.number);
    const shown = estimateAt(numbers, o.start, o.level);
    const paired = estimateAt(numbers, o.start, pairLevel);
    if (!('estimate' in shown) || !('estimate' in paired)) {
      skipped++;
      continue;
    }
    const k = new Set(numbers).size;
    points.push({
      date: isoDate(day),
      k,
      max: numbers.reduce((a, b) => Math.max(a, b)),
      estimate: shown.estimate,
      interval: shown.interval,
    });
    wide.push(paired);
    days.push(day);
  }
  if (skipped > 0) notes.push(`${skipped} date(s) left out: too few serials by then for an estimate`);
  const rate = (i: number, j: number): ProductionRate => {
    const months = (days[j] - days[i]) / DAYS_PER_MONTH;
    const raw = (points[j].estimate - points[i].estimate) / months;
    if (raw < 0) {
      notes.push(
        `from ${points[i].date} to ${points[j].date} the estimate falls (sampling noise: production cannot fall); the rate is shown as 0, read its interval`,
      );
    }
    // Both intervals hold (at ≥ level): the increase lies between the nearest and the farthest ends.
    const before = wide[i].interval;
    const after = wide[j].interval;
    return {
      from: points[i].date,
      to: points[j].date,
      perMonth: Math.max(0, raw),
      interval: {
        low: Math.max(0, (after.low - before.high) / months),
        high: (after.high - before.low) / months,
        level: o.level,
        method: `difference of the bounds of the two exact intervals, each at ${round(pairLevel * 100)}% so that both hold at ≥ ${round(o.level * 100)}% (Bonferroni)`,
      },
    };
  };
  const rates = points.slice(1).map((_, i) => rate(i, i + 1));
  const overall = points.length >= 2 ? rate(0, points.length - 1) : null;
  return {
    ok: true,
    lagDays: o.lagDays,
    lagStated: statedLag(o.lagDays),
    points,
    rates,
    overall,
    notes: [...new Set(notes)],
  };
}
