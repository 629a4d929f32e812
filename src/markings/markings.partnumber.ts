// The part number: the token that starts with a maker's prefix (read with look-alike letters where the
// prefix has letters, and look-alike digits in the body after it), joined with its continuation when
// the maker prints the ordering code over two lines (ST's "STM32F405" / "RGT6", Maxim's "MAX485" /
// "ESA+", Microchip's "PIC18F45K22" / "-I/PT"); else a generic family's number (LM317, 74HC595);
// else the first code-like token, read with little confidence.

import { genericOf } from './markings.families.ts';
import { digitsInBody, isDigit, isLetter } from './markings.fold.ts';
import { type MakerIndex, type PrefixEntry, type PrefixHit, prefixOf } from './markings.makers.ts';
import { makerOfLine } from './markings.resolve.ts';
import type { Scan, Token } from './markings.scan.ts';
import type { GenericFamily, MakerProfile } from './markings.types.ts';

export interface PartClaim {
  full: string;
  base: string | null;
  entry: PrefixEntry | null;
  generic: { family: GenericFamily; at: number } | null;
  /** Characters of the prefix read as look-alikes. */
  folded: number;
  joined: boolean;
  line: number;
  /** How the number was found, for its confidence. */
  by: 'prefix' | 'generic' | 'guess';
}

/** Longest printed part number considered: longer tokens are no ordering code. */
const MAX_PART = 40;

function counts(s: string): { letters: number; digits: number } {
  let letters = 0;
  let digits = 0;
  for (const c of s) {
    if (isLetter(c)) letters++;
    else if (isDigit(c)) digits++;
  }
  return { letters, digits };
}
const codeLike = (t: string) => {
  if (t.length < 3 || t.length > MAX_PART) return false;
  const n = counts(t);
  return n.letters > 0 && n.digits > 0;
};

/**
 * A code that ends an ordering code on the next line: package, temperature and grade letters with few
 * digits (RGT6, C8T6, BRWZ, ESA+, -I/PT, LTI-LP097). Lot and date codes have more digits (S41527, H2244,
 * A1G6H8) or start with one (7B82L).
 */
function continues(t: Token | undefined, index: MakerIndex): boolean {
  if (!t || t.used || t.text.length < 2 || t.text.length > 10) return false;
  if (!isLetter(t.text[0]) && !(t.text[0] === '-' && t.text.length >= 3)) return false;
  const { letters, digits } = counts(t.text);
  // A word of five letters or more is a family or a brand ("ARTIX", "ALLEGRO"), as is a logo.
  if (digits === 0 && letters > 4) return false;
  if (index.logos.has(t.text) || makerOfLine(t.text, index)) return false;
  return digits <= 2 || (digits === 3 && t.text.includes('-'));
}

function join(s: Scan, index: MakerIndex, part: PartClaim, token: Token): void {
  const row = s.rows[token.line];
  if (row[row.length - 1] !== token || !part.entry || part.full.length > 24 || part.full.includes('-'))
    return;
  const next = s.rows[token.line + 1];
  if (!next || !continues(next[0], index)) return;
  // A long first line is a whole ordering code; only a suffix after a dash goes on (PIC32MZ… / -I/PH).
  if (part.full.length > 10 && next[0].text[0] !== '-') return;
  // Only marks may share the continuation's line (Microchip's "-I/PT e3").
  for (const t of next.slice(1)) if (!t.used) return;
  next[0].used = true;
  part.full += next[0].text;
  part.joined = true;
}

type Found = { token: Token; hit: PrefixHit };

function byPrefix(s: Scan, index: MakerIndex, logo: MakerProfile | null): Found | null {
  let best: (Found & { score: number }) | null = null;
  for (const row of s.rows)
    for (const token of row) {
      if (token.used || !codeLike(token.text)) continue;
      const hit = prefixOf(index, token.text);
      // A prefix that is a whole number (HTS221) may be the whole token; a bare letter prefix may not.
      if (!hit || token.text.length < hit.entry.prefix.length) continue;
      if (token.text.length === hit.entry.prefix.length && counts(hit.entry.prefix).digits === 0) continue;
      // A generic number read as a look-alike prefix is the generic number (LM358 is no LM3S part).
      if (hit.folded && genericOf(index, token.text)) continue;
      const score = (hit.folded ? 1 : 2) + (logo && hit.entry.maker.key === logo.key ? 0.5 : 0);
      if (!best || score > best.score) best = { token, hit, score };
    }
  return best;
}

function first(s: Scan, ok: (t: Token) => boolean): Token | null {
  for (const row of s.rows) for (const t of row) if (!t.used && ok(t)) return t;
  return null;
}

export function claimPart(s: Scan, index: MakerIndex, logo: MakerProfile | null): PartClaim | null {
  let part: PartClaim | null = null;
  const at: { token: Token | null } = { token: null };
  const found = byPrefix(s, index, logo);
  const claim = (t: Token, full: string, by: PartClaim['by'], entry: PrefixEntry | null, folded: number) => {
    t.used = true;
    at.token = t;
    return {
      full,
      base: null,
      entry,
      generic: genericOf(index, full),
      folded,
      joined: false,
      line: t.line,
      by,
    };
  };
  if (found) {
    const { entry, token: printed, folded } = found.hit;
    const full = digitsInBody(printed, entry.prefix.length);
    // The body read with its digits may start a longer prefix (STM32GO71 → STM32G0, launched 2018).
    const longer = full === printed ? null : prefixOf(index, full);
    const rule =
      longer && longer.folded === 0 && longer.entry.prefix.length > entry.prefix.length
        ? longer.entry
        : entry;
    part = claim(found.token, full, 'prefix', rule, folded);
  } else {
    const t = first(
      s,
      (t) => t.text.length >= 3 && t.text.length <= MAX_PART && genericOf(index, t.text) !== null,
    );
    if (t) {
      const g = genericOf(index, t.text);
      part = claim(
        t,
        digitsInBody(t.text, (g?.at ?? 0) + (g?.family.pattern.length ?? 0)),
        'generic',
        null,
        0,
      );
    }
  }
  if (!part) {
    // A guess: a code with letters and digits that no date reading takes, its leading letters kept.
    // A code that starts with a digit is a lot or a date unless it is long and mostly letters (25Q64FVSIG).
    const guess = (t: Token) => {
      const n = counts(t.text);
      return isDigit(t.text[0]) ? t.text.length >= 8 && n.letters >= 4 : t.text.length >= 4 && n.letters >= 2;
    };
    const t = first(s, (t) => codeLike(t.text) && guess(t));
    if (t) {
      let head = 0;
      while (isLetter(t.text[head])) head++;
      part = claim(t, digitsInBody(t.text, head), 'guess', null, 0);
    }
  }
  if (!part || !at.token) return null;
  join(s, index, part, at.token);
  part.base = part.entry?.base?.(part.full) ?? null;
  return part;
}
