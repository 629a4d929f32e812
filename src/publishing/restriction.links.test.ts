// What a restricted record hides with it in the published view, beyond an item's own records: a photo
// attached to a restricted component, and a custody event about a restricted photo. (Synthetic test data.)
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { localAdmin } from '../core/actor.ts';

describeEachDialect('restrictions and what they hide with them', (t) => {
  it('hide a file attached to a restricted component and a custody event about a restricted file', async () => {
    const app = t().app;
    const kase = await makeCase(app);
    const item = await makeItem(app, kase.id);
    const component = await makeComponent(app, item.id);
    const add = async (body: string, links: { itemId?: number; componentId?: number }) =>
      (
        await app.evidenceFiles.add(
          localAdmin,
          { caseId: kase.id, ...links },
          Readable.from([body]),
          'note.txt',
        )
      ).file;
    // Attached to the component only (no item), so that only the component's restriction can hide it.
    const ofComponent = await add('photo of the board (synthetic test data)', { componentId: component.id });
    const other = await add('a document (synthetic test data)', {});
    const event = await app.custody.create(localAdmin, {
      caseId: kase.id,
      evidenceFileId: other.id,
      occurredAt: '2024-03-08',
      action: 'photographed',
    });
    await app.writer.transaction((trx) =>
      app.writer.update(trx, localAdmin, 'case', kase.id, { status: 'published' }),
    );
    const anonymous = await app.grants.anonymous();
    const files = async () =>
      (await app.evidenceFiles.list(anonymous, { caseId: kase.id })).rows.map((f) => f.id);
    const events = async () => (await app.custody.list(anonymous, { caseId: kase.id })).map((e) => e.id);
    expect(await files()).toEqual([ofComponent.id, other.id]);
    expect(await events()).toEqual([event.id]);

    await app.restrictions.restrict(localAdmin, kase.id, { entityType: 'component', entityId: component.id });
    expect(await files()).toEqual([other.id]);
    await expect(app.evidenceFiles.get(anonymous, ofComponent.id)).rejects.toMatchObject({
      code: 'not_found',
    });

    await app.restrictions.restrict(localAdmin, kase.id, { entityType: 'evidence_file', entityId: other.id });
    expect(await files()).toEqual([]);
    expect(await events()).toEqual([]);
    await expect(app.custody.get(anonymous, event.id)).rejects.toMatchObject({ code: 'not_found' });
    // The local administrator (like a member) still sees all of it.
    expect((await app.custody.list(localAdmin, { caseId: kase.id })).map((e) => e.id)).toEqual([event.id]);
  });
});
