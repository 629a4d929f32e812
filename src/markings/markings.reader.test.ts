// The pure reader over the shipped reference data: real marking conventions, the three outcomes
// besides a plain reading, dates never guessed, look-alike letters, and bad input (property tests and
// an input that would hang a backtracking regular expression).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../core/errors.ts';
import { referenceEngine } from './markings.engine.ts';
import { MarkingInputError, parseMarking } from './markings.parse.ts';

const engine = referenceEngine();
const read = (text: string, recovered?: string) => engine.parse(text, recovered ? { recovered } : {});

describe('parseMarking', () => {
  it("reads ST's marking over four lines: maker, ordering code joined, base part, country", () => {
    const r = read('STM32F405 / RGT6 / GH229 93 / CHN 227', '2023-05-01');
    expect(r.manufacturer).toMatchObject({ key: 'st', country: 'CH', matchedBy: 'prefix' });
    expect(r.partNumber).toEqual({ full: 'STM32F405RGT6', base: 'STM32F405RG' });
    expect(r.countryOfAssembly).toBe('CN');
  });

  it('marks a one-digit-year code ambiguous when two decades remain, and names both', () => {
    const r = read('STM32F405\nRGT6\n229', '2023-05-01');
    expect(r.dateCode).toMatchObject({ raw: '229', ambiguous: true, year: null, week: 29 });
    expect(r.dateCode?.years).toEqual([2012, 2022]);
    expect(r.flags.map((f) => f.kind)).toContain('date-ambiguous');
  });

  it('never dates a part after its recovery: YYWW after the recovery takes the century before', () => {
    const r = read('ADUM1201\n2231', '2022-03-01');
    expect(r.dateCode?.year).not.toBe(2022);
    const ok = read('ADUM1201\n2231', '2024-01-01');
    expect(ok.dateCode).toMatchObject({ year: 2022, week: 31, ambiguous: false });
    expect(ok.dateCode?.earliest).toBe('2022-08-01');
    expect(ok.dateCode?.latest).toBe('2022-08-07');
  });

  it('flags a logo of one maker over a part number of another', () => {
    const r = read('ST\nGD32F103\nC8T6\n2231', '2024-01-01');
    expect(r.manufacturer?.key).toBe('gigadevice');
    expect(r.flags.map((f) => f.kind)).toEqual(expect.arrayContaining(['maker-mismatch', 'clone']));
    expect(r.alternatives.map((a) => a.manufacturer?.key)).toContain('st');
  });

  it('names no maker for a generic part without a logo, and says it is generic', () => {
    const r = read('LM317T\n2219');
    expect(r.manufacturer).toBeNull();
    expect(r.flags.find((f) => f.kind === 'generic')?.makers?.length).toBeGreaterThan(1);
  });

  it('folds Cyrillic look-alikes and OCR digits inside a number', () => {
    // MAX3232 is multi-sourced (Maxim, TI): without a logo no maker is picked, Maxim is an alternative.
    const r = read('МАХ3232\n2231\nMALAYSIA', '2024-01-01');
    expect(r).toMatchObject({ manufacturer: null, partNumber: { full: 'MAX3232' }, countryOfAssembly: 'MY' });
    expect(r.alternatives.map((a) => a.manufacturer?.key)).toContain('maxim');
    expect(read('MAXIM\nМАХ3232').manufacturer).toMatchObject({ key: 'maxim', now: { key: 'adi' } });
    expect(read('STM32F4O5\nRGT6').partNumber?.full).toBe('STM32F405RGT6');
  });
});

describe('bad input', () => {
  it('refuses empty, binary and oversized text with a clear error', () => {
    expect(() => read('')).toThrow(Invalid);
    expect(() => read('  \n ')).toThrow(/empty/);
    expect(() => read('AB\u0000CD')).toThrow(/control character U\+0000 at character 3/);
    expect(() => read('x'.repeat(1_048_576))).toThrow(/marking text is 1048576 characters; at most 10000/);
    expect(() => read(Array.from({ length: 60 }, () => 'A').join('\n'))).toThrow(/60 lines/);
  });

  it('finishes on inputs that make backtracking patterns hang', () => {
    for (const text of [
      `${'A'.repeat(9_999)}!`,
      `${'1'.repeat(9_999)}X`,
      'GH'.repeat(4_999),
      `${'A1 '.repeat(3_333)}`,
      `${'STM32'.repeat(1_999)}`,
    ]) {
      const r = read(text);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
    }
  });

  it('any text either reads with confidences in [0, 1] or is refused as no marking, deterministically', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300, unit: 'binary' }),
        fc.constantFrom(undefined, '2023-05-01'),
        (s, rec) => {
          let r: ReturnType<typeof parseMarking> | undefined;
          try {
            r = parseMarking(s, engine.index, rec ? { recovered: rec } : {});
          } catch (e) {
            expect(e).toBeInstanceOf(MarkingInputError);
            return;
          }
          expect(r.confidence).toBeGreaterThanOrEqual(0);
          expect(r.confidence).toBeLessThanOrEqual(1);
          for (const v of Object.values(r.fieldConfidence)) expect(v >= 0 && v <= 1).toBe(true);
          if (r.dateCode && rec) expect(r.dateCode.earliest <= rec).toBe(true);
          if (r.dateCode?.ambiguous) expect(r.dateCode.year).toBeNull();
          expect(parseMarking(s, engine.index, rec ? { recovered: rec } : {})).toEqual(r);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads markings built from maker prefixes and random suffixes without throwing', () => {
    const prefixes = engine
      .profiles()
      .flatMap((p) => p.prefixes.map((x) => x.prefix))
      .slice(0, 400);
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        fc.stringMatching(/^[A-Z0-9]{0,8}$/),
        fc.stringMatching(/^[0-9]{3,4}$/),
        (prefix, suffix, date) => {
          // A part number is at least four characters with a digit; shorter tokens are read as lot or date,
          // and a word without a digit as a family or brand name.
          fc.pre(
            `${prefix}${suffix}`.length >= 4 && /\d/.test(`${prefix}${suffix}`) && !prefix.endsWith('-'),
          );
          const r = read(`${prefix}${suffix}\n${date}`, '2025-06-01');
          expect(r.partNumber).not.toBeNull();
          if (r.dateCode) expect(r.dateCode.earliest <= '2025-06-01').toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('resolveMakerName', () => {
  it('resolves spellings of one maker and refuses invented names', () => {
    for (const n of ['Texas Instruments Inc.', 'TEXAS INSTR', 'TI', 'texas instruments incorporated'])
      expect(engine.resolve(n)?.key, n).toBe('ti');
    expect(engine.resolve('Freescale Semiconductor Inc')?.key).toBe('freescale');
    expect(engine.resolve('Analog Devices, Inc.')?.key).toBe('adi');
    for (const n of ['Brightwater Fluxonics Ltd', 'Orlanthe Circuitworks GmbH', 'Texas Teapots'])
      expect(engine.resolve(n), n).toBeNull();
  });
});
