// Calendar arithmetic for date codes, in UTC days: the YYYY-MM-DD of a day, ISO 8601 weeks (Monday
// to Sunday, week 1 holding the year's first Thursday; week 53 only in years that have one) and months.

export const DAY = 86_400_000;
const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** YYYY-MM-DD of a UTC day, by arithmetic (days to civil date, Howard Hinnant's algorithm). */
export function iso(t: number): string {
  const z = Math.floor(t / DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (m <= 2 ? 1 : 0)}-${pad(m)}-${pad(d)}`;
}

const weekOne = new Map<number, number>();
/** Monday of ISO week 1 (the week with the year's first Thursday), cached: a handful of years recur. */
function isoWeekOne(year: number): number {
  let t = weekOne.get(year);
  if (t === undefined) {
    const jan4 = Date.UTC(year, 0, 4);
    t = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    if (weekOne.size < 1000) weekOne.set(year, t);
  }
  return t;
}
const weeksIn = (year: number) => (isoWeekOne(year + 1) - isoWeekOne(year)) / (7 * DAY);

/** First and last day of ISO week `week` of `year`, or null when the year has no such week. */
export function isoWeekSpan(year: number, week: number): [number, number] | null {
  if (week < 1 || week > weeksIn(year)) return null;
  const start = isoWeekOne(year) + (week - 1) * 7 * DAY;
  return [start, start + 6 * DAY];
}

/** First and last day of a calendar month. */
export const monthSpan = (year: number, month: number): [number, number] => [
  Date.UTC(year, month - 1, 1),
  Date.UTC(year, month, 0),
];
