// Reads the dates of import files: ISO dates and date-times, and the partial dates investigators
// often have (`2023-05`, `2023`), which become the first day of the period plus a precision.
import { parseIsoDateTime, type precisions } from '../evidence/evidence.schema.ts';

export type DatePrecision = (typeof precisions)[number];

export type ImportDate =
  | { ok: true; value: string; precision: DatePrecision }
  | { ok: false; message: string };

/**
 * Day-first and month-first forms (`31/02/2023`, `02/03/2023`) are refused rather than guessed: the
 * same text means different days in different countries.
 */
export function parseImportDate(input: string): ImportDate {
  const s = input.trim();
  const partial = /^(\d{4})(?:-(\d{2}))?$/.exec(s);
  if (partial) {
    const value = `${partial[1]}-${partial[2] ?? '01'}-01`;
    if (parseIsoDateTime(value)) return { ok: true, value, precision: partial[2] ? 'month' : 'year' };
  } else if (parseIsoDateTime(s)) {
    return { ok: true, value: s, precision: /^\d{4}-\d{2}-\d{2}$/.test(s) ? 'day' : 'time' };
  }
  return { ok: false, message: `"${s}" is not a date (use YYYY-MM-DD)` };
}

const order: readonly DatePrecision[] = ['year', 'month', 'day', 'time'];

/** Whether a date known to `known` precision can honestly be stated at `claimed` precision. */
export function isFinerThan(claimed: DatePrecision, known: DatePrecision): boolean {
  return order.indexOf(claimed) > order.indexOf(known);
}
