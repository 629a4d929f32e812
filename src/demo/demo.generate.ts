// Generates the synthetic demo case: fictional makers and distributors, and recovered items with
// their components, photos and custody, all derived from one seed (same seed, same data).
import { isoDay } from './demo.dates.ts';
import { type DemoFamily, demoFamilies } from './demo.families.ts';
import { generateItem } from './demo.item.ts';
import { demoOrganizations } from './demo.makers.ts';
import { createRandom, type Random } from './demo.random.ts';
import { buildTemplates } from './demo.template.ts';
import type { DemoData } from './demo.types.ts';
import { type DemoVariant, variantsOn } from './demo.variants.ts';

export interface DemoOptions {
  seed?: number;
  /** How many recovered items (300 by default). */
  items?: number;
}

export const DEFAULT_SEED = 20_230_101;
export const DEFAULT_ITEMS = 300;
const FIRST = Date.UTC(2023, 0, 1);
const LAST = Date.UTC(2025, 11, 31, 23, 59);
const MONTH = 30.44 * 24 * 3600 * 1000;

/** Recovery times over the three years, more of them later on, in order. */
function recoveryTimes(rng: Random, count: number): Date[] {
  return Array.from({ length: count }, () => FIRST + (LAST - FIRST) * rng.next() ** 0.75)
    .sort((a, b) => a - b)
    .map((t) => new Date(Math.floor(t / 60_000) * 60_000));
}

/** A serial series: a family's own, or a variant's (two variants may share one). */
interface Series {
  prefix: string;
  since: string;
  perMonth: number;
}

const seriesOf = (f: DemoFamily, v: DemoVariant | undefined): Series =>
  v
    ? { prefix: v.serialPrefix, since: v.serialsSince, perMonth: v.serialsPerMonth }
    : { prefix: f.serialPrefix, since: f.since, perMonth: f.serialsPerMonth };

/** Serial numbers grow with time since the series' start; each is issued once in its series. */
function serialIssuer(rng: Random) {
  const used = new Map<string, Set<number>>();
  return (series: Series, at: Date): number | undefined => {
    if (rng.chance(0.12)) return undefined;
    const months = (at.getTime() - Date.parse(series.since)) / MONTH;
    const rate = series.perMonth;
    let serial = Math.max(1, 100 + Math.round(rate * months) + rng.int(-rate, rate));
    const taken = used.get(series.prefix) ?? new Set<number>();
    while (taken.has(serial)) serial++;
    taken.add(serial);
    used.set(series.prefix, taken);
    return serial;
  };
}

export function generateDemo(options: DemoOptions = {}): DemoData {
  const count = options.items ?? DEFAULT_ITEMS;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`items must be a whole number ≥ 0, not ${count}`);
  const rng = createRandom(options.seed ?? DEFAULT_SEED);
  const templates = buildTemplates(rng.fork(), demoFamilies);
  const times = recoveryTimes(rng.fork(), count);
  const issueSerial = serialIssuer(rng.fork());
  const perYear = new Map<number, number>();
  const items = times.map((at, i) => {
    const day = isoDay(at);
    const family = rng.weighted(
      demoFamilies.filter((f) => f.since <= day).map((f) => [f, f.weight] as const),
    );
    const variants = variantsOn(family.assessed, day);
    const variant = variants.length ? rng.weighted(variants.map((v) => [v, v.weight] as const)) : undefined;
    const year = at.getUTCFullYear();
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    const template = templates.get(family)!;
    const plan = {
      index: i + 1,
      yearIndex: perYear.get(year)!,
      at,
      template,
      variant,
      serial: issueSerial(seriesOf(family, variant), at),
    };
    return generateItem(rng.fork(), plan);
  });
  return {
    label: 'synthetic demo data',
    case: {
      title: 'Recovered UAV and munition components, 2023–2025 (synthetic demo data)',
      summary:
        `Synthetic demo data: ${items.length} fictional recovered items with their components, photographs ` +
        'and chains of custody. Every maker, distributor, part number, designation, place, source and person ' +
        'in this case is invented; nothing here describes a real weapon, company or recovery.',
    },
    organizations: demoOrganizations(),
    items,
  };
}
