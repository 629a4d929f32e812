// Records marked restricted, on both databases: a restricted item is in no part of the published view
// (get, lists, search, counts, exports), nor is anything that belongs to it; a restricted component, file
// or custody event alone is left out too; members still see everything; lifting a restriction brings the
// record back. Company replies are part of the published view. (Synthetic test data.)
import { Readable, Writable } from 'node:stream';
import { beforeAll, expect, it } from 'vitest';
import { makeUser } from '../../test/helpers/auth.ts';
import { failure } from '../../test/helpers/errors.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import { type Actor, localAdmin } from '../core/actor.ts';
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from '../core/errors.ts';

type User = Awaited<ReturnType<typeof makeUser>>;

let n = 0;
/** A word found nowhere else in the database, for search. */
const unique = (prefix: string) => `${prefix}Q${process.pid}X${++n}Z`;

const page = { limit: 500, offset: 0, includeDeleted: false };

describeEachDialect('RestrictionService', (t) => {
  let owner: User;
  let editor: User;
  let viewer: User;
  let outsider: User;
  const app = (): App => t().app;
  const as = (u: User) => app().grants.userActor(u);
  const anonymous = () => app().grants.anonymous();

  beforeAll(async () => {
    owner = await makeUser(app(), { username: 'restrict-owner' });
    editor = await makeUser(app(), { username: 'restrict-editor' });
    viewer = await makeUser(app(), { username: 'restrict-viewer' });
    outsider = await makeUser(app(), { username: 'restrict-outsider' });
  });

  /** One item of a case with a component, a file and a custody event, each findable by a unique word. */
  async function addItem(caseId: number, label: string) {
    const serial = unique(`SER${label}`);
    const item = await app().items.create(localAdmin, {
      caseId,
      itemType: 'uav',
      designationMarked: `Testbird-${label} (synthetic)`,
      serialNumber: serial,
      latitude: 48.5,
      longitude: 35.1,
      recoveredAt: '2024-03-07',
    });
    const marking = unique(`MRK${label}`);
    const component = await app().components.create(localAdmin, {
      itemId: item.id,
      subsystem: 'navigation',
      position: 'U1',
      markingRaw: `${marking} 2219`,
    });
    const second = await app().components.create(localAdmin, {
      itemId: item.id,
      subsystem: 'power',
      position: 'U2',
      markingRaw: `${unique(`MRK${label}`)} 2301`,
    });
    const file = (
      await app().evidenceFiles.add(
        localAdmin,
        { caseId, itemId: item.id },
        Readable.from([Buffer.from(`synthetic test document ${serial}\n`)]),
        `${label}.txt`,
      )
    ).file;
    const custody = await app().custody.create(localAdmin, {
      caseId,
      itemId: item.id,
      occurredAt: '2024-03-08T09:00:00Z',
      action: 'received',
      fromParty: 'Synthetic Unit',
      toParty: 'Synthetic Lab',
    });
    return { item, component, second, file, custody, serial, marking };
  }

  /** A case with items A and B, published by its owner and an editor. */
  async function publishedCase() {
    const kase = await app().cases.create(await as(owner), {
      title: 'Restriction case (synthetic test data)',
    });
    await app().members.add(localAdmin, kase.id, { username: editor.username, role: 'editor' });
    await app().members.add(localAdmin, kase.id, { username: viewer.username, role: 'viewer' });
    const a = await addItem(kase.id, 'A');
    const b = await addItem(kase.id, 'B');
    await app().publications.request(await as(owner), kase.id, {});
    await app().publications.approve(await as(editor), kase.id);
    return { caseId: kase.id, a, b };
  }

  /** Everything the actor sees of a case, by every way of reading it. */
  async function seen(actor: Actor, caseId: number, x: Awaited<ReturnType<typeof addItem>>) {
    const ok = (p: Promise<unknown>) =>
      p.then(
        () => true,
        (e) => {
          if (e instanceof NotFound) return false;
          throw e;
        },
      );
    const items = await app().items.list(actor, { ...page, caseId });
    const components = await app().components.list(actor, { ...page, caseId });
    const files = await app().evidenceFiles.list(actor, { caseId });
    const custody = await app().custody.list(actor, { caseId });
    const stats = await app().stats.summary(actor, caseId);
    const hits = async (q: string) => (await app().search.search(actor, q)).map((h) => `${h.type}:${h.id}`);
    return {
      itemGet: await ok(app().items.get(actor, x.item.id)),
      itemListed: items.rows.some((r) => r.id === x.item.id),
      itemTotal: items.total,
      itemSearch: (await hits(x.serial)).includes(`item:${x.item.id}`),
      componentGet: await ok(app().components.get(actor, x.component.id)),
      componentListed: components.rows.some((r) => r.id === x.component.id),
      secondListed: components.rows.some((r) => r.id === x.second.id),
      componentSearch: (await hits(x.marking)).includes(`component:${x.component.id}`),
      fileGet: await ok(app().evidenceFiles.get(actor, x.file.id)),
      fileListed: files.rows.some((r) => r.id === x.file.id),
      custodyGet: await ok(app().custody.get(actor, x.custody.id)),
      custodyListed: custody.some((r) => r.id === x.custody.id),
      items: stats.items,
      components: stats.components,
      exportedItem: (await exported(actor, 'items', caseId)).some((r) => r.serialNumber === x.serial),
      exportedComponent: (await exported(actor, 'components', caseId)).some((r) =>
        String(r.markingRaw).startsWith(x.marking),
      ),
    };
  }

  async function exported(actor: Actor, what: 'items' | 'components', caseId: number) {
    let text = '';
    const out = new Writable({
      write(chunk, _enc, done) {
        text += chunk.toString();
        done();
      },
    });
    await app().exports.export(actor, what, caseId, 'jsonl', out);
    return text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  const everything = {
    itemGet: true,
    itemListed: true,
    itemSearch: true,
    componentGet: true,
    componentListed: true,
    secondListed: true,
    componentSearch: true,
    fileGet: true,
    fileListed: true,
    custodyGet: true,
    custodyListed: true,
    exportedItem: true,
    exportedComponent: true,
  };

  it('leaves a restricted item, its components, files and custody events out of the published view', async () => {
    const { caseId, a, b } = await publishedCase();
    // Before: the anonymous reader sees both items and all that belongs to them.
    expect(await seen(await anonymous(), caseId, a)).toMatchObject({
      ...everything,
      items: 2,
      components: 4,
    });

    const r = await app().restrictions.restrict(await as(editor), caseId, {
      entityType: 'item',
      entityId: a.item.id,
      reason: 'the source could be identified (synthetic)',
    });
    expect(r).toMatchObject({ caseId, entityType: 'item', entityId: a.item.id });

    const anon = await anonymous();
    const hidden = await seen(anon, caseId, a);
    expect(hidden).toEqual({
      itemGet: false,
      itemListed: false,
      itemTotal: 1,
      itemSearch: false,
      componentGet: false,
      componentListed: false,
      secondListed: false,
      componentSearch: false,
      fileGet: false,
      fileListed: false,
      custodyGet: false,
      custodyListed: false,
      items: 1,
      components: 2,
      exportedItem: false,
      exportedComponent: false,
    });
    // The other item is untouched.
    expect(await seen(anon, caseId, b)).toMatchObject({ ...everything, items: 1, components: 2 });
    // A signed-in user who is not a member reads the published view too.
    expect((await seen(await as(outsider), caseId, a)).itemGet).toBe(false);
    // Members still see everything.
    for (const member of [owner, editor, viewer])
      expect(await seen(await as(member), caseId, a)).toMatchObject({
        ...everything,
        items: 2,
        components: 4,
      });
    // Which records are restricted is for members only.
    expect((await app().restrictions.list(await as(viewer), caseId)).map((x) => x.entityId)).toEqual([
      a.item.id,
    ]);
    await expect(app().restrictions.list(anon, caseId)).rejects.toBeInstanceOf(NotFound);
  });

  it('leaves out a restricted component alone, and its item and the rest stay', async () => {
    const { caseId, a } = await publishedCase();
    await app().restrictions.restrict(await as(owner), caseId, {
      entityType: 'component',
      entityId: a.component.id,
    });
    expect(await seen(await anonymous(), caseId, a)).toMatchObject({
      ...everything,
      componentGet: false,
      componentListed: false,
      componentSearch: false,
      exportedComponent: false,
      items: 2,
      components: 3,
    });
    expect(await seen(await as(viewer), caseId, a)).toMatchObject({ ...everything, components: 4 });
  });

  it('leaves out a restricted evidence file alone', async () => {
    const { caseId, a } = await publishedCase();
    await app().restrictions.restrict(await as(editor), caseId, {
      entityType: 'evidence_file',
      entityId: a.file.id,
    });
    const anon = await anonymous();
    expect(await seen(anon, caseId, a)).toMatchObject({ ...everything, fileGet: false, fileListed: false });
    await expect(app().evidenceFiles.content(anon, a.file.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app().evidenceFiles.list(anon, { caseId })).total).toBe(1);
    expect(await seen(await as(viewer), caseId, a)).toMatchObject(everything);
    expect((await app().evidenceFiles.list(await as(viewer), { caseId })).total).toBe(2);
  });

  it('leaves out a restricted custody event alone', async () => {
    const { caseId, a, b } = await publishedCase();
    await app().restrictions.restrict(await as(editor), caseId, {
      entityType: 'custody_event',
      entityId: a.custody.id,
    });
    const anon = await anonymous();
    expect(await seen(anon, caseId, a)).toMatchObject({
      ...everything,
      custodyGet: false,
      custodyListed: false,
    });
    expect((await app().custody.list(anon, { caseId })).map((e) => e.id)).toEqual([b.custody.id]);
    expect(await seen(await as(owner), caseId, a)).toMatchObject(everything);
  });

  it('brings a record back when its restriction is lifted', async () => {
    const { caseId, a } = await publishedCase();
    const onItem = await app().restrictions.restrict(await as(editor), caseId, {
      entityType: 'item',
      entityId: a.item.id,
    });
    const onFile = await app().restrictions.restrict(await as(editor), caseId, {
      entityType: 'evidence_file',
      entityId: a.file.id,
    });
    expect((await seen(await anonymous(), caseId, a)).itemGet).toBe(false);
    // A viewer may not lift it.
    expect(await failure(app().restrictions.lift(await as(viewer), caseId, onItem.id))).toBeInstanceOf(
      Forbidden,
    );

    const lifted = await app().restrictions.lift(await as(editor), caseId, onItem.id);
    expect(lifted.id).toBe(onItem.id);
    // The item and all that belongs to it are back, except the file restricted on its own.
    expect(await seen(await anonymous(), caseId, a)).toMatchObject({
      ...everything,
      fileGet: false,
      fileListed: false,
      items: 2,
      components: 4,
    });
    await app().restrictions.lift(await as(owner), caseId, onFile.id);
    expect(await seen(await anonymous(), caseId, a)).toMatchObject(everything);
    expect(await app().restrictions.list(await as(owner), caseId)).toEqual([]);
    // Restricting again after a lift is allowed.
    await app().restrictions.restrict(await as(editor), caseId, { entityType: 'item', entityId: a.item.id });
    expect((await seen(await anonymous(), caseId, a)).itemGet).toBe(false);
  });

  it('refuses to restrict a record of another case, one twice, and anyone but an editor or owner', async () => {
    const one = await publishedCase();
    const other = await publishedCase();
    for (const [entityType, entityId] of [
      ['item', other.a.item.id],
      ['component', other.a.component.id],
      ['evidence_file', other.a.file.id],
      ['custody_event', other.a.custody.id],
      ['item', 987_654],
    ] as const) {
      const e = await failure(
        app().restrictions.restrict(await as(owner), one.caseId, { entityType, entityId }),
      );
      expect(e, `${entityType} ${entityId}`).toBeInstanceOf(Invalid);
      expect((e as Invalid).problems[0]?.path).toBe('entityId');
    }
    expect(
      await failure(
        app().restrictions.restrict(await as(owner), one.caseId, { entityType: 'party', entityId: 1 }),
      ),
    ).toBeInstanceOf(Invalid);
    expect((await seen(await anonymous(), other.caseId, other.a)).itemGet).toBe(true);

    await app().restrictions.restrict(await as(owner), one.caseId, {
      entityType: 'item',
      entityId: one.a.item.id,
    });
    expect(
      await failure(
        app().restrictions.restrict(await as(owner), one.caseId, {
          entityType: 'item',
          entityId: one.a.item.id,
        }),
      ),
    ).toBeInstanceOf(Conflict);
    expect(
      await failure(
        app().restrictions.restrict(await as(viewer), one.caseId, {
          entityType: 'item',
          entityId: one.a.item.id,
        }),
      ),
    ).toBeInstanceOf(Forbidden);
    expect(
      await failure(
        app().restrictions.restrict(await anonymous(), one.caseId, {
          entityType: 'item',
          entityId: one.b.item.id,
        }),
      ),
    ).toBeInstanceOf(Unauthenticated);
    // A restriction of one case cannot be lifted through another.
    const [r] = await app().restrictions.list(await as(owner), one.caseId);
    expect(await failure(app().restrictions.lift(await as(owner), other.caseId, r.id))).toBeInstanceOf(
      NotFound,
    );
    expect((await seen(await anonymous(), one.caseId, one.a)).itemGet).toBe(false);
  });

  it("lists a company's reply to anonymous readers of a published case only", async () => {
    const { caseId, a } = await publishedCase();
    const reply = await app().restrictions.addReply(await as(editor), caseId, {
      companyName: 'Synthetic Components Ltd (synthetic test data)',
      receivedAt: '2024-05-02',
      reply: 'We sold this part to a distributor in 2021 (synthetic).',
      evidenceFileId: a.file.id,
    });
    expect(reply).toMatchObject({ caseId, companyName: 'Synthetic Components Ltd (synthetic test data)' });
    expect(await app().restrictions.replies(await anonymous(), caseId)).toEqual([reply]);
    expect(await app().restrictions.replies(await as(viewer), caseId)).toEqual([reply]);

    // Not published: nobody outside the case reads its replies, nor learns that it exists.
    const closed = await app().cases.create(await as(owner), {
      title: 'Unpublished case (synthetic test data)',
    });
    await app().members.add(localAdmin, closed.id, { username: editor.username, role: 'editor' });
    await app().restrictions.addReply(await as(editor), closed.id, {
      companyName: 'Synthetic Other GmbH',
      receivedAt: '2024-05-03',
      reply: 'No record (synthetic).',
    });
    await expect(app().restrictions.replies(await anonymous(), closed.id)).rejects.toBeInstanceOf(NotFound);
    await expect(app().restrictions.replies(await as(viewer), closed.id)).rejects.toBeInstanceOf(NotFound);
    expect(await app().restrictions.replies(await as(owner), closed.id)).toHaveLength(1);

    // Only editors and owners add replies, and only with a file of the same case.
    expect(
      await failure(
        app().restrictions.addReply(await as(viewer), caseId, {
          companyName: 'X',
          receivedAt: '2024-05-02',
          reply: 'y',
        }),
      ),
    ).toBeInstanceOf(Forbidden);
    expect(
      await failure(
        app().restrictions.addReply(await as(editor), closed.id, {
          companyName: 'X',
          receivedAt: '2024-05-02',
          reply: 'y',
          evidenceFileId: a.file.id,
        }),
      ),
    ).toBeInstanceOf(Invalid);
    // A removed reply leaves the published view.
    await app().restrictions.removeReply(await as(editor), caseId, reply.id);
    expect(await app().restrictions.replies(await anonymous(), caseId)).toEqual([]);
  });
});
