// A query over lists must not find published rows by the fields the published view withholds.
import { expect, it } from 'vitest';
import { makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { Actor } from '../core/actor.ts';

describeEachDialect('lists with a query over published cases', (t) => {
  it('match published rows on their published fields only, and members on every field', async () => {
    const app = t().app;
    const published = await makeCase(app);
    const member = await makeCase(app);
    await app.writer.transaction((trx) =>
      app.writer.update(trx, { kind: 'system', name: 'test' }, 'case', published.id, { status: 'published' }),
    );
    const pubItem = await makeItem(app, published.id, {
      notes: 'zebrafinch handover (synthetic test data)',
      placeName: 'Quietvale',
      markings: 'ORIOLE-7 stencil',
    });
    const memberItem = await makeItem(app, member.id, { notes: 'zebrafinch too (synthetic test data)' });
    await makeComponent(app, pubItem.id, { notes: 'kingfisher remark', markingRaw: 'HERONCHIP 12' });

    const anonymous: Actor = { kind: 'anonymous', published: new Set([published.id]) };
    const user = await app.grants.userActor({ id: 999_999, username: 'nobody', instanceRole: 'member' });
    const viewer: Actor =
      user.kind === 'user'
        ? { ...user, grants: { ...user.grants, cases: new Map([[member.id, 'viewer']]) } }
        : user;
    const items = (a: Actor, q: string) =>
      app.items.list(a, { q, limit: 50, offset: 0, includeDeleted: false });

    expect((await items(anonymous, 'zebrafinch')).total).toBe(0);
    expect((await items(anonymous, 'Quietvale')).rows).toEqual([]);
    expect((await items(anonymous, 'oriole')).rows.map((r) => r.id)).toEqual([pubItem.id]);
    // A member of the other case finds its own row by its notes, and the published one only by what is public.
    expect((await items(viewer, 'zebrafinch')).rows.map((r) => r.id)).toEqual([memberItem.id]);
    expect((await items(viewer, 'oriole')).rows.map((r) => r.id)).toEqual([pubItem.id]);
    // The local administrator reads everything.
    expect((await items({ kind: 'local', name: 'test' }, 'zebrafinch')).total).toBe(2);

    const components = (a: Actor, q: string) =>
      app.components.list(a, { q, limit: 50, offset: 0, includeDeleted: false });
    expect((await components(anonymous, 'kingfisher')).total).toBe(0);
    expect((await components(anonymous, 'heronchip')).total).toBe(1);
  });
});
