// Reads a marking as transcribed: lines (line breaks, " / ", "|"), folded to Latin capitals; the
// maker from a logo word or a part-number prefix; the part number (joined when a maker prints it over
// two lines); the date code by the maker's schemes, cut by the recovery date and the family's launch;
// the lot; the country of assembly; flags for disagreeing logo and prefix, generic parts and clone
// families. Linear in the input: plain loops and anchored patterns without nested repetition.
import { countryIn } from './markings.countries.ts';
import { decodeDate } from './markings.datecode.ts';
import { type MakerIndex, type PrefixEntry, prefixOf, upper } from './markings.index.ts';
import type {
  DateCodeReading,
  DateScheme,
  MakerProfile,
  ManufacturerReading,
  MarkingAlternative,
  MarkingFlag,
  MarkingReading,
  ParseContext,
} from './markings.types.ts';

export class MarkingInputError extends Error {}

const MAX_CHARS = 10_000;
const MAX_LINES = 50;
const TO_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B' };
const TO_DIGIT: Record<string, string> = { O: '0', Q: '0', D: '0', I: '1', L: '1', S: '5', B: '8', Z: '2' };

function check(text: unknown): string {
  if (typeof text !== 'string') throw new MarkingInputError('the marking must be text');
  if (text.length > MAX_CHARS)
    throw new MarkingInputError(`the marking is ${text.length} characters long; at most ${MAX_CHARS}`);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127 || c === 0xfffd)
      throw new MarkingInputError(
        `the marking holds a control or invalid character (U+${c.toString(16).padStart(4, '0').toUpperCase()}) at position ${i + 1}: is it binary?`,
      );
  }
  if (text.trim() === '') throw new MarkingInputError('the marking is empty');
  return text;
}

export function splitLines(text: string): string[] {
  const lines = check(text)
    .split(/\r?\n|\r| \/ |\|/)
    .map((l) => upper(l).trim())
    .filter((l) => l !== '');
  if (lines.length > MAX_LINES)
    throw new MarkingInputError(`the marking has ${lines.length} lines; at most ${MAX_LINES}`);
  return lines;
}

const tokensOf = (line: string) => line.split(/[\s,;]+/).filter((t) => t !== '');

/** A maker prefix, read with digits taken as the letters they look like inside the prefix. */
function partPrefix(index: MakerIndex, token: string): { entry: PrefixEntry; token: string } | null {
  const direct = prefixOf(index, token);
  if (direct) return { entry: direct, token };
  const lettered = [...token.slice(0, 6)].map((c) => TO_LETTER[c] ?? c).join('') + token.slice(6);
  const fixed = prefixOf(index, lettered);
  if (!fixed) return null;
  // Only the prefix's own letters are changed back; the rest stays as printed.
  return { entry: fixed, token: fixed.prefix + token.slice(fixed.prefix.length) };
}

/** Letters that stand between digits of a number read as digits: STM32F4O5 → STM32F405. */
function digitsInNumbers(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const d = TO_DIGIT[c];
    out += d && /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '') ? d : c;
  }
  return out;
}

const related = (a: MakerProfile, b: MakerProfile) =>
  a.key === b.key || a.mergedInto?.key === b.key || b.mergedInto?.key === a.key;

function manufacturer(
  index: MakerIndex,
  m: MakerProfile,
  by: ManufacturerReading['matchedBy'],
): ManufacturerReading {
  const now = m.mergedInto ? index.byKey.get(m.mergedInto.key) : undefined;
  return {
    key: m.key,
    name: m.name,
    country: m.country,
    matchedBy: by,
    now: now ? { key: now.key, name: now.name } : null,
  };
}

function baseOf(full: string, entry: PrefixEntry | null): string | null {
  const b = entry?.rule.base;
  if (!b) return null;
  if ('length' in b) return full.length >= b.length ? full.slice(0, b.length) : null;
  try {
    return new RegExp(b.pattern).exec(full)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** Candidates for the date: digits alone, or digits after a few lot letters (GH229). */
function dateCandidates(token: string): { digits: string; rest: string }[] {
  const t =
    /^[0-9OILSBQDZ]{3,4}$/.test(token) && /\d/.test(token)
      ? [...token].map((c) => TO_DIGIT[c] ?? c).join('')
      : token;
  if (/^\d{3,4}$/.test(t)) return [{ digits: t, rest: '' }];
  const m = /^([A-Z]{1,3})(\d{3,4})$/.exec(t);
  if (m) return [{ digits: m[2], rest: m[1] }];
  const n = /^(\d{4})([A-Z][A-Z0-9]{0,5})$/.exec(t);
  if (n) return [{ digits: n[1], rest: n[2] }];
  return [];
}

export function parseMarking(text: string, index: MakerIndex, ctx: ParseContext = {}): MarkingReading {
  const lines = splitLines(text);
  const rows = lines.map(tokensOf);
  const used = rows.map((r) => r.map(() => false));
  const flags: MarkingFlag[] = [];
  const alternatives: MarkingAlternative[] = [];

  // Country of assembly.
  let country: string | null = null;
  for (const [li, r] of rows.entries()) {
    const c = countryIn(r);
    if (!c) continue;
    country = c.code;
    for (let k = 0; k < c.words; k++) used[li][c.at + k] = true;
    break;
  }

  // Logo: a line that is a maker's logo word(s), or a logo word standing alone on a line's start.
  let logo: MakerProfile | null = null;
  for (const [li, r] of rows.entries()) {
    const whole = index.logos.get(r.join(' '));
    const first = index.logos.get(r[0]);
    const hit = whole ?? (r.length <= 2 && first ? first : undefined);
    if (hit?.length === 1) {
      logo = hit[0];
      if (whole) used[li].fill(true);
      else used[li][0] = true;
      break;
    }
  }

  // Part number: the first token with a maker prefix, else a generic family, else the first code-like token.
  let part: { full: string; entry: PrefixEntry | null; li: number } | null = null;
  for (const [li, r] of rows.entries()) {
    for (const [ti, tok] of r.entries()) {
      if (used[li][ti] || tok.length < 4) continue;
      const p = partPrefix(index, tok);
      if (p) {
        part = { full: digitsInNumbers(p.token), entry: p.entry, li };
        used[li][ti] = true;
        break;
      }
    }
    if (part) break;
  }
  const generic = (t: string) =>
    index.generics.find(
      (g) =>
        t.startsWith(g.pattern) ||
        t.slice(1, 1 + g.pattern.length) === g.pattern ||
        t.slice(2, 2 + g.pattern.length) === g.pattern,
    );
  if (!part) {
    for (const [li, r] of rows.entries()) {
      const ti = r.findIndex(
        (t, i) =>
          !used[li][i] && t.length >= 4 && /[A-Z]/.test(t) && /\d/.test(t) && dateCandidates(t).length === 0,
      );
      if (ti >= 0) {
        part = { full: digitsInNumbers(r[ti]), entry: null, li };
        used[li][ti] = true;
        break;
      }
    }
  }
  // A short code on the next line completes an ordering code printed over two lines (STM32F405 / RGT6).
  if (part && part.li + 1 < rows.length) {
    const next = rows[part.li + 1];
    if (
      next.length === 1 &&
      !used[part.li + 1][0] &&
      /^[A-Z][A-Z0-9-]{1,5}$/.test(next[0]) &&
      /\d/.test(next[0]) &&
      dateCandidates(next[0]).length === 0 &&
      part.full.length <= 10 &&
      /\d$/.test(part.full)
    ) {
      part.full += next[0];
      used[part.li + 1][0] = true;
    }
  }

  // Maker, and what disagrees.
  const prefixMaker = part?.entry?.maker ?? null;
  let maker: ManufacturerReading | null = null;
  let makerConfidence = 0;
  if (prefixMaker && logo && !related(prefixMaker, logo)) {
    maker = manufacturer(index, prefixMaker, 'prefix');
    makerConfidence = 0.5;
    flags.push({
      kind: 'maker-mismatch',
      message: `the logo says ${logo.name} but the part number ${part?.full} is ${prefixMaker.name}'s: a remarked or counterfeit part?`,
      makers: [prefixMaker.key, logo.key],
    });
    alternatives.push({
      manufacturer: manufacturer(index, logo, 'logo'),
      partNumber: null,
      confidence: 0.4,
      reason: 'the logo printed on the part',
    });
  } else if (prefixMaker) {
    maker = manufacturer(index, logo ?? prefixMaker, logo ? 'logo' : 'prefix');
    makerConfidence = logo ? 0.97 : 0.9;
  } else if (logo) {
    maker = manufacturer(index, logo, 'logo');
    makerConfidence = 0.8;
  }
  const g = part ? generic(part.full) : undefined;
  if (g && !prefixMaker) {
    flags.push({
      kind: 'generic',
      message: `${g.pattern} is made by many makers (${g.makers.join(', ')}); the part number alone names none`,
      makers: g.makers,
    });
    for (const k of g.makers.slice(0, 5)) {
      const m = index.byKey.get(k);
      if (m && m.key !== maker?.key)
        alternatives.push({
          manufacturer: manufacturer(index, m, 'name'),
          partNumber: null,
          confidence: 0.2,
          reason: `a maker of ${g.pattern}`,
        });
    }
  }
  if (part?.entry) {
    for (const c of index.clonesOf.get(part.entry.prefix) ??
      index.clonesOf.get(part.full.slice(0, 6)) ??
      []) {
      const isClone = part.entry.maker.key === c.cloneKey;
      const other = index.byKey.get(isClone ? c.originalKey : c.cloneKey);
      if (!isClone || !other) continue;
      flags.push({
        kind: 'clone',
        message: `${c.clonePrefix} (${part.entry.maker.name}) is a clone family of ${c.originalPrefix} (${other.name}): ${c.note}`,
        makers: [c.cloneKey, c.originalKey],
      });
      alternatives.push({
        manufacturer: manufacturer(index, other, 'prefix'),
        partNumber: { full: c.originalPrefix + part.full.slice(c.clonePrefix.length), base: null },
        confidence: 0.3,
        reason: 'the original of the clone family',
      });
      break;
    }
  }

  // Date code and lot from what is left.
  const own = maker ? (index.byKey.get(maker.key)?.dateSchemes ?? []) : [];
  const schemes: DateScheme[] = own.length ? own : ['YYWW', 'YWW'];
  const since = part?.entry?.rule.since;
  let date: DateCodeReading | null = null;
  let lot: string | null = null;
  let dateLine = -1;
  for (const [li, r] of rows.entries()) {
    for (const [ti, tok] of r.entries()) {
      if (used[li][ti]) continue;
      for (const cand of dateCandidates(tok)) {
        for (const scheme of schemes) {
          const d = decodeDate(cand.digits, scheme, { recovered: ctx.recovered, since });
          if (d) {
            date = d;
            used[li][ti] = true;
            dateLine = li;
            if (cand.rest) lot = cand.rest;
            break;
          }
        }
        if (date) break;
      }
      if (date) break;
    }
    if (date) break;
  }
  if (!date) {
    // A code that is a date by its form but fits no possible year: say so, never guess one.
    const impossible = rows.flat().find((t) => /^\d{3,4}$/.test(t));
    if (impossible && ctx.recovered)
      flags.push({
        kind: 'date-impossible',
        message: `${impossible} is no date code possible before the recovery on ${ctx.recovered}`,
      });
  } else if (date.ambiguous) {
    flags.push({
      kind: 'date-ambiguous',
      message: `${date.raw} can be ${date.years.join(' or ')}: the code does not print the decade`,
    });
  }
  const leftover = (li: number) =>
    rows[li]?.filter((t, ti) => !used[li][ti] && /^[A-Z0-9-]{2,12}$/.test(t)) ?? [];
  if (!lot) {
    const rest = dateLine >= 0 ? leftover(dateLine) : [];
    lot = rest[0] ?? null;
    if (!lot)
      for (let li = 0; li < rows.length && !lot; li++)
        lot = leftover(li).find((t) => /\d/.test(t) && /[A-Z]/.test(t)) ?? null;
  }

  const fieldConfidence = {
    manufacturer: maker ? makerConfidence : 0,
    partNumber: part ? (part.entry ? 0.95 : g ? 0.85 : 0.5) : 0,
    dateCode: date ? (date.ambiguous ? 0.4 : 0.9) : 0,
    lotCode: lot ? 0.6 : 0,
    countryOfAssembly: country ? 0.95 : 0,
  };
  const present = Object.values(fieldConfidence).filter((v) => v > 0);
  const confidence = present.length
    ? Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 100) / 100
    : 0;
  alternatives.sort((a, b) => b.confidence - a.confidence);
  return {
    manufacturer: maker,
    partNumber: part ? { full: part.full, base: baseOf(part.full, part.entry) } : null,
    dateCode: date,
    lotCode: lot,
    countryOfAssembly: country,
    confidence,
    fieldConfidence,
    alternatives,
    flags,
    lines,
  };
}
