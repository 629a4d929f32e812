import { describe, expect, it } from 'vitest';
import { fixtureIndex, makers } from './markings.fixtures.ts';
import { buildMakerIndex, prefixOf } from './markings.makers.ts';

const index = fixtureIndex();

describe('buildMakerIndex', () => {
  it('indexes logos as printed (folded capitals), one maker per logo word', () => {
    expect(index.logos.get('ST')?.map((m) => m.key)).toEqual(['st']);
    expect(index.logos.get('ANALOG DEVICES')?.map((m) => m.key)).toEqual(['adi']);
    expect(index.logoMaxWords).toBe(2);
  });

  it('gives a sub-family without its own launch year or base rule those of its family', () => {
    const st = makers.find((m) => m.key === 'st');
    if (!st) throw new Error('fixture');
    const withF4 = { ...st, prefixes: [...st.prefixes, { prefix: 'STM32F4' }] };
    const i = buildMakerIndex([withF4], [], []);
    const hit = prefixOf(i, 'STM32F405RGT6');
    expect(hit?.entry.prefix).toBe('STM32F4');
    expect(hit?.entry.rule.since).toBe(2007);
    expect(hit?.entry.base?.('STM32F405RGT6')).toBe('STM32F405RG');
  });
});

describe('prefixOf', () => {
  it('takes the longest prefix printed exactly', () => {
    expect(prefixOf(index, 'ADUM1401BRWZ')?.entry.prefix).toBe('ADUM');
    expect(prefixOf(index, 'AD8232ACPZ')?.entry.prefix).toBe('AD');
    expect(prefixOf(index, 'LTC3780EG')?.entry.maker.key).toBe('linear');
    expect(prefixOf(index, 'XYZ123')).toBeNull();
  });

  it('reads a digit drawn like a letter as the letter inside a prefix, and says so', () => {
    const hit = prefixOf(index, '5TM32F103C8T6');
    expect(hit).toMatchObject({ token: 'STM32F103C8T6', folded: 1 });
    expect(hit?.entry.maker.key).toBe('st');
    expect(prefixOf(index, '0PA2134')?.token).toBe('OPA2134');
    expect(prefixOf(index, 'MAX232')?.folded).toBe(0);
  });

  it('does not read a digit between digits as a letter, nor fold short prefixes', () => {
    // LM358 is no "LM3S…"; a two-letter prefix ("AD") is never matched by look-alike.
    const i = buildMakerIndex([{ ...makers[0], key: 'luminary', prefixes: [{ prefix: 'LM3S' }] }], [], []);
    expect(prefixOf(i, 'LM358')).toBeNull();
    expect(prefixOf(i, 'LM3S6965')?.folded).toBe(0);
    expect(prefixOf(index, 'A08232')).toBeNull();
  });
});
