// Latin spelling of names written in any script, for screening and search: "Концерн Калашников"
// must meet the "Kontsern Kalashnikov" of a sanctions list. any-ascii does the work; the
// corrections below are the ones that would make names unmatchable.
import anyAscii from 'any-ascii';
import { normalize } from './text.normalize.ts';
import { looksUkrainian, romanizeUkrainian } from './text.ukrainian.ts';

// Apostrophes inside a word belong to it (Ukrainian "Мар’яна"), so the word is romanized whole.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const ASCII = /^\p{ASCII}*$/u;
const LETTER = /\p{L}/u;
// any-ascii writes the soft and hard signs, ayin and hamza as ' or `, which tokenizers split on:
// "Объект" would be indexed as "ob" and "ekt".
const APOSTROPHES = /['`]/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ALL_CAPS = /^(?=.*\p{Lu}.*\p{Lu})\P{Ll}*$/u;

function romanizeWord(word: string, ukrainian: boolean): string {
  if (ASCII.test(word)) return word;
  // In Cyrillic the apostrophe only marks how the next vowel sounds; Latin spellings drop it.
  const cyrillic = CYRILLIC.test(word);
  let out = '';
  for (const c of ukrainian && cyrillic ? romanizeUkrainian(word) : word) {
    const latin = anyAscii(c);
    out += cyrillic || LETTER.test(c) ? latin.replace(APOSTROPHES, '') : latin;
  }
  // A capital written as a digraph would otherwise give "ThALASSA" for "ΘΑΛΑΣΣΑ".
  return ALL_CAPS.test(word) ? out.toUpperCase() : out;
}

function romanize(text: string, ukrainian: boolean): string {
  return anyAscii(text.replace(WORD, (word) => romanizeWord(word, ukrainian)));
}

export function transliterate(s: string): string {
  const text = normalize(s);
  return romanize(text, looksUkrainian(text));
}

/**
 * Every Latin reading worth indexing: a Ukrainian name is also found under the Russian-style
 * spelling that older lists and customs records use ("Kiiv" beside "Kyiv").
 */
export function transliterations(s: string): string[] {
  const text = normalize(s);
  const readings = [romanize(text, false)];
  if (looksUkrainian(text)) readings.unshift(romanize(text, true));
  return [...new Set(readings)];
}
