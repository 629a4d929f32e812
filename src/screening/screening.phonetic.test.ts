// Sound-alike keys: Double Metaphone, and the same of the spelling that Cyrillic romanizations differ on.
import { describe, expect, it } from 'vitest';
import { foldRomanization, MAX_KEYS, phoneticKeys, soundAlike } from './screening.phonetic.ts';

const alike = (a: string, b: string) => soundAlike(phoneticKeys(a), phoneticKeys(b));

describe('phoneticKeys', () => {
  it('meets names written down by ear', () => {
    expect(alike('hussein', 'husayn')).toBe(true);
    expect(alike('company', 'kompany')).toBe(true);
  });

  it('meets the romanizations of one Cyrillic spelling', () => {
    expect(foldRomanization('dzhoint')).toBe('joint');
    expect(alike('dzhoint', 'joint')).toBe(true);
    expect(alike('tsertsel', 'cercel')).toBe(true);
    expect(alike('khimprom', 'himprom')).toBe(true);
    expect(alike('ldzhubo', 'ljubo')).toBe(true);
    expect(alike('shchegolev', 'schegolev')).toBe(true);
    expect(alike('ivanoff', 'ivanov')).toBe(true);
  });

  it('keeps different names apart, and gives numbers and short tokens no key', () => {
    expect(alike('joint', 'point')).toBe(false);
    expect(alike('kalashnikov', 'karimov')).toBe(false);
    expect(phoneticKeys('11420')).toEqual([]);
    expect(phoneticKeys('al')).toEqual([]);
    for (const w of ['dzhugashvili', 'shchukin', 'tsvetkov', 'zhukovsky'])
      expect(phoneticKeys(w).length).toBeLessThanOrEqual(MAX_KEYS);
  });
});
