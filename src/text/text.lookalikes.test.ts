import { describe, expect, it } from 'vitest';
import { foldLookalikes } from './text.lookalikes.ts';

describe('foldLookalikes', () => {
  it('folds Cyrillic capitals to the Latin letters they are drawn like', () => {
    const cyrillic = '\u041C\u0410\u0425'; // "МАХ"
    expect(cyrillic).not.toBe('MAX');
    expect(foldLookalikes(cyrillic)).toBe('MAX');
    expect(foldLookalikes('АВСЕНКМОРТХУ')).toBe('ABCEHKMOPTXY');
  });

  it('folds by shape, not by sound', () => {
    expect(foldLookalikes('Н')).toBe('H');
    expect(foldLookalikes('Р')).toBe('P');
    expect(foldLookalikes('В')).toBe('B');
  });

  it('folds Ukrainian, Belarusian and Serbian letters', () => {
    expect(foldLookalikes('І і Ї ї Ј ј Ѕ ѕ')).toBe('I i Ï ï J j S s');
  });

  it('folds Greek capitals and the small letters that look Latin', () => {
    expect(foldLookalikes('ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ')).toBe('ABEZHIKMNOPTYX');
    expect(foldLookalikes('ορν')).toBe('opv');
  });

  it('folds fullwidth letters and digits', () => {
    expect(foldLookalikes('ＳＴＭ３２ｆ４０５')).toBe('STM32f405');
  });

  it('leaves Latin text and letters without a Latin twin alone', () => {
    expect(foldLookalikes('MAX232 Zürich')).toBe('MAX232 Zürich');
    expect(foldLookalikes('ЖЛШИ ΣΛΔ')).toBe('ЖЛШИ ΣΛΔ');
  });

  it('keeps small letters that only look like small capitals', () => {
    expect(foldLookalikes('кмтн')).toBe('кмтн');
  });
});
