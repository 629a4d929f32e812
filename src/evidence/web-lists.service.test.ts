// The web app's read-side additions on both databases: dashboard counts (by month, by category, recent
// activity), the columnar map of recoveries with the published form coarsened, sorted lists with a
// stable id tiebreak and the new filters, and where an organization appears. Each is checked for a
// member, a reader of the published case only, and someone of another case. (Synthetic test data.)
import { beforeAll, expect, it } from 'vitest';
import { addMember, makeUser } from '../../test/helpers/auth.ts';
import { makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import { dataVersion } from '../audit/index.ts';
import { type Actor, localAdmin } from '../core/actor.ts';
import { coarsenPlace } from './evidence.published.ts';

type User = Awaited<ReturnType<typeof makeUser>>;

describeEachDialect('web lists, map and counts', (t) => {
  const app = (): App => t().app;
  const as = (u: User): Promise<Actor> => app().grants.userActor(u);
  let member: User;
  let outsider: User;
  let caseA: number;
  let caseP: number;
  let caseB: number;
  const itemsA: number[] = [];
  let itemP: number;
  let hiddenP: number;
  let org: number;

  beforeAll(async () => {
    member = await makeUser(app());
    outsider = await makeUser(app());
    const owner = await makeUser(app());
    const second = await makeUser(app());
    caseA = (await makeCase(app())).id;
    caseB = (await makeCase(app())).id;
    caseP = (await makeCase(app())).id;
    await addMember(app(), caseA, member.username, 'editor');
    await addMember(app(), caseB, outsider.username, 'editor');
    await addMember(app(), caseP, owner.username, 'owner');
    await addMember(app(), caseP, second.username, 'editor');
    org = (await app().parties.createOrganization(localAdmin, { name: 'Listmaker GmbH (synthetic)' })).id;

    const a1 = await makeItem(app(), caseA, {
      designationMarked: 'Gadfly-2',
      serialNumber: 'S-300',
      recoveredAt: '2024-01-15',
      country: 'UA',
    });
    const a2 = await makeItem(app(), caseA, {
      designationMarked: 'gadfly-2 (marked)',
      designationAssessed: 'Gadfly-2',
      serialNumber: 'S-100',
      recoveredAt: '2024-03-02',
      country: 'PL',
    });
    const a3 = await makeItem(app(), caseA, {
      designationMarked: 'Hornet-7',
      serialNumber: null,
      recoveredAt: null,
      latitude: null,
      longitude: null,
      country: null,
    });
    itemsA.push(a1.id, a2.id, a3.id);
    for (const [item, maker, category, dateCode] of [
      [a1.id, 'Beta Parts', 'mcu', '2219'],
      [a1.id, 'Alpha Parts', 'gnss', '2301'],
      [a2.id, null, 'mcu', null],
      [a2.id, 'Alpha Parts', null, '2107'],
    ] as const)
      await makeComponent(app(), item, { maker, category, dateCode, makerOrgId: org, markingRaw: '' });
    for (let i = 0; i < 27; i++)
      await makeComponent(app(), a3.id, { category: `cat-${String(i).padStart(2, '0')}` });

    const p = await makeItem(app(), caseP, {
      designationMarked: 'Gadfly-2',
      recoveredAt: '2024-03-09T11:00:00Z',
      latitude: 48.51234,
      longitude: 35.10987,
    });
    itemP = p.id;
    await makeComponent(app(), p.id, { makerOrgId: org, category: 'mcu', markingRaw: '' });
    const hidden = await makeItem(app(), caseP, { designationMarked: 'Secret-9', recoveredAt: '2023-06-01' });
    hiddenP = hidden.id;
    await makeComponent(app(), hidden.id, { makerOrgId: org });
    await app().restrictions.restrict(localAdmin, caseP, { entityType: 'item', entityId: hidden.id });
    await app().publications.request(await as(owner), caseP, {});
    await app().publications.approve(await as(second), caseP);

    const b = await makeItem(app(), caseB, { designationMarked: 'Gadfly-2', recoveredAt: '2022-02-02' });
    await makeComponent(app(), b.id, { makerOrgId: org });
  });

  it('counts by month, category and kind within the read scope, and lists recent changes of own cases', async () => {
    const s = await app().stats.summary(await as(member));
    // Case A: January and March 2024; case P: March 2024 (its restricted item is not counted).
    expect(s.itemsByMonth).toEqual([
      { month: '2024-01', count: 1 },
      { month: '2024-03', count: 2 },
    ]);
    expect(s.items).toBe(4);
    expect(s.cases).toBe(2);
    expect(s.files).toBe(0);
    expect(s.components).toBe(4 + 27 + 1);
    // 25 categories by name, largest first, then the rest summed.
    expect(s.componentsByCategory).toHaveLength(26);
    expect(s.componentsByCategory[0]).toEqual({ category: 'mcu', count: 3 });
    expect(s.componentsByCategory.at(-1)?.category).toBe('(other)');
    expect(s.componentsByCategory.reduce((n, c) => n + c.count, 0)).toBe(s.components);
    // Recent activity: the member's own case only (not P, read in its published form, nor B).
    expect(s.recent.length).toBe(15);
    expect(new Set(s.recent.map((r) => r.caseId))).toEqual(new Set([caseA]));
    expect(s.recent[0].seq).toBeGreaterThan(s.recent[14].seq);

    const outside = await app().stats.summary(await as(outsider), caseA);
    expect(outside).toMatchObject({ items: 0, cases: 0, itemsByMonth: [], recent: [] });
    const anonymous = await app().stats.summary(await app().grants.anonymous());
    expect(anonymous).toMatchObject({ items: 1, cases: 1, recent: [] });
    expect(anonymous.itemsByMonth).toEqual([{ month: '2024-03', count: 1 }]);
  });

  it('keeps the figures until something changes, then counts again (deletions and restrictions too)', async () => {
    const before = await app().stats.summary(await as(member), caseA);
    expect(await app().stats.summary(await as(member), caseA)).toEqual(before);
    const extra = await makeItem(app(), caseA, { designationMarked: 'Counted-1', recoveredAt: '2024-01-20' });
    const added = await app().stats.summary(await as(member), caseA);
    expect(added.items).toBe(before.items + 1);
    expect(added.itemsByMonth.find((m) => m.month === '2024-01')?.count).toBe(
      (before.itemsByMonth.find((m) => m.month === '2024-01')?.count ?? 0) + 1,
    );
    await app().items.remove(localAdmin, extra.id);
    expect((await app().stats.summary(await as(member), caseA)).items).toBe(before.items);
    // Another reader's view is its own: the outsider still sees nothing of case A.
    expect((await app().stats.summary(await as(outsider), caseA)).items).toBe(0);
  });

  it('moves the data version with every change to stored data, not with sign-ins or logged reads', async () => {
    const db = app().db.kysely;
    const v0 = await dataVersion(db);
    await app().audit.event(db, localAdmin, {
      action: 'read',
      entityType: 'item',
      entityId: itemsA[0],
      details: {},
    });
    expect(await dataVersion(db)).toBe(v0);
    await makeItem(app(), caseB, { designationMarked: 'Versioned-1' });
    expect(await dataVersion(db)).toBeGreaterThan(v0);
  });

  it('gives the exact total of a list after every change, though it keeps totals between changes', async () => {
    const filter = { caseId: caseA, limit: 1, offset: 0 } as never;
    const before = (await app().components.list(await as(member), filter)).total;
    expect(
      (await app().components.list(await as(member), { caseId: caseA, limit: 1, offset: 1 } as never)).total,
    ).toBe(before);
    const c = await makeComponent(app(), itemsA[0], { category: 'counted' });
    expect((await app().components.list(await as(member), filter)).total).toBe(before + 1);
    await app().components.remove(localAdmin, c.id);
    expect((await app().components.list(await as(member), filter)).total).toBe(before);
  });

  it('shows map points as columns, coarsened for the published case, filtered by designation ignoring case', async () => {
    const m = await app().items.map(await as(member), {});
    expect(m.count).toBe(3);
    expect(new Set(m.id)).toEqual(new Set([itemsA[0], itemsA[1], itemP]));
    expect(m.id).not.toContain(hiddenP);
    const p = m.id.indexOf(itemP);
    const coarse = coarsenPlace(48.51234, 35.10987, app().config.publishedGridKm);
    expect([m.lat[p], m.lon[p], m.recoveredAt[p], m.coarse[p]]).toEqual([
      coarse.latitude,
      coarse.longitude,
      '2024-03-01',
      true,
    ]);
    const a = m.id.indexOf(itemsA[0]);
    expect([m.lat[a], m.lon[a], m.recoveredAt[a], m.coarse[a]]).toEqual([48.5, 35.1, '2024-01-15', false]);
    expect(m.designation[m.id.indexOf(itemsA[1])]).toBe('Gadfly-2');
    expect(m.designations).toEqual([{ name: 'Gadfly-2', count: 3 }]);

    const filtered = await app().items.map(await as(member), {
      designation: 'GADFLY-2 (MARKED)',
      recoveredFrom: '2024-02-01',
    });
    expect(filtered.id).toEqual([itemsA[1]]);
    // The published item is filtered on the month it shows: 2024-03-01 is not after March 5.
    const late = await app().items.map(await as(member), { recoveredFrom: '2024-03-05' });
    expect(late.id).toEqual([]);
    expect((await app().items.map(await as(outsider), { caseId: caseA })).count).toBe(0);
  });

  it('sorts items and components by whitelisted columns with the id as tiebreak, empty values first going up', async () => {
    const me = await as(member);
    const ids = async (f: Partial<Parameters<App['items']['list']>[1]>) =>
      (
        await app().items.list(me, { limit: 50, offset: 0, includeDeleted: false, caseId: caseA, ...f })
      ).rows.map((r) => r.id);
    const [a1, a2, a3] = itemsA;
    expect(await ids({})).toEqual([a3, a2, a1]);
    expect(await ids({ sort: 'serialNumber', order: 'asc' })).toEqual([a3, a2, a1]);
    expect(await ids({ sort: 'serialNumber', order: 'desc' })).toEqual([a1, a2, a3]);
    expect(await ids({ sort: 'recoveredAt', order: 'asc' })).toEqual([a3, a1, a2]);
    expect(await ids({ sort: 'designation', order: 'asc' })).toEqual([a1, a2, a3]);
    expect(await ids({ sort: 'country', order: 'asc' })).toEqual([a3, a2, a1]);

    const comps = await app().components.list(me, {
      limit: 50,
      offset: 0,
      includeDeleted: false,
      caseId: caseA,
      sort: 'maker',
      order: 'asc',
    });
    const makers = comps.rows.map((c) => c.maker);
    expect(makers.slice(-3)).toEqual(['Alpha Parts', 'Alpha Parts', 'Beta Parts']);
    const alpha = comps.rows.filter((c) => c.maker === 'Alpha Parts').map((c) => c.id);
    expect(alpha).toEqual([...alpha].sort((x, y) => x - y));
    const mcu = await app().components.list(me, {
      limit: 50,
      offset: 0,
      includeDeleted: false,
      category: 'mcu',
      dateCode: '2219',
    });
    expect(mcu.rows.map((c) => [c.category, c.dateCode])).toEqual([['mcu', '2219']]);
    // An estimated total counts no further than needed and says whether it is exact.
    const est = await app().components.list(me, {
      limit: 5,
      offset: 0,
      includeDeleted: false,
      count: 'estimate',
    });
    expect(est).toMatchObject({ total: 32, totalExact: true });

    const orgs = await app().parties.listOrganizations(me, {
      limit: 50,
      offset: 0,
      includeDeleted: false,
      sort: 'id',
      order: 'desc',
    });
    expect(orgs.rows[0].id).toBe(org);
  });

  it("lists an organization's appearances within the read scope only", async () => {
    const mine = await app().components.appearancesOf(await as(member), org, 2, 0);
    expect(mine.cases.map((c) => [c.caseId, c.components])).toEqual([
      [caseA, 4],
      [caseP, 1],
    ]);
    expect(mine.components.total).toBe(5);
    expect(mine.components.rows).toHaveLength(2);
    const next = await app().components.appearancesOf(await as(member), org, 50, 2);
    expect(next.components.rows.map((r) => r.caseId).every((c) => c === caseA)).toBe(true);
    const other = await app().components.appearancesOf(await as(outsider), org, 50, 0);
    expect(other.cases.map((c) => c.caseId)).toEqual([caseB, caseP].sort((x, y) => x - y));
  });
});
