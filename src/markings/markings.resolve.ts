// Resolves a maker name as written in imports, invoices and customs records ("Texas Instruments Inc.",
// "TEXAS INSTR", "TI", "Freescale Semiconductor") to one maker with a score. Precision first: an
// invented name ("Brightwater Fluxonics Ltd") must resolve to none, so every step needs one of the
// maker's own distinctive words, and two unrelated makers that fit as well as each other give none.
// Steps, on the name and on its parts (before and inside brackets, before the first comma): the exact
// key (legal forms, case, look-alikes and punctuation aside), the key without spaces ("ST MICRO"), the
// consonant skeleton of a transliterated name ("Майкрочип Текнолоджи"), then words that abbreviate
// the maker's words in order ("TEXAS INSTR") with generic and regional words left out or added
// ("Micron Semiconductor Products", "Texas Instruments Deutschland"), with at most one typing error.
import type { MakerIndex } from './markings.makers.ts';
import { EXTRA, GENERIC, wordFit } from './markings.namefit.ts';
import { type NameEntry, type NameVia, nameWords, skeletonOf } from './markings.names.ts';
import type { MakerProfile } from './markings.types.ts';

export interface NameResolution {
  key: string;
  score: number;
  matchedBy: NameVia | 'fuzzy';
}

/** A longer text is no maker name (and would only cost time). */
const MAX_NAME = 300;
const VIA_SCORE: Record<NameVia, number> = { name: 1, alias: 0.98, 'former-name': 0.95, abbreviation: 0.9 };

interface Fit {
  e: NameEntry;
  score: number;
  typos?: number;
}

const related = (a: NameEntry, b: NameEntry) =>
  a.maker.key === b.maker.key ||
  a.maker.mergedInto?.key === b.maker.key ||
  b.maker.mergedInto?.key === a.maker.key;

/** The best of several fits, or null when two unrelated makers fit as well as each other. */
function pick(fits: Fit[]): Fit | null {
  if (fits.length === 0) return null;
  fits.sort((a, b) => b.score - a.score);
  const [best, next] = fits;
  if (next && next.score >= best.score - 0.02 && !related(best.e, next.e)) return null;
  return best;
}

const result = (fit: Fit | null, by?: 'fuzzy'): NameResolution | null =>
  fit ? { key: fit.e.maker.key, score: Math.round(fit.score * 100) / 100, matchedBy: by ?? fit.e.via } : null;

function exactly(words: readonly string[], index: MakerIndex): NameResolution | null | undefined {
  const hit = index.names.exact.get(words.join(' '));
  if (hit) return result(pick(hit.map((e) => ({ e, score: VIA_SCORE[e.via] }))));
  const compact = words.join('');
  // Spaces out, for run-together and split spellings ("ST MICRO", "Micro Chip") and initials ("T.I.").
  const initials = words.length > 1 && words.every((w) => w.length === 1);
  const squeezed = compact.length >= 4 || initials ? index.names.compact.get(compact) : undefined;
  if (squeezed) return result(pick(squeezed.map((e) => ({ e, score: VIA_SCORE[e.via] - 0.05 }))));
  return undefined;
}

function resolveWords(
  words: readonly string[],
  index: MakerIndex,
  transliterated: boolean,
): NameResolution | null {
  if (words.length === 0) return null;
  // The name as written, without regional words, and without trailing generic words ("NTN Bearing").
  const core = words.filter((w) => !EXTRA.has(w));
  let bare = core.length;
  while (bare > 1 && GENERIC.has(core[bare - 1])) bare--;
  for (const w of [words, core, core.slice(0, bare)]) {
    if (w.length === 0 || (w !== words && w.length === words.length)) continue;
    const hit = exactly(w, index);
    if (hit === undefined) continue;
    // An abbreviation with generic words after it is only that maker when the words are its trade
    // ("NTN Bearing"); "ST Engineering" and "AD Instruments" are other companies.
    const dropped = core.slice(w.length);
    if (hit && w.join('').length <= 3 && dropped.length > 0) {
      const maker = index.byKey.get(hit.key);
      const own = [...(maker?.categories ?? []), ...(maker ? nameWords(maker.name) : [])];
      if (!dropped.every((d) => own.some((c) => c.startsWith(d.slice(0, 5))))) continue;
    }
    return hit;
  }
  if (transliterated) {
    const sk = index.names.skeleton.get(words.map(skeletonOf).join(' '));
    if (sk) return result(pick(sk.map((e) => ({ e, score: 0.8 }))), 'fuzzy');
  }
  const compact = words.join('');
  if (compact.length < 4) return null;
  const fits: Fit[] = [];
  for (const e of index.names.byHead.get(compact.slice(0, 2)) ?? []) {
    const f = wordFit(words, e.words);
    if (f.score > 0) fits.push({ e, score: f.score, typos: f.typos });
  }
  const best = pick(dedupe(fits));
  return result(best, best?.typos ? 'fuzzy' : undefined);
}

/** The name, then its parts: before brackets, inside them, before the first comma. */
function variants(name: string): string[] {
  const out = [name];
  const open = name.indexOf('(');
  const close = name.indexOf(')', open + 1);
  if (open > 0 && close > open) {
    out.push(name.slice(0, open) + name.slice(close + 1), name.slice(open + 1, close));
  }
  const comma = name.indexOf(',');
  if (comma > 0) out.push(name.slice(0, comma));
  return out;
}

const nonAscii = (s: string) => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
};

export function resolveMakerName(name: string, index: MakerIndex): NameResolution | null {
  if (typeof name !== 'string' || name.length > MAX_NAME) return null;
  const transliterated = nonAscii(name);
  for (const v of variants(name)) {
    const r = resolveWords(nameWords(v), index, transliterated);
    if (r) return r;
  }
  return null;
}

/** One fit per maker, its best. */
function dedupe(fits: Fit[]): Fit[] {
  const byMaker = new Map<string, Fit>();
  for (const f of fits) {
    const had = byMaker.get(f.e.maker.key);
    if (!had || f.score > had.score) byMaker.set(f.e.maker.key, f);
  }
  return [...byMaker.values()];
}

/** The maker a printed line names outright ("TEXAS INSTRUMENTS", "MICROCHIP"), for the parser: a
 * plain look-up of the line's letters, without the resolver's slower folding. */
export function makerOfLine(line: string, index: MakerIndex): MakerProfile | null {
  let key = '';
  for (const c of line) {
    if (c >= 'A' && c <= 'Z') key += c.toLowerCase();
    else if (c >= '0' && c <= '9') return null;
    else if (c !== ' ' && c !== '.' && c !== '-' && c !== '&') return null;
  }
  if (key.length < 4) return null;
  const hit = index.names.compact.get(key);
  return hit?.length === 1 ? hit[0].maker : null;
}
