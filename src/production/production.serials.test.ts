import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../core/errors.ts';
import { canonicalSeries, parseSerial, serialPattern } from './production.serials.ts';

const read = (serial: string, pattern?: RegExp) => parseSerial({ serial }, 0, pattern);

describe('parseSerial, default pattern', () => {
  it.each([
    ['HW2-0417', 'HW2', 417],
    ['HW2/0417', 'HW2', 417],
    ['hw2 0417', 'HW2', 417],
    ['Зав. № ТК-0031', 'TK', 31],
    ['зав.№ тк 0031', 'TK', 31],
    ['S/N: HW2-0417', 'HW2', 417],
    ['SN HW2-0417', 'HW2', 417],
    ['Serial No. 55', null, 55],
    ['№0031', null, 31],
    ['0417', null, 417],
    ['TK0031', 'TK', 31],
    ['AB-12-0417', 'AB-12', 417],
    ['TK 12 0417', 'TK-12', 417],
    ['ТК-00３１', 'TK', 31],
  ])('%s → series %s, number %s', (serial, series, number) => {
    expect(read(serial)).toMatchObject({ parsed: { series, number, raw: serial } });
  });

  it('folds Cyrillic look-alikes so that both spellings are one series', () => {
    const latin = read('TK-0031');
    const cyrillic = read('ТК-0031');
    expect('parsed' in latin && 'parsed' in cyrillic && latin.parsed.series === cyrillic.parsed.series).toBe(
      true,
    );
  });

  it.each([
    ['', 'empty serial'],
    ['   ', 'empty serial'],
    ['unreadable', 'no digits in the serial'],
    ['0417A', 'does it end in letters?'],
    ['HW2-1234567890123', 'longer than 12 digits'],
  ])('%j is unparsed: %s', (serial, reason) => {
    const r = read(serial);
    expect('unparsed' in r && r.unparsed.reason).toContain(reason);
  });

  it('keeps the item id and recovery date', () => {
    expect(parseSerial({ serial: 'X-1', id: 'item-7', recoveredOn: '2025-03-01' }, 4, undefined)).toEqual({
      parsed: { index: 4, id: 'item-7', raw: 'X-1', series: 'X', number: 1, recoveredOn: '2025-03-01' },
    });
  });

  it('reads any series, separator and zero-padded number (property)', () => {
    const series = fc.stringMatching(/^[A-Z][A-Z0-9]{0,4}$/);
    fc.assert(
      fc.property(
        series,
        fc.constantFrom('-', '/', ' ', ' - '),
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.nat(4),
        (s, sep, n, zeros) => {
          const r = read(`${s}${sep}${'0'.repeat(zeros)}${n}`);
          expect(r).toMatchObject({ parsed: { series: s, number: n } });
        },
      ),
    );
  });
});

describe('parseSerial, a pattern per designation', () => {
  it('reads with named groups, on the folded capitals', () => {
    const p = serialPattern('^(?<series>[A-Z]+)\\s*(?<number>\\d+)/\\d{2}$');
    expect(read('ab 123/24', p)).toMatchObject({ parsed: { series: 'AB', number: 123 } });
    expect(read('123/24', p)).toMatchObject({
      unparsed: { reason: expect.stringContaining('does not match') },
    });
  });

  it('works without a series group', () => {
    expect(read('LOT 7 UNIT 0042', /UNIT (?<number>\d+)$/)).toMatchObject({
      parsed: { series: null, number: 42 },
    });
  });

  it('drops the global flag that would skip every other serial', () => {
    const p = serialPattern(/(?<number>\d+)$/g);
    expect([read('A-1', p), read('A-2', p), read('A-3', p)].every((r) => 'parsed' in r)).toBe(true);
  });

  it('refuses a pattern without a number group or that is not a regex', () => {
    expect(() => serialPattern('(?<serial>\\d+)')).toThrow(Invalid);
    expect(() => serialPattern('(?<number>\\d+')).toThrow(/not a regular expression/);
  });
});

describe('canonicalSeries', () => {
  it('names a series typed elsewhere as parseSerial names it in a serial', () => {
    for (const [typed, serial] of [
      ['hw2 m', 'HW2/M-0417'],
      ['ТК', 'Зав. № ТК-0031'],
      ['a.b', 'A B 7'],
    ]) {
      const r = read(serial);
      expect('parsed' in r && r.parsed.series).toBe(canonicalSeries(typed));
    }
  });
});
