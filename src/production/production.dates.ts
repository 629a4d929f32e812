// Calendar days as whole numbers (days since 1970-01-01, UTC), so that the lag and the month ends are
// counted the same way on every machine whatever its time zone.

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** Days since 1970-01-01 for an ISO date (a timestamp is cut to its date); null when not a real date. */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2025-02-30 over to March: a date that does not come back unchanged does not exist.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / DAY_MS;
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of the month that `day` falls in. */
export function monthEnd(day: number): number {
  const d = new Date(day * DAY_MS);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) / DAY_MS;
}

/** Month ends from the one of `from`'s month up to `to` included. */
export function monthEndsBetween(from: number, to: number): number[] {
  const ends: number[] = [];
  for (let e = monthEnd(from); e <= to; e = monthEnd(e + 1)) ends.push(e);
  return ends;
}

/** Mean length of a month in days (365.25 / 12), the unit of every rate. */
export const DAYS_PER_MONTH = 30.4375;
