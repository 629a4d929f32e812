import { describe, expect, it } from 'vitest';
import { foldForSearch, stripDiacritics } from './text.fold.ts';

describe('foldForSearch', () => {
  it('gives the same key to Cyrillic, Greek and Latin spellings of a marking', () => {
    expect(foldForSearch('\u041C\u0410\u0425232')).toBe('max232'); // Cyrillic МАХ
    expect(foldForSearch('max232')).toBe('max232');
    expect(foldForSearch('ΜΑΧ232')).toBe('max232'); // Greek capitals
    expect(foldForSearch('ＭＡＸ２３２')).toBe('max232');
  });

  it('folds Cyrillic small letters through their capitals', () => {
    expect(foldForSearch('мах')).toBe('max');
  });

  it('strips diacritics, including on Greek capitals before they are folded', () => {
    expect(foldForSearch('Zürich Ñandú Łódź')).toBe('zurich nandu łodz');
    expect(foldForSearch('ΆΈΌ')).toBe('aeo');
    expect(foldForSearch('Ёлка')).toBe(foldForSearch('Елка'));
  });

  it('normalizes first: zero-width characters do not change the key', () => {
    expect(foldForSearch('  MAX\u200B232\u00AD ')).toBe('max232');
  });

  it('keeps Hangul syllables whole after stripping marks', () => {
    expect(foldForSearch('서울')).toBe('서울');
  });
});

describe('stripDiacritics', () => {
  it('removes combining marks and nothing else', () => {
    expect(stripDiacritics('Ça été ÅÄÖ')).toBe('Ca ete AAO');
  });
});
