// The tokens of a marking, each with its line and whether a field has claimed it yet, and the first
// claims that need no maker: the country of assembly and the logo (or maker name) line. Later steps
// read only what is still unclaimed, so no token is two fields at once.
import { countryIn } from './markings.countries.ts';
import { LETTER_OF } from './markings.fold.ts';
import { splitLines, tokensOf } from './markings.lines.ts';
import type { MakerIndex } from './markings.makers.ts';
import { makerOfLine } from './markings.resolve.ts';
import type { MakerProfile } from './markings.types.ts';

export interface Token {
  text: string;
  line: number;
  /** Position in its line. */
  at: number;
  used: boolean;
}

export interface Scan {
  lines: string[];
  rows: Token[][];
}

/** Marks that are no field: JEDEC lead-free categories (e1–e9, printed "e3"). */
const isMark = (t: string) => t.length === 2 && t[0] === 'E' && t[1] >= '1' && t[1] <= '9';

export function scan(text: string): Scan {
  const lines = splitLines(text);
  return {
    lines,
    rows: lines.map((l, line) => tokensOf(l).map((t, at) => ({ text: t, line, at, used: isMark(t) }))),
  };
}

/** A logo with digits OCR'd for its letters ("MICR0CHIP", "U-BL0X"): at most two, in a word of four or more. */
function logoLike(index: MakerIndex, word: string): MakerProfile[] | undefined {
  if (word.length < 4) return undefined;
  let folded = '';
  let n = 0;
  for (const c of word) {
    const l = LETTER_OF[c];
    if (l) n++;
    folded += l ?? c;
  }
  return n > 0 && n <= 2 && n < word.length / 2 ? index.logos.get(folded) : undefined;
}

export const free = (row: readonly Token[]): Token[] => row.filter((t) => !t.used);

export interface CountryClaim {
  code: string;
  line: number;
  /** Position just after the country phrase: a date code often follows it ("CHN 227"). */
  after: number;
  /** "MADE IN TAIWAN" spelt out is surer than a three-letter code. */
  spelled: boolean;
}

export function claimCountry(s: Scan): CountryClaim | null {
  for (const row of s.rows) {
    const hit = countryIn(row.map((t) => t.text));
    if (!hit) continue;
    for (let k = hit.at; k < hit.at + hit.words; k++) row[k].used = true;
    const last = row[hit.at + hit.words - 1].text;
    return {
      code: hit.code,
      line: row[0].line,
      after: hit.at + hit.words,
      spelled: last.length > 3 || hit.words > 1,
    };
  }
  return null;
}

export interface LogoClaim {
  maker: MakerProfile;
  line: number;
  by: 'logo' | 'name';
  /** The word(s) as printed. */
  text: string;
}

/**
 * The maker's logo or name as printed: a whole line that is a logo or a maker's name, else a logo word
 * that starts a line of at most three words. One-letter-pair logos ("ST", "TI", "AD") only count when
 * they stand alone or start a line, never inside one. Two makers with the same logo: none is taken.
 */
export function claimLogo(s: Scan, index: MakerIndex): LogoClaim | null {
  for (const row of s.rows) {
    if (row.length === 0) continue;
    const words = row.map((t) => t.text);
    const line = words.join(' ');
    const whole =
      words.length <= index.logoMaxWords ? (index.logos.get(line) ?? logoLike(index, line)) : undefined;
    if (whole?.length === 1) {
      for (const t of row) t.used = true;
      return { maker: whole[0], line: row[0].line, by: 'logo', text: words.join(' ') };
    }
    const named = makerOfLine(s.lines[row[0].line], index);
    if (named) {
      for (const t of row) t.used = true;
      return { maker: named, line: row[0].line, by: 'name', text: s.lines[row[0].line] };
    }
  }
  for (const row of s.rows) {
    if (row.length < 2 || row.length > 3 || row[0].used) continue;
    const first = index.logos.get(row[0].text);
    if (first?.length === 1) {
      row[0].used = true;
      return { maker: first[0], line: row[0].line, by: 'logo', text: row[0].text };
    }
  }
  return null;
}
