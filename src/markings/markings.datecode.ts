// Date codes: YYWW, WWYY, YWW (one digit of year: the decade is not printed) and YYMM, decoded to
// every year still possible, then cut by what is known: nothing is made after the item was recovered,
// nor before its family shipped. More than one year left → ambiguous, never a guess. Weeks are ISO
// weeks (Monday to Sunday).
import type { DateCodeReading, DateScheme } from './markings.types.ts';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Monday of ISO week 1 of a year. */
function isoWeekOne(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - dow * DAY;
}

const weekRange = (y: number, w: number): [number, number] => {
  const start = isoWeekOne(y) + (w - 1) * 7 * DAY;
  return [start, start + 6 * DAY];
};
const monthRange = (y: number, m: number): [number, number] => [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];

export interface DateConstraints {
  recovered?: string;
  since?: number;
}

/** Reads a date-code string under one scheme, or null when it does not fit the scheme. */
export function decodeDate(raw: string, scheme: DateScheme, c: DateConstraints): DateCodeReading | null {
  let years: number[] = [];
  let week: number | undefined;
  let month: number | undefined;
  if (scheme === 'YYWW' || scheme === 'WWYY' || scheme === 'YYMM') {
    if (!/^\d{4}$/.test(raw)) return null;
    const a = Number(raw.slice(0, 2));
    const b = Number(raw.slice(2));
    const [yy, n] = scheme === 'WWYY' ? [b, a] : [a, b];
    if (scheme === 'YYMM' ? n < 1 || n > 12 : n < 1 || n > 53) return null;
    if (scheme === 'YYMM') month = n;
    else week = n;
    years = [2000 + yy, 1900 + yy];
  } else if (scheme === 'YWW') {
    if (!/^\d{3}$/.test(raw)) return null;
    const w = Number(raw.slice(1));
    if (w < 1 || w > 53) return null;
    week = w;
    const y = Number(raw[0]);
    for (let decade = 1970; decade <= 2090; decade += 10) years.push(decade + y);
  } else return null;

  const limit = c.recovered ? Date.parse(c.recovered) : null;
  const range = (y: number) => (week !== undefined ? weekRange(y, week) : monthRange(y, month as number));
  years = years
    .filter((y) => (c.since ? y >= c.since : y >= 1970))
    .filter((y) => limit === null || range(y)[0] <= limit)
    .sort((a, b) => a - b);
  // Without a recovery date a one-digit year stays open over the decades a part could be from.
  if (limit === null && scheme === 'YWW') years = years.filter((y) => y >= (c.since ?? 2000) && y < 2040);
  // A two-digit year names its century by the latest one that fits: 2219 is 2022, not 1922.
  if (scheme !== 'YWW') years = years.filter((y) => limit !== null || y >= 2000).slice(-1);
  if (years.length === 0) return null;
  const first = range(years[0]);
  const last = range(years[years.length - 1]);
  return {
    raw,
    scheme,
    year: years.length === 1 ? years[0] : null,
    years,
    ...(week !== undefined ? { week } : {}),
    ...(month !== undefined ? { month } : {}),
    earliest: iso(first[0]),
    latest: iso(limit === null ? last[1] : Math.min(last[1], limit)),
    ambiguous: years.length > 1,
  };
}
