// The date code and the lot (trace) code among the tokens no other field took. The date code is a
// 3–4 digit field (a look-alike letter inside it read as its digit), or a year-week code with the lot
// run on (Microchip's "2229ABC"), or a two-character year-month code for makers that print one; it is
// looked for first right after the country (ST's "CHN 227"), then alone on a line, then anywhere. The
// lot is what remains on the date's line, else a line of its own.
import { type DateCandidate, type DateFacts, decodeDateCode, resolveDate } from './markings.datecode.ts';
import { asDigits, isDigit, isLetter } from './markings.fold.ts';
import type { CountryClaim, Scan, Token } from './markings.scan.ts';
import type { DateCodeReading, DateScheme, MarkingFlag } from './markings.types.ts';

export interface DateClaim {
  reading: DateCodeReading | null;
  flag: MarkingFlag | null;
  line: number;
  /** A look-alike letter was read as a digit, or the scheme is only the default. */
  folded: boolean;
  /** Characters run on after the code (Microchip's trace code), when there were. */
  lot: string | null;
}

interface Candidate {
  token: Token;
  /** The code as read (digits folded), and as shown: "22/15" for u-blox's YY/WW. */
  code: string;
  shown: string;
  lot: string | null;
  folded: boolean;
  rank: number;
  /** Schemes this shape is read by besides the maker's (a full year needs no scheme to say so). */
  extra: readonly DateScheme[];
}

const alnum = (s: string) => {
  for (const c of s) if (!isLetter(c) && !isDigit(c)) return false;
  return s.length > 0;
};
const digitRun = (s: string, from: number) => {
  let j = from;
  while (isDigit(s[j])) j++;
  return j - from;
};
const SIX: readonly DateScheme[] = ['WWYY', 'YYWW'];
const YM_MONTH = '123456789ABCOND';

/** Every way a token can hold a date code, best shapes first (a lower rank). */
function candidatesOf(token: Token, rank: number, short: boolean): Candidate[] {
  const t = token.text;
  const out: Candidate[] = [];
  const add = (
    code: string,
    r: number,
    lot: string | null = null,
    folded = false,
    shown = code,
    extra = NONE,
  ) => out.push({ token, code, shown, lot, folded, rank: rank + r, extra });
  if (t.length === 3 || t.length === 4) {
    const d = asDigits(t);
    if (d) add(d.digits, 0, null, d.folded > 0);
  }
  // u-blox YY/WW.
  if (t.length === 5 && t[2] === '/') {
    const d = asDigits(t.slice(0, 2) + t.slice(3));
    if (d) add(d.digits, 0, null, d.folded > 0, t);
  }
  if (t.length === 6 && digitRun(t, 0) === 6) add(t, 0, null, false, t, SIX);
  if (!alnum(t)) return out;
  // YYWW with a trace code run on (Microchip YYWWNNN, Nordic YYWWLL).
  if (t.length >= 5 && t.length <= 7 && digitRun(t, 0) >= 4) {
    const rest = t.slice(4);
    add(t.slice(0, 4), SHAPE_RANK, rest.length >= 2 ? rest : null);
  }
  // YYWW inside a code: after letters (NXP "SD2231A", Infineon "H2244", Xilinx "CSG324ABX2106").
  for (let i = 1; isLetter(t[0]) && i + 4 <= t.length && t.length <= 16; i++) {
    if (!isLetter(t[i - 1]) || digitRun(t, i) !== 4) continue;
    const tail = t.length - (i + 4);
    if (tail === 0 || (tail === 1 && isLetter(t[i + 4]))) add(t.slice(i, i + 4), SHAPE_RANK);
  }
  // YWW with an assembly-line letter (IR "912P").
  if (t.length === 4 && isLetter(t[3])) {
    const d = asDigits(t.slice(0, 3));
    if (d) add(d.digits, SHAPE_RANK, null, d.folded > 0);
  }
  if (short && (t.length === 2 || t.length === 3) && isDigit(t[0]) && YM_MONTH.includes(t[1])) {
    // TI's YMS: year, month, assembly site.
    if (t.length === 2 || isLetter(t[2])) add(t.slice(0, 2), SHAPE_RANK);
  }
  if (short && t.length === 2 && isLetter(t[0])) add(t, SHAPE_RANK + 1);
  return out;
}
const NONE: readonly DateScheme[] = [];
/** A code inside a longer token or with letters round it ranks below any bare code, wherever it is. */
const SHAPE_RANK = 3;

export function claimDate(
  s: Scan,
  schemes: readonly DateScheme[],
  country: CountryClaim | null,
  facts: DateFacts,
  defaulted: boolean,
): DateClaim | null {
  const short = schemes.includes('YM') || schemes.includes('LETTER_YM');
  const all: Candidate[] = [];
  for (const row of s.rows) {
    const open = row.filter((t) => !t.used);
    for (const token of open) {
      const afterCountry = country && token.line === country.line && token.at === country.after;
      const rank = afterCountry ? 0 : open.length === 1 ? 1 : 2;
      all.push(...candidatesOf(token, rank, short));
    }
  }
  // Later lines first among equals: makers print the date code low on the part.
  all.sort((a, b) => a.rank - b.rank || b.token.line - a.token.line || a.token.at - b.token.at);
  let impossible: { c: Candidate; flag: MarkingFlag } | null = null;
  for (const c of all) {
    let decoded: DateCandidate | null = null;
    for (const scheme of c.extra.length ? [...schemes, ...c.extra] : schemes) {
      decoded = decodeDateCode(c.code, scheme);
      if (decoded) break;
    }
    if (!decoded) continue;
    decoded.raw = c.shown;
    const { reading, flag } = resolveDate(decoded, facts);
    if (!reading) {
      // Only a bare code is a date that cannot be; a code inside a longer token may be no date at all.
      if (c.rank < SHAPE_RANK) impossible ??= { c, flag: flag as MarkingFlag };
      continue;
    }
    c.token.used = true;
    return { reading, flag, line: c.token.line, folded: c.folded || defaulted, lot: c.lot };
  }
  if (!impossible) return null;
  impossible.c.token.used = true;
  return { reading: null, flag: impossible.flag, line: impossible.c.token.line, folded: false, lot: null };
}

/**
 * The lot: a line nothing else took (ST's "GH229 93", NXP's "T06521"), else the trace code run on after
 * the date (Microchip's "2215017" → "017"), else what remains on the date's line (Maxim's "2138 A6R").
 * A line of one- and two-character grades ("1C") is no lot.
 */
export function claimLot(s: Scan, date: DateClaim | null): { lot: string; own: boolean } | null {
  for (const row of s.rows) {
    if (row.length === 0 || row.some((t) => t.used || !alnum(t.text))) continue;
    if (!row.some((t) => t.text.length >= 4 && /\d/.test(t.text))) continue;
    for (const t of row) t.used = true;
    return { lot: row.map((t) => t.text).join(' '), own: true };
  }
  if (date?.lot) return { lot: date.lot, own: false };
  if (!date) return null;
  const left = s.rows[date.line].filter((t) => !t.used && alnum(t.text) && t.text.length >= 2);
  if (left.length === 0) return null;
  for (const t of left) t.used = true;
  return { lot: left.map((t) => t.text).join(' '), own: false };
}
