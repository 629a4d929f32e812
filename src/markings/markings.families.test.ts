import { describe, expect, it } from 'vitest';
import { clonesOf, genericOf } from './markings.families.ts';
import { fixtureIndex } from './markings.fixtures.ts';

const index = fixtureIndex();

describe('genericOf and clonesOf', () => {
  it('finds a generic family at the start or after a maker letters prefix', () => {
    expect(genericOf(index, 'LM317T')?.family.pattern).toBe('LM317');
    expect(genericOf(index, 'SN74HC595N')).toMatchObject({ at: 2, family: { pattern: '74HC' } });
    expect(genericOf(index, '74HC595D')).toMatchObject({ at: 0 });
    expect(genericOf(index, 'STM32F103')).toBeNull();
  });

  it('finds clone families on either side', () => {
    expect(clonesOf(index, 'GD32F103C8T6').map((c) => [c.family.cloneKey, c.isClone])).toEqual([
      ['gigadevice', true],
    ]);
    expect(
      clonesOf(index, 'STM32F103C8T6')
        .map((c) => c.family.cloneKey)
        .sort(),
    ).toEqual(['artery', 'gigadevice']);
    expect(clonesOf(index, 'STM32F405RGT6')).toEqual([]);
  });
});
