import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureIndex } from './markings.fixtures.ts';
import { resolveMakerName } from './markings.resolve.ts';

const index = fixtureIndex();
const key = (name: string) => resolveMakerName(name, index)?.key ?? null;

describe('resolveMakerName', () => {
  it('resolves official names, aliases and abbreviations, legal forms and case aside', () => {
    expect(resolveMakerName('Texas Instruments Inc.', index)).toEqual({
      key: 'ti',
      score: 1,
      matchedBy: 'name',
    });
    expect(resolveMakerName('TEXAS INSTR', index)).toMatchObject({ key: 'ti', matchedBy: 'alias' });
    expect(resolveMakerName('TI', index)).toMatchObject({ key: 'ti', matchedBy: 'abbreviation' });
    expect(resolveMakerName('T.I.', index)?.key).toBe('ti');
    expect(resolveMakerName('Freescale Semiconductor', index)).toMatchObject({
      key: 'freescale',
      matchedBy: 'name',
    });
    expect(key('Analog Devices, Inc.')).toBe('adi');
    expect(key('STMICROELECTRONICS N.V.')).toBe('st');
    expect(key('ST Micro electronics')).toBe('st');
  });

  it('resolves former names to the maker that bore them', () => {
    expect(resolveMakerName('SGS-THOMSON Microelectronics', index)).toMatchObject({
      key: 'st',
      matchedBy: 'former-name',
    });
  });

  it('resolves abbreviated words, with generic and regional words left out or added', () => {
    expect(key('Texas Instr. Incorporated')).toBe('ti');
    expect(key('Maxim Integrated Products, Inc.')).toBe('maxim');
    expect(key('GigaDevice Semiconductor (Beijing) Inc.')).toBe('gigadevice');
    expect(key('Texas Instruments Deutschland GmbH')).toBe('ti');
    expect(key('Microchip Tech')).toBe('microchip');
    expect(key('TI (Texas Instruments)')).toBe('ti');
  });

  it('forgives one typing error in a distinctive word, and says it was fuzzy', () => {
    expect(resolveMakerName('Texas Instrumnets', index)).toMatchObject({ key: 'ti', matchedBy: 'fuzzy' });
    expect(key('Microship Technology')).toBe('microchip');
    expect(key('Analog Devises')).toBe('adi');
  });

  it('resolves names written in Cyrillic by their transliteration and its sound', () => {
    expect(key('Майкрочип Текнолоджи')).toBe('microchip');
    expect(key('ТЕХАS INSTRUМЕNTS')).toBe('ti'); // look-alike letters
  });

  it('resolves invented names to none', () => {
    for (const name of [
      'Brightwater Fluxonics Ltd',
      'Nordvik Semiconductor',
      'Texon Instruments',
      'Microtech Systems',
      'Silicon',
      'Analog',
      'Semiconductor Corp',
      'ST Engineering',
      'AD Instruments Pty Ltd',
      'Maxtor',
      '',
      '   ',
      'Inc.',
    ])
      expect(key(name), name).toBeNull();
  });

  it('resolves no name when two unrelated makers fit as well as each other', () => {
    // "Devices" abbreviates nothing distinctive: neither Analog Devices nor Advanced Micro Devices.
    expect(key('Devices Inc')).toBeNull();
  });

  it('is total: any string gives a resolution with a score in [0, 1], or none', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const r = resolveMakerName(s, index);
        if (r) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
        }
      }),
    );
    expect(resolveMakerName('x'.repeat(100_000), index)).toBeNull();
  });
});
