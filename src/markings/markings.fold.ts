// Look-alike folding where the position says which is meant: inside a maker prefix a digit drawn like
// a letter is the letter (5TM32 → STM32), inside a date field a letter drawn like a digit is the digit
// (2O44 → 2044), inside a part body an O is a zero. Nowhere else: a lone S between digits is an S in
// LM3S6965. (Script look-alikes, Cyrillic С for Latin C, are folded everywhere by the text module.)

/** Digits that OCR and hurried typing give as letters, read back as digits inside a number. */
export const DIGIT_OF: Readonly<Record<string, string>> = { O: '0', I: '1', L: '1', S: '5', B: '8' };
/** Letters given as digits, read back as letters inside a maker prefix. */
export const LETTER_OF: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B' };

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'A' && c <= 'Z';

/** Whether a printed character can stand for the expected one at this position of a prefix. */
export function letterLike(expected: string, printed: string): boolean {
  if (expected === printed) return true;
  if (isLetter(expected)) return LETTER_OF[printed] === expected || (expected === 'L' && printed === '1');
  return isDigit(expected) && DIGIT_OF[printed] === expected;
}

/**
 * A token read as a number field (a date code): every character a digit or a letter drawn like one,
 * with at most one such letter, and at least two real digits. Null when it is no number.
 */
export function asDigits(token: string): { digits: string; folded: number } | null {
  let digits = '';
  let folded = 0;
  for (const c of token) {
    if (isDigit(c)) digits += c;
    else if (DIGIT_OF[c]) {
      digits += DIGIT_OF[c];
      folded++;
    } else return null;
  }
  return folded <= 1 && digits.length - folded >= 2 ? { digits, folded } : null;
}

/**
 * Look-alike letters read back as digits inside a part number's body (after its maker prefix, before
 * the first "-" or "/" of its suffix): an O is a zero anywhere there (makers avoid the letter O in
 * ordering codes: STM32GO71, MK64FN1MOVLL12, SIM8OOL), an I only between two digits (MAX3I855).
 * B, S, L and G stay: they are real between digits (STM32G0B1, LM3S6965, STM32L476, 74LVC1G08).
 */
export function digitsInBody(s: string, from: number): string {
  let out = s.slice(0, from);
  let suffix = false;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '-' || c === '/') suffix = true;
    const between = isDigit(s[i - 1]) && isDigit(s[i + 1]);
    if (!suffix && c === 'O') out += '0';
    else if ((c === 'I' || c === 'O') && between) out += DIGIT_OF[c];
    else out += c;
  }
  return out;
}
