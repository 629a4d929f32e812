// Reads a marking as typed or OCR'd into maker, part number, date code, lot and country of assembly,
// each with a confidence, ranked alternatives and flags. The order is that of certainty: the country
// and the logo (words that mean one thing), the part number (a maker's prefix), then the date code by
// the schemes of the maker so found and the facts of the case, and the lot from what is left. Pure and
// linear in the input: every step walks the tokens a bounded number of times, with no backtracking.
import type { DateFacts } from './markings.datecode.ts';
import { claimDate, claimLot } from './markings.fields.ts';
import { MarkingInputError } from './markings.lines.ts';
import type { MakerIndex } from './markings.makers.ts';
import { decideMaker } from './markings.outcome.ts';
import { claimPart } from './markings.partnumber.ts';
import { claimCountry, claimLogo, scan } from './markings.scan.ts';
import type { DateScheme, MarkingReading, ParseContext } from './markings.types.ts';

export { MarkingInputError };

/** Makers that print no scheme of their own are read by the common ones, YYWW first; a one-digit
 * year (YWW) last, which leaves every decade open and so is never a confident date on its own. */
const DEFAULT_SCHEMES: readonly DateScheme[] = ['YYWW', 'YYMM', 'YWW'];
const WEIGHTS = { manufacturer: 3, partNumber: 3, dateCode: 2, lotCode: 1, countryOfAssembly: 1 } as const;

/** The recovery date as the UTC day it names; anything but YYYY-MM-DD (a time may follow) is refused. */
function dayOf(s: unknown): number {
  const day = typeof s === 'string' && /^\d{4}-\d{2}-\d{2}/.test(s) ? Date.parse(s.slice(0, 10)) : Number.NaN;
  if (Number.isNaN(day))
    throw new MarkingInputError(`recovery date "${String(s).slice(0, 40)}" is no date (YYYY-MM-DD)`);
  return day;
}

const isWord = (t: string) => {
  if (t.length < 3) return false;
  for (const c of t) if (c < 'A' || c > 'Z') return false;
  return true;
};

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

export function parseMarking(text: string, index: MakerIndex, ctx: ParseContext = {}): MarkingReading {
  const recoveredDay = ctx.recovered === undefined ? undefined : dayOf(ctx.recovered);
  const s = scan(text);
  const country = claimCountry(s);
  const logo = claimLogo(s, index);
  const part = claimPart(s, index, logo?.maker ?? null);
  const maker = decideMaker(index, logo, part);

  const profile = maker.manufacturer ? index.byKey.get(maker.manufacturer.key) : undefined;
  const prefixProfile = part?.entry?.maker;
  const own = profile?.dateSchemes.length ? profile.dateSchemes : (prefixProfile?.dateSchemes ?? []);
  const schemes = own.length ? own : DEFAULT_SCHEMES;
  const facts: DateFacts = { recovered: ctx.recovered, recoveredDay, since: part?.entry?.rule.since };
  const date = claimDate(s, schemes, country, facts, own.length === 0);
  const lot = claimLot(s, date);

  const flags = [...maker.flags];
  if (date?.flag) flags.push(date.flag);
  if (!maker.manufacturer && !part?.generic) {
    // A word line nothing read (no country, no mark) is likely the logo of a maker the data lacks.
    const word = s.rows.find((r) => r.length > 0 && r.every((t) => !t.used && isWord(t.text)));
    if (word) {
      const name = word.map((t) => t.text).join(' ');
      flags.push({
        kind: 'unknown-maker',
        message: `"${name}" reads like a maker's logo or name but matches no known maker`,
      });
    }
  }
  const d = date?.reading ?? null;
  const fieldConfidence = {
    manufacturer: maker.manufacturer ? round(maker.confidence) : 0,
    partNumber: part
      ? round(
          (part.by === 'prefix' ? 0.95 : part.by === 'generic' ? 0.85 : 0.4) -
            (part.folded ? 0.15 : 0) -
            (part.joined ? 0.05 : 0),
        )
      : 0,
    dateCode: d ? round(d.ambiguous ? 0.3 : date?.folded ? 0.7 : 0.9) : 0,
    lotCode: lot ? (lot.own ? 0.5 : 0.6) : 0,
    countryOfAssembly: country ? (country.spelled ? 0.95 : 0.9) : 0,
  };
  let sum = 0;
  let weight = 0;
  for (const k of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
    if (fieldConfidence[k] === 0) continue;
    sum += fieldConfidence[k] * WEIGHTS[k];
    weight += WEIGHTS[k];
  }
  const doubt = flags.some((f) => f.kind === 'maker-mismatch') ? 0.8 : 1;
  return {
    manufacturer: maker.manufacturer,
    partNumber: part ? { full: part.full, base: part.base } : null,
    dateCode: d,
    lotCode: lot?.lot ?? null,
    countryOfAssembly: country?.code ?? null,
    confidence: weight ? round((sum / weight) * doubt * (weight / 10) ** 0.25) : 0,
    fieldConfidence,
    alternatives: maker.alternatives,
    flags,
    lines: s.lines,
  };
}
