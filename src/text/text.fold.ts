// The search key of a text: case, accents and script look-alikes removed, so that a query typed on
// any keyboard finds a marking however it was transcribed.
import { foldLookalikes } from './text.lookalikes.ts';
import { normalize } from './text.normalize.ts';

const COMBINING_MARK = /\p{M}/gu;

export function stripDiacritics(s: string): string {
  // NFC afterwards puts Hangul syllables back together: NFD splits them into jamo, which are letters.
  return s.normalize('NFD').replace(COMBINING_MARK, '').normalize('NFC');
}

/**
 * Uppercase first: the look-alike table is strongest on capitals, so Cyrillic "мах" folds like
 * "МАХ" to "max". Accents are stripped before folding so accented Greek capitals ("Ά") reach the
 * table as plain ones.
 */
export function foldForSearch(s: string): string {
  return foldLookalikes(stripDiacritics(normalize(s).toUpperCase())).toLowerCase();
}
