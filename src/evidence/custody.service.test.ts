// Chain of custody on both databases: events in time order, links checked against the case, updates
// validated as a whole, deletion by marking.
import { expect, it } from 'vitest';
import { actor, makeCase, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { Invalid, NotFound } from '../core/errors.ts';

describeEachDialect('CustodyService', (t) => {
  it('records events and lists them in the order they happened, by case or by item', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const other = await makeItem(app, c.id);
    const later = await app.custody.create(actor, {
      caseId: c.id,
      itemId: item.id,
      occurredAt: '2024-03-09T10:00:00Z',
      action: 'handed_over',
      fromParty: 'Field team (synthetic)',
      toParty: 'Lab (synthetic)',
    });
    const first = await app.custody.create(actor, {
      caseId: c.id,
      itemId: item.id,
      occurredAt: '2024-03-07',
      action: 'recovered',
      place: 'Site 4 (synthetic)',
    });
    const elsewhere = await app.custody.create(actor, {
      caseId: c.id,
      itemId: other.id,
      occurredAt: '2024-03-08',
      action: 'stored',
    });
    expect(first).toMatchObject({
      caseId: c.id,
      itemId: item.id,
      action: 'recovered',
      fromParty: null,
      deletedAt: null,
    });
    expect(await app.custody.get(actor, later.id)).toEqual(later);
    expect((await app.custody.list(actor, { itemId: item.id })).map((e) => e.id)).toEqual([
      first.id,
      later.id,
    ]);
    expect((await app.custody.list(actor, { caseId: c.id })).map((e) => e.id)).toEqual([
      first.id,
      elsewhere.id,
      later.id,
    ]);
  });

  it('refuses an item of another case, an unknown case and an unknown action', async () => {
    const app = t().app;
    const c1 = await makeCase(app);
    const c2 = await makeCase(app);
    const item = await makeItem(app, c2.id);
    await expect(
      app.custody.create(actor, {
        caseId: c1.id,
        itemId: item.id,
        occurredAt: '2024-01-01',
        action: 'received',
      }),
    ).rejects.toMatchObject({
      problems: [{ path: 'itemId' }],
    });
    await expect(
      app.custody.create(actor, { caseId: 999_999, occurredAt: '2024-01-01', action: 'received' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      app.custody.create(actor, { caseId: c1.id, occurredAt: '2024-01-01', action: 'lost' }),
    ).rejects.toBeInstanceOf(Invalid);
  });

  it('updates an event merged with what is stored, keeping it in its case', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const other = await makeCase(app);
    const e = await app.custody.create(actor, {
      caseId: c.id,
      occurredAt: '2024-04-01',
      action: 'received',
      toParty: 'Lab (synthetic)',
    });
    const u = await app.custody.update(actor, e.id, { notes: 'sealed bag 12 (synthetic)', caseId: other.id });
    expect(u).toMatchObject({
      caseId: c.id,
      toParty: 'Lab (synthetic)',
      notes: 'sealed bag 12 (synthetic)',
      occurredAt: '2024-04-01',
    });
    await expect(app.custody.update(actor, e.id, { occurredAt: 'yesterday' })).rejects.toMatchObject({
      problems: [{ path: 'occurredAt' }],
    });
  });

  it('deletes by marking and restores', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const e = await app.custody.create(actor, {
      caseId: c.id,
      occurredAt: '2024-04-02',
      action: 'photographed',
    });
    const deleted = await app.custody.remove(actor, e.id);
    expect(deleted.deletedAt).not.toBeNull();
    await expect(app.custody.get(actor, e.id)).rejects.toBeInstanceOf(NotFound);
    expect(await app.custody.list(actor, { caseId: c.id })).toEqual([]);
    expect((await app.custody.list(actor, { caseId: c.id, includeDeleted: true })).map((x) => x.id)).toEqual([
      e.id,
    ]);
    expect((await app.custody.restore(actor, e.id)).deletedAt).toBeNull();
    expect((await app.custody.list(actor, { caseId: c.id })).map((x) => x.id)).toEqual([e.id]);
    const history = await app.auditLog.history(app.db.kysely, 'custody_event', e.id, 10);
    expect(history.map((h) => h.action)).toEqual(['restore', 'delete', 'create']);
  });
});
