// From a component's category to the HS-6 code its parts are usually declared under (data file
// data/category-hs6.json): the catalog's starting point, which an analyst overrides per part.
import { z } from 'zod';
import { foldForSearch } from '../text/index.ts';
import rulesFile from './data/category-hs6.json' with { type: 'json' };

const RulesFile = z.object({
  note: z.string(),
  source: z.string(),
  rules: z.array(
    z.object({ category: z.string(), aliases: z.array(z.string()), hs6: z.string().regex(/^\d{6}$/) }),
  ),
});

export const categoryRules = RulesFile.parse(rulesFile);

const key = (s: string) => foldForSearch(s).trim();
const byName = new Map<string, string>();
for (const r of categoryRules.rules) {
  for (const name of [r.category, ...r.aliases]) {
    if (byName.has(key(name))) throw new Error(`category-hs6.json: "${name}" is in two rules`);
    byName.set(key(name), r.hs6);
  }
}

export const hs6OfCategory = (category: string | null | undefined): string | null =>
  category ? (byName.get(key(category)) ?? null) : null;
