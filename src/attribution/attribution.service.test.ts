// Attribution of stored items on both databases: the profile document as versioned reference data (a
// bad document refused by its place, the version in force kept), the machine's reading of an item built
// from its components, the human decision that overrides it (audited, the replaced one kept), what a
// published view shows of it, and a case's table. The profiles are the demo's (synthetic demo data).
import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { addMember, makeUser } from '../../test/helpers/auth.ts';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { verifyIntegrity } from '../audit/index.ts';
import type { Actor } from '../core/actor.ts';
import { Forbidden, Invalid, NotFound } from '../core/errors.ts';

const demoProfiles = readFileSync(new URL('../demo/demo-variants.yaml', import.meta.url), 'utf8');

describeEachDialect('AttributionService', (t) => {
  let caseId: number;
  let copyId: number;
  let gnssId: number;
  let bareId: number;

  beforeAll(async () => {
    const app = t().app;
    caseId = (await makeCase(app)).id;
    // Built as the licensed copy is described: every diagnostic feature present.
    const copy = await makeItem(app, caseId, {
      designationAssessed: 'Harrow-2',
      designationMarked: 'Harrow-2M',
      serialNumber: 'HW2M-0031',
      markings: 'Harrow-2M\nS/N HW2M-0031',
      tags: ['serial-label-plate'],
    });
    copyId = copy.id;
    gnssId = (
      await makeComponent(app, copy.id, {
        subsystem: 'navigation',
        category: 'GNSS receiver',
        maker: 'Henglan Micro',
        partNumber: 'HLM8812K',
        markingRaw: 'HLM\nHLM8812K\n2231 A7',
      })
    ).id;
    await makeComponent(app, copy.id, {
      subsystem: 'airframe',
      category: 'connector',
      maker: 'Ведрица',
      markingRaw: 'ВД2231АБ4',
    });
    bareId = (await makeItem(app, caseId, { designationAssessed: 'Harrow-2', serialNumber: 'HW2-0001' })).id;
  });

  it('has no profiles before the first save, and reads every item as unknown then', async () => {
    const app = t().app;
    expect(await app.attribution.profiles.get(actor)).toEqual({ version: null, text: null, document: null });
    const a = await app.attribution.forItem(actor, copyId);
    expect(a).toMatchObject({ profilesVersion: null, human: null, effective: { variantId: 'unknown' } });
    expect(a.machine.decision.rule).toBe('no_profile');
  });

  it('saves the document as version 1, makes no version for the same text, and a new one for another', async () => {
    const app = t().app;
    const first = await app.attribution.profiles.put(actor, demoProfiles);
    expect(first).toMatchObject({
      created: true,
      version: { version: 1, format: 'yaml', variants: 6, label: 'synthetic demo data' },
    });
    expect((await app.attribution.profiles.put(actor, demoProfiles)).created).toBe(false);
    const inForce = await app.attribution.profiles.get(actor);
    expect(inForce.text).toBe(demoProfiles);
    expect(inForce.document?.variants.map((v) => v.id)).toContain('harrow-2m-licensed');
    // JSON is a document too: the same profiles written as JSON are version 2.
    const json = JSON.stringify(inForce.document);
    expect((await app.attribution.profiles.put(actor, json)).version).toMatchObject({
      version: 2,
      format: 'json',
    });
    expect((await app.attribution.profiles.versions(actor)).map((v) => v.version)).toEqual([2, 1]);
    expect((await app.attribution.profiles.get(actor, 1)).text).toBe(demoProfiles);
    await expect(app.attribution.profiles.get(actor, 99)).rejects.toBeInstanceOf(NotFound);
    expect((await app.attribution.profiles.put(actor, demoProfiles)).version.version).toBe(3);
  });

  it('refuses a bad document naming the field, line and column, and keeps the version in force', async () => {
    const app = t().app;
    const before = await app.attribution.profiles.versions(actor);
    const weightLine = demoProfiles.split('\n').findIndex((l) => l.includes('weight: 0.25')) + 1;
    const bad = demoProfiles.replace(
      'weight: 0.25\n        label: serial in the HW2-nnnn',
      'weight: -1\n        label: serial in the HW2-nnnn',
    );
    const refused = app.attribution.profiles.put(actor, bad);
    await expect(refused).rejects.toBeInstanceOf(Invalid);
    await expect(refused).rejects.toMatchObject({
      problems: [
        { path: 'variants[0].features[1].weight', line: weightLine, message: 'must be a number > 0' },
      ],
    });
    const syntax = app.attribution.profiles.put(actor, 'variants:\n  - id: a\n   name: b\n');
    await expect(syntax).rejects.toMatchObject({ problems: [expect.objectContaining({ line: 3 })] });
    expect(await app.attribution.profiles.versions(actor)).toEqual(before);
  });

  it('lets only analysts save profiles, and every signed-in user read them', async () => {
    const app = t().app;
    const member = await app.grants.userActor(await makeUser(app));
    await expect(app.attribution.profiles.put(member, demoProfiles)).rejects.toBeInstanceOf(Forbidden);
    expect((await app.attribution.profiles.get(member)).version?.version).toBe(3);
    await expect(app.attribution.profiles.get({ kind: 'anonymous' })).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it("reads an item's components as evidence and names the variant they fit, with every feature's outcome", async () => {
    const app = t().app;
    const a = await app.attribution.forItem(actor, copyId);
    expect(a).toMatchObject({
      itemId: copyId,
      caseId,
      profilesVersion: 3,
      human: null,
      effective: {
        variantId: 'harrow-2m-licensed',
        source: 'machine',
        producer: 'Kelmar Assembly Plant (fictional)',
      },
    });
    expect(a.machine.decision).toMatchObject({ variantId: 'harrow-2m-licensed', rule: 'decided' });
    expect(a.machine.best?.features.map((f) => f.outcome)).toEqual(Array(5).fill('matched'));
    // Only the assessed designation's variants are compared.
    expect(a.machine.ranked.map((v) => v.variantId).sort()).toEqual([
      'harrow-2-original',
      'harrow-2m-licensed',
    ]);
    const bare = await app.attribution.forItem(actor, bareId);
    expect(bare.machine.decision).toMatchObject({ variantId: 'unknown', rule: 'low_coverage' });
  });

  it('records a human decision over the machine, replaces it with the next, and withdraws it, all audited', async () => {
    const app = t().app;
    const first = await app.attribution.decide(actor, bareId, {
      variantId: 'harrow-2-original',
      basis: 'Stencilled serial seen on a partner photo (synthetic test data).',
      confidence: 'medium',
    });
    expect(first.human).toMatchObject({
      variantId: 'harrow-2-original',
      variantName: 'Harrow-2 (original)',
      confidence: 'medium',
      decidedBy: 'local:local administrator',
      profilesVersion: 3,
      machine: { variantId: 'unknown', rule: 'low_coverage' },
    });
    expect(first.effective).toMatchObject({
      variantId: 'harrow-2-original',
      source: 'human',
      confidence: 'medium',
    });
    const second = await app.attribution.decide(actor, bareId, {
      variantId: 'unknown',
      basis: 'The photo shows another airframe (synthetic test data).',
      confidence: 'low',
    });
    expect(second.effective).toMatchObject({ variantId: 'unknown', source: 'human', name: null });
    const rows = await app.db.kysely
      .selectFrom('attribution_decisions')
      .select(['id', 'variant_id', 'deleted_at'])
      .where('item_id', '=', bareId)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.variant_id, r.deleted_at === null])).toEqual([
      ['harrow-2-original', false],
      ['unknown', true],
    ]);
    const history = await app.auditLog.history(app.db.kysely, 'attribution_decision', rows[0].id, 10);
    expect(history.map((e) => e.action).sort()).toEqual(['create', 'delete']);
    const withdrawn = await app.attribution.withdraw(actor, bareId);
    expect(withdrawn.human).toBeNull();
    expect(withdrawn.effective).toMatchObject({ variantId: 'unknown', source: 'machine' });
    // Withdrawing again changes nothing.
    const head = await app.auditLog.head(app.db.kysely);
    await app.attribution.withdraw(actor, bareId);
    expect(await app.auditLog.head(app.db.kysely)).toEqual(head);
    expect((await verifyIntegrity(app.db.kysely, app.files)).problems).toEqual([]);
  });

  it('refuses a variant the profiles do not have, a bad confidence, and a decision by a viewer', async () => {
    const app = t().app;
    const wrong = app.attribution.decide(actor, copyId, {
      variantId: 'harrow-3',
      basis: 'x',
      confidence: 'high',
    });
    await expect(wrong).rejects.toMatchObject({ problems: [{ path: 'variantId' }] });
    await expect(wrong).rejects.toThrow(/no variant "harrow-3" in the profiles in force \(version 3\)/);
    await expect(
      app.attribution.decide(actor, copyId, { variantId: 'unknown', basis: 'x', confidence: 'sure' }),
    ).rejects.toMatchObject({ problems: [{ path: 'confidence' }] });
    const viewer = await makeUser(app);
    await addMember(app, caseId, viewer.username, 'viewer');
    const asViewer: Actor = await app.grants.userActor(viewer);
    await expect(
      app.attribution.decide(asViewer, copyId, { variantId: 'unknown', basis: 'x', confidence: 'low' }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect((await app.attribution.forItem(asViewer, copyId)).human).toBeNull();
    const stranger = await app.grants.userActor(await makeUser(app));
    await expect(app.attribution.forItem(stranger, copyId)).rejects.toBeInstanceOf(NotFound);
    await expect(app.attribution.forCase(stranger, caseId, { limit: 10, offset: 0 })).rejects.toBeInstanceOf(
      NotFound,
    );
  });

  it("shows a published reader the decided variant and its confidence, not who decided or why, and no restricted component's evidence", async () => {
    const app = t().app;
    await app.attribution.decide(actor, copyId, {
      variantId: 'harrow-2m-licensed',
      basis: 'Internal: partner lab report 17 (synthetic test data).',
      confidence: 'high',
    });
    await app.restrictions.restrict(actor, caseId, { entityType: 'component', entityId: gnssId });
    const reader: Actor = { kind: 'anonymous', published: new Set([caseId]) };
    const shown = await app.attribution.forItem(reader, copyId);
    expect(shown.human).toMatchObject({
      variantId: 'harrow-2m-licensed',
      confidence: 'high',
      basis: null,
      decidedBy: null,
    });
    expect(shown.human?.decidedAt).toMatch(/^\d{4}-\d{2}-01$/);
    expect(JSON.stringify(shown)).not.toContain('partner lab report');
    const gnss = (a: typeof shown) =>
      a.machine.ranked
        .find((v) => v.variantId === 'harrow-2m-licensed')
        ?.features.find((f) => f.kind === 'maker_present' && f.label.includes('GNSS'));
    expect(gnss(shown)?.outcome).toBe('unobserved');
    expect(gnss(await app.attribution.forItem(actor, copyId))?.outcome).toBe('matched');
    const table = await app.attribution.forCase(reader, caseId, { limit: 10, offset: 0 });
    expect(table.rows.find((r) => r.itemId === copyId)?.human).toMatchObject({
      basis: null,
      decidedBy: null,
    });
  });

  it("lists a case's items with the machine's and the human reading, by designation, a page at a time", async () => {
    const app = t().app;
    await makeItem(app, caseId, { designationAssessed: 'Tern-K', designationMarked: 'ТЕРН-К' });
    const all = await app.attribution.forCase(actor, caseId, { limit: 10, offset: 0 });
    expect(all).toMatchObject({ caseId, profilesVersion: 3, total: 3, limit: 10, offset: 0 });
    expect(all.variants.map((v) => v.variantId)).toContain('sable-m-block-2');
    const copy = all.rows.find((r) => r.itemId === copyId);
    expect(copy).toMatchObject({
      serialNumber: 'HW2M-0031',
      machine: {
        variantId: 'harrow-2m-licensed',
        rule: 'decided',
        best: { variantId: 'harrow-2m-licensed' },
      },
      human: { variantId: 'harrow-2m-licensed', confidence: 'high' },
      effective: { variantId: 'harrow-2m-licensed', source: 'human' },
    });
    const harrow = await app.attribution.forCase(actor, caseId, {
      designation: 'Harrow-2',
      limit: 1,
      offset: 1,
    });
    expect(harrow.total).toBe(2);
    expect(harrow.rows.map((r) => r.itemId)).toEqual([bareId]);
  });
});
