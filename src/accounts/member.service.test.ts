// Case members on both databases: owners manage them, nobody else does (and outsiders learn nothing),
// a case keeps an owner, an administrator may hand a case on, and a change of membership counts from
// the next request on. (Synthetic test data.)
import { beforeAll, expect, it } from 'vitest';
import { makeUser } from '../../test/helpers/auth.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { caseView } from '../core/access.ts';
import { type Actor, localAdmin } from '../core/actor.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../core/errors.ts';

type TestUser = Awaited<ReturnType<typeof makeUser>>;

describeEachDialect('MemberService', (t) => {
  const u: Record<string, TestUser> = {};
  /** A fresh actor, as the next request would build it. */
  const as = (name: string): Promise<Actor> => t().app.grants.userActor(u[name]);
  const memberId = async (caseId: number, name: string) => {
    const m = (await t().app.members.list(localAdmin, caseId)).find((x) => x.username === u[name].username);
    if (!m) throw new Error(`${name} is not a member of case ${caseId}`);
    return m.id;
  };
  let caseId: number;

  beforeAll(async () => {
    const app = t().app;
    for (const name of ['oscar', 'vera', 'ed', 'nina', 'tess', 'leaver'])
      u[name] = await makeUser(app, { username: `${name}-synthetic` });
    u.adam = await makeUser(app, { username: 'adam-synthetic', role: 'admin' });
    caseId = (await app.cases.create(await as('oscar'), { title: 'Members case (synthetic test data)' })).id;
  });

  it('the owner adds members, changes their roles and removes them', async () => {
    const app = t().app;
    const owner = await as('oscar');
    const vera = await app.members.add(owner, caseId, { username: 'vera-synthetic', role: 'viewer' });
    expect(vera).toMatchObject({ caseId, userId: u.vera.id, username: 'vera-synthetic', role: 'viewer' });
    await app.members.add(owner, caseId, { username: 'ED-synthetic', role: 'editor' });
    await app.members.add(owner, caseId, { username: 'nina-synthetic', role: 'viewer' });
    expect((await app.members.list(owner, caseId)).map((m) => [m.username, m.role])).toEqual([
      ['oscar-synthetic', 'owner'],
      ['vera-synthetic', 'viewer'],
      ['ed-synthetic', 'editor'],
      ['nina-synthetic', 'viewer'],
    ]);

    const nina = await memberId(caseId, 'nina');
    expect((await app.members.update(owner, caseId, nina, { role: 'editor' })).role).toBe('editor');
    await app.members.remove(owner, caseId, nina);
    expect((await app.members.list(owner, caseId)).map((m) => m.username)).not.toContain('nina-synthetic');

    // Every change is in the audit log, under the owner's name.
    const entries = await app.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('entity_type', '=', 'case_member')
      .where('entity_id', '=', nina)
      .orderBy('seq')
      .execute();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    for (const e of entries) expect(e.actor).toBe(`user:${u.oscar.id}:oscar-synthetic`);
  });

  it('refuses a duplicate, an unknown or disabled user, and a member of another case', async () => {
    const app = t().app;
    const owner = await as('oscar');
    await expect(
      app.members.add(owner, caseId, { username: 'vera-synthetic', role: 'editor' }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(
      app.members.add(owner, caseId, { username: 'nobody-synthetic', role: 'viewer' }),
    ).rejects.toMatchObject({ problems: [{ path: 'username' }] });
    await app.users.update(localAdmin, u.leaver.id, { disabled: true });
    await expect(
      app.members.add(owner, caseId, { username: 'leaver-synthetic', role: 'viewer' }),
    ).rejects.toBeInstanceOf(Invalid);
    await app.users.update(localAdmin, u.leaver.id, { disabled: false });
    await expect(
      app.members.add(owner, caseId, { username: 'vera-synthetic', role: 'boss' }),
    ).rejects.toBeInstanceOf(Invalid);
    const other = await app.cases.create(owner, { title: 'Other members case (synthetic test data)' });
    const foreign = await memberId(other.id, 'oscar');
    await expect(
      app.members.update(await as('oscar'), caseId, foreign, { role: 'viewer' }),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('a viewer or editor cannot manage members; an outsider is told the case does not exist', async () => {
    const app = t().app;
    const vera = await memberId(caseId, 'vera');
    for (const name of ['vera', 'ed']) {
      const actor = await as(name);
      await expect(
        app.members.add(actor, caseId, { username: 'tess-synthetic', role: 'owner' }),
      ).rejects.toBeInstanceOf(Forbidden);
      await expect(app.members.update(actor, caseId, vera, { role: 'owner' })).rejects.toBeInstanceOf(
        Forbidden,
      );
      await expect(app.members.remove(actor, caseId, vera)).rejects.toBeInstanceOf(Forbidden);
      // Members see who else is on the case.
      expect((await app.members.list(actor, caseId)).length).toBe(3);
    }
    const outsider = await as('tess');
    await expect(
      app.members.add(outsider, caseId, { username: 'tess-synthetic', role: 'owner' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(app.members.remove(outsider, caseId, vera)).rejects.toBeInstanceOf(NotFound);
    await expect(app.members.list(outsider, caseId)).rejects.toBeInstanceOf(NotFound);
    expect((await app.members.list(localAdmin, caseId)).map((m) => [m.username, m.role])).toEqual([
      ['oscar-synthetic', 'owner'],
      ['vera-synthetic', 'viewer'],
      ['ed-synthetic', 'editor'],
    ]);
  });

  it('a case keeps at least one owner', async () => {
    const app = t().app;
    const oscar = await memberId(caseId, 'oscar');
    await expect(
      app.members.update(await as('oscar'), caseId, oscar, { role: 'editor' }),
    ).rejects.toMatchObject({
      problems: [{ path: 'role' }],
    });
    await expect(app.members.remove(await as('oscar'), caseId, oscar)).rejects.toBeInstanceOf(Invalid);
    // Not even the local administrator may leave a case without owner.
    await expect(app.members.remove(localAdmin, caseId, oscar)).rejects.toBeInstanceOf(Invalid);

    // With a second owner, the first may step down; then the second is the last one.
    await app.members.add(await as('oscar'), caseId, { username: 'tess-synthetic', role: 'owner' });
    await app.members.update(await as('oscar'), caseId, oscar, { role: 'editor' });
    const tess = await memberId(caseId, 'tess');
    await expect(app.members.remove(await as('tess'), caseId, tess)).rejects.toBeInstanceOf(Invalid);
    await expect(
      app.members.update(await as('tess'), caseId, tess, { role: 'viewer' }),
    ).rejects.toBeInstanceOf(Invalid);
    // And oscar, now an editor, can no longer manage members.
    await expect(
      app.members.update(await as('oscar'), caseId, oscar, { role: 'owner' }),
    ).rejects.toBeInstanceOf(Forbidden);
    await app.members.update(await as('tess'), caseId, oscar, { role: 'owner' });
    const owners = (await app.members.list(localAdmin, caseId)).filter((m) => m.role === 'owner');
    expect(owners.map((m) => m.username)).toEqual(['oscar-synthetic', 'tess-synthetic']);
  });

  it('an administrator who is not a member may hand a case on', async () => {
    const app = t().app;
    const abandoned = (
      await app.cases.create(await as('leaver'), { title: 'Abandoned case (synthetic test data)' })
    ).id;
    const admin = await as('adam');
    // adam cannot read the case…
    expect(caseView(admin, abandoned)).toBeNull();
    await expect(app.cases.get(admin, abandoned)).rejects.toBeInstanceOf(NotFound);
    // …but may give it a new owner and take the old one off.
    await app.members.add(admin, abandoned, { username: 'nina-synthetic', role: 'owner' });
    await app.members.remove(admin, abandoned, await memberId(abandoned, 'leaver'));
    expect((await app.members.list(admin, abandoned)).map((m) => [m.username, m.role])).toEqual([
      ['nina-synthetic', 'owner'],
    ]);
    const entry = await app.db.kysely
      .selectFrom('audit_log')
      .select('actor')
      .where('entity_type', '=', 'case_member')
      .where('action', '=', 'create')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.actor).toBe(`user:${u.adam.id}:adam-synthetic`);

    // Not with a read-only token, though.
    const { secret } = await app.tokens.createFor(localAdmin, u.adam.id, {
      name: 'adam read',
      scope: 'read',
    });
    const found = await app.tokens.resolve(secret);
    if (!found) throw new Error('token does not resolve');
    const readToken = await app.grants.tokenActor(found.user, found.token);
    await expect(
      app.members.add(readToken, abandoned, { username: 'tess-synthetic', role: 'owner' }),
    ).rejects.toBeInstanceOf(NotFound);
  });

  it('who works on a published case is not part of its published view', async () => {
    const app = t().app;
    const kase = (
      await app.cases.create(await as('oscar'), { title: 'Published members (synthetic test data)' })
    ).id;
    await app.members.add(await as('oscar'), kase, { username: 'vera-synthetic', role: 'editor' });
    await app.publications.request(await as('oscar'), kase, {});
    await app.publications.approve(await as('vera'), kase);
    const reader = await as('leaver');
    expect(caseView(reader, kase)).toBe('published');
    await expect(app.members.list(reader, kase)).rejects.toBeInstanceOf(Forbidden);
    await expect(
      app.members.add(reader, kase, { username: 'leaver-synthetic', role: 'owner' }),
    ).rejects.toBeInstanceOf(Forbidden);
    expect((await app.members.list(await as('vera'), kase)).length).toBe(2);
  });

  it('a change of membership counts from the next request on', async () => {
    const app = t().app;
    const kase = (await app.cases.create(await as('oscar'), { title: 'Grants case (synthetic test data)' }))
      .id;
    const before = await as('ed');
    expect(caseView(before, kase)).toBeNull();
    await expect(app.cases.get(before, kase)).rejects.toBeInstanceOf(NotFound);

    await app.members.add(await as('oscar'), kase, { username: 'ed-synthetic', role: 'viewer' });
    const asViewer = await as('ed');
    expect(asViewer.kind === 'user' && asViewer.grants.cases.get(kase)).toBe('viewer');
    expect((await app.cases.get(asViewer, kase)).id).toBe(kase);
    await expect(app.cases.update(asViewer, kase, { title: 'Renamed (synthetic)' })).rejects.toBeInstanceOf(
      Forbidden,
    );

    await app.members.update(await as('oscar'), kase, await memberId(kase, 'ed'), { role: 'editor' });
    const asEditor = await as('ed');
    expect((await app.cases.update(asEditor, kase, { title: 'Renamed (synthetic test data)' })).title).toBe(
      'Renamed (synthetic test data)',
    );

    await app.members.remove(await as('oscar'), kase, await memberId(kase, 'ed'));
    const after = await as('ed');
    expect(caseView(after, kase)).toBeNull();
    await expect(app.cases.get(after, kase)).rejects.toBeInstanceOf(NotFound);
    expect((await app.cases.list(after)).map((c) => c.id)).not.toContain(kase);
  });
});
