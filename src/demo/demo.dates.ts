// Date arithmetic for the demo generator, in UTC and in the text forms the evidence schemas accept.

const DAY = 24 * 3600 * 1000;

export const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * DAY);
export const addMinutes = (d: Date, minutes: number): Date => new Date(d.getTime() + minutes * 60_000);

/** `2024-03-07` */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** `2024-03-07T14:20:00Z` (whole seconds, as a camera or an investigator records them). */
export const isoTime = (d: Date): string => `${d.toISOString().slice(0, 19)}Z`;

/** `2024:03:07 14:20:00`, the EXIF form of a local date-time. */
export function exifDateTime(iso: string): string {
  const d = new Date(iso);
  return d.toISOString().slice(0, 19).replace(/-/g, ':').replace('T', ' ');
}

/** A YYWW date code: two digits of the year and the week in it (1–52), counted from 1 January. */
export function dateCodeOf(d: Date): string {
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.min(52, Math.floor((d.getTime() - start) / (7 * DAY)) + 1);
  return `${String(d.getUTCFullYear() % 100).padStart(2, '0')}${String(week).padStart(2, '0')}`;
}

/** The first day of the week a YYWW date code names (the inverse of dateCodeOf, to the week). */
export function dateCodeStart(code: string): Date {
  const year = 2000 + Number(code.slice(0, 2));
  return new Date(Date.UTC(year, 0, 1) + (Number(code.slice(2, 4)) - 1) * 7 * DAY);
}
