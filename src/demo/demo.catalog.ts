// The fictional parts of the demo: a few part numbers per maker and category, so that the same part
// turns up in many items and in several designations, as real investigations find.
import { partNumber } from './demo.codes.ts';
import { type DemoMaker, demoMakers } from './demo.makers.ts';
import type { Random } from './demo.random.ts';

export interface DemoPart {
  maker: DemoMaker;
  category: string;
  partNumber: string;
}

export type DemoCatalog = ReadonlyMap<string, readonly DemoPart[]>;

export function buildCatalog(rng: Random): DemoCatalog {
  const byCategory = new Map<string, DemoPart[]>();
  const seen = new Set<string>();
  for (const maker of demoMakers) {
    for (const category of maker.categories) {
      const parts = byCategory.get(category) ?? [];
      for (let n = rng.int(2, 3); n > 0; n--) {
        const number = partNumber(rng, rng.pick(maker.prefixes));
        if (seen.has(number)) continue;
        seen.add(number);
        parts.push({ maker, category, partNumber: number });
      }
      byCategory.set(category, parts);
    }
  }
  return byCategory;
}

export function partsOf(catalog: DemoCatalog, category: string): readonly DemoPart[] {
  const parts = catalog.get(category);
  if (!parts?.length) throw new Error(`the demo catalog has no "${category}"`);
  return parts;
}
