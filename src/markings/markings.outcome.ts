// Who made the part, from what the logo and the part number say, and the three outcomes besides a
// plain reading: logo and prefix disagree (remarked or counterfeit? the prefix's maker, the logo's as
// the alternative); a generic family made by many makers (the logo's maker if one is printed, else
// none, and some of its makers as alternatives); a known clone family (the maker whose prefix is
// printed, and the other side as the alternative). A maker acquired since says what it is now part of.
import { clonesOf } from './markings.families.ts';
import type { MakerIndex } from './markings.makers.ts';
import type { PartClaim } from './markings.partnumber.ts';
import type { LogoClaim } from './markings.scan.ts';
import type { MakerProfile, ManufacturerReading, MarkingAlternative, MarkingFlag } from './markings.types.ts';

export interface MakerOutcome {
  manufacturer: ManufacturerReading | null;
  confidence: number;
  alternatives: MarkingAlternative[];
  flags: MarkingFlag[];
}

export function reading(
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

/** The same maker, or one became part of the other (a Linear part with the ADI logo is no mismatch). */
export const related = (a: MakerProfile, b: MakerProfile): boolean =>
  a.key === b.key || a.mergedInto?.key === b.key || b.mergedInto?.key === a.key;

const logoConfidence = (logo: LogoClaim) => (logo.by === 'name' ? 0.9 : logo.text.length <= 2 ? 0.75 : 0.85);

export function decideMaker(index: MakerIndex, logo: LogoClaim | null, part: PartClaim | null): MakerOutcome {
  const out: MakerOutcome = { manufacturer: null, confidence: 0, alternatives: [], flags: [] };
  const alt = (
    m: MakerProfile,
    by: ManufacturerReading['matchedBy'],
    confidence: number,
    reason: string,
    full?: string,
  ) =>
    out.alternatives.push({
      manufacturer: reading(index, m, by),
      partNumber: full ? { full, base: null } : null,
      confidence,
      reason,
    });
  const prefixMaker = part?.entry?.maker ?? null;
  // A generic number names no maker by itself, unless a maker's own letters come before it (SN74HC).
  const generic = part?.generic ?? null;
  const decisive =
    prefixMaker && (!generic || (part?.entry && part.entry.prefix.length > generic.at && generic.at > 0));
  const byPrefix = decisive ? prefixMaker : null;

  if (generic) {
    const makers = generic.family.makers.filter((k) => k !== (logo?.maker.key ?? byPrefix?.key));
    out.flags.push({
      kind: 'generic',
      message: `${generic.family.pattern} (${generic.family.description}) is made by many makers${
        logo || byPrefix ? '' : '; the part number alone names none'
      }`,
      makers: generic.family.makers,
    });
    const share = Math.min(0.3, 0.6 / Math.max(1, makers.length));
    for (const k of makers.slice(0, 6)) {
      const m = index.byKey.get(k);
      if (m) alt(m, 'name', share, `a maker of ${generic.family.pattern}`);
    }
  }

  // A number that the logo's maker claims too (its own prefix) is the logo's maker's, however long
  // another maker's prefix: makers share letters, and the printed logo tells them apart.
  const logoOwns =
    !!part && !!logo && logo.maker.prefixes.some((p) => p.prefix !== '' && part.full.startsWith(p.prefix));
  if (byPrefix && logo && !related(byPrefix, logo.maker) && logoOwns) {
    out.manufacturer = reading(index, logo.maker, logo.by);
    out.confidence = 0.9;
    alt(byPrefix, 'prefix', 0.3, `${part?.full} also starts like a ${byPrefix.name} number`);
  } else if (byPrefix && logo && !related(byPrefix, logo.maker)) {
    out.manufacturer = reading(index, byPrefix, 'prefix');
    out.confidence = 0.5;
    out.flags.push({
      kind: 'maker-mismatch',
      message: `the logo says ${logo.maker.name} but ${part?.full} is a ${byPrefix.name} number: remarked or counterfeit?`,
      makers: [byPrefix.key, logo.maker.key],
    });
    alt(logo.maker, 'logo', 0.4, `the ${logo.text} logo printed on the part`);
  } else if (byPrefix) {
    out.manufacturer = reading(index, logo?.maker ?? byPrefix, logo ? logo.by : 'prefix');
    out.confidence = logo ? 0.97 : part?.folded ? 0.75 : 0.9;
  } else if (logo) {
    out.manufacturer = reading(index, logo.maker, logo.by);
    out.confidence = generic ? 0.8 : logoConfidence(logo);
  }

  if (part?.entry) cloneOutcome(index, part, logo, out, alt);
  out.alternatives.sort((a, b) => b.confidence - a.confidence);
  return out;
}

function cloneOutcome(
  index: MakerIndex,
  part: PartClaim,
  logo: LogoClaim | null,
  out: MakerOutcome,
  alt: (
    m: MakerProfile,
    by: ManufacturerReading['matchedBy'],
    c: number,
    reason: string,
    full?: string,
  ) => void,
) {
  const seen = new Set<string>();
  for (const { family: c, isClone } of clonesOf(index, part.full)) {
    const printed = index.byKey.get(isClone ? c.cloneKey : c.originalKey);
    const other = index.byKey.get(isClone ? c.originalKey : c.cloneKey);
    if (!printed || !other || seen.has(other.key) || printed.key !== part.entry?.maker.key) continue;
    seen.add(other.key);
    const [from, to] = isClone ? [c.clonePrefix, c.originalPrefix] : [c.originalPrefix, c.clonePrefix];
    const counterpart = to + part.full.slice(from.length);
    out.flags.push({
      kind: 'clone',
      message: isClone
        ? `${c.clonePrefix} (${printed.name}) is a clone family of ${c.originalPrefix} (${other.name}): ${c.note}`
        : `${c.originalPrefix} (${printed.name}) has a known clone, ${c.clonePrefix} (${other.name}): ${c.note}`,
      makers: [printed.key, other.key],
    });
    // The other side is likelier when the part's own prefix is the clone's (a remark to the original is
    // the usual counterfeit) than when an original carries its maker's logo.
    const confidence = isClone ? 0.3 : logo && related(logo.maker, printed) ? 0.1 : 0.2;
    alt(
      other,
      'prefix',
      confidence,
      isClone ? 'the original of this clone family' : 'a known clone of this family',
      counterpart,
    );
  }
}
