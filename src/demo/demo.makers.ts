// The fictional makers and distributors of the demo (demo-makers.json), checked on load and turned
// into organizations. Never the real maker reference data: these companies do not exist.
import { z } from 'zod';
import type { DemoOrganization } from './demo.types.ts';
import makersFile from './demo-makers.json' with { type: 'json' };

const DemoMaker = z.object({
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().length(2),
  /** The word printed as the maker's logo on the first line of a marking. */
  logo: z.string(),
  prefixes: z.array(z.string()).min(1),
  /** Countries of assembly printed on the parts. */
  assembly: z.array(z.string().length(2)).min(1),
  categories: z.array(z.string()).min(1),
});
export type DemoMaker = z.infer<typeof DemoMaker>;

const DemoDistributor = z.object({
  key: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().length(2),
  roles: z.array(z.enum(['distributor', 'exporter'])).min(1),
});

const DemoMakersFile = z.object({
  label: z.string(),
  makers: z.array(DemoMaker),
  distributors: z.array(DemoDistributor),
});

const file = DemoMakersFile.parse(makersFile);
export const demoMakers: readonly DemoMaker[] = file.makers;

export const makerKey = (maker: DemoMaker): string => `org:${maker.key}`;

/** The fictional makers of each category, for choosing the part found in a given position. */
export function makersOf(category: string): DemoMaker[] {
  const makers = demoMakers.filter((m) => m.categories.includes(category));
  if (makers.length === 0) throw new Error(`no demo maker makes "${category}"`);
  return makers;
}

const note = 'Fictional company (synthetic demo data); not a real company.';

export function demoOrganizations(): DemoOrganization[] {
  const makers: DemoOrganization[] = file.makers.map((m) => ({
    demoKey: makerKey(m),
    name: m.name,
    aliases: m.aliases,
    countries: [m.country],
    identifiers: [{ scheme: 'registration', value: `DEMO-${m.key.toUpperCase()}-001`, country: m.country }],
    roles: ['maker'],
    notes: note,
    marking: {
      logos: [m.logo],
      prefixes: m.prefixes.map((prefix) => ({ prefix })),
      dateSchemes: ['YYWW'],
      categories: m.categories,
    },
  }));
  const distributors: DemoOrganization[] = file.distributors.map((d) => ({
    demoKey: `org:${d.key}`,
    name: d.name,
    aliases: d.aliases,
    countries: [d.country],
    roles: d.roles,
    notes: note,
  }));
  return [...makers, ...distributors];
}
