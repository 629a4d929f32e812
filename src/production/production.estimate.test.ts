import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../core/errors.ts';
import { estimateProduction } from './production.estimate.ts';

/** Every number anywhere in the report, so that none can be NaN or infinite unnoticed. */
function numbersIn(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') out.push(x);
  else if (Array.isArray(x)) for (const v of x) numbersIn(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) numbersIn(v, out);
  return out;
}

describe('estimateProduction', () => {
  it('answers in the shape the CLI prints', () => {
    const r = estimateProduction([
      { serial: 'HW2-0019' },
      { serial: 'HW2-0040' },
      { serial: 'HW2-0042' },
      { serial: 'HW2-0060' },
    ]);
    expect(r.series).toHaveLength(1);
    const s = r.series[0];
    expect(s).toMatchObject({ series: 'HW2', k: 4, min: 19, max: 60, estimate: 74 });
    expect(Object.keys(s.interval ?? {})).toEqual(['low', 'high', 'level', 'method']);
    expect(s.interval).toMatchObject({ low: 60, high: 105, level: 0.9 });
    expect(Array.isArray(s.notes)).toBe(true);
    expect(s.bayes.ok).toBe(true);
    expect(s.span?.ok).toBe(true);
    expect(r.assumptions).toMatchObject({
      level: 0.9,
      lagDays: 30,
      start: 'one',
      prior: { kind: 'inverse' },
    });
  });

  it('estimates mixed series apart, and lists unparsed serials and duplicates with their items', () => {
    const r = estimateProduction([
      { id: 'a', serial: 'HW2-0417' },
      { id: 'b', serial: 'HW2-0123' },
      { id: 'c', serial: 'Зав. № ТК-0031' },
      { id: 'd', serial: 'TK-0031' },
      { id: 'e', serial: 'TK-0007' },
      { id: 'f', serial: 'no digits' },
    ]);
    expect(r.series.map((s) => [s.series, s.k])).toEqual([
      ['HW2', 2],
      ['TK', 2],
    ]);
    expect(r.series[0].notes.join(' ')).toMatch(/2 series in these serials \(HW2, TK\)/);
    expect(r.unparsed).toEqual([{ index: 5, id: 'f', raw: 'no digits', reason: 'no digits in the serial' }]);
    expect(r.duplicates).toEqual([
      {
        series: 'TK',
        number: 31,
        observations: [
          { index: 2, id: 'c' },
          { index: 3, id: 'd' },
        ],
      },
    ]);
    expect(r.series[1].notes[0]).toMatch(/counted once/);
  });

  it('flags a largest serial far above the rest, keeps it, and gives the estimate without it', () => {
    const r = estimateProduction(
      ['A-12', 'A-40', 'A-55', 'A-61', 'A-9061'].map((serial, i) => ({ serial, id: `i${i}` })),
    );
    expect(r.outliers).toMatchObject([
      { series: 'A', number: 9061, nextLargest: 61, observations: [{ index: 4, id: 'i4' }] },
    ]);
    expect(r.series[0].max).toBe(9061);
    expect(r.series[0].notes.join(' ')).toMatch(/without it the estimate would be 75.25/);
  });

  it('says when the smallest serial suggests numbering does not start at 1', () => {
    const r = estimateProduction(
      ['B-9000', 'B-9040', 'B-9070', 'B-9100', 'B-9120'].map((serial) => ({ serial })),
    );
    expect(r.series[0].notes.join(' ')).toMatch(/start unknown \(the span estimate/);
    const span = estimateProduction(
      ['B-9000', 'B-9040', 'B-9070', 'B-9100', 'B-9120'].map((serial) => ({ serial })),
      { start: 'unknown' },
    ).series[0];
    expect(span.estimate).toBe(179);
    expect(span.bayes.ok).toBe(false);
  });

  it('gives no estimate, with a note, for one serial when the start is unknown', () => {
    const s = estimateProduction([{ serial: 'C-5' }], { start: 'unknown' }).series[0];
    expect(s.estimate).toBeNull();
    expect(s.interval).toBeNull();
    expect(s.notes[0]).toMatch(/no estimate: one serial only/);
  });

  it('takes a serial 0 as numbering from 0', () => {
    const s = estimateProduction([{ serial: 'D-0' }, { serial: 'D-59' }]).series[0];
    expect(s.estimate).toBe(89);
    expect(s.notes[0]).toMatch(/numbered from 0/);
  });

  it('assesses every declared target per series, in the order given, as each alone would be', () => {
    const obs = [
      { serial: 'HW2-0019', recoveredOn: '2025-01-10' },
      { serial: 'HW2-0040', recoveredOn: '2025-02-11' },
      { serial: 'HW2-0060', recoveredOn: '2025-04-13' },
    ];
    const targets = [
      { units: 100, by: '2025-03-31' },
      { units: 30, by: '2025-01-31' },
      { units: 500, by: '2025-02-28' },
    ];
    const together = estimateProduction(obs, { targets }).series[0].targets;
    const alone = targets.map((t) => estimateProduction(obs, { targets: [t] }).series[0].targets?.[0]);
    expect(together).toEqual(alone);
    expect(new Set(together?.map((t) => (t.ok ? t.probability : t.reason))).size).toBe(3);
    expect(estimateProduction(obs).series[0].targets).toBeUndefined();
  });

  it('refuses bad options with Invalid', () => {
    expect(() => estimateProduction([], { level: 1.5 })).toThrow(Invalid);
    expect(() => estimateProduction([], { lagDays: -1 })).toThrow(/lagDays/);
    expect(() => estimateProduction([], { pattern: '(\\d+)' })).toThrow(/named group/);
    expect(() =>
      estimateProduction([], {
        targets: [
          { units: 10, by: '2025-01-30' },
          { units: 10, by: '2025-02-30' },
        ],
      }),
    ).toThrow(/targets\.1\.by/);
    expect(() => estimateProduction([], { prior: { kind: 'uniform', max: 0 } })).toThrow(/prior.max/);
  });

  it('keeps 12-digit serials at the extreme levels within whole numbers a double holds', () => {
    for (const level of [0.5, 0.999]) {
      for (const start of ['one', 'unknown'] as const) {
        for (const serials of [['A-999999999999'], ['A-1', 'A-999999999999']]) {
          const r = estimateProduction(
            serials.map((serial) => ({ serial })),
            { level, start },
          );
          const numbers = numbersIn(r);
          expect(numbers.every(Number.isFinite)).toBe(true);
          const s = r.series[0];
          if (s.interval?.high) expect(s.interval.high).toBeLessThan(Number.MAX_SAFE_INTEGER);
          if (s.bayes.ok) expect(s.bayes.equalTailed.high).toBeLessThan(Number.MAX_SAFE_INTEGER);
        }
      }
    }
  });

  it('returns an empty report for no observations', () => {
    expect(estimateProduction([])).toMatchObject({ series: [], unparsed: [], duplicates: [], outliers: [] });
  });

  it('never puts NaN or Infinity in a report, and a main interval always has its upper end (property)', () => {
    const serial = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('HW2-', 'TK-', 'ТК ', '№', ''),
          fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 999_999_999_999 })),
        )
        .map(([p, n]) => `${p}${n}`),
      fc.string({ maxLength: 8 }),
    );
    const date = fc.option(
      fc.oneof(
        fc
          .date({ min: new Date('2023-01-01'), max: new Date('2026-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        fc.constant('2025-13-40'),
      ),
      { nil: undefined },
    );
    const observation = fc.record({ serial, recoveredOn: date }, { requiredKeys: ['serial'] });
    fc.assert(
      fc.property(
        fc.array(observation, { maxLength: 25 }),
        fc.constantFrom<'one' | 'unknown'>('one', 'unknown'),
        (obs, start) => {
          const r = estimateProduction(obs, { start, targets: [{ units: 500, by: '2025-06-30' }] });
          expect(numbersIn(r).every(Number.isFinite)).toBe(true);
          for (const s of r.series) {
            if (start === 'one') expect(s.interval?.high).toEqual(expect.any(Number));
            if (s.estimate === null) expect(s.notes.some((n) => n.startsWith('no estimate'))).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
