// The demo's variant profiles (synthetic demo data) parse, name only the demo's fictional families and
// makers, and attribute items built the way the demo generator is to build them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoFamilies } from '../demo/demo.families.ts';
import { makeComponent, makeItem } from './attribution.factories.ts';
import type { ComponentEvidence, ItemEvidence } from './attribution.item.ts';
import { parseVariantProfiles } from './attribution.parse.ts';
import { attribute } from './attribution.score.ts';

const read = (name: string) => readFileSync(new URL(`../demo/${name}`, import.meta.url), 'utf8');
const doc = parseVariantProfiles(read('demo-variants.yaml'), 'demo-variants.yaml');
const demoMakers: { name: string; aliases: string[] }[] = JSON.parse(read('demo-makers.json')).makers;

const part = (
  subsystem: ComponentEvidence['subsystem'],
  category: string,
  maker: string,
  partNumber: string,
) =>
  makeComponent({ subsystem, category, maker, partNumber, markingRaw: `${maker}\n${partNumber}\n2231 A7` });

const item = (fields: Partial<ItemEvidence>): ItemEvidence => makeItem({ id: 'DEMO-2024-0001', ...fields });

const harrowOriginal = item({
  designationAssessed: 'Harrow-2',
  designationMarked: 'HARROW-2',
  serialNumber: 'HW2-0417',
  markings: 'HARROW-2\nS/N HW2-0417',
  tags: ['serial-stencilled'],
  components: [
    part('navigation', 'GNSS receiver', 'Kestrel Semi', 'KSW7721QF'),
    part('airframe', 'connector', 'Brennick', 'BRK4410'),
  ],
});
const harrowCopy = item({
  designationAssessed: 'Harrow-2',
  designationMarked: 'Harrow-2M',
  serialNumber: 'HW2M-0031',
  markings: 'Harrow-2M\nS/N HW2M-0031',
  tags: ['serial-label-plate'],
  components: [
    part('navigation', 'GNSS receiver', 'Henglan Micro', 'HLM8812K'),
    part('airframe', 'connector', 'Ведрица', 'ВД2231АБ4'),
  ],
});
const ternDomestic = item({
  designationAssessed: 'Tern-K',
  designationMarked: 'ТЕРН-К',
  serialNumber: 'ТК-0123',
  markings: 'ТЕРН-К\nЗав. № ТК-0123',
  components: [
    part('flight_control', 'crystal oscillator', 'Kvarnel JSC', 'КВН1234АБ3'),
    part('navigation', 'GNSS receiver', 'Tiderun', 'TDW5521B'),
  ],
});
const ternExport = item({
  designationAssessed: 'Tern-K',
  designationMarked: 'TERN-K',
  serialNumber: 'TK-0456',
  markings: 'TERN-K\nS/N TK-0456',
  components: [
    part('flight_control', 'crystal oscillator', 'Hanabusa Denshi', 'HBD221K'),
    part('navigation', 'GNSS receiver', 'Tiderun Wireless Oy', 'TDW5521B'),
  ],
});
const sable = (mcu: string, gnssMaker: string) =>
  item({
    designationAssessed: 'Sable M',
    designationMarked: 'SABLE-M',
    serialNumber: 'SBM-0876',
    markings: 'SABLE-M\nS/N SBM-0876',
    components: [
      part('flight_control', 'microcontroller', mcu.startsWith('MVE') ? 'Mirovex' : 'Norvane', mcu),
      part('navigation', 'GNSS receiver', gnssMaker, 'GN100A'),
      part('navigation', 'GNSS receiver', gnssMaker, 'GN100A'),
    ],
  });

describe('demo-variants.yaml (synthetic demo data)', () => {
  it('parses, says what it is, and describes only demo families and demo makers', () => {
    expect(doc.label).toBe('synthetic demo data');
    expect(read('demo-variants.yaml').split('\n')[0]).toMatch(/^# Synthetic demo data/);
    const families = new Set(demoFamilies.map((f) => f.assessed));
    const names = new Set(demoMakers.flatMap((m) => [m.name, ...m.aliases]));
    for (const v of doc.variants) {
      expect(families, v.id).toContain(v.designation);
      expect(v.producer, v.id).toMatch(/\(fictional\)$/);
      for (const f of v.features)
        if (f.kind === 'maker_present') for (const m of f.makers) expect(names, v.id).toContain(m);
    }
  });

  it.each([
    ['harrow-2-original', harrowOriginal],
    ['harrow-2m-licensed', harrowCopy],
    ['tern-k-domestic', ternDomestic],
    ['tern-k-export', ternExport],
    ['sable-m-block-1', sable('MVE3172K', 'KSW')],
    ['sable-m-block-2', sable('NVR5208TQ-QF48', 'Tarangini')],
  ])('attributes an item built as %s to it', (variantId, subject) => {
    const a = attribute(subject, doc.variants);
    expect(a.decision, a.decision.reason).toMatchObject({ variantId, rule: 'decided' });
    expect(a.best?.features.every((f) => f.outcome === 'matched')).toBe(true);
  });

  it('leaves a demo item without the diagnostic evidence unknown', () => {
    const bare = item({
      designationAssessed: 'Harrow-2',
      designationMarked: 'Harrow-2',
      serialNumber: 'HW2-0001',
    });
    expect(attribute(bare, doc.variants).decision).toMatchObject({
      variantId: 'unknown',
      rule: 'low_coverage',
    });
  });
});
