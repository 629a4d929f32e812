// Components on both databases: nesting module → board → chip without cycles or cross-item parents,
// filters and pages, the origin of parsed fields when a person edits them, and deletion by marking.
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { Invalid, NotFound } from '../core/errors.ts';
import { ComponentFilter } from './evidence.schema.ts';

const filter = (f: Record<string, unknown> = {}) => ComponentFilter.parse(f);

describeEachDialect('ComponentService', (t) => {
  it('nests module → board → chip and lists the children of each', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const module = await makeComponent(app, item.id, {
      subsystem: 'navigation',
      position: 'GNSS module',
      markingRaw: '',
    });
    const board = await makeComponent(app, item.id, {
      subsystem: 'navigation',
      parentId: module.id,
      position: 'PCB-A',
    });
    const chip = await makeComponent(app, item.id, {
      subsystem: 'navigation',
      parentId: board.id,
      position: 'U1',
    });
    expect(chip).toMatchObject({ parentId: board.id, itemId: item.id, caseId: c.id, quantity: 1 });
    expect((await app.components.list(actor, filter({ parentId: module.id }))).rows.map((r) => r.id)).toEqual(
      [board.id],
    );
    expect((await app.components.list(actor, filter({ parentId: board.id }))).rows.map((r) => r.id)).toEqual([
      chip.id,
    ]);
    // Items list their components in the order they were recorded.
    expect((await app.components.list(actor, filter({ itemId: item.id }))).rows.map((r) => r.id)).toEqual([
      module.id,
      board.id,
      chip.id,
    ]);
  });

  it('refuses cycles: a component inside itself or inside its own descendant', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const module = await makeComponent(app, item.id);
    const board = await makeComponent(app, item.id, { parentId: module.id });
    const chip = await makeComponent(app, item.id, { parentId: board.id });
    await expect(app.components.update(actor, module.id, { parentId: module.id })).rejects.toMatchObject({
      problems: [{ path: 'parentId' }],
    });
    await expect(app.components.update(actor, module.id, { parentId: chip.id })).rejects.toMatchObject({
      problems: [{ path: 'parentId' }],
    });
    await expect(app.components.update(actor, module.id, { parentId: board.id })).rejects.toBeInstanceOf(
      Invalid,
    );
    expect((await app.components.get(actor, module.id)).parentId).toBeNull();
    // Moving the chip up to the module is fine.
    expect((await app.components.update(actor, chip.id, { parentId: module.id })).parentId).toBe(module.id);
  });

  it('refuses a parent in another item and a move to another item', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const a = await makeItem(app, c.id);
    const b = await makeItem(app, c.id);
    const inA = await makeComponent(app, a.id);
    const inB = await makeComponent(app, b.id);
    await expect(makeComponent(app, b.id, { parentId: inA.id })).rejects.toMatchObject({
      problems: [{ path: 'parentId' }],
    });
    await expect(app.components.update(actor, inB.id, { parentId: inA.id })).rejects.toMatchObject({
      problems: [{ path: 'parentId' }],
    });
    await expect(app.components.update(actor, inB.id, { itemId: a.id })).rejects.toMatchObject({
      problems: [{ path: 'itemId' }],
    });
    await expect(makeComponent(app, 999_999)).rejects.toBeInstanceOf(NotFound);
  });

  it('marks a machine-read field human-entered when a person changes it, and keeps the other origins', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const comp = await makeComponent(app, item.id, {
      markingRaw: 'QZX32F405 RGT6 2219 A3',
      partNumber: 'QZX32F4O5',
      dateCode: '2219',
      fieldOrigins: {
        partNumber: { origin: 'machine', confidence: 0.62 },
        dateCode: { origin: 'machine', confidence: 0.9 },
      },
    });
    // Fields left to the machine are read again by the product's own reader.
    expect(comp.fieldOrigins.partNumber?.origin).toBe('machine');
    expect(comp.fieldOrigins.dateCode).toMatchObject({ origin: 'machine' });
    expect(comp.dateCode).toBe('2219');
    // An edit of another field leaves the machine's readings as they were.
    const noted = await app.components.update(actor, comp.id, { notes: 'photographed (synthetic)' });
    expect(noted.fieldOrigins.partNumber).toEqual(comp.fieldOrigins.partNumber);
    const fixed = await app.components.update(actor, comp.id, { partNumber: 'QZX32F405X' });
    expect(fixed.partNumber).toBe('QZX32F405X');
    expect(fixed.fieldOrigins.partNumber).toEqual({ origin: 'human' });
    expect(fixed.fieldOrigins.dateCode).toEqual(comp.fieldOrigins.dateCode);
    // Fields given on create without an origin are taken as typed by a person.
    const typed = await makeComponent(app, item.id, { maker: 'Qorvex (synthetic)' });
    expect(typed.fieldOrigins.maker).toEqual({ origin: 'human' });
    expect(typed.maker).toBe('Qorvex (synthetic)');
  });

  describe('lists', () => {
    let caseA: number;
    let itemA: number;
    let nav: number[];
    beforeAll(async () => {
      const app = t().app;
      caseA = (await makeCase(app)).id;
      itemA = (await makeItem(app, caseA)).id;
      const itemA2 = (await makeItem(app, caseA)).id;
      nav = [];
      for (let i = 0; i < 4; i++)
        nav.push(
          (
            await makeComponent(app, i < 2 ? itemA : itemA2, {
              subsystem: 'navigation',
              markingRaw: `QZN${i}00 LISNAV (synthetic)`,
            })
          ).id,
        );
      await makeComponent(app, itemA, { subsystem: 'power', markingRaw: 'PWX7805 (synthetic)' });
      const otherCase = await makeCase(app);
      await makeComponent(app, (await makeItem(app, otherCase.id)).id, {
        subsystem: 'navigation',
        markingRaw: 'QZN900 LISNAV',
      });
    });

    it('filters by case, item and subsystem with totals', async () => {
      const app = t().app;
      expect((await app.components.list(actor, filter({ caseId: caseA }))).total).toBe(5);
      const n = await app.components.list(actor, filter({ caseId: caseA, subsystem: 'navigation' }));
      expect(n.total).toBe(4);
      expect(n.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(nav);
      expect(
        (await app.components.list(actor, filter({ itemId: itemA, subsystem: 'navigation' }))).total,
      ).toBe(2);
      expect((await app.components.list(actor, filter({ itemId: itemA, subsystem: 'power' }))).total).toBe(1);
    });

    it('pages with limit and offset', async () => {
      const app = t().app;
      const seen: number[] = [];
      for (let offset = 0; offset < 4; offset += 3) {
        const page = await app.components.list(
          actor,
          filter({ caseId: caseA, subsystem: 'navigation', limit: 3, offset }),
        );
        expect(page.total).toBe(4);
        seen.push(...page.rows.map((r) => r.id));
      }
      expect(seen.sort((a, b) => a - b)).toEqual(nav);
    });

    it('finds components by full text within a case', async () => {
      const app = t().app;
      expect((await app.components.list(actor, filter({ caseId: caseA, q: 'LISNAV' }))).total).toBe(4);
      expect((await app.components.list(actor, filter({ q: 'LISNAV' }))).total).toBe(5);
      expect(
        (await app.components.list(actor, filter({ caseId: caseA, q: 'QZN200' }))).rows.map((r) => r.id),
      ).toEqual([nav[2]]);
    });
  });

  it('deletes by marking and restores; a deleted parent cannot take children', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const item = await makeItem(app, c.id);
    const comp = await makeComponent(app, item.id);
    const deleted = await app.components.remove(actor, comp.id);
    expect(deleted.deletedAt).not.toBeNull();
    await expect(app.components.get(actor, comp.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app.components.get(actor, comp.id, true)).deletedAt).toBe(deleted.deletedAt);
    expect((await app.components.list(actor, filter({ itemId: item.id }))).total).toBe(0);
    expect(
      (await app.components.list(actor, filter({ itemId: item.id, includeDeleted: 'true' }))).total,
    ).toBe(1);
    // A deleted parent is answered like a missing one (and like one of another case).
    await expect(makeComponent(app, item.id, { parentId: comp.id })).rejects.toMatchObject({
      code: 'invalid',
      problems: [{ path: 'parentId' }],
    });
    expect((await app.components.restore(actor, comp.id)).deletedAt).toBeNull();
    expect((await app.components.list(actor, filter({ itemId: item.id }))).total).toBe(1);
    const history = await app.auditLog.history(app.db.kysely, 'component', comp.id, 10);
    expect(history.map((e) => e.action)).toEqual(['restore', 'delete', 'create']);
  });
});
