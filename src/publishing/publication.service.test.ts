// Publishing a case on both databases: an owner asks, nothing is public until a second member approves,
// the one who asked cannot approve (not even through an API token of their own), a viewer cannot, the
// status cannot be set to "published" by an edit, and an owner's withdrawal hides the case again. Each
// step is in the audit log, which still verifies. (Synthetic test data.)
import { beforeAll, expect, it } from 'vitest';
import { makeUser } from '../../test/helpers/auth.ts';
import { failure } from '../../test/helpers/errors.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import { verifyIntegrity } from '../audit/index.ts';
import { type Actor, localAdmin } from '../core/actor.ts';
import { Conflict, Forbidden, Invalid, NotFound, Unauthenticated } from '../core/errors.ts';

type User = Awaited<ReturnType<typeof makeUser>>;

describeEachDialect('PublicationService', (t) => {
  let owner: User;
  let editor: User;
  let viewer: User;
  let outsider: User;
  const app = (): App => t().app;
  // Grants are read once per request: build the actor anew after every change of membership or status.
  const as = (u: User) => app().grants.userActor(u);
  const anonymous = () => app().grants.anonymous();
  /** The owner acting through an API token of their own. */
  const ownerToken = async (): Promise<Actor> => {
    const { secret } = await app().tokens.createFor(localAdmin, owner.id, {
      name: 'owner token (synthetic)',
      scope: 'write',
      expiresInDays: 1,
    });
    const found = await app().tokens.resolve(secret);
    if (!found) throw new Error('token did not resolve');
    return app().grants.tokenActor(found.user, found.token);
  };

  beforeAll(async () => {
    owner = await makeUser(app(), { username: 'pub-owner' });
    editor = await makeUser(app(), { username: 'pub-editor' });
    viewer = await makeUser(app(), { username: 'pub-viewer' });
    outsider = await makeUser(app(), { username: 'pub-outsider' });
  });

  /** A case opened by the owner, with the editor and the viewer as members and one item. */
  async function newCase(title = 'Publication case (synthetic test data)') {
    const kase = await app().cases.create(await as(owner), { title });
    await app().members.add(localAdmin, kase.id, { username: editor.username, role: 'editor' });
    await app().members.add(localAdmin, kase.id, { username: viewer.username, role: 'viewer' });
    const item = await app().items.create(await as(owner), {
      caseId: kase.id,
      itemType: 'uav',
      designationMarked: 'Testbird-P (synthetic)',
      source: 'Synthetic source: a named farmer',
      notes: 'Synthetic internal note',
      recoveredAt: '2024-03-07T14:20:00Z',
      recoveredPrecision: 'time',
      latitude: 48.51234,
      longitude: 35.10987,
    });
    return { kase, item };
  }

  it('publishes nothing until a second member approves, then shows the case in its published form', async () => {
    const { kase, item } = await newCase();
    const pub = await app().publications.request(await as(owner), kase.id, { note: 'ready (synthetic)' });
    expect(pub).toMatchObject({
      caseId: kase.id,
      state: 'pending',
      requestedBy: `user:${owner.id}:${owner.username}`,
      approvedBy: null,
      decidedAt: null,
      note: 'ready (synthetic)',
    });
    expect((await app().cases.get(localAdmin, kase.id)).status).toBe('open');

    // Requested, not approved: an anonymous reader sees no trace of the case.
    const anon = await anonymous();
    await expect(app().cases.get(anon, kase.id)).rejects.toBeInstanceOf(NotFound);
    await expect(app().items.get(anon, item.id)).rejects.toBeInstanceOf(NotFound);
    expect(
      (await app().items.list(anon, { caseId: kase.id, limit: 50, offset: 0, includeDeleted: false })).rows,
    ).toEqual([]);
    expect((await app().cases.list(anon)).map((c) => c.id)).not.toContain(kase.id);
    // Nor does a signed-in user who is not a member.
    await expect(app().cases.get(await as(outsider), kase.id)).rejects.toBeInstanceOf(NotFound);

    const approved = await app().publications.approve(await as(editor), kase.id);
    expect(approved).toMatchObject({
      id: pub.id,
      state: 'published',
      approvedBy: `user:${editor.id}:${editor.username}`,
    });
    expect(approved.decidedAt).not.toBeNull();
    expect((await app().cases.get(localAdmin, kase.id)).status).toBe('published');

    const reader = await anonymous();
    expect(await app().cases.get(reader, kase.id)).toMatchObject({ id: kase.id, status: 'published' });
    expect((await app().cases.list(reader)).map((c) => c.id)).toContain(kase.id);
    const shown = await app().items.get(reader, item.id);
    expect(shown).toMatchObject({
      id: item.id,
      designationMarked: 'Testbird-P (synthetic)',
      source: null,
      notes: null,
      recoveredAt: '2024-03-01',
      recoveredPrecision: 'month',
    });
    expect(shown.latitude).not.toBe(item.latitude);
    expect(shown.longitude).not.toBe(item.longitude);
    // Nor can the list's date filters probe the exact day behind the month shown (2024-03-07).
    const inRange = async (actor: Actor, recoveredFrom: string, recoveredTo: string) =>
      (
        await app().items.list(actor, {
          caseId: kase.id,
          limit: 50,
          offset: 0,
          includeDeleted: false,
          recoveredFrom,
          recoveredTo,
        })
      ).total;
    expect(await inRange(reader, '2024-03-02', '2024-03-07')).toBe(
      await inRange(reader, '2024-03-02', '2024-03-06'),
    );
    expect(await inRange(reader, '2024-03-07', '2024-03-31')).toBe(
      await inRange(reader, '2024-03-08', '2024-03-31'),
    );
    expect(await inRange(reader, '2024-03-01', '2024-03-31')).toBe(1);
    expect(await inRange(await as(viewer), '2024-03-07', '2024-03-07')).toBe(1);
    expect(await inRange(await as(viewer), '2024-03-08', '2024-03-31')).toBe(0);
    // Members still read it in full.
    expect(await app().items.get(await as(viewer), item.id)).toMatchObject({
      source: 'Synthetic source: a named farmer',
      latitude: 48.51234,
    });
    // The outsider now reads it as the public does.
    expect((await app().items.get(await as(outsider), item.id)).source).toBeNull();
    // Who works on the case and its publications are not part of the published view.
    await expect(app().publications.list(reader, kase.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app().publications.list(await as(viewer), kase.id)).map((p) => p.state)).toEqual([
      'published',
    ]);
  });

  it('refuses the approval of the one who asked, through a session or an API token of their own', async () => {
    const { kase } = await newCase();
    await app().publications.request(await as(owner), kase.id, {});
    const self = await failure(app().publications.approve(await as(owner), kase.id));
    expect(self).toBeInstanceOf(Forbidden);
    const token = await ownerToken();
    expect(token.kind).toBe('token');
    expect(await failure(app().publications.approve(token, kase.id))).toBeInstanceOf(Forbidden);
    // Turning it down is a decision too: also for a second member only.
    expect(await failure(app().publications.reject(token, kase.id))).toBeInstanceOf(Forbidden);
    // The local administrator is not a second member either.
    expect(await failure(app().publications.approve(localAdmin, kase.id))).toBeInstanceOf(Forbidden);
    expect((await app().cases.get(localAdmin, kase.id)).status).toBe('open');
    await expect(app().cases.get(await anonymous(), kase.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app().publications.list(await as(owner), kase.id)).map((p) => p.state)).toEqual([
      'pending',
    ]);
  });

  it('refuses the approval of a viewer, a non-member and an anonymous reader', async () => {
    const { kase } = await newCase();
    await app().publications.request(await as(owner), kase.id, {});
    expect(await failure(app().publications.approve(await as(viewer), kase.id))).toBeInstanceOf(Forbidden);
    expect(await failure(app().publications.approve(await as(outsider), kase.id))).toBeInstanceOf(NotFound);
    expect(await failure(app().publications.approve(await anonymous(), kase.id))).toBeInstanceOf(NotFound);
    // Only an owner may ask.
    const other = await newCase();
    expect(await failure(app().publications.request(await as(editor), other.kase.id, {}))).toBeInstanceOf(
      Forbidden,
    );
    expect(await failure(app().publications.request(await as(viewer), other.kase.id, {}))).toBeInstanceOf(
      Forbidden,
    );
    expect(await failure(app().publications.request(await anonymous(), other.kase.id, {}))).toBeInstanceOf(
      NotFound,
    );
    expect((await app().cases.get(localAdmin, kase.id)).status).toBe('open');
    expect((await app().cases.get(localAdmin, other.kase.id)).status).toBe('open');
  });

  it('refuses a second request while one is waiting, and an approval with nothing to approve', async () => {
    const { kase } = await newCase();
    expect(await failure(app().publications.approve(await as(editor), kase.id))).toBeInstanceOf(Conflict);
    await app().publications.request(await as(owner), kase.id, {});
    expect(await failure(app().publications.request(await as(owner), kase.id, {}))).toBeInstanceOf(Conflict);
    expect(await app().publications.list(await as(owner), kase.id)).toHaveLength(1);
    // Once turned down, the owner may ask again.
    expect((await app().publications.reject(await as(editor), kase.id)).state).toBe('rejected');
    expect((await app().cases.get(localAdmin, kase.id)).status).toBe('open');
    await expect(app().cases.get(await anonymous(), kase.id)).rejects.toBeInstanceOf(NotFound);
    expect((await app().publications.request(await as(owner), kase.id, {})).state).toBe('pending');
    // And a published case cannot be asked for again.
    await app().publications.approve(await as(editor), kase.id);
    expect(await failure(app().publications.request(await as(owner), kase.id, {}))).toBeInstanceOf(Conflict);
  });

  it('does not let an edit set or change the status "published"', async () => {
    const { kase } = await newCase();
    const set = await failure(app().cases.update(await as(owner), kase.id, { status: 'published' }));
    expect(set).toBeInstanceOf(Invalid);
    expect((set as Invalid).problems[0]?.path).toBe('status');
    // Not even the local administrator can publish by editing the status.
    expect(await failure(app().cases.update(localAdmin, kase.id, { status: 'published' }))).toBeInstanceOf(
      Invalid,
    );
    expect(
      await failure(app().cases.create(await as(owner), { title: 'x (synthetic)', status: 'published' })),
    ).toBeInstanceOf(Invalid);
    expect((await app().cases.get(localAdmin, kase.id)).status).toBe('open');

    await app().publications.request(await as(owner), kase.id, {});
    await app().publications.approve(await as(editor), kase.id);
    for (const status of ['open', 'closed'])
      expect(await failure(app().cases.update(await as(owner), kase.id, { status }))).toBeInstanceOf(Invalid);
    // Other fields of a published case may still be edited; its status stays.
    const edited = await app().cases.update(await as(owner), kase.id, {
      title: 'Renamed (synthetic test data)',
    });
    expect(edited).toMatchObject({ title: 'Renamed (synthetic test data)', status: 'published' });
  });

  it('hides the case again when an owner withdraws it; an editor may not', async () => {
    const { kase, item } = await newCase();
    await app().publications.request(await as(owner), kase.id, {});
    await app().publications.approve(await as(editor), kase.id);
    expect((await app().items.get(await anonymous(), item.id)).id).toBe(item.id);

    expect(await failure(app().publications.withdraw(await as(editor), kase.id))).toBeInstanceOf(Forbidden);
    expect(await failure(app().publications.withdraw(await anonymous(), kase.id))).toBeInstanceOf(
      Unauthenticated,
    );
    const withdrawn = await app().publications.withdraw(await as(owner), kase.id);
    expect(withdrawn).toMatchObject({ state: 'withdrawn' });
    expect((await app().cases.get(localAdmin, kase.id)).status).toBe('open');

    const anon = await anonymous();
    await expect(app().cases.get(anon, kase.id)).rejects.toBeInstanceOf(NotFound);
    await expect(app().items.get(anon, item.id)).rejects.toBeInstanceOf(NotFound);
    expect(
      (await app().items.list(anon, { caseId: kase.id, limit: 50, offset: 0, includeDeleted: false })).total,
    ).toBe(0);
    expect((await app().stats.summary(anon, kase.id)).items).toBe(0);
    await expect(app().cases.get(await as(outsider), kase.id)).rejects.toBeInstanceOf(NotFound);
    // Withdrawing twice is a conflict, not a second entry.
    expect(await failure(app().publications.withdraw(await as(owner), kase.id))).toBeInstanceOf(Conflict);
  });

  it('records every step in the audit log, which still verifies', async () => {
    const { kase } = await newCase();
    const pub = await app().publications.request(await as(owner), kase.id, {});
    await failure(app().publications.approve(await as(owner), kase.id)); // refused: leaves no entry
    await app().publications.approve(await as(editor), kase.id);
    await app().publications.withdraw(await as(owner), kase.id);

    const ownerLabel = `user:${owner.id}:${owner.username}`;
    const editorLabel = `user:${editor.id}:${editor.username}`;
    const steps = (await app().auditLog.history(app().db.kysely, 'case_publication', pub.id, 20)).reverse();
    expect(steps.map((e) => [e.action, e.actor, JSON.parse(e.after ?? '{}').state])).toEqual([
      ['create', ownerLabel, 'pending'],
      ['update', editorLabel, 'published'],
      ['update', ownerLabel, 'withdrawn'],
    ]);
    const caseSteps = (await app().auditLog.history(app().db.kysely, 'case', kase.id, 20)).reverse();
    expect(
      caseSteps
        .filter((e) => e.action === 'update')
        .map((e) => [e.actor, JSON.parse(e.before ?? '{}').status, JSON.parse(e.after ?? '{}').status]),
    ).toEqual([
      [editorLabel, 'open', 'published'],
      [ownerLabel, 'published', 'open'],
    ]);

    const report = await verifyIntegrity(app().db.kysely, app().files);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
