import { describe, expect, it } from 'vitest';
import { makers } from './markings.fixtures.ts';
import { buildNameIndex, nameWords, skeletonOf } from './markings.names.ts';

describe('nameWords', () => {
  it('drops legal forms, case, look-alikes and punctuation', () => {
    expect(nameWords('Texas Instruments Inc.')).toEqual(['texas', 'instruments']);
    expect(nameWords('ТЕХАS INSTRUМЕNTS')).toEqual(['texas', 'instruments']);
    expect(nameWords('J.S.T. Mfg. Co., Ltd.')).toEqual(['j', 's', 't', 'mfg']);
    expect(nameWords('The Alpha & Omega Company')).toEqual(['alpha', 'omega']);
  });

  it('transliterates a name in another script', () => {
    expect(nameWords('Майкрочип Текнолоджи')).toEqual(['maykrochip', 'teknolodzhi']);
  });
});

describe('skeletonOf', () => {
  it('gives a transliteration and its Latin spelling the same consonants', () => {
    expect(skeletonOf('tekhnolodzhi')).toBe(skeletonOf('technology'));
    expect(skeletonOf('maykrochip')).toBe(skeletonOf('microchip'));
    expect(skeletonOf('stmikroelektroniks')).toBe(skeletonOf('stmicroelectronics'));
    expect(skeletonOf('sistems')).toBe(skeletonOf('systems'));
  });
});

describe('buildNameIndex', () => {
  it('keys every name, alias, abbreviation, logo and former name of every maker', () => {
    const i = buildNameIndex(makers);
    expect(i.exact.get('texas instruments')?.[0]).toMatchObject({ via: 'name', maker: { key: 'ti' } });
    expect(i.exact.get('ti')?.[0].via).toBe('abbreviation');
    expect(i.exact.get('sgs thomson microelectronics')?.[0].via).toBe('former-name');
    expect(i.compact.get('stmicroelectronics')?.[0].maker.key).toBe('st');
  });
});
