import { describe, expect, it } from 'vitest';
import { QUERY_MAX_TERMS, queryTerms } from './text.query.ts';

describe('queryTerms', () => {
  it('gives one list of spellings per query token', () => {
    const terms = queryTerms('МАХ232 калашников');
    expect(terms).toHaveLength(2);
    expect(terms[0]).toContain('max232');
    expect(terms[1]).toContain('kalashnikov');
  });

  it('puts the folded spelling first and the transliteration after it', () => {
    expect(queryTerms('\u041C\u0410\u0425232')).toEqual([['max232', 'makh232']]);
    expect(queryTerms('Київ')[0]).toEqual(expect.arrayContaining(['kyiv', 'kiiv']));
  });

  it('lists a spelling once when folding and transliteration agree', () => {
    expect(queryTerms('LM317T')).toEqual([['lm317t']]);
  });

  it('splits part numbers at their punctuation like the index does', () => {
    expect(queryTerms('STM32F405-RGT6')).toEqual([['stm32f405'], ['rgt6']]);
  });

  it('carries only lowercase letters and digits, never query syntax', () => {
    for (const spellings of queryTerms('"max" OR (lm317*) -NEAR ^foo: Объект')) {
      for (const s of spellings) expect(s).toMatch(/^[\p{Ll}\p{Lo}\p{N}]+$/u);
    }
  });

  it('drops repeated terms and keeps at most ten', () => {
    expect(queryTerms('max MAX \u041C\u0410\u0425')).toEqual([['max']]);
    expect(queryTerms('\u041C\u0410\u0425 max')).toEqual([['max', 'makh']]);
    const many = Array.from({ length: 15 }, (_, i) => `t${i}`).join(' ');
    expect(queryTerms(many)).toHaveLength(QUERY_MAX_TERMS);
    expect(queryTerms(many)[9]).toEqual(['t9']);
  });

  it('returns no terms for an empty or punctuation-only query', () => {
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms(' - / ')).toEqual([]);
  });
});
