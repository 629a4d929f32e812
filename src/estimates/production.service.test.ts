// Production estimates of stored items on both databases: the designations a reader's cases hold, one
// designation's serials read with its pattern (two series, a duplicate, an unreadable serial) and
// estimated by the production core, what a published view shows of them, patterns and declared targets
// as audited reference data that only analysts change, and bad input refused naming its place. All
// serials are synthetic test data.
import { beforeAll, expect, it } from 'vitest';
import { addMember, makeUser } from '../../test/helpers/auth.ts';
import { actor, makeCase, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { verifyIntegrity } from '../audit/index.ts';
import type { Actor } from '../core/actor.ts';
import { Forbidden, Invalid, NotFound } from '../core/errors.ts';
import type { ProductionQuery } from './estimates.schema.ts';

const D = 'Testbird-9';
const PATTERN = '^(?<series>TB9M?)-(?<number>\\d{4})$';
const query = (q: Partial<ProductionQuery> = {}): ProductionQuery => ({ designation: D, ...q });

describeEachDialect('ProductionService', (t) => {
  let caseA: number;
  let caseB: number;
  let member: Actor;
  let ids: Record<string, number>;

  beforeAll(async () => {
    const app = t().app;
    caseA = (await makeCase(app)).id;
    caseB = (await makeCase(app)).id;
    ids = {};
    const items: [string, string, string][] = [
      ['TB9-0019', '2024-01-10', 'a'],
      ['TB9-0040', '2024-02-11', 'b'],
      ['TB9-0042', '2024-03-12', 'c'],
      ['TB9-0060', '2024-04-13T09:30:00Z', 'd'],
      // Typed with Cyrillic look-alikes: the same series.
      ['ТВ9М-0007', '2024-03-01', 'e'],
      ['TB9M-0011', '2024-04-01', 'f'],
      ['no serial read', '2024-04-02', 'g'],
    ];
    for (const [serial, at, key] of items)
      ids[key] = (
        await makeItem(app, caseA, { designationAssessed: D, serialNumber: serial, recoveredAt: at })
      ).id;
    // The same item documented again in another case: a duplicate, counted once.
    ids.dup = (
      await makeItem(app, caseB, {
        designationAssessed: D,
        serialNumber: 'TB9-0040',
        recoveredAt: '2024-05-01',
      })
    ).id;
    await makeItem(app, caseA, { designationAssessed: D, serialNumber: null });
    await makeItem(app, caseA, { designationAssessed: 'Otherbird', serialNumber: 'OB-0001' });
    const user = await makeUser(app);
    await addMember(app, caseA, user.username, 'viewer');
    member = await app.grants.userActor(user);
  });

  it('lists the designations of the items a reader may read, with their counts', async () => {
    const app = t().app;
    const all = await app.production.designations(actor);
    expect(all.find((d) => d.designation === D)).toEqual({
      designation: D,
      items: 9,
      withSerial: 8,
      cases: 2,
      pattern: null,
    });
    const mine = await app.production.designations(member);
    expect(mine.find((d) => d.designation === D)).toMatchObject({ items: 8, withSerial: 7, cases: 1 });
    expect(await app.production.designations({ kind: 'anonymous' })).toEqual([]);
  });

  it('refuses a pattern without a number group, one that could run for ever, and one from a non-analyst', async () => {
    const app = t().app;
    await expect(app.production.putPattern(actor, D, { pattern: '^TB9-\\d+$' })).rejects.toMatchObject({
      problems: [{ path: 'pattern', message: expect.stringContaining('(?<number>') }],
    });
    await expect(
      app.production.putPattern(actor, D, { pattern: '^(?<number>(\\d+)+)$' }),
    ).rejects.toMatchObject({
      problems: [{ path: 'pattern', message: expect.stringContaining('exponential') }],
    });
    await expect(app.production.putPattern(actor, D, { pattern: '^(?<number>[0-9' })).rejects.toBeInstanceOf(
      Invalid,
    );
    await expect(app.production.putPattern(member, D, { pattern: PATTERN })).rejects.toBeInstanceOf(
      Forbidden,
    );
    await expect(app.production.pattern(actor, D)).rejects.toBeInstanceOf(NotFound);
  });

  it('keeps one pattern per designation however it is spelt, audited', async () => {
    const app = t().app;
    const first = await app.production.putPattern(actor, 'testbird-9', { pattern: '^(?<number>\\d+)$' });
    const changed = await app.production.putPattern(actor, D, {
      pattern: PATTERN,
      note: 'synthetic test data',
    });
    expect(changed).toMatchObject({
      id: first.id,
      designation: D,
      pattern: PATTERN,
      note: 'synthetic test data',
    });
    expect(await app.production.pattern(member, 'TESTBIRD-9')).toEqual(changed);
    expect((await app.production.designations(actor)).find((d) => d.designation === D)?.pattern).toBe(
      PATTERN,
    );
    const history = await app.auditLog.history(app.db.kysely, 'serial_pattern', first.id, 10);
    expect(history.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  it("reads each item's serial with the pattern and estimates each series apart", async () => {
    const app = t().app;
    const a = await app.production.assess(actor, query());
    expect(a).toMatchObject({ designation: D, caseId: null, pattern: PATTERN });
    const obs = new Map(a.observations.map((o) => [o.itemId, o]));
    expect(obs.get(ids.e)).toMatchObject({ serial: 'ТВ9М-0007', series: 'TB9M', number: 7, problem: null });
    expect(obs.get(ids.d)).toMatchObject({ recoveredOn: '2024-04-13', series: 'TB9', number: 60 });
    expect(obs.get(ids.g)?.problem).toBe('no digits in the serial');
    expect(a.unparsed).toEqual([{ itemId: ids.g, serial: 'no serial read', reason: expect.any(String) }]);
    expect(a.duplicates).toEqual([{ series: 'TB9', number: 40, itemIds: [ids.b, ids.dup] }]);
    const tb9 = a.series.find((s) => s.series === 'TB9');
    // m(1 + 1/k) − 1 with m = 60 and k = 4 distinct numbers.
    expect(tb9).toMatchObject({ k: 4, min: 19, max: 60, estimate: 74 });
    expect(tb9?.interval).toMatchObject({ level: 0.9, low: 60 });
    expect(tb9?.bayes).toMatchObject({ ok: true, k: 4, max: 60 });
    expect(tb9?.rate).toMatchObject({ ok: true, lagDays: 30 });
    expect(a.series.find((s) => s.series === 'TB9M')).toMatchObject({ k: 2, max: 11 });
    expect(a.assumptions).toMatchObject({ level: 0.9, lagDays: 30, start: 'one' });
    expect(a.targets).toEqual([]);

    const wider = await app.production.assess(actor, query({ level: 0.99, lagDays: 0, caseId: caseB }));
    expect(wider.caseId).toBe(caseB);
    expect(wider.observations.map((o) => o.itemId)).toEqual([ids.dup]);
    expect(wider.series[0].interval?.level).toBe(0.99);
  });

  it('refuses bad options naming them, and a case the reader may not read as not found', async () => {
    const app = t().app;
    await expect(app.production.assess(actor, query({ level: 1.5 }))).rejects.toMatchObject({
      problems: [{ path: 'level' }],
    });
    await expect(app.production.assess(actor, query({ lagDays: -3 }))).rejects.toMatchObject({
      problems: [{ path: 'lagDays' }],
    });
    await expect(app.production.assess(actor, query({ prior: 'uniform' }))).rejects.toMatchObject({
      problems: [{ path: 'priorMax' }],
    });
    await expect(app.production.assess(member, query({ caseId: caseB }))).rejects.toBeInstanceOf(NotFound);
    await expect(app.production.assess(member, query({ caseId: 999_999 }))).rejects.toBeInstanceOf(NotFound);
    // A member of case A reads only case A's serials: no duplicate from case B.
    const mine = await app.production.assess(member, query());
    expect(mine.observations.map((o) => o.itemId)).not.toContain(ids.dup);
    expect(mine.duplicates).toEqual([]);
  });

  it('shows a published reader recovery months, and no declared target', async () => {
    const app = t().app;
    await app.production.addTarget(actor, {
      designation: D,
      units: 50,
      by: '2024-03-31',
      source: 'Synthetic test claim',
    });
    const reader: Actor = { kind: 'anonymous', published: new Set([caseA]) };
    const a = await app.production.assess(reader, query());
    expect(a.observations.find((o) => o.itemId === ids.d)?.recoveredOn).toBe('2024-04-01');
    expect(a.notes.join(' ')).toMatch(/published form are months/);
    expect(a.targets).toEqual([]);
    expect(a.observations.map((o) => o.itemId)).not.toContain(ids.dup);
  });

  it('compares declared targets with the estimates, per series they are about', async () => {
    const app = t().app;
    const copy = await app.production.addTarget(actor, {
      designation: 'TESTBIRD-9',
      series: 'tb9m',
      units: 5,
      by: '2024-03-15',
      source: 'Synthetic test claim about the M series',
      note: 'synthetic test data',
    });
    expect(copy).toMatchObject({ designation: 'TESTBIRD-9', series: 'tb9m', units: 5, by: '2024-03-15' });
    const a = await app.production.assess(actor, query({ lagDays: 0 }));
    expect(a.targets.map((t) => t.target.id)).toHaveLength(2);
    const all = a.targets.find((t) => t.target.series === null);
    expect(all?.series.map((s) => s.series).sort()).toEqual(['TB9', 'TB9M']);
    const mSeries = a.targets.find((t) => t.target.id === copy.id);
    expect(mSeries?.series.map((s) => s.series)).toEqual(['TB9M']);
    // Serial 7 was recovered by then: at least 7 ≥ 5 were made.
    expect(mSeries?.series[0].assessment).toMatchObject({
      ok: true,
      probability: 1,
      evaluatedOn: '2024-03-15',
    });
    const p = all?.series.find((s) => s.series === 'TB9')?.assessment;
    // By 2024-03-31 (lag 0) TB9 had serials 19, 40 and 42 (the later copy of 40, in case B, counts once):
    // under the 1/N prior the posterior is ∝ 1/(N·C(N, 3)) from 42 on, summed here N by N.
    const w = (n: number) => 1 / (n * n * (n - 1) * (n - 2));
    const tail = (from: number) => {
      let sum = 0;
      for (let n = from; n < 1e6; n++) sum += w(n);
      return sum;
    };
    expect(p).toMatchObject({
      ok: true,
      target: { units: 50, by: '2024-03-31' },
      evaluatedOn: '2024-03-31',
      k: 3,
      max: 42,
    });
    expect(p?.ok && p.probability).toBeCloseTo(tail(50) / tail(42), 6);
    expect((await app.production.targets(member, 'testbird-9')).map((t) => t.id)).toContain(copy.id);
    await app.production.removeTarget(actor, copy.id);
    expect((await app.production.targets(actor, D)).map((t) => t.id)).not.toContain(copy.id);
  });

  it('refuses a bad target naming each field, and one from a non-analyst', async () => {
    const app = t().app;
    const bad = app.production.addTarget(actor, { designation: D, units: 0, by: '2024-02-30', source: '' });
    await expect(bad).rejects.toBeInstanceOf(Invalid);
    await expect(bad).rejects.toMatchObject({
      problems: expect.arrayContaining([
        expect.objectContaining({ path: 'units' }),
        expect.objectContaining({ path: 'by' }),
        expect.objectContaining({ path: 'source' }),
      ]),
    });
    await expect(
      app.production.addTarget(member, { designation: D, units: 5, by: '2024-01-01', source: 'x' }),
    ).rejects.toBeInstanceOf(Forbidden);
    await expect(app.production.removeTarget(actor, 999_999)).rejects.toBeInstanceOf(NotFound);
  });

  it('removes a pattern (its serials are read the default way again), and leaves the chain intact', async () => {
    const app = t().app;
    const removed = await app.production.removePattern(actor, D);
    expect(removed.deletedAt).toBeTruthy();
    const a = await app.production.assess(actor, query());
    expect(a.pattern).toBeNull();
    expect(a.series.map((s) => s.series).sort()).toEqual(['TB9', 'TB9M']);
    await expect(app.production.removePattern(actor, D)).rejects.toBeInstanceOf(NotFound);
    expect((await verifyIntegrity(app.db.kysely, app.files)).problems).toEqual([]);
  });
});
