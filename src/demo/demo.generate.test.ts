import { describe, expect, it } from 'vitest';
import {
  ComponentInput,
  CustodyEventInput,
  OrganizationInput,
  parseIsoDateTime,
  RecoveredItemInput,
} from '../evidence/evidence.schema.ts';
import { dateCodeStart } from './demo.dates.ts';
import { generateDemo } from './demo.generate.ts';
import type { DemoItem } from './demo.types.ts';
import makersFile from './demo-makers.json' with { type: 'json' };

const demo = generateDemo();
const components = demo.items.flatMap((i) => i.components);
const photos = demo.items.flatMap((i) => i.photos);
const time = (s: string | null | undefined) => parseIsoDateTime(s ?? '')!.getTime();

/** The evidence-module fields of an item, without the demo's keys and nested lists. */
function itemFields(item: DemoItem) {
  const { demoKey, variant, components, photos, custody, ...fields } = item;
  return fields;
}

describe('generateDemo', () => {
  it('gives the same data for the same seed and other data for another', () => {
    expect(generateDemo({ seed: 7, items: 15 })).toEqual(generateDemo({ seed: 7, items: 15 }));
    expect(JSON.stringify(generateDemo({ seed: 8, items: 15 }))).not.toEqual(
      JSON.stringify(generateDemo({ seed: 7, items: 15 })),
    );
  });

  it('makes 300 items over 2023–2025 with 20–150 components each and about 150 photos', () => {
    expect(demo.items).toHaveLength(300);
    for (const item of demo.items) {
      expect(item.components.length).toBeGreaterThanOrEqual(20);
      expect(item.components.length).toBeLessThanOrEqual(150);
      expect(item.recoveredAt! >= '2023-01-01' && item.recoveredAt! < '2026-01-01').toBe(true);
    }
    expect(photos.length).toBeGreaterThan(100);
    expect(photos.length).toBeLessThan(200);
    const withPhotos = demo.items.filter((i) => i.photos.length > 0).length;
    expect(withPhotos / demo.items.length).toBeGreaterThan(0.3);
    expect(withPhotos / demo.items.length).toBeLessThan(0.5);
    expect(generateDemo({ items: 12 }).items).toHaveLength(12);
  });

  it('passes the evidence schemas, with no field they do not know', () => {
    for (const org of demo.organizations) {
      const { demoKey, marking, ...fields } = org;
      OrganizationInput.parse(fields);
      expect(Object.keys(fields).every((k) => k in OrganizationInput.shape)).toBe(true);
    }
    for (const item of demo.items) {
      const fields = itemFields(item);
      RecoveredItemInput.parse({ ...fields, caseId: 1 });
      expect(Object.keys(fields).every((k) => k in RecoveredItemInput.shape)).toBe(true);
      for (const event of item.custody) CustodyEventInput.parse({ ...event, caseId: 1, itemId: 1 });
    }
    for (const component of components) {
      const { demoKey, parentKey, makerKey, photoKey, ...fields } = component;
      ComponentInput.parse({ ...fields, itemId: 1 });
      expect(Object.keys(fields).every((k) => k in ComponentInput.shape)).toBe(true);
    }
  });

  it('dates parts before the recovery and custody after it', () => {
    let dated = 0;
    for (const item of demo.items) {
      const recovered = time(item.recoveredAt);
      for (const c of item.components) {
        if (!c.dateCode) continue;
        dated++;
        expect(c.dateCode).toMatch(/^\d{4}$/);
        expect(dateCodeStart(c.dateCode).getTime()).toBeLessThan(recovered);
      }
      expect(item.custody[0].action).toBe('recovered');
      for (const event of item.custody) expect(time(event.occurredAt)).toBeGreaterThanOrEqual(recovered);
      for (const photo of item.photos) expect(time(photo.capturedAt)).toBeGreaterThan(recovered);
    }
    expect(dated / components.length).toBeGreaterThan(0.4);
  });

  it('resolves parent, maker and photo keys (parents before their children)', () => {
    const orgs = new Set(demo.organizations.map((o) => o.demoKey));
    for (const item of demo.items) {
      const seen = new Set<string>();
      const photoKeys = new Set(item.photos.map((p) => p.demoKey));
      for (const c of item.components) {
        if (c.parentKey) expect(seen.has(c.parentKey)).toBe(true);
        if (c.makerKey) expect(orgs.has(c.makerKey)).toBe(true);
        if (c.photoKey) {
          expect(photoKeys.has(c.photoKey)).toBe(true);
          expect(c.photoRegion!.x + c.photoRegion!.width).toBeLessThanOrEqual(640);
          expect(c.photoRegion!.y + c.photoRegion!.height).toBeLessThanOrEqual(480);
        }
        seen.add(c.demoKey);
      }
    }
    const keys = components.map((c) => c.demoKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(components.some((c) => c.photoKey)).toBe(true);
  });

  it('reads markings as investigators do: multi-line, some Cyrillic look-alikes, some illegible', () => {
    const marked = components.filter((c) => c.markingRaw);
    expect(marked.some((c) => c.markingRaw!.includes('\n'))).toBe(true);
    expect(marked.some((c) => /[A-Z]/.test(c.markingRaw!) && /[АВСЕНКМОРТХ]/.test(c.markingRaw!))).toBe(true);
    expect(components.some((c) => c.notes?.includes('illegible'))).toBe(true);
    expect(demo.items.some((i) => /[\u0400-\u04ff]/.test(i.designationMarked ?? ''))).toBe(true);
    const origins = components.flatMap((c) => Object.values(c.fieldOrigins ?? {}));
    expect(origins.some((o) => o?.origin === 'human')).toBe(true);
    for (const o of origins.filter((o) => o?.origin === 'machine')) {
      expect(o!.confidence).toBeGreaterThanOrEqual(0.6);
      expect(o!.confidence).toBeLessThanOrEqual(0.99);
    }
  });

  it('issues each serial number once per designation', () => {
    const serials = demo.items
      .filter((i) => i.serialNumber)
      .map((i) => `${i.designationAssessed} ${i.serialNumber}`);
    expect(new Set(serials).size).toBe(serials.length);
  });

  it('names no real maker or weapon and labels what it shows as synthetic', () => {
    const text = `${JSON.stringify(demo)} ${JSON.stringify(makersFile)}`.toLowerCase();
    const denied = ['Texas Instruments', 'STMicroelectronics', 'Analog Devices', 'u-blox', 'Bosch', 'NXP'];
    denied.push('Microchip', 'Shahed', 'Geran', 'Lancet', 'Orlan', 'Bayraktar', 'Switchblade');
    for (const name of denied) expect(text).not.toContain(name.toLowerCase());
    expect(demo.label).toBe('synthetic demo data');
    expect(demo.case.title).toContain('(synthetic demo data)');
    expect(demo.case.summary).toContain('Synthetic demo data');
    expect(makersFile.label).toContain('synthetic demo data');
    for (const org of demo.organizations) expect(org.notes).toContain('synthetic demo data');
    for (const item of demo.items) expect(`${item.notes} ${item.source}`).toContain('synthetic');
    for (const photo of photos) expect(photo.subject).toContain('synthetic demo data');
  });
});
