import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureIndex } from './markings.fixtures.ts';
import { MarkingInputError } from './markings.lines.ts';
import { parseMarking } from './markings.parse.ts';
import type { MarkingReading } from './markings.types.ts';

const index = fixtureIndex();
const parse = (text: string, recovered?: string) => parseMarking(text, index, recovered ? { recovered } : {});
const kinds = (r: MarkingReading) => r.flags.map((f) => f.kind);

describe('parseMarking: makers’ conventions', () => {
  it('reads an ST STM32 marking: the ordering code over two lines, Y WW after the country, the lot line', () => {
    const r = parse('ST / STM32F405 / RGT6 / GH229 93 / CHN 227', '2023-04-12');
    expect(r.manufacturer).toMatchObject({
      key: 'st',
      name: 'STMicroelectronics',
      country: 'CH',
      matchedBy: 'logo',
    });
    expect(r.partNumber).toEqual({ full: 'STM32F405RGT6', base: 'STM32F405RG' });
    expect(r.countryOfAssembly).toBe('CN');
    expect(r.lotCode).toBe('GH229 93');
    // One digit of year: 2012 and 2022 both fit (STM32 shipped 2007; 2002 is before it).
    expect(r.dateCode).toMatchObject({
      raw: '227',
      scheme: 'YWW',
      year: null,
      years: [2012, 2022],
      week: 27,
    });
    expect(r.dateCode?.ambiguous).toBe(true);
    expect(kinds(r)).toContain('date-ambiguous');
    expect(r.lines).toEqual(['ST', 'STM32F405', 'RGT6', 'GH229 93', 'CHN 227']);
  });

  it('reads the same marking with its lines reordered', () => {
    const r = parse('CHN 227 / GH229 93 / ST / STM32F405 / RGT6', '2023-04-12');
    expect(r.partNumber?.full).toBe('STM32F405RGT6');
    expect(r.dateCode?.raw).toBe('227');
    expect(r.lotCode).toBe('GH229 93');
  });

  it("reads Maxim's part, grade and lead-free suffix over two lines, then YYWW and the lot", () => {
    const r = parse('MAXIM / MAX31855 / KASA+ / 2138 A6R', '2022-11-01');
    expect(r.manufacturer).toMatchObject({ key: 'maxim', now: { key: 'adi', name: 'Analog Devices' } });
    expect(r.partNumber?.full).toBe('MAX31855KASA+');
    expect(r.dateCode).toMatchObject({ raw: '2138', scheme: 'YYWW', year: 2021, week: 38, ambiguous: false });
    expect(r.lotCode).toBe('A6R');
  });

  it("reads Microchip's dash suffix line and its YYWWNNN trace code", () => {
    const r = parse('MICROCHIP / PIC18F45K22 / -I/PT e3 / 2215017', '2023-03-01');
    expect(r.manufacturer?.key).toBe('microchip');
    expect(r.partNumber?.full).toBe('PIC18F45K22-I/PT');
    expect(r.dateCode).toMatchObject({ raw: '2215', year: 2022, week: 15 });
    expect(r.lotCode).toBe('017');
  });

  it("reads ADI's '#' YYWW and its lot line, and a Linear part under the ADI logo as no mismatch", () => {
    const r = parse('ADI / ADUM1401 / BRWZ / #2305 / 3320716', '2024-01-01');
    expect(r.partNumber?.full).toBe('ADUM1401BRWZ');
    expect(r.dateCode).toMatchObject({ year: 2023, week: 5 });
    expect(r.lotCode).toBe('3320716');
    const lt = parse('ADI / LTC6811HG-1 / 2032 / 8D4E6F', '2023-01-01');
    expect(lt.manufacturer?.key).toBe('adi');
    expect(kinds(lt)).not.toContain('maker-mismatch');
  });

  it('reads a TI part with its YYWW date, a maker named in full on a line, and the maker from the prefix alone', () => {
    const r = parse('TEXAS INSTRUMENTS\nTPS54331\n2231', '2023-01-01');
    expect(r.manufacturer).toMatchObject({ key: 'ti', matchedBy: 'name' });
    expect(r.dateCode).toMatchObject({ year: 2022, week: 31 });
    expect(parse('TPS54331DR').manufacturer).toMatchObject({ key: 'ti', matchedBy: 'prefix' });
  });

  it("reads the IEC 60062 year-month codes of passives by the maker's scheme", () => {
    const r = parse('MURATA / 2O', '2023-06-01');
    expect(r.dateCode).toMatchObject({ scheme: 'YM', month: 10, ambiguous: true });
    expect(r.dateCode?.years).toContain(2022);
  });
});

describe('parseMarking: outcomes besides a plain reading', () => {
  it('flags a logo that disagrees with the prefix: the prefix names the maker, the logo is the alternative', () => {
    const r = parse('TI / STM32F405 / RGT6');
    expect(r.manufacturer).toMatchObject({ key: 'st', matchedBy: 'prefix' });
    expect(kinds(r)).toContain('maker-mismatch');
    expect(r.flags.find((f) => f.kind === 'maker-mismatch')?.makers).toEqual(['st', 'ti']);
    expect(r.alternatives[0]).toMatchObject({ manufacturer: { key: 'ti', matchedBy: 'logo' } });
    expect(r.fieldConfidence.manufacturer).toBeLessThan(0.6);
  });

  it('flags a generic part and names no maker unless a logo is printed', () => {
    const bare = parse('LM317T');
    expect(bare.manufacturer).toBeNull();
    expect(bare.partNumber?.full).toBe('LM317T');
    expect(kinds(bare)).toContain('generic');
    expect(bare.alternatives.map((a) => a.manufacturer?.key).sort()).toEqual(['onsemi', 'st', 'ti']);
    const ti = parse('TI\nLM317T');
    expect(ti.manufacturer?.key).toBe('ti');
    expect(kinds(ti)).toContain('generic');
    expect(ti.alternatives.map((a) => a.manufacturer?.key)).not.toContain('ti');
    // A maker's own letters before the generic number name the maker (SN74HC is TI's).
    expect(parse('SN74HC595N').manufacturer?.key).toBe('ti');
    expect(kinds(parse('SN74HC595N'))).toContain('generic');
  });

  it('names both sides of a clone family: the maker whose prefix is printed, the other as alternative', () => {
    const r = parse('GD / GD32F103 / C8T6');
    expect(r.manufacturer?.key).toBe('gigadevice');
    expect(r.partNumber?.full).toBe('GD32F103C8T6');
    expect(kinds(r)).toContain('clone');
    expect(r.alternatives[0]).toMatchObject({
      manufacturer: { key: 'st' },
      partNumber: { full: 'STM32F103C8T6' },
    });
    const original = parse('ST / STM32F103 / C8T6');
    expect(original.manufacturer?.key).toBe('st');
    expect(kinds(original)).toContain('clone');
    expect(original.alternatives.map((a) => a.manufacturer?.key).sort()).toEqual(['artery', 'gigadevice']);
  });

  it('flags a clone under the original maker’s logo as a mismatch too', () => {
    const r = parse('ST / GD32F103 / C8T6');
    expect(r.manufacturer?.key).toBe('gigadevice');
    expect(kinds(r)).toEqual(expect.arrayContaining(['maker-mismatch', 'clone']));
  });

  it('flags a word line that names no known maker', () => {
    const r = parse('ZENTRIX\nZX8812AB');
    expect(r.manufacturer).toBeNull();
    expect(kinds(r)).toContain('unknown-maker');
  });
});

describe('parseMarking: date codes against the facts', () => {
  it('never reads a code as a date after the recovery: impossible, flagged, no date', () => {
    const r = parse('MAXIM / MAX485 / ESA+ / 2431', '2023-06-01');
    expect(r.dateCode).toBeNull();
    expect(kinds(r)).toContain('date-impossible');
  });

  it('never reads a date before the family shipped', () => {
    // GD32 shipped in 2013: a YYWW of 2012 cannot be one.
    const r = parse('GD / GD32F103 / C8T6 / 1212', '2023-06-01');
    expect(r.dateCode).toBeNull();
    expect(kinds(r)).toContain('date-impossible');
  });

  it('resolves a one-digit year when the recovery leaves one decade, and keeps two decades ambiguous', () => {
    expect(parse('ST / STM32F405 / RGT6 / CHN 227', '2019-05-01').dateCode).toMatchObject({
      year: 2012,
      ambiguous: false,
    });
    expect(parse('ST / STM32F405 / RGT6 / CHN 227', '2023-05-01').dateCode).toMatchObject({
      year: null,
      years: [2012, 2022],
    });
  });

  it('reads letters OCR gives for digits inside a date field', () => {
    const r = parse('MAXIM / MAX3I855 / KASA+ / 2O44 E2P', '2023-01-01');
    expect(r.partNumber?.full).toBe('MAX31855KASA+');
    expect(r.dateCode).toMatchObject({ raw: '2044', year: 2020, week: 44 });
    expect(r.fieldConfidence.dateCode).toBeLessThan(0.9);
  });

  it('refuses a recovery date that is no date', () => {
    expect(() => parse('MAX485', 'yesterday')).toThrow(MarkingInputError);
  });
});

describe('parseMarking: look-alikes and OCR', () => {
  it('folds Cyrillic look-alikes everywhere and reads the marking as its Latin twin', () => {
    const latin = parse('ST / STM32F405 / RGT6 / GH229 93 / CHN 227', '2023-04-12');
    const cyrillic = parse(
      '\u0405\u0422 / \u0405TM32F405 / RGT6 / GH229 93 / \u0421\u041DN 227',
      '2023-04-12',
    );
    expect(cyrillic).toEqual(latin);
    expect(
      parse('\u041C\u0410\u0425\u0406\u041C / \u041C\u0410\u0425485 / Е\u0405\u0410+').manufacturer?.key,
    ).toBe('maxim');
  });

  it('reads digits given for letters in a prefix and in a logo, and O for 0 in a part body', () => {
    expect(parse('5TM32F4O5RGT6').partNumber?.full).toBe('STM32F405RGT6');
    expect(parse('MICR0CHIP / PIC16F628A').manufacturer).toMatchObject({
      key: 'microchip',
      matchedBy: 'logo',
    });
    expect(parse('ATMEGA256O-16AU').partNumber?.full).toBe('ATMEGA2560-16AU');
  });
});

describe('parseMarking: confidence and alternatives', () => {
  it('is surer of a marking whose logo and prefix agree than of one guessed', () => {
    const sure = parse('ST / STM32F405 / RGT6 / GH229 93 / CHN 227', '2019-01-01');
    const guess = parse('QX7781A');
    expect(sure.confidence).toBeGreaterThan(0.8);
    expect(guess.confidence).toBeLessThan(0.5);
    expect(guess.partNumber?.full).toBe('QX7781A');
  });

  it('ranks alternatives by confidence', () => {
    for (const text of ['ST / GD32F103 / C8T6', 'LM317T', 'TI / STM32F103 / C8T6']) {
      const c = parse(text).alternatives.map((a) => a.confidence);
      expect(c).toEqual([...c].sort((a, b) => b - a));
    }
  });
});

const markingLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'ST',
        'TI',
        'MAXIM',
        'ADI',
        'GD',
        'CHN',
        'MYS',
        'e3',
        '#',
        '+',
        '-I/PT',
        '/',
        '|',
        'МАХ',
        'Ѕ',
      ),
      fc.stringMatching(/^[A-Z0-9]{1,12}$/),
      fc.stringMatching(/^\d{2,6}$/),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 14 },
  )
  .chain((words) => fc.constantFrom(' ', '\n', ' / ').map((sep) => words.join(sep)));

describe('parseMarking: any input', () => {
  it('either reads any string or throws a MarkingInputError, never another error', () => {
    fc.assert(
      fc.property(
        fc.oneof(markingLike, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 })),
        fc.option(fc.constantFrom('2023-06-01', '2015-01-01', '1999-12-31'), { nil: undefined }),
        (text, recovered) => {
          try {
            parse(text, recovered);
          } catch (e) {
            expect(e).toBeInstanceOf(MarkingInputError);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('gives every confidence in [0, 1], and the same reading for the same input', () => {
    fc.assert(
      fc.property(markingLike, (text) => {
        let r: MarkingReading;
        try {
          r = parse(text, '2024-01-01');
        } catch {
          return;
        }
        const all = [
          r.confidence,
          ...Object.values(r.fieldConfidence),
          ...r.alternatives.map((a) => a.confidence),
        ];
        for (const c of all) {
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        }
        expect(parse(text, '2024-01-01')).toEqual(r);
        if (r.dateCode) expect(r.dateCode.ambiguous).toBe(r.dateCode.years.length > 1);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads its own folded lines as it read the text: folding is idempotent', () => {
    fc.assert(
      fc.property(markingLike, (text) => {
        let r: MarkingReading;
        try {
          r = parse(text);
        } catch {
          return;
        }
        expect(parse(r.lines.join('\n')).lines).toEqual(r.lines);
      }),
      { numRuns: 500 },
    );
  });

  it('completes on long inputs built to make a backtracking regular expression hang', () => {
    const adversarial = [
      `${'A'.repeat(9999)}!`,
      '1'.repeat(10_000),
      'A1'.repeat(5000),
      `${'STM32'.repeat(1999)}!`,
      `${'a '.repeat(4999)}!`,
      `${'2229 '.repeat(1999)}x`,
      `${'-'.repeat(9999)}+`,
      `${'l'.repeat(9999)}1`,
      `${'O0'.repeat(4999)}!`,
      Array.from({ length: 50 }, () => 'MAX232'.repeat(30)).join('\n'),
      `MADE IN ${'IN '.repeat(3000)}`,
    ];
    for (const text of adversarial) {
      expect(text.length).toBeLessThanOrEqual(10_000);
      const r = parse(text, '2024-01-01');
      expect(r.lines.length).toBeGreaterThan(0);
    }
    expect(() => parse('A'.repeat(10_001))).toThrow(MarkingInputError);
    expect(() => parse('x'.repeat(1_000_000))).toThrow('marking text is 1000000 characters; at most 10000');
  });
});
