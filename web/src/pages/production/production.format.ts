// How the production figures read: counts rounded to whole units (the raw value stays in a data
// attribute for whoever checks it), intervals with their level, probabilities as percentages, and
// the name of a series.
import { formatNumber } from '../../ui/ui.format.ts';
import type { Interval } from './production.types.ts';

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** An estimate of units made, to the whole unit: 1573.2 → "1,573". */
export const units = (x: number | null | undefined) => (x == null ? '—' : formatNumber(Math.round(x)));

/** A rate per month, to one decimal below 10 and whole above. */
export const perMonth = (x: number) => (x < 10 ? oneDecimal.format(x) : units(x));

/** "1,555 – 1,598" */
export const range = (i: Interval, format: (x: number) => string = units) =>
  `${format(i.low)} – ${i.high == null ? 'no upper bound' : format(i.high)}`;

/** 0.9 → "90 %"; 0.995 → "99.5 %". */
export const level = (l: number) => `${oneDecimal.format(l * 100)} %`;

/** A probability as a percentage with one decimal; never "0 %" or "100 %" unless it is exactly that. */
export function probability(p: number): string {
  if (p === 0) return '0 %';
  if (p === 1) return '100 %';
  if (p < 0.001) return '< 0.1 %';
  if (p > 0.999) return '> 99.9 %';
  return `${new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p * 100)} %`;
}

export const seriesName = (s: string | null) => (s === null ? '(no prefix)' : s);

/** A stable id for headings and test hooks: "HW2M" → "series-HW2M". */
export const seriesId = (s: string | null) =>
  `series-${s === null ? 'none' : s.replace(/[^A-Za-z0-9_-]/g, '_')}`;

export const LEVELS = [0.8, 0.9, 0.95, 0.99] as const;

/** The colours of the series, in order (none red: red marks an outlier). */
export const SERIES_COLOURS = ['#1f77b4', '#e66100', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];
