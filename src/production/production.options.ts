// The options of an estimate, checked once with defaults filled in. A wrong option is the caller's
// mistake and throws `Invalid` (the CLI and the API show it); a wrong serial is the data's and is
// reported in the result.
import { Invalid } from '../core/errors.ts';
import { dayNumber } from './production.dates.ts';
import { serialPattern } from './production.serials.ts';
import type { DeclaredTarget, Prior, SeriesStart } from './production.types.ts';

export interface ProductionOptions {
  /** A regex with named groups `number` (required) and `series`; the default reads "HW2-0417". */
  pattern?: RegExp | string;
  /** Confidence and credible level of every interval (default 0.9). */
  level?: number;
  /** Default: p(N) ∝ 1/N. */
  prior?: Prior;
  /** Days at least between making and recovery (default 30). */
  lagDays?: number;
  /** Default 'one': serials numbered from 1. */
  start?: SeriesStart;
  /** Level of the gap and start tests (default 0.01). */
  outlierLevel?: number;
  /** Declared targets, each assessed per series (in this order). */
  targets?: readonly DeclaredTarget[];
}

export interface ResolvedOptions {
  pattern?: RegExp;
  level: number;
  prior: Prior;
  lagDays: number;
  start: SeriesStart;
  outlierLevel: number;
  targets: (DeclaredTarget & { byDay: number })[];
}

export const DEFAULTS = {
  level: 0.9,
  prior: { kind: 'inverse' } as Prior,
  lagDays: 30,
  start: 'one' as SeriesStart,
  outlierLevel: 0.01,
};

const within = (x: unknown, lo: number, hi: number): x is number =>
  typeof x === 'number' && x >= lo && x <= hi;
const isCount = (x: unknown, min: number): x is number => Number.isSafeInteger(x) && (x as number) >= min;

export function resolveOptions(o: ProductionOptions = {}): ResolvedOptions {
  const level = o.level ?? DEFAULTS.level;
  // Past 0.999 a bound from one 12-digit serial would leave the whole numbers a double holds exactly.
  if (!within(level, 0.5, 0.999))
    throw Invalid.at('level', `${level} is not a level from 0.5 to 0.999 (e.g. 0.9)`);
  const outlierLevel = o.outlierLevel ?? DEFAULTS.outlierLevel;
  if (!within(outlierLevel, 1e-9, 0.5))
    throw Invalid.at('outlierLevel', `${outlierLevel} is not between 0 and 0.5`);
  const lagDays = o.lagDays ?? DEFAULTS.lagDays;
  if (!isCount(lagDays, 0)) throw Invalid.at('lagDays', `${lagDays} is not a whole number of days ≥ 0`);
  const start = o.start ?? DEFAULTS.start;
  if (start !== 'one' && start !== 'unknown') throw Invalid.at('start', `${start} is not 'one' or 'unknown'`);
  const prior = o.prior ?? DEFAULTS.prior;
  if (prior.kind === 'uniform') {
    if (!isCount(prior.max, 1)) throw Invalid.at('prior.max', `${prior.max} is not a whole number ≥ 1`);
  } else if (prior.kind !== 'inverse' && prior.kind !== 'flat') {
    throw Invalid.at(
      'prior.kind',
      `${(prior as { kind: unknown }).kind} is not 'uniform', 'inverse' or 'flat'`,
    );
  }
  const targets = (o.targets ?? []).map((t, i) => {
    if (!isCount(t.units, 1)) throw Invalid.at(`targets.${i}.units`, `${t.units} is not a whole number ≥ 1`);
    const byDay = dayNumber(t.by);
    if (byDay === null) throw Invalid.at(`targets.${i}.by`, `${t.by} is not a date (YYYY-MM-DD)`);
    return { units: t.units, by: t.by.slice(0, 10), byDay };
  });
  const resolved: ResolvedOptions = { level, prior, lagDays, start, outlierLevel, targets };
  if (o.pattern !== undefined) resolved.pattern = serialPattern(o.pattern);
  return resolved;
}
