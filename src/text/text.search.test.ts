import { describe, expect, it } from 'vitest';
import { queryTerms } from './text.query.ts';
import { partTokens, SEARCH_TEXT_MAX_LENGTH, searchText } from './text.search.ts';

const tokensOf = (s: string) => s.split(' ');

/** What the full-text index does with `(a OR b) AND (c OR d)`. */
function matches(indexed: string, query: string): boolean {
  const tokens = new Set(tokensOf(indexed));
  return queryTerms(query).every((spellings) => spellings.some((s) => tokens.has(s)));
}

describe('searchText', () => {
  it('indexes Cyrillic look-alike markings so that the Latin query finds them, and back', () => {
    expect(matches(searchText('\u041C\u0410\u0425232CPE'), 'MAX232CPE')).toBe(true);
    expect(matches(searchText('MAX232CPE'), '\u041C\u0410\u0425232CPE')).toBe(true);
    expect(matches(searchText('MAX232CPE'), 'MAX3232')).toBe(false);
  });

  it('indexes both the folded and the transliterated form of names', () => {
    const indexed = searchText('Концерн Калашников');
    expect(tokensOf(indexed)).toContain('kalashnikov');
    expect(tokensOf(indexed)).toContain('kontsern');
    expect(matches(indexed, 'Kalashnikov')).toBe(true);
    expect(matches(indexed, 'калашников')).toBe(true);
  });

  it('finds a Ukrainian name under its Ukrainian and its Russian-style spelling', () => {
    const indexed = searchText('ТОВ «Київприлад»');
    expect(matches(indexed, 'Kyivprylad')).toBe(true);
    expect(matches(indexed, 'Kiivprilad')).toBe(true);
  });

  it('adds part numbers joined without their punctuation', () => {
    expect(tokensOf(searchText('STM32F405-RGT6'))).toEqual(['stm32f405', 'rgt6', 'stm32f405rgt6']);
    expect(tokensOf(searchText('GH229/93'))).toEqual(['gh229', '93', 'gh22993']);
    expect(matches(searchText('U3 STM32F405-RGT6 (ST)'), 'stm32f405rgt6')).toBe(true);
  });

  it('keeps digits, so different numbers give different index text', () => {
    expect(searchText('BELLETECH CORP')).toBe('belletech corp');
    expect(searchText('11420 CORP')).toBe('11420 corp');
  });

  it('deduplicates across parts, keeps first-seen order and skips empty parts', () => {
    expect(searchText('LM317T regulator', null, undefined, '', 'lm317t REGULATOR TI')).toBe(
      'lm317t regulator ti',
    );
  });

  it('ignores zero-width characters inside markings', () => {
    expect(searchText('LM\u200B317T')).toBe('lm317t');
  });

  it('stays within its bound', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    const indexed = searchText(words);
    expect(indexed.length).toBeLessThanOrEqual(SEARCH_TEXT_MAX_LENGTH);
    expect(tokensOf(indexed)[0]).toBe('word0');
    expect(tokensOf(indexed).every((t) => /^word\d+$/.test(t))).toBe(true);
  });
});

describe('searchText ASCII fast path', () => {
  it('gives exactly the tokens of the full Unicode path for printable ASCII', async () => {
    const { foldForSearch } = await import('./text.fold.ts');
    const { tokenize } = await import('./text.tokenize.ts');
    const slow = (s: string) => {
      const out: string[] = [];
      for (const word of foldForSearch(s).split(' ')) {
        const t = tokenize(word);
        out.push(...t);
        if (t.length > 1) out.push(t.join(''));
      }
      return out;
    };
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = 'AbZ09-/ .,_()\t\n#\'"+xM';
    for (let i = 0; i < 2000; i++) {
      const s = Array.from(
        { length: Math.floor(rand() * 40) },
        () => alphabet[Math.floor(rand() * alphabet.length)],
      ).join('');
      expect(partTokens(s), JSON.stringify(s)).toEqual(slow(s));
    }
  });
});
