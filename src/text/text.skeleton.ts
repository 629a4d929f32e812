// Consonant skeletons of name tokens, for names written in an abjad. Arabic script writes few vowels, so
// "محمد" romanizes as "mhmd" and can only meet "MUHAMMAD", "MOHAMED" or "MAHMUD" of a Latin list through
// the letters both spellings agree on: the consonants. Both sides are brought to one form: the digraphs
// Latin spellings use for one Arabic letter become one letter (sh, kh, gh, th, dh, dj, ch, ph, q), the
// vowels and the letters that also write long vowels (w, y) go, a final h (the feminine ending, written
// "-a" or "-ah") goes, and doubled letters (unwritten in Arabic) are written once.
const DIGRAPHS: readonly [RegExp, string][] = [
  [/dj/g, 'j'],
  [/ph/g, 'f'],
  [/[cs]h/g, 'S'],
  [/kh/g, 'X'],
  [/gh/g, 'G'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ck|q|c/g, 'k'],
];
const VOWELS = /[aeiouwy]/g;
const FINAL_H = /(?<=.)h$/;
const DOUBLED = /(.)\1+/g;
function skeleton(token: string): string {
  if (/[0-9]/.test(token)) return '';
  let s = token;
  for (const [from, to] of DIGRAPHS) s = s.replace(from, to);
  return s.replace(VOWELS, '').replace(FINAL_H, '').replace(DOUBLED, '$1');
}

/** The consonant skeleton of a lowercase ASCII token ("muhammad" → "mhmd", "hamzah" → "hmz"); '' for a
 * number, and for a word of one or two letters with one consonant (the article "al", "el"), which says
 * too little. "ali" keeps its "l". */
export function consonantSkeleton(token: string): string {
  const s = skeleton(token);
  return s.length >= 2 || (s.length === 1 && token.length >= 3) ? s : '';
}

/** Scripts romanized without most vowels: a query written in them is compared by skeletons too. */
export const ABJAD_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;

/**
 * The skeletons a token romanized from an abjad may stand for: its own, and, when it starts with the
 * article ("ال" romanizes as a leading "l": "ltkryty" for "AL-TIKRITI"), that of the rest.
 */
export function abjadSkeletons(token: string): string[] {
  const out: string[] = [];
  // One consonant is enough when a long vowel is written with it ("ly" for "علي", ALI).
  const own = skeleton(token);
  if (own.length >= 2 || (own.length === 1 && /[wy]/.test(token))) out.push(own);
  if (token.length >= 4 && token[0] === 'l') {
    const rest = consonantSkeleton(token.slice(1));
    if (rest !== '' && !out.includes(rest)) out.push(rest);
  }
  return out;
}
