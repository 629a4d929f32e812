// The demo builds items of each fictional variant of demo-variants.yaml (synthetic demo data) so that
// attribution finds them: the machine names each variant for many of its items, never another variant
// of the same family, and leaves some unknown where damage took the diagnostic parts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute, type ItemEvidence, parseVariantProfiles } from '../attribution/index.ts';
import { generateDemo } from './demo.generate.ts';
import type { DemoItem } from './demo.types.ts';
import { demoVariants } from './demo.variants.ts';

const profiles = parseVariantProfiles(
  readFileSync(new URL('./demo-variants.yaml', import.meta.url), 'utf8'),
).variants;
const demo = generateDemo();
const orgName = new Map(demo.organizations.map((o) => [o.demoKey, o.name]));

/** What the database will hold of the item, as attribution reads it (the maker's organization's name
 * where no maker name was transcribed). */
const evidence = (i: DemoItem): ItemEvidence => ({
  id: i.demoKey,
  designationAssessed: i.designationAssessed,
  designationMarked: i.designationMarked,
  serialNumber: i.serialNumber,
  markings: i.markings,
  tags: i.tags,
  components: i.components.map((c) => ({
    subsystem: c.subsystem,
    maker: c.maker ?? (c.makerKey ? orgName.get(c.makerKey) : null),
    partNumber: c.partNumber,
    category: c.category,
    markingRaw: c.markingRaw ?? '',
  })),
});

const decided = demo.items.map((i) => ({
  item: i,
  variantId: attribute(evidence(i), profiles).decision.variantId,
}));

describe('the demo variants (synthetic demo data)', () => {
  it('are the variants of the demo profiles, one to one', () => {
    const built = [...demoVariants.values()].flat().map((v) => v.id);
    expect(built.sort()).toEqual(profiles.map((p) => p.id).sort());
  });

  it.each(profiles.map((p) => p.id))('gives %s items that the machine attributes to it', (id) => {
    const own = decided.filter((d) => d.item.variant === id);
    const named = own.filter((d) => d.variantId === id);
    expect(named.length).toBeGreaterThanOrEqual(10);
    // Never another variant: what the machine cannot tell, it leaves unknown.
    expect(own.filter((d) => d.variantId !== id && d.variantId !== 'unknown')).toEqual([]);
  });

  it('prints the licensed copy as Harrow-2M with its own HW2M serials, the original with HW2', () => {
    for (const { item } of decided.filter((d) => d.item.variant?.startsWith('harrow'))) {
      const copy = item.variant === 'harrow-2m-licensed';
      if (item.designationMarked) expect(item.designationMarked === 'Harrow-2M').toBe(copy);
      if (item.serialNumber)
        expect(item.serialNumber).toMatch(copy ? /^[HН]W2[MМ]-\d{4}$/ : /^[HН]W2-\d{4}$/);
    }
  });

  it('leaves some items unknown: damaged ones, and families without profiles', () => {
    expect(decided.filter((d) => d.item.variant && d.variantId === 'unknown').length).toBeGreaterThan(5);
    expect(decided.filter((d) => !d.item.variant).every((d) => d.variantId === 'unknown')).toBe(true);
  });
});
