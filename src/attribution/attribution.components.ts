// Features read from the components found in an item: a given part, a given maker. Only components
// that were read count as evidence (a part number or a legible marking; a maker name or organization),
// so a board whose chips were lost says nothing, while a read chip of another maker contradicts.

import type { z } from 'zod';
import { foldForSearch } from '../text/index.ts';
import type { FeatureReading } from './attribution.features.ts';
import type { ComponentEvidence, ItemEvidence } from './attribution.item.ts';
import type { MakerPresentFeature, PartPresentFeature } from './attribution.kinds.ts';
import { makerKey, markingLines, partKey } from './attribution.normalize.ts';
import { testPattern } from './attribution.pattern.ts';

type PartFeature = z.output<typeof PartPresentFeature>;
type MakerFeature = z.output<typeof MakerPresentFeature>;
type Place = Pick<PartFeature, 'subsystem' | 'category'>;

/** "GNSS receiver in navigation", "component in airframe", "microcontroller". */
function placeOf({ subsystem, category }: Place): string {
  return `${category ?? 'component'}${subsystem ? ` in ${subsystem.replace('_', ' ')}` : ''}`;
}

function componentsAt(item: ItemEvidence, { subsystem, category }: Place): ComponentEvidence[] {
  const wanted = category && foldForSearch(category);
  return item.components.filter(
    (c) =>
      (!subsystem || c.subsystem === subsystem) &&
      (!wanted || (c.category != null && foldForSearch(c.category) === wanted)),
  );
}

/** A list for a sentence: "A, B or C", at most `max` named. */
function listed(names: readonly string[], last: string, max = 3): string {
  const shown = names.slice(0, max);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} ${last} ${more} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} ${last} ${shown.at(-1)}` : (shown[0] ?? '');
}

/** The part number as parsed, then the marking's lines and the words on them. */
function printedCodes(c: ComponentEvidence): string[] {
  const lines = markingLines(c.markingRaw);
  const words = lines.flatMap((line) => line.split(' '));
  return [...(c.partNumber ? [c.partNumber] : []), ...lines, ...words];
}

function partMatches(f: PartFeature, c: ComponentEvidence): boolean {
  const codes = printedCodes(c);
  if (f.partNumber !== undefined) {
    const wanted = partKey(f.partNumber);
    return codes.some((code) => partKey(code) === wanted);
  }
  const pattern = f.pattern ?? '';
  return codes.some((code) => testPattern(pattern, code) || testPattern(pattern, partKey(code)));
}

export function readPart(f: PartFeature, item: ItemEvidence): FeatureReading {
  const place = placeOf(f);
  const read = componentsAt(item, f).filter((c) => c.partNumber?.trim() || c.markingRaw.trim());
  if (read.length === 0) return { observed: false, fact: `no legible ${place} recorded` };
  const wanted = f.partNumber ?? f.pattern;
  const hit = read.find((c) => partMatches(f, c));
  if (hit) {
    const shown = hit.partNumber ?? markingLines(hit.markingRaw).join(' / ');
    return { observed: true, present: true, fact: `${place} ${shown} matches ${wanted}` };
  }
  const seen = [...new Set(read.map((c) => c.partNumber ?? markingLines(c.markingRaw)[0]))];
  const fact = `${read.length} legible ${place} read (${listed(seen, 'and')}), none matches ${wanted}`;
  return { observed: true, present: false, fact };
}

export function readMaker(f: MakerFeature, item: ItemEvidence): FeatureReading {
  const place = placeOf(f);
  const read = componentsAt(item, f).filter((c) => c.maker?.trim() || c.makerOrgId != null);
  if (read.length === 0) return { observed: false, fact: `no ${place} with a recorded maker` };
  const names = new Set(f.makers.map(makerKey));
  const ids = new Set(f.makers.map((m) => m.trim()));
  const byListed = (c: ComponentEvidence) =>
    (c.maker != null && names.has(makerKey(c.maker))) ||
    (c.makerOrgId != null && ids.has(String(c.makerOrgId)));
  const makerOf = (c: ComponentEvidence) => c.maker?.trim() || `organization ${c.makerOrgId}`;
  const hit = read.find(byListed);
  if (hit) return { observed: true, present: true, fact: `${place} by ${makerOf(hit)}` };
  const seen = listed([...new Set(read.map(makerOf))], 'and');
  const wanted = listed(f.makers, 'or', 5);
  const fact =
    f.expect === 'present'
      ? `${place} by ${seen}, expected ${wanted}`
      : `${place} by ${seen}, none by ${wanted}`;
  return { observed: true, present: false, fact };
}
