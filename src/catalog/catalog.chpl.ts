// The Common High Priority List as shipped data (data/chpl.json, made from the published list by
// scripts/chpl-from-md.mjs): which tier an HS-6 code is in, and which codes make up a tier. Updating
// the list is replacing the data file with the new version.
import { z } from 'zod';
import chplFile from './data/chpl.json' with { type: 'json' };

const ChplFile = z.object({
  name: z.string(),
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string(),
  entries: z
    .array(
      z.object({
        tier: z.string().regex(/^[1-4](\.[AB])?$/),
        hs6: z.string().regex(/^\d{6}$/),
        description: z.string(),
      }),
    )
    .min(1),
});
export type ChplList = z.infer<typeof ChplFile>;
export type ChplEntry = ChplList['entries'][number];

export const chpl: ChplList = ChplFile.parse(chplFile);
export const chplTiers = ['1', '2', '3.A', '3.B', '4.A', '4.B'] as const;

const byCode = new Map(chpl.entries.map((e) => [e.hs6, e]));

/** `854231` and `8542.31` alike. */
export const normalizeHs6 = (code: string): string => code.replace(/\D/g, '');

export const chplEntryOf = (hs6: string | null | undefined): ChplEntry | null =>
  hs6 ? (byCode.get(normalizeHs6(hs6)) ?? null) : null;

/** The codes of a tier; "3" means 3.A and 3.B. */
export function codesOfTier(tier: string): string[] {
  return chpl.entries.filter((e) => e.tier === tier || e.tier.startsWith(`${tier}.`)).map((e) => e.hs6);
}

/** The control a part's code falls under, cited, never advised on. */
export function controlsOf(hs6: string | null | undefined) {
  const e = chplEntryOf(hs6);
  if (!e) return [];
  return [
    {
      list: chpl.name,
      version: chpl.version,
      tier: e.tier,
      hs6: e.hs6,
      citation: `HS ${e.hs6.slice(0, 4)}.${e.hs6.slice(4)} (${e.description}) is on the ${chpl.name}, tier ${e.tier}, version of ${chpl.version}. Source: ${chpl.source}`,
    },
  ];
}
