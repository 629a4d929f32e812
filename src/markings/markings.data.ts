// The shipped maker reference data (data/*.json, real and cited), read once and checked: unique keys,
// every acquisition and clone pointing at a maker in the files, every cited source present.
import clones from './data/clones.json' with { type: 'json' };
import generics from './data/generics.json' with { type: 'json' };
import ics from './data/makers.ics.json' with { type: 'json' };
import other from './data/makers.other.json' with { type: 'json' };
import type { CloneFamily, GenericFamily, MakerProfile, MakerSource } from './markings.types.ts';

export interface MarkingsData {
  version: string;
  makers: MakerProfile[];
  sources: Record<string, MakerSource>;
  generics: GenericFamily[];
  clones: CloneFamily[];
}

export function loadMarkingsData(): MarkingsData {
  const files = [
    ['makers.ics.json', ics],
    ['makers.other.json', other],
  ] as const;
  const makers: MakerProfile[] = [];
  const sources: Record<string, MakerSource> = {};
  const keys = new Set<string>();
  for (const [file, data] of files) {
    Object.assign(sources, data.sources);
    for (const m of data.makers as MakerProfile[]) {
      if (keys.has(m.key)) throw new Error(`${file}: maker "${m.key}" is already in another maker file`);
      if (!/^[A-Z]{2}$/.test(m.country ?? ''))
        throw new Error(`${file}: maker "${m.key}": country "${m.country}" is no ISO code`);
      keys.add(m.key);
      makers.push({
        ...m,
        aliases: m.aliases ?? [],
        abbreviations: m.abbreviations ?? [],
        formerNames: m.formerNames ?? [],
        logos: m.logos ?? [],
        prefixes: m.prefixes ?? [],
        dateSchemes: m.dateSchemes ?? [],
        categories: m.categories ?? [],
        sources: m.sources ?? [],
      });
    }
  }
  for (const m of makers) {
    if (m.mergedInto && !keys.has(m.mergedInto.key))
      throw new Error(`maker "${m.key}": mergedInto "${m.mergedInto.key}" is no maker of the files`);
    for (const s of m.sources)
      if (!sources[s]) throw new Error(`maker "${m.key}": source "${s}" is not listed`);
  }
  for (const c of clones as CloneFamily[])
    for (const k of [c.originalKey, c.cloneKey])
      if (!keys.has(k)) throw new Error(`clones.json: "${k}" is no maker of the files`);
  return {
    version: ics.version,
    makers,
    sources,
    generics: generics as GenericFamily[],
    clones: clones as CloneFamily[],
  };
}
