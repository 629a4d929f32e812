// Date codes: what a printed code can mean (`decodeDateCode`, every year it can name under one
// scheme), then what it does mean once the facts are applied (`resolveDate`): nothing is made after
// the item was recovered (nor after today), nor before its family first shipped, nor before 1970. When
// more than one year is left the reading says so, with every year, and names none: a one-digit year
// (ST's YWW) does not print its decade, and guessing it would be a confidently wrong date.
//
// Weeks are ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday), the reading
// JEDEC's YYWW uses; a week 53 is only possible in years that have one. Months are calendar months.
// `earliest`/`latest` are the first and last day over every year still possible, the last one cut at
// the recovery date when the range reaches past it.
import { DAY, iso, isoWeekSpan, monthSpan } from './markings.calendar.ts';
import type { DateCodeReading, DateScheme, MarkingFlag } from './markings.types.ts';

/** No date-coded part in this work is older; also the floor of a one-digit year's decades. */
export const EARLIEST_YEAR = 1970;

/** What one code can mean under one scheme, before any constraint. */
export interface DateCandidate {
  raw: string;
  scheme: DateScheme;
  years: number[];
  week?: number;
  month?: number;
}

// IEC 60062 (DIN EN 60062) date marking of resistors and capacitors: a year letter in a 20-year cycle
// from 1970 (A…X without G, I, O, Q), or one digit of the year, then the month as 1–9, O, N, D.
// Source: http://bedienungsanleitung.elektronotdienst-nuernberg.de/din-en-60062.html (IEC 60062:2016).
const IEC_YEAR = 'ABCDEFHJKLMNPRSTUVWX';
// TI's YM (topside "YMS"): months 1–9, then A, B, C for October to December.
// Source: https://e2e.ti.com/support/switches-multiplexers-group/switches-multiplexers/f/switches-multiplexers-forum/1052766/ts3a44159-date-code-decode-for-body-marking
const monthChar = (c: string): number | undefined =>
  c >= '1' && c <= '9'
    ? Number(c)
    : ({ O: 10, N: 11, D: 12, A: 10, B: 11, C: 12 } as Record<string, number>)[c];

const digitsOnly = (s: string) => {
  for (const c of s) if (c < '0' || c > '9') return false;
  return s.length > 0;
};
const centuries = (yy: number) => [1900 + yy, 2000 + yy];
const decades = (y: number) => {
  const out: number[] = [];
  for (let d = EARLIEST_YEAR; d < 2100; d += 10) out.push(d + y);
  return out;
};

/** Every reading of a code under a scheme, or null when the code does not fit the scheme at all. */
export function decodeDateCode(raw: string, scheme: DateScheme): DateCandidate | null {
  switch (scheme) {
    case 'YYWW':
    case 'WWYY':
    case 'YYMM': {
      // Six digits carry the whole year: WWYYYY (Espressif) or YYYYWW.
      if (raw.length === 6 && scheme !== 'YYMM' && digitsOnly(raw)) {
        const [y, w] =
          scheme === 'WWYY'
            ? [Number(raw.slice(2)), Number(raw.slice(0, 2))]
            : [Number(raw.slice(0, 4)), Number(raw.slice(4))];
        return y >= EARLIEST_YEAR && y < 2100 && w >= 1 && w <= 53
          ? { raw, scheme, years: [y], week: w }
          : null;
      }
      if (raw.length !== 4 || !digitsOnly(raw)) return null;
      const a = Number(raw.slice(0, 2));
      const b = Number(raw.slice(2));
      const [yy, n] = scheme === 'WWYY' ? [b, a] : [a, b];
      if (scheme === 'YYMM')
        return n >= 1 && n <= 12 ? { raw, scheme, years: centuries(yy), month: n } : null;
      return n >= 1 && n <= 53 ? { raw, scheme, years: centuries(yy), week: n } : null;
    }
    case 'YWW': {
      if (raw.length !== 3 || !digitsOnly(raw)) return null;
      const w = Number(raw.slice(1));
      return w >= 1 && w <= 53 ? { raw, scheme, years: decades(Number(raw[0])), week: w } : null;
    }
    case 'YM': {
      const m = raw.length === 2 && digitsOnly(raw[0]) ? monthChar(raw[1]) : undefined;
      return m ? { raw, scheme, years: decades(Number(raw[0])), month: m } : null;
    }
    case 'LETTER_YM': {
      const y = raw.length === 2 ? IEC_YEAR.indexOf(raw[0]) : -1;
      const m = y >= 0 ? monthChar(raw[1]) : undefined;
      if (!m) return null;
      const years: number[] = [];
      for (let c = EARLIEST_YEAR + y; c < 2100; c += IEC_YEAR.length) years.push(c);
      return { raw, scheme, years, month: m };
    }
  }
}

export interface DateFacts {
  /** YYYY-MM-DD: the item's recovery date. */
  recovered?: string;
  /** First year the part's family shipped. */
  since?: number;
  /** YYYY-MM-DD standing for today, when no recovery date is known (tests pin it). */
  today?: string;
  /** The recovery date already parsed (milliseconds of its UTC day), when the caller has it. */
  recoveredDay?: number;
}

function range(year: number, c: DateCandidate): [number, number] | null {
  return c.week !== undefined ? isoWeekSpan(year, c.week) : monthSpan(year, c.month as number);
}

const dayOf = (s: string | number | undefined): number | null => {
  if (typeof s === 'number') return s;
  if (!s) return null;
  const t = Date.parse(s.slice(0, 10));
  return Number.isNaN(t) ? null : t;
};

/** The reading of a candidate under the facts, or a 'date-impossible' flag when no year fits. */
export function resolveDate(
  c: DateCandidate,
  facts: DateFacts = {},
): { reading: DateCodeReading | null; flag: MarkingFlag | null } {
  const recovered = dayOf(facts.recoveredDay ?? facts.recovered);
  const limit = recovered ?? dayOf(facts.today) ?? Date.now();
  const floor = Math.max(EARLIEST_YEAR, facts.since ?? 0);
  const lastYear = Math.floor(limit / (365.2425 * DAY)) + 1970 + 1;
  const kept: { year: number; span: [number, number] }[] = [];
  for (const year of c.years) {
    const span = year >= floor && year <= lastYear ? range(year, c) : null;
    if (span && span[0] <= limit) kept.push({ year, span });
  }
  kept.sort((a, b) => a.year - b.year);
  if (kept.length === 0) {
    const why = [
      recovered !== null ? `after the recovery on ${facts.recovered?.slice(0, 10)}` : 'in the future',
      facts.since ? `before the family shipped in ${facts.since}` : `before ${EARLIEST_YEAR}`,
    ];
    return {
      reading: null,
      flag: {
        kind: 'date-impossible',
        message: `date code ${c.raw} (${c.scheme}) can only mean a date ${why.join(' or ')}`,
      },
    };
  }
  const years = kept.map((k) => k.year);
  const last = kept[kept.length - 1].span[1];
  const reading: DateCodeReading = {
    raw: c.raw,
    scheme: c.scheme,
    year: years.length === 1 ? years[0] : null,
    years,
    ...(c.week !== undefined ? { week: c.week } : {}),
    ...(c.month !== undefined ? { month: c.month } : {}),
    earliest: iso(kept[0].span[0]),
    latest: iso(recovered !== null ? Math.min(last, recovered) : last),
    ambiguous: years.length > 1,
  };
  const flag: MarkingFlag | null = reading.ambiguous
    ? {
        kind: 'date-ambiguous',
        message: `date code ${c.raw} (${c.scheme}) can mean ${years.join(', ')}: the code does not say which`,
      }
    : null;
  return { reading, flag };
}
