// The demo as `npm start` loads it (fewer items, same generator), read back through the services:
// attribution has its profiles in force and something to show, each variant named by the machine for
// some items and a few human decisions, one of them over the machine's reading; production has serial
// patterns, two series for the Harrow-2 (the licensed copy's own) and fictional declared targets to
// compare. Synthetic demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestInstance, type TestInstance } from '../../test/helpers/test-app.ts';
import type { CaseAttributionRow } from '../attribution/index.ts';
import { localAdmin } from '../core/actor.ts';
import { type DemoSummary, loadDemoIfEmpty } from './demo.load.ts';

describe('the loaded demo (synthetic demo data) [sqlite]', () => {
  let t: TestInstance;
  let demo: DemoSummary;
  let rows: CaseAttributionRow[];

  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    demo = (await loadDemoIfEmpty(t.app, () => {}, { items: 150 })) as DemoSummary;
    rows = (await t.app.attribution.forCase(localAdmin, demo.caseId, { limit: 500, offset: 0 })).rows;
  }, 120_000);
  afterAll(async () => {
    await t?.destroy();
  });

  it('has the demo variant profiles in force as version 1, labelled synthetic', async () => {
    const p = await t.app.attribution.profiles.get(localAdmin);
    expect(p.version).toMatchObject({ version: 1, label: 'synthetic demo data', variants: 6 });
    expect(p.text?.split('\n')[0]).toMatch(/^# Synthetic demo data/);
  });

  it('names every demo variant for some items, and leaves others unknown', () => {
    const named = new Set(rows.map((r) => r.machine.variantId));
    for (const id of [
      'harrow-2-original',
      'harrow-2m-licensed',
      'tern-k-domestic',
      'tern-k-export',
      'sable-m-block-1',
      'sable-m-block-2',
      'unknown',
    ])
      expect(named, id).toContain(id);
  });

  it('records human decisions with a synthetic basis, one that overrides the machine', () => {
    const decided = rows.filter((r) => r.human);
    expect(decided.length).toBe(demo.attributionDecisions);
    expect(decided.length).toBeGreaterThanOrEqual(2);
    for (const r of decided) expect(r.human?.basis).toMatch(/^Synthetic demo data: /);
    expect(decided.some((r) => r.human?.variantId !== r.machine.variantId)).toBe(true);
    // None on the restricted item, which no published view shows.
    expect(decided.map((r) => r.itemId)).not.toContain(rows[0].itemId);
  });

  it('reads the Harrow-2 serials as two series with the demo pattern, and compares the fictional targets', async () => {
    const designations = await t.app.production.designations(localAdmin);
    expect(designations.find((d) => d.designation === 'Harrow-2')?.pattern).toBe(
      '^(?<series>HW2M?)-(?<number>\\d{4})$',
    );
    const a = await t.app.production.assess(localAdmin, { designation: 'Harrow-2' });
    expect(a.series.map((s) => s.series)).toEqual(['HW2', 'HW2M']);
    expect(a.unparsed).toEqual([]);
    for (const s of a.series) expect(s.estimate).toBeGreaterThanOrEqual(s.max);
    expect(a.targets).toHaveLength(2);
    for (const target of a.targets) {
      expect(target.target.source).toMatch(/^Synthetic demo data: /);
      expect(target.series).toHaveLength(1);
      const assessment = target.series[0].assessment;
      expect(assessment.ok).toBe(true);
      if (assessment.ok) expect(assessment.probability).toBeGreaterThan(0);
    }
  });
});
