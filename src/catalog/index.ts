// The parts catalog: parts (maker + part number) with category, HS-6 code and the Common High
// Priority List tier, shipped as data with its version date, and the category → HS-6 rules.
export {
  type ChplEntry,
  chpl,
  chplEntryOf,
  chplTiers,
  codesOfTier,
  controlsOf,
  normalizeHs6,
} from './catalog.chpl.ts';
export { CatalogRepository } from './catalog.repository.ts';
export { registerCatalogRoutes } from './catalog.routes.ts';
export { categoryRules, hs6OfCategory } from './catalog.rules.ts';
export { CatalogService } from './catalog.service.ts';
