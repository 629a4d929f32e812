import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DateCandidate, decodeDateCode, resolveDate } from './markings.datecode.ts';
import type { DateScheme } from './markings.types.ts';

const decode = (raw: string, scheme: DateScheme) => decodeDateCode(raw, scheme) as DateCandidate;
const TODAY = '2026-12-02';

describe('decodeDateCode', () => {
  it('reads YYWW (JEDEC year and week) in both centuries, weeks 1–53 only', () => {
    expect(decode('2229', 'YYWW')).toEqual({ raw: '2229', scheme: 'YYWW', years: [1922, 2022], week: 29 });
    expect(decodeDateCode('2254', 'YYWW')).toBeNull();
    expect(decodeDateCode('2200', 'YYWW')).toBeNull();
    expect(decodeDateCode('229', 'YYWW')).toBeNull();
  });

  it('reads six digits as a week and a whole year: WWYYYY (Espressif) or YYYYWW', () => {
    expect(decode('152022', 'WWYY')).toMatchObject({ years: [2022], week: 15 });
    expect(decode('202215', 'YYWW')).toMatchObject({ years: [2022], week: 15 });
    expect(decodeDateCode('152022', 'YYWW')).toBeNull();
    expect(decodeDateCode('992022', 'WWYY')).toBeNull();
  });

  it('reads WWYY and YYMM', () => {
    expect(decode('2922', 'WWYY')).toMatchObject({ years: [1922, 2022], week: 29 });
    expect(decode('2207', 'YYMM')).toMatchObject({ years: [1922, 2022], month: 7 });
    expect(decodeDateCode('2213', 'YYMM')).toBeNull();
  });

  it("reads ST's YWW with every decade open: the code does not print it", () => {
    const c = decode('227', 'YWW');
    expect(c.week).toBe(27);
    expect(c.years).toContain(2012);
    expect(c.years).toContain(2022);
    expect(c.years.every((y) => y % 10 === 2)).toBe(true);
  });

  it('reads the IEC 60062 year-month codes: one digit or a letter of the year, month 1–9, O, N, D', () => {
    expect(decode('2O', 'YM')).toMatchObject({ month: 10 });
    expect(decode('3D', 'YM')).toMatchObject({ month: 12 });
    // TI's topside YM: A, B, C for October to December.
    expect(decode('2A', 'YM')).toMatchObject({ month: 10 });
    expect(decode('4C', 'YM')).toMatchObject({ month: 12 });
    expect(decode('17', 'YM').years).toContain(2021);
    expect(decodeDateCode('2X', 'YM')).toBeNull();
    // P = 2002 or 2022 (20-year cycle from A = 1970, no G, I, O, Q), N = November.
    expect(decode('PN', 'LETTER_YM')).toMatchObject({ month: 11 });
    expect(decode('PN', 'LETTER_YM').years.slice(0, 3)).toEqual([1982, 2002, 2022]);
    expect(decode('A1', 'LETTER_YM').years).toEqual([1970, 1990, 2010, 2030, 2050, 2070, 2090]);
    expect(decodeDateCode('G1', 'LETTER_YM')).toBeNull();
  });
});

describe('resolveDate', () => {
  it('keeps the one year that fits and gives the ISO week as its first and last day', () => {
    const { reading, flag } = resolveDate(decode('2229', 'YYWW'), { today: TODAY });
    expect(flag).toBeNull();
    expect(reading).toMatchObject({ year: 2022, years: [2022], week: 29, ambiguous: false });
    expect(reading?.earliest).toBe('2022-07-18'); // Monday of ISO week 29
    expect(reading?.latest).toBe('2022-07-24');
  });

  it('gives a month its calendar days', () => {
    const { reading } = resolveDate(decode('2402', 'YYMM'), { today: TODAY });
    expect(reading).toMatchObject({ year: 2024, month: 2, earliest: '2024-02-01', latest: '2024-02-29' });
  });

  it('drops years after the recovery: a code only possible later is impossible, never read as another', () => {
    const { reading, flag } = resolveDate(decode('2431', 'YYWW'), { recovered: '2023-06-01' });
    expect(reading).toBeNull();
    expect(flag?.kind).toBe('date-impossible');
    expect(flag?.message).toMatch(/after the recovery on 2023-06-01/);
  });

  it('drops years before the family shipped', () => {
    const { reading, flag } = resolveDate(decode('0612', 'YYWW'), { recovered: '2023-06-01', since: 2007 });
    expect(reading).toBeNull();
    expect(flag).toMatchObject({ kind: 'date-impossible' });
    expect(flag?.message).toMatch(/before the family shipped in 2007/);
  });

  it('says ambiguous, with every year and no year picked, when two decades remain', () => {
    const { reading, flag } = resolveDate(decode('227', 'YWW'), { recovered: '2023-06-01', since: 2007 });
    expect(reading).toMatchObject({ year: null, years: [2012, 2022], ambiguous: true, week: 27 });
    expect(reading?.earliest).toBe('2012-07-02');
    expect(reading?.latest).toBe('2022-07-10');
    expect(flag?.kind).toBe('date-ambiguous');
  });

  it('resolves a one-digit year when the facts leave one decade', () => {
    const { reading } = resolveDate(decode('227', 'YWW'), { recovered: '2019-01-01', since: 2007 });
    expect(reading).toMatchObject({ year: 2012, years: [2012], ambiguous: false });
  });

  it('cuts the last day at the recovery when the week runs past it', () => {
    const { reading } = resolveDate(decode('2229', 'YYWW'), { recovered: '2022-07-20' });
    expect(reading).toMatchObject({ earliest: '2022-07-18', latest: '2022-07-20' });
  });

  it('knows which years have an ISO week 53', () => {
    expect(resolveDate(decode('2053', 'YYWW'), { today: TODAY }).reading).toMatchObject({
      year: 2020,
      earliest: '2020-12-28',
      latest: '2021-01-03',
    });
    expect(resolveDate(decode('2153', 'YYWW'), { today: TODAY }).flag?.kind).toBe('date-impossible');
  });

  it('never gives a year outside the facts, and is ambiguous exactly when more than one year is left', () => {
    const schemes: DateScheme[] = ['YYWW', 'WWYY', 'YWW', 'YYMM'];
    fc.assert(
      fc.property(
        fc.constantFrom(...schemes),
        fc.stringMatching(/^\d{3,4}$/),
        fc.integer({ min: 1990, max: 2026 }),
        fc.option(fc.integer({ min: 1970, max: 2025 }), { nil: undefined }),
        (scheme, raw, year, since) => {
          const c = decodeDateCode(raw, scheme);
          if (!c) return;
          const recovered = `${year}-06-15`;
          const { reading, flag } = resolveDate(c, { recovered, since });
          if (!reading) {
            expect(flag?.kind).toBe('date-impossible');
            return;
          }
          for (const y of reading.years) {
            expect(y).toBeLessThanOrEqual(year);
            expect(y).toBeGreaterThanOrEqual(since ?? 1970);
          }
          expect(reading.ambiguous).toBe(reading.years.length > 1);
          expect(reading.year).toBe(reading.ambiguous ? null : reading.years[0]);
          expect(reading.earliest <= reading.latest).toBe(true);
          expect(reading.latest <= recovered).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
