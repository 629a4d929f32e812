// Recovered items on both databases: the whole life of a record (create, read, list with filters and
// pages, update re-validated as a whole, soft delete and restore) and the audit entries each change leaves.
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, makeCase, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { Invalid, NotFound } from '../core/errors.ts';
import { ItemFilter } from './evidence.schema.ts';

const filter = (f: Record<string, unknown> = {}) => ItemFilter.parse(f);

describeEachDialect('ItemService', (t) => {
  it('creates an item, normalizes what it stores and reads it back', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const created = await app.items.create(actor, {
      caseId: c.id,
      itemType: 'loitering_munition',
      externalRef: 'SYN-ITEM-1',
      designationMarked: 'Testbird-2 (synthetic)',
      serialNumber: 'TB2-00017',
      recoveredAt: '2024-05-01',
      latitude: 48.1,
      longitude: 37.2,
      country: 'ua',
      observation: 'in_hand',
      sourceReliability: 'B',
      designationAssessment: { basis: 'synthetic test data', confidence: 'medium', by: 'analyst' },
    });
    expect(created).toMatchObject({
      caseId: c.id,
      itemType: 'loitering_munition',
      country: 'UA',
      recoveredPrecision: 'day',
      observation: 'in_hand',
      sourceReliability: 'B',
      deletedAt: null,
      designationAssessment: { confidence: 'medium', by: 'analyst' },
    });
    expect(await app.items.get(actor, created.id)).toEqual(created);
  });

  it('refuses an item of an unknown case, a future recovery date and an impossible date', async () => {
    const app = t().app;
    await expect(app.items.create(actor, { caseId: 999_999, itemType: 'uav' })).rejects.toBeInstanceOf(
      NotFound,
    );
    const c = await makeCase(app);
    const future = app.items.create(actor, { caseId: c.id, itemType: 'uav', recoveredAt: '2999-01-01' });
    await expect(future).rejects.toBeInstanceOf(Invalid);
    await expect(future).rejects.toMatchObject({ problems: [{ path: 'recoveredAt' }] });
    await expect(
      app.items.create(actor, { caseId: c.id, itemType: 'uav', recoveredAt: '2023-02-31' }),
    ).rejects.toMatchObject({
      problems: [{ path: 'recoveredAt' }],
    });
    await expect(
      app.items.create(actor, { caseId: c.id, itemType: 'uav', latitude: 91, longitude: 0 }),
    ).rejects.toMatchObject({
      problems: [{ path: 'latitude' }],
    });
  });

  describe('lists', () => {
    let caseA: number;
    let caseB: number;
    const ids: number[] = [];
    beforeAll(async () => {
      const app = t().app;
      caseA = (await makeCase(app)).id;
      caseB = (await makeCase(app)).id;
      for (let i = 0; i < 5; i++)
        ids.push(
          (
            await makeItem(app, caseA, {
              itemType: i < 3 ? 'uav' : 'missile',
              designationMarked: `Listbird-${i}`,
            })
          ).id,
        );
      await makeItem(app, caseB, { designationMarked: 'Otherbird' });
    });

    it('filters by case and item type and reports the total', async () => {
      const app = t().app;
      const all = await app.items.list(actor, filter({ caseId: caseA }));
      expect(all.total).toBe(5);
      expect(all.rows.map((r) => r.id)).toEqual([...ids].reverse());
      const missiles = await app.items.list(actor, filter({ caseId: caseA, itemType: 'missile' }));
      expect(missiles.total).toBe(2);
      expect(missiles.rows.every((r) => r.itemType === 'missile' && r.caseId === caseA)).toBe(true);
      expect((await app.items.list(actor, filter({ caseId: caseB }))).total).toBe(1);
    });

    it('pages with limit and offset while the total stays the count of all matches', async () => {
      const app = t().app;
      const p1 = await app.items.list(actor, filter({ caseId: caseA, limit: 2, offset: 0 }));
      const p2 = await app.items.list(actor, filter({ caseId: caseA, limit: 2, offset: 2 }));
      const p3 = await app.items.list(actor, filter({ caseId: caseA, limit: 2, offset: 4 }));
      expect([p1.total, p2.total, p3.total]).toEqual([5, 5, 5]);
      expect([p1.rows.length, p2.rows.length, p3.rows.length]).toEqual([2, 2, 1]);
      expect([...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.id).sort((a, b) => a - b)).toEqual(ids);
      expect(p2).toMatchObject({ limit: 2, offset: 2 });
    });

    it('finds items by full text within the filters', async () => {
      const app = t().app;
      const found = await app.items.list(actor, filter({ caseId: caseA, q: 'Listbird-3' }));
      expect(found.rows.map((r) => r.id)).toEqual([ids[3]]);
      expect((await app.items.list(actor, filter({ caseId: caseA, q: 'Otherbird' }))).total).toBe(0);
    });
  });

  it('validates an update merged with the stored item: latitude alone is refused, the item unchanged', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id, { latitude: undefined, longitude: undefined });
    expect(item.latitude).toBeNull();
    const refused = app.items.update(actor, item.id, { latitude: 48.2 });
    await expect(refused).rejects.toBeInstanceOf(Invalid);
    await expect(refused).rejects.toMatchObject({ problems: [{ path: 'longitude' }] });
    // Clearing one half of a stored position is refused the same way.
    const located = await makeItem(app, c.id);
    await expect(app.items.update(actor, located.id, { longitude: null })).rejects.toMatchObject({
      problems: [{ path: 'longitude' }],
    });
    expect(await app.items.get(actor, item.id)).toEqual(item);
    expect(await app.items.get(actor, located.id)).toEqual(located);

    const both = await app.items.update(actor, item.id, {
      latitude: 48.2,
      longitude: 37.9,
      notes: 'moved (synthetic)',
    });
    expect(both).toMatchObject({
      latitude: 48.2,
      longitude: 37.9,
      notes: 'moved (synthetic)',
      serialNumber: item.serialNumber,
      caseId: c.id,
    });
  });

  it('keeps an item in its case whatever the patch says', async () => {
    const app = t().app;
    const c1 = await makeCase(app);
    const c2 = await makeCase(app);
    const item = await makeItem(app, c1.id);
    const updated = await app.items.update(actor, item.id, { caseId: c2.id, notes: 'x' });
    expect(updated.caseId).toBe(c1.id);
  });

  it('deletes by marking: the row stays, lists skip it unless asked, restore brings it back; each step is audited', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    await app.items.update(actor, item.id, { notes: 'examined (synthetic)' });
    const deleted = await app.items.remove(actor, item.id);
    expect(deleted.deletedAt).not.toBeNull();
    await expect(app.items.get(actor, item.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app.items.get(actor, item.id, true)).deletedAt).toBe(deleted.deletedAt);
    const row = await app.db.kysely
      .selectFrom('recovered_items')
      .selectAll()
      .where('id', '=', item.id)
      .executeTakeFirst();
    expect(row?.deleted_at).toBe(deleted.deletedAt);
    expect((await app.items.list(actor, filter({ caseId: c.id }))).total).toBe(0);
    const withDeleted = await app.items.list(actor, filter({ caseId: c.id, includeDeleted: 'true' }));
    expect(withDeleted.rows.map((r) => r.id)).toEqual([item.id]);
    await expect(app.items.update(actor, item.id, { notes: 'y' })).rejects.toBeInstanceOf(NotFound);

    const restored = await app.items.restore(actor, item.id);
    expect(restored.deletedAt).toBeNull();
    expect((await app.items.list(actor, filter({ caseId: c.id }))).total).toBe(1);

    const history = await app.auditLog.history(app.db.kysely, 'item', item.id, 10);
    expect(history.map((e) => e.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(history.every((e) => e.actor === 'local:local administrator')).toBe(true);
    const update = history[2];
    expect(JSON.parse(update.before ?? '{}').notes).toBeNull();
    expect(JSON.parse(update.after ?? '{}').notes).toBe('examined (synthetic)');
  });

  it('refuses writes from an anonymous visitor, without revealing that an unpublished case exists', async () => {
    const app = t().app;
    const c = await makeCase(app);
    await expect(
      app.items.create({ kind: 'anonymous' }, { caseId: c.id, itemType: 'uav' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    // A published case is visible, so the refusal says to sign in.
    await expect(
      app.items.create({ kind: 'anonymous', published: new Set([c.id]) }, { caseId: c.id, itemType: 'uav' }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('keeps construction tags in their order without repeats, searchable, and refuses a bad one by its place', async () => {
    const app = t().app;
    const c = await makeCase(app);
    // Not through makeItem: its counter numbers the serials that the full-text test above searches.
    const item = await app.items.create(actor, {
      caseId: c.id,
      itemType: 'uav',
      tags: ['Foam-fuselage', 'serial-stencilled', 'foam-fuselage'],
    });
    expect(item.tags).toEqual(['Foam-fuselage', 'serial-stencilled']);
    const found = await app.items.list(actor, filter({ caseId: c.id, q: 'stencilled' }));
    expect(found.rows.map((r) => r.id)).toEqual([item.id]);
    expect((await app.items.update(actor, item.id, { tags: [] })).tags).toBeNull();
    expect((await app.items.update(actor, item.id, { tags: ['serial-label-plate'] })).tags).toEqual([
      'serial-label-plate',
    ]);
    // A patch that leaves the tags out keeps them.
    expect((await app.items.update(actor, item.id, { condition: 'intact' })).tags).toEqual([
      'serial-label-plate',
    ]);
    await expect(app.items.update(actor, item.id, { tags: ['ok', 'a; b'] })).rejects.toMatchObject({
      problems: [{ path: 'tags.1' }],
    });
    expect((await app.items.get(actor, item.id)).tags).toEqual(['serial-label-plate']);
  });
});
