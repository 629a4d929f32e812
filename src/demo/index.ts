// Synthetic demo data: fictional makers, designations and recovered items with components, custody and
// photos, generated deterministically from a seed and labelled "synthetic demo data" wherever shown.
// Never real makers, real part numbers or a real weapon's parts list.
export { DEFAULT_ITEMS, DEFAULT_SEED, type DemoOptions, generateDemo } from './demo.generate.ts';
export { type DemoSummary, loadDemoIfEmpty } from './demo.load.ts';
export { PHOTO_HEIGHT, PHOTO_WIDTH, renderDemoPhoto } from './demo.photo.ts';
export type {
  DemoComponent,
  DemoCustodyEvent,
  DemoData,
  DemoItem,
  DemoOrganization,
  DemoPhoto,
} from './demo.types.ts';
