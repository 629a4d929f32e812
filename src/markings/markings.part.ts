// What the catalog calls a part read off a component: the base part where the maker's scheme gives
// one (so that an STM32F405RGT6 and an STM32F405RGT7 are the same part), else the full ordering code;
// its category and HS-6 code from the component's category by the catalog's rules.

import { hs6OfCategory } from '../catalog/index.ts';
import { foldLookalikes } from '../text/index.ts';

export const partNumberOf = (full: string, base: string | null): string =>
  foldLookalikes(base ?? full)
    .toUpperCase()
    .replace(/\s+/g, '');

export function partCategory(category: string | null): { category: string | null; hs6: string | null } {
  return { category, hs6: hs6OfCategory(category) };
}
