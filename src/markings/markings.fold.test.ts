import { describe, expect, it } from 'vitest';
import { asDigits, digitsInBody, letterLike } from './markings.fold.ts';

describe('position-aware folding', () => {
  it('reads a letter drawn like a digit as the digit inside a date field, at most one', () => {
    expect(asDigits('22O9')).toEqual({ digits: '2209', folded: 1 });
    expect(asDigits('2I29')).toEqual({ digits: '2129', folded: 1 });
    expect(asDigits('1S22')).toEqual({ digits: '1522', folded: 1 });
    expect(asDigits('2229')).toEqual({ digits: '2229', folded: 0 });
    expect(asDigits('BOSS')).toBeNull();
    expect(asDigits('2OO9')).toBeNull();
    expect(asDigits('22K9')).toBeNull();
  });

  it('reads a digit drawn like a letter as the letter where a prefix has a letter, and back', () => {
    expect(letterLike('S', '5')).toBe(true);
    expect(letterLike('O', '0')).toBe(true);
    expect(letterLike('B', '8')).toBe(true);
    expect(letterLike('I', '1')).toBe(true);
    expect(letterLike('L', '1')).toBe(true);
    expect(letterLike('3', 'B')).toBe(false);
    expect(letterLike('0', 'O')).toBe(true);
    expect(letterLike('S', '8')).toBe(false);
  });

  it('reads an O in a part body as zero, an I between digits as one, and leaves B, S, L and G', () => {
    expect(digitsInBody('STM32F4O5RGT6', 5)).toBe('STM32F405RGT6');
    expect(digitsInBody('STM32GO71RBT6', 5)).toBe('STM32G071RBT6');
    expect(digitsInBody('MK64FN1MOVLL12', 2)).toBe('MK64FN1M0VLL12');
    expect(digitsInBody('MAX3I855KASA+', 3)).toBe('MAX31855KASA+');
    expect(digitsInBody('MAX232IDR', 3)).toBe('MAX232IDR');
    expect(digitsInBody('STM32G0B1RET6', 5)).toBe('STM32G0B1RET6');
    expect(digitsInBody('LM3S6965', 2)).toBe('LM3S6965');
    expect(digitsInBody('STM32L476', 5)).toBe('STM32L476');
    // The prefix is kept as the maker spells it, and the suffix after a dash keeps its letters.
    expect(digitsInBody('OPA2134', 3)).toBe('OPA2134');
    expect(digitsInBody('MCP2200-I/SO', 3)).toBe('MCP2200-I/SO');
  });
});
