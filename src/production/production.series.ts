// Splits parsed serials into series and finds the numbers read on more than one item. A series is
// estimated on its own: two designs (or two factories' prefixes) numbered separately are two counts,
// and a number read twice is one item counted once, or a misreading to check.
import { dayNumber } from './production.dates.ts';
import type { DuplicateSerial, ObservationRef, ParsedSerial } from './production.types.ts';

export interface SerialSeries {
  series: string | null;
  /** One serial per distinct number, ascending; of duplicates, the one recovered first. */
  serials: ParsedSerial[];
  /** How many observations were dropped as repeats of a number already counted. */
  repeats: number;
}

const ref = (p: ParsedSerial): ObservationRef =>
  p.id === undefined ? { index: p.index } : { index: p.index, id: p.id };

/** Earliest usable recovery date first: the earliest sighting is the strongest evidence of production. */
function firstRecovered(a: ParsedSerial, b: ParsedSerial): number {
  const da = a.recoveredOn === undefined ? null : dayNumber(a.recoveredOn);
  const db = b.recoveredOn === undefined ? null : dayNumber(b.recoveredOn);
  if (da !== null && db !== null && da !== db) return da - db;
  if (da === null && db !== null) return 1;
  if (db === null && da !== null) return -1;
  return a.index - b.index;
}

export function groupSeries(parsed: readonly ParsedSerial[]): {
  groups: SerialSeries[];
  duplicates: DuplicateSerial[];
} {
  const bySeries = new Map<string | null, Map<number, ParsedSerial[]>>();
  for (const p of parsed) {
    let numbers = bySeries.get(p.series);
    if (!numbers) {
      numbers = new Map();
      bySeries.set(p.series, numbers);
    }
    const same = numbers.get(p.number);
    if (same) same.push(p);
    else numbers.set(p.number, [p]);
  }
  const groups: SerialSeries[] = [];
  const duplicates: DuplicateSerial[] = [];
  for (const [series, numbers] of bySeries) {
    const serials: ParsedSerial[] = [];
    let repeats = 0;
    for (const [number, seen] of numbers) {
      const ordered = [...seen].sort(firstRecovered);
      serials.push(ordered[0]);
      if (seen.length > 1) {
        repeats += seen.length - 1;
        duplicates.push({ series, number, observations: seen.map(ref) });
      }
    }
    serials.sort((a, b) => a.number - b.number);
    groups.push({ series, serials, repeats });
  }
  groups.sort(
    (a, b) => b.serials.length - a.serials.length || String(a.series).localeCompare(String(b.series)),
  );
  return { groups, duplicates };
}
