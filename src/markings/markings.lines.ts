// A marking as typed or OCR'd, checked and cut into lines and tokens before anything reads it.
// Text that is no marking (empty, binary, a megabyte pasted by mistake) is refused here with a
// MarkingInputError that says what is wrong, so no later step meets it. Every step is one pass over
// the characters: no regular expression here can backtrack.
// Everywhere, Cyrillic, Greek and fullwidth look-alikes become Latin capitals (the text module's one
// table); folding that depends on the position is markings.fold.ts's.
import { foldLookalikes, normalize } from '../text/index.ts';
import { isDigit, isLetter } from './markings.fold.ts';

export class MarkingInputError extends Error {
  override name = 'MarkingInputError';
}

export const MARKING_MAX_CHARS = 10_000;
export const MARKING_MAX_LINES = 50;

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

/** Throws a MarkingInputError unless the text can be a marking; says whether it is plain ASCII. */
function check(text: unknown): { ascii: boolean } {
  if (typeof text !== 'string')
    throw new MarkingInputError(`marking text must be a string, not ${typeof text}`);
  if (text.length > MARKING_MAX_CHARS)
    throw new MarkingInputError(`marking text is ${text.length} characters; at most ${MARKING_MAX_CHARS}`);
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 32 && c < 127) continue;
    if (c === 9 || c === 10 || c === 13) continue;
    ascii = false;
    const at = `at character ${i + 1}`;
    if (c < 32 || (c >= 127 && c < 160))
      throw new MarkingInputError(
        `marking text holds the control character ${hex(c)} ${at}; is it binary? Only line breaks and tabs are allowed`,
      );
    if (c === 0xfffd)
      throw new MarkingInputError(
        `marking text holds U+FFFD ${at}: it was decoded from binary or a wrong character encoding`,
      );
    if (c === 0xfffe || c === 0xffff)
      throw new MarkingInputError(`marking text holds the non-character ${hex(c)} ${at}`);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff)
      throw new MarkingInputError(`marking text is invalid UTF-16 ${at} (a lone surrogate)`);
  }
  return { ascii };
}

const isSpace = (c: string) => c === ' ' || c === '\t';

const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';

/**
 * A lower-case "l" amid capitals and digits is a typed or OCR'd one ("STM32F4l1", "22l8"), or, where
 * no digit or capital touches it, a capital I ("-l/P"); inside a lower-case word ("Analog") it is an l.
 */
function lowerL(s: string): string {
  if (!s.includes('l')) return s;
  let out = '';
  for (let i = 0; i < s.length; ) {
    if (s[i] !== 'l') {
      out += s[i++];
      continue;
    }
    let j = i;
    while (s[j] === 'l') j++;
    const [before, after] = [s[i - 1], s[j]];
    if (isLower(before) || isLower(after)) out += s.slice(i, j);
    else {
      const solid = (c: string | undefined) => isDigit(c) || isLetter(c);
      out += (solid(before) || solid(after) ? '1' : 'I').repeat(j - i);
    }
    i = j;
  }
  return out;
}

/** One line's display form: look-alikes folded, capitals, one space between words. */
function foldLine(raw: string, ascii: boolean): string {
  // Folded before and after the capitals: a small letter may only look Latin once capital ("в" → "В" → "B").
  if (!ascii) return foldLookalikes(lowerL(foldLookalikes(normalize(raw))).toUpperCase()).normalize('NFKC');
  let out = '';
  let space = false;
  for (const c of raw) {
    if (isSpace(c)) space = out !== '';
    else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return lowerL(out).toUpperCase();
}

/** The lines of a marking: split at line breaks, " / " and "|", folded, empty ones dropped. */
export function splitLines(input: string): string[] {
  const { ascii } = check(input);
  // Compatibility forms first, so that a fullwidth "｜" or "／" separates lines as its plain form does.
  const text = ascii ? input : input.normalize('NFKC');
  const raw: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    const slash = c === '/' && isSpace(text[i - 1] ?? '') && isSpace(text[i + 1] ?? '');
    if (
      i === text.length ||
      c === '\n' ||
      c === '\r' ||
      c === '|' ||
      c === '\u2028' ||
      c === '\u2029' ||
      slash
    ) {
      raw.push(text.slice(start, i));
      start = i + 1;
    }
  }
  const lines: string[] = [];
  for (const r of raw) {
    const line = foldLine(r, ascii);
    if (line !== '') lines.push(line);
  }
  if (lines.length === 0) throw new MarkingInputError('marking text is empty');
  if (lines.length > MARKING_MAX_LINES)
    throw new MarkingInputError(`marking text has ${lines.length} lines; at most ${MARKING_MAX_LINES}`);
  return lines;
}

const isAlnum = (c: string) => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');

/**
 * The words of a folded line, without the punctuation around them ("(R)", "#2146." → "R", "2146"),
 * except a leading dash and a trailing plus, which belong to ordering codes ("-I/PT", "MAX485ESA+").
 */
export function tokensOf(line: string): string[] {
  const out: string[] = [];
  for (const word of line.split(' ')) {
    // A comma or semicolon between words of one token separates them too ("CHN,2229").
    for (const part of word.includes(',') || word.includes(';') ? word.split(/[,;]/) : [word]) {
      let a = 0;
      let b = part.length;
      while (a < b && !isAlnum(part[a]) && !(part[a] === '-' && isAlnum(part[a + 1] ?? ''))) a++;
      while (b > a && !isAlnum(part[b - 1]) && !(part[b - 1] === '+' && isAlnum(part[b - 2] ?? ''))) b--;
      if (b > a) out.push(part.slice(a, b));
    }
  }
  return out;
}
