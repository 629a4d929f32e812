import { describe, expect, it } from 'vitest';
import { ABJAD_SCRIPT, abjadSkeletons, consonantSkeleton } from './text.skeleton.ts';
import { transliterate } from './text.transliterate.ts';

/** The skeletons of each word of a name written in Arabic script, as the matcher reads it. */
const arabic = (name: string) => transliterate(name).toLowerCase().split(' ').map(abjadSkeletons);

describe('consonant skeletons', () => {
  it('bring Latin spellings of one Arabic name to one form', () => {
    for (const group of [
      ['muhammad', 'mohammed', 'mohamad', 'mahmoud'],
      ['hussein', 'husayn', 'hassan', 'hasan'],
      ['hamza', 'hamzah'],
      ['sulaiman', 'suleiman', 'sulayman', 'slymn'],
      ['qasim', 'kassem', 'qassim'],
      ['shaker', 'chaker'],
      ['youssef', 'yusuf', 'ywsf'],
    ])
      expect(new Set(group.map(consonantSkeleton)), group.join(', ')).toHaveLength(1);
  });

  it('keep the consonants that tell names apart, and give none for numbers or the article', () => {
    expect(consonantSkeleton('khalid')).not.toBe(consonantSkeleton('halid'));
    expect(consonantSkeleton('salman')).not.toBe(consonantSkeleton('sultan'));
    expect(consonantSkeleton('tariq')).not.toBe(consonantSkeleton('tahir'));
    expect(consonantSkeleton('1420')).toBe('');
    expect(consonantSkeleton('al')).toBe('');
    expect(consonantSkeleton('el')).toBe('');
    expect(consonantSkeleton('ali')).toBe('l');
    // One written consonant is enough when a long vowel is written with it: "ly" is "علي", ALI.
    expect(abjadSkeletons('ly')).toEqual(['l']);
    expect(abjadSkeletons('l')).toEqual([]);
  });

  it('read Arabic-script names like their Latin spellings, the article taken off or kept', () => {
    expect(arabic('صدام حسين التكريتي')).toEqual([['sdm'], ['hsn'], ['ltkrt', 'tkrt']]);
    expect(arabic('صدام حسين التكريتي').map((keys) => keys.at(-1))).toEqual(
      'SADDAM HUSSEIN TIKRITI'.toLowerCase().split(' ').map(consonantSkeleton),
    );
    expect(arabic('حزب الله').flat()).toEqual(['hzb']);
    expect(consonantSkeleton('hzbllh')).toBe(consonantSkeleton('hizballah'));
  });

  it('know the scripts written without most vowels', () => {
    expect(ABJAD_SCRIPT.test('محمد')).toBe(true);
    expect(ABJAD_SCRIPT.test('אברהם')).toBe(true);
    expect(ABJAD_SCRIPT.test('Мухаммед')).toBe(false);
    expect(ABJAD_SCRIPT.test('Muhammad')).toBe(false);
  });
});
