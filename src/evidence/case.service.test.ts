// Cases on both databases: create, read, list, update, soft delete and restore, each audited.
import { expect, it } from 'vitest';
import { actor } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { Invalid, NotFound } from '../core/errors.ts';

describeEachDialect('CaseService', (t) => {
  it('creates a case with defaults and reads it back', async () => {
    const app = t().app;
    const c = await app.cases.create(actor, { title: '  Case Alpha (synthetic test data)  ' });
    expect(c).toMatchObject({
      title: 'Case Alpha (synthetic test data)',
      summary: null,
      status: 'open',
      isDemo: false,
      deletedAt: null,
    });
    expect(await app.cases.get(actor, c.id)).toEqual(c);
    const demo = await app.cases.create(actor, { title: 'Demo (synthetic demo data)' }, { isDemo: true });
    expect(demo.isDemo).toBe(true);
  });

  it('refuses an empty title and an unknown status, naming the field', async () => {
    const app = t().app;
    await expect(app.cases.create(actor, { title: '   ' })).rejects.toMatchObject({
      problems: [{ path: 'title' }],
    });
    await expect(app.cases.create(actor, { title: 'x', status: 'archived' })).rejects.toBeInstanceOf(Invalid);
    await expect(app.cases.get(actor, 987_654)).rejects.toBeInstanceOf(NotFound);
  });

  it('updates only the fields given', async () => {
    const app = t().app;
    const c = await app.cases.create(actor, { title: 'Case Beta (synthetic)', summary: 'first' });
    const u = await app.cases.update(actor, c.id, { status: 'closed' });
    expect(u).toMatchObject({ title: 'Case Beta (synthetic)', summary: 'first', status: 'closed' });
    // A field left out keeps its value, even one that has a default on create (status).
    const cleared = await app.cases.update(actor, c.id, { summary: null });
    expect(cleared).toMatchObject({ summary: null, status: 'closed', title: 'Case Beta (synthetic)' });
  });

  it('deletes by marking, lists skip deleted cases unless asked, restore brings one back; all audited', async () => {
    const app = t().app;
    const c = await app.cases.create(actor, { title: 'Case Gamma (synthetic)' });
    const deleted = await app.cases.remove(actor, c.id);
    expect(deleted.deletedAt).not.toBeNull();
    // Deleting again changes nothing and writes no second entry.
    expect((await app.cases.remove(actor, c.id)).deletedAt).toBe(deleted.deletedAt);
    await expect(app.cases.get(actor, c.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app.cases.list(actor)).map((x) => x.id)).not.toContain(c.id);
    expect((await app.cases.list(actor, true)).find((x) => x.id === c.id)?.deletedAt).toBe(deleted.deletedAt);
    expect((await app.cases.restore(actor, c.id)).deletedAt).toBeNull();
    expect((await app.cases.list(actor)).map((x) => x.id)).toContain(c.id);
    const history = await app.auditLog.history(app.db.kysely, 'case', c.id, 10);
    expect(history.map((e) => e.action)).toEqual(['restore', 'delete', 'create']);
  });
});
