// The review of markings and the pages around it, on both databases: unresolved maker names and
// flagged readings are listed, resolving a name ties its components to the organization and makes the
// name an alias that later readings resolve; merging duplicate organizations moves every reference and
// keeps the names; a maker's page; components filtered by maker, part, tier, date range and lot; the
// overview's counts by maker country and CHPL tier. All data is synthetic test data.
import { expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { Actor } from '../core/actor.ts';
import { Invalid, Unauthenticated } from '../core/errors.ts';

const NAME = 'Qwyxor Semicondustors (synthetic test data)';

describeEachDialect('MarkingsReview', (t) => {
  it('lists an unresolved maker name, and resolving it ties the components and keeps the alias', async () => {
    const app = t().app;
    await app.markings.seedReference(actor);
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    for (const m of ['QWX-1 (synthetic)', 'QWX-2 (synthetic)'])
      await makeComponent(app, item.id, { markingRaw: m, maker: NAME });
    const before = await app.markingsReview.review(actor);
    expect(before.unresolved.find((u) => u.name === NAME)?.components).toBe(2);

    const org = await app.parties.createOrganization(actor, { name: 'Qwyxor Semiconductors (synthetic)' });
    const head = await app.auditLog.head(app.db.kysely);
    expect(await app.markingsReview.resolve(actor, NAME, org.id)).toEqual({ updated: 2 });
    const after = await app.markingsReview.review(actor);
    expect(after.unresolved.find((u) => u.name === NAME)).toBeUndefined();
    expect((await app.parties.getOrganization(actor, org.id)).aliases).toContain(NAME);
    const comps = await app.components.list(actor, {
      itemId: item.id,
      limit: 10,
      offset: 0,
      sort: 'id',
      includeDeleted: false,
    });
    expect(comps.rows.map((r) => r.makerOrgId)).toEqual([org.id, org.id]);
    // One entry for the alias, one per component.
    expect((await app.auditLog.head(app.db.kysely))?.seq).toBe((head?.seq ?? 0) + 3);

    // A new component typed with that name now resolves to the organization at once.
    const later = await makeComponent(app, item.id, { markingRaw: 'QWX-3 (synthetic)', maker: NAME });
    expect(later.makerOrgId).toBe(org.id);
  });

  it('refuses resolving when not signed in (who may resolve: the authorization matrix)', async () => {
    const app = t().app;
    const org = await app.parties.createOrganization(actor, { name: 'Refused Org (synthetic)' });
    const anonymous: Actor = { kind: 'anonymous' };
    await expect(app.markingsReview.resolve(anonymous, NAME, org.id)).rejects.toThrow(Unauthenticated);
    expect((await app.parties.getOrganization(actor, org.id)).aliases).toEqual([]);
  });

  it("suggests the resolver's organization for a name written before its maker was stored", async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const name = 'ZENTROFAX DEVICES LTD.';
    await makeComponent(app, item.id, { markingRaw: 'ZFX-1 (synthetic)', maker: name });
    expect(
      (await app.markingsReview.review(actor)).unresolved.find((u) => u.name === name)?.suggestion,
    ).toBeNull();
    // The maker is stored afterwards: the review now suggests it, by its name without the legal form.
    const org = await app.parties.createOrganization(actor, {
      name: 'Zentrofax Devices',
      roles: ['maker'],
    });
    const entry = (await app.markingsReview.review(actor)).unresolved.find((u) => u.name === name);
    expect(entry?.suggestion).toMatchObject({ organizationId: org.id, name: org.name });
    expect(entry?.suggestion?.score).toBeGreaterThan(0.8);
  });

  it('lists a remarked part (logo of one maker, number of another) among the flagged readings', async () => {
    const app = t().app;
    await app.markings.seedReference(actor);
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const comp = await makeComponent(app, item.id, { markingRaw: 'TI\nSTM32F405RGT6\n2231' });
    const r = await app.markingsReview.review(actor);
    const row = r.flagged.rows.find((f) => f.componentId === comp.id);
    expect(row?.flags.map((f) => f.kind)).toContain('maker-mismatch');
    expect(r.flagged.total).toBeGreaterThanOrEqual(1);
  });

  it('shows a maker page with its reference data, former makers and parts', async () => {
    const app = t().app;
    await app.markings.seedReference(actor);
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const comp = await makeComponent(app, item.id, { markingRaw: 'ADUM1201\n2231', category: 'isolator' });
    const page = await app.markingsReview.maker(actor, comp.makerOrgId as number);
    expect(page.referenceKey).toBe('adi');
    expect(page.prefixes).toContain('ADUM');
    expect(page.sources.length).toBeGreaterThan(0);
    expect(page.formerMakers.map((f) => f.name).join(' ')).toMatch(/Linear/);
    expect(page.parts.find((p) => p.id === comp.partId)?.components).toBe(1);
    expect(page.components).toBe(1);
  });

  it('merges a duplicate: names kept as aliases, components and parts moved, the duplicate deleted', async () => {
    const app = t().app;
    const keep = await app.parties.createOrganization(actor, { name: 'Keepwell Parts (synthetic)' });
    const dup = await app.parties.createOrganization(actor, {
      name: 'Keepwel Parts Ltd (synthetic)',
      aliases: ['KWP (synthetic)'],
      countries: ['FI'],
    });
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const a = await makeComponent(app, item.id, {
      markingRaw: 'KWP-77 (synthetic)',
      partNumber: 'KWP77',
      makerOrgId: dup.id,
    });
    const b = await makeComponent(app, item.id, {
      markingRaw: 'KWP-78 (synthetic)',
      partNumber: 'KWP78',
      makerOrgId: dup.id,
    });
    // The kept maker already has KWP78: the duplicate's KWP78 goes into it.
    const twin = await makeComponent(app, item.id, {
      markingRaw: 'KWP-78 again (synthetic)',
      partNumber: 'KWP78',
      makerOrgId: keep.id,
    });
    expect(twin.partId).not.toBe(b.partId);

    const kept = await app.parties.mergeOrganization(actor, dup.id, keep.id);
    expect(kept.aliases).toEqual(expect.arrayContaining([dup.name, 'KWP (synthetic)']));
    expect(kept.countries).toContain('FI');
    await expect(app.parties.getOrganization(actor, dup.id)).rejects.toThrow(/not found/i);
    const comps = await app.components.list(actor, {
      itemId: item.id,
      limit: 10,
      offset: 0,
      sort: 'id',
      includeDeleted: false,
    });
    expect(comps.rows.map((r) => r.makerOrgId)).toEqual([keep.id, keep.id, keep.id]);
    const byId = new Map(comps.rows.map((r) => [r.id, r]));
    expect(byId.get(b.id)?.partId).toBe(twin.partId);
    const partA = await app.catalog.get(actor, byId.get(a.id)?.partId as number);
    expect(partA.makerOrgId).toBe(keep.id);
    await expect(app.catalog.get(actor, b.partId as number)).rejects.toThrow(/not found/i);
  });

  it('refuses merging an organization into itself (who may merge: the authorization matrix)', async () => {
    const app = t().app;
    const org = await app.parties.createOrganization(actor, { name: 'Selfsame (synthetic)' });
    await expect(app.parties.mergeOrganization(actor, org.id, org.id)).rejects.toThrow(Invalid);
    expect((await app.parties.getOrganization(actor, org.id)).deletedAt).toBeNull();
  });

  it('filters components by maker organization, part, CHPL tier, date range and lot', async () => {
    const app = t().app;
    await app.markings.seedReference(actor);
    const c = await makeCase(app);
    const item = await makeItem(app, c.id, { recoveredAt: '2024-05-01' });
    const mcu = await makeComponent(app, item.id, {
      markingRaw: 'TI\nTPS62130\n2231',
      category: 'voltage regulator',
      lotCode: 'LOTQ1',
    });
    const cap = await makeComponent(app, item.id, {
      markingRaw: 'ADI\nADUM1201\n2010 #A1B2',
      category: 'isolator',
    });
    const list = (f: Record<string, unknown>) =>
      app.components.list(actor, {
        caseId: c.id,
        limit: 50,
        offset: 0,
        sort: 'id',
        includeDeleted: false,
        ...f,
      });
    const ids = async (f: Record<string, unknown>) => (await list(f)).rows.map((r) => r.id);
    expect(await ids({ makerOrgId: mcu.makerOrgId })).toEqual([mcu.id]);
    expect(await ids({ partId: cap.partId })).toEqual([cap.id]);
    expect(await ids({ lotCode: 'LOTQ1' })).toEqual([mcu.id]);
    // 2231: week 31 of 2022; 2010: week 10 of 2020.
    expect(await ids({ dateFrom: '2022-01-01' })).toEqual([mcu.id]);
    expect(await ids({ dateTo: '2021-01-01' })).toEqual([cap.id]);
    const tier = (await app.catalog.get(actor, mcu.partId as number)).chplTier;
    expect(tier).not.toBeNull();
    expect(await ids({ chplTier: tier })).toContain(mcu.id);
  });

  it('counts components by maker headquarters and by CHPL tier for the overview', async () => {
    const app = t().app;
    await app.markings.seedReference(actor);
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    await makeComponent(app, item.id, { markingRaw: 'ST\nSTM32F405RGT6\n2231', category: 'microcontroller' });
    await makeComponent(app, item.id, { markingRaw: '' });
    const s = await app.stats.summary(actor, c.id);
    expect(s.componentsByMakerCountry).toEqual(
      expect.arrayContaining([
        { country: 'CH', count: 1 },
        { country: null, count: 1 },
      ]),
    );
    const tiers = Object.fromEntries(s.componentsByChplTier.map((r) => [r.tier, r.count]));
    expect(tiers.unknown).toBe(1);
    expect(Object.values(tiers).reduce((a, b) => a + b, 0)).toBe(2);
  });
});
