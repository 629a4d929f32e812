import { describe, expect, it } from 'vitest';
import { normalize } from './text.normalize.ts';

describe('normalize', () => {
  it('removes zero-width characters, the byte-order mark and soft hyphens without splitting words', () => {
    expect(normalize('ST\u200BM32\u200CF4\u200D05\uFEFF')).toBe('STM32F405');
    expect(normalize('Kalash\u00ADnikov')).toBe('Kalashnikov');
  });

  it('removes control characters but turns tabs and newlines into spaces', () => {
    expect(normalize('A\u0000B\u0007C')).toBe('ABC');
    expect(normalize('LM317T\tTI\r\n2231')).toBe('LM317T TI 2231');
  });

  it('folds every kind of whitespace run to one space and trims', () => {
    expect(normalize('  a \u00A0\u2003 b\u3000c\u2028d  ')).toBe('a b c d');
  });

  it('applies NFKC: fullwidth, ligatures and composed accents become their plain forms', () => {
    expect(normalize('ＭＡＸ２３２')).toBe('MAX232');
    expect(normalize('ﬁlter')).toBe('filter');
    expect(normalize('Zu\u0308rich')).toBe('Zürich');
  });

  it('leaves ordinary text alone', () => {
    expect(normalize('Концерн Калашников')).toBe('Концерн Калашников');
    expect(normalize('')).toBe('');
  });
});
