import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarkingInputError, splitLines, tokensOf } from './markings.lines.ts';

describe('splitLines', () => {
  it('splits at line breaks, " / " and "|", trims and drops empty lines', () => {
    expect(splitLines('STM32F405 / RGT6 / GH229 93 / CHN 227')).toEqual([
      'STM32F405',
      'RGT6',
      'GH229 93',
      'CHN 227',
    ]);
    expect(splitLines('  ST\r\n\r\nSTM32F405\rRGT6 |  CHN   227  \n')).toEqual([
      'ST',
      'STM32F405',
      'RGT6',
      'CHN 227',
    ]);
    expect(splitLines('MAX3232\tCSE')).toEqual(['MAX3232 CSE']);
  });

  it('keeps a slash inside a part number', () => {
    expect(splitLines('LM317T/NOPB')).toEqual(['LM317T/NOPB']);
  });

  it('reads a lower-case l amid capitals and digits as 1, or as I where none touches it, but not inside words', () => {
    expect(splitLines('STM32F4l1 / 2ll8C4A / XC7AlOOT')).toEqual(['STM32F411', '2118C4A', 'XC7A1OOT']);
    expect(splitLines('PIC16F877A-l/P')).toEqual(['PIC16F877A-I/P']);
    expect(splitLines('Analog Devices / u-blox / lm317')).toEqual(['ANALOG DEVICES', 'U-BLOX', 'LM317']);
  });

  it('folds Cyrillic, Greek and fullwidth look-alikes to Latin capitals', () => {
    expect(splitLines('\u041C\u0410\u0425232\u0421\u0420\u0415')).toEqual(['MAX232CPE']); // МАХ232СРЕ
    expect(splitLines('\u0391\u03A4MEGA328P')).toEqual(['ATMEGA328P']); // Greek Α Τ
    expect(splitLines('ｓｔｍ３２ｆ４０５')).toEqual(['STM32F405']);
    expect(splitLines('stm32\u200bf405')).toEqual(['STM32F405']);
  });

  it('refuses what is no marking with a MarkingInputError that says what is wrong', () => {
    expect(() => splitLines('')).toThrow(new MarkingInputError('marking text is empty'));
    expect(() => splitLines(' \n / | \t')).toThrow(/empty/);
    expect(() => splitLines('\u200b')).toThrow(/empty/);
    expect(() => splitLines('x'.repeat(1_048_576))).toThrow(
      'marking text is 1048576 characters; at most 10000',
    );
    expect(() => splitLines(Array.from({ length: 51 }, (_, i) => `L${i}`).join('\n'))).toThrow(
      'marking text has 51 lines; at most 50',
    );
    expect(() => splitLines('ST\u0000M32')).toThrow(/control character U\+0000 at character 3/);
    expect(() => splitLines('ST\u001bM32')).toThrow(/U\+001B/);
    expect(() => splitLines('ST\u0085M32')).toThrow(/U\+0085/);
    expect(() => splitLines('STM\ufffd32')).toThrow(/decoded from binary/);
    expect(() => splitLines('STM\ud800')).toThrow(/lone surrogate/);
    expect(() => splitLines(42 as unknown as string)).toThrow(MarkingInputError);
  });

  it('accepts text in any script and characters outside the BMP', () => {
    expect(splitLines('兆易 GD32 😀')).toEqual(['兆易 GD32 😀']);
  });

  it('either splits any string or throws a MarkingInputError, and folding is idempotent', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })),
        (s) => {
          let lines: string[];
          try {
            lines = splitLines(s);
          } catch (e) {
            expect(e).toBeInstanceOf(MarkingInputError);
            return;
          }
          expect(lines.length).toBeGreaterThan(0);
          expect(splitLines(lines.join('\n'))).toEqual(lines);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('tokensOf', () => {
  it('splits words and takes the punctuation around them off', () => {
    expect(tokensOf('(E3) CHN,227 GH229.')).toEqual(['E3', 'CHN', '227', 'GH229']);
    expect(tokensOf('LM317T/NOPB --- #2146')).toEqual(['LM317T/NOPB', '2146']);
  });

  it('keeps a leading dash and a trailing plus, which belong to ordering codes', () => {
    expect(tokensOf('-I/PT E3')).toEqual(['-I/PT', 'E3']);
    expect(tokensOf('ESA+ NRF24L01+.')).toEqual(['ESA+', 'NRF24L01+']);
  });
});
