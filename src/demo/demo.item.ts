// One fictional recovered item: its designation as printed and as assessed, serial, recovery, source,
// components, photos and chain of custody.
import { toLookalikeCyrillic } from './demo.codes.ts';
import { itemComponents } from './demo.components.ts';
import { custodyOf } from './demo.custody.ts';
import type { Random } from './demo.random.ts';
import { recover } from './demo.recovery.ts';
import type { FamilyTemplate } from './demo.template.ts';
import type { DemoItem } from './demo.types.ts';
import type { DemoVariant } from './demo.variants.ts';

const BASES = [
  'Airframe shape and board layout match earlier items of the family (synthetic).',
  'Printed designation and serial format match the family (synthetic).',
  'Board silkscreen and parts list match reference items (synthetic).',
];
const ANALYSTS = [
  'Analyst R. Demo (synthetic)',
  'Analyst K. Example (synthetic)',
  'Analyst M. Sample (synthetic)',
];

export interface ItemPlan {
  /** 1-based position of the item in the demo, in order of recovery. */
  index: number;
  /** 1-based position of the item among the year's recoveries. */
  yearIndex: number;
  at: Date;
  template: FamilyTemplate;
  /** The design variant it was built as, for families that have them (demo.variants.ts). */
  variant?: DemoVariant;
  /** The serial number, unique within its series; absent where none was found. */
  serial?: number;
}

export function generateItem(rng: Random, plan: ItemPlan): DemoItem {
  const { family } = plan.template;
  const { variant } = plan;
  const demoKey = `item:${String(plan.index).padStart(4, '0')}`;
  const externalRef = `DEMO-${plan.at.getUTCFullYear()}-${String(plan.yearIndex).padStart(4, '0')}`;
  const r = recover(rng, plan.at);
  const designationMarked = rng.chance(0.85) ? rng.weighted(variant?.marked ?? family.marked) : undefined;
  const cyrillic = variant
    ? variant.cyrillicPlate
    : designationMarked
      ? /[\u0400-\u04ff]/.test(designationMarked)
      : false;
  const seriesPrefix = variant?.serialPrefix ?? family.serialPrefix;
  const prefix = cyrillic || rng.chance(0.05) ? toLookalikeCyrillic(seriesPrefix) : seriesPrefix;
  const serialNumber =
    plan.serial === undefined ? undefined : `${prefix}-${String(plan.serial).padStart(4, '0')}`;
  const markingLines = [
    designationMarked,
    serialNumber && (cyrillic ? `Зав. № ${serialNumber}` : `S/N ${serialNumber}`),
  ];
  const markings = markingLines.filter(Boolean).join('\n');

  const boards = plan.template.modules.flatMap((m) => (m.boardLabel ? [m.boardLabel] : []));
  const { custody, photos, boardPhotos } = custodyOf(rng, demoKey, externalRef, plan.at, r, boards);
  const template = variant
    ? { ...plan.template, modules: plan.template.variants.get(variant.id) ?? plan.template.modules }
    : plan.template;
  const components = itemComponents(rng, template, demoKey, plan.at, boardPhotos);

  const item: DemoItem = {
    demoKey,
    externalRef,
    itemType: family.itemType,
    designationAssessed: family.assessed,
    recoveredAt: r.recoveredAt,
    recoveredPrecision: r.recoveredPrecision,
    latitude: r.latitude,
    longitude: r.longitude,
    placeName: r.placeName,
    country: r.cluster.country,
    condition: r.condition,
    source: r.source,
    observation: r.observation,
    sourceReliability: r.sourceReliability,
    notes: 'Synthetic demo data: a fictional item, not a real recovery.',
    components,
    photos,
    custody,
  };
  if (variant) item.variant = variant.id;
  if (designationMarked) item.designationMarked = designationMarked;
  if (serialNumber) item.serialNumber = serialNumber;
  if (markings) item.markings = markings;
  // Most items of a variant had the construction looked at and tagged; the rest were not examined.
  if (variant?.tag && rng.chance(0.75)) item.tags = [variant.tag];
  if (rng.chance(0.5)) {
    item.designationAssessment = {
      basis: rng.pick(BASES),
      confidence: rng.weighted([
        ['high', 3],
        ['medium', 2],
        ['low', 1],
      ] as const),
      by: rng.pick(ANALYSTS),
    };
  }
  return item;
}
