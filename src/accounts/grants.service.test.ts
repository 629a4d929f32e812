// Grants are kept between requests only until the access epoch moves: a membership, a publication or
// a role changed through another server is seen at the next request.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeUser } from '../../test/helpers/auth.ts';
import { makeCase } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { type App, openApp, resolveConfig } from '../app/index.ts';
import { localAdmin } from '../core/actor.ts';

describeEachDialect('GrantsService', (t) => {
  let other: App;
  beforeAll(async () => {
    // A second server on the same database.
    other = await openApp(resolveConfig({ data: t().dataDir, database: t().databaseUrl }));
  });
  afterAll(async () => {
    await other?.close();
  });

  it('sees memberships, publications and roles changed by another server at the next request', async () => {
    const app = t().app;
    const user = await makeUser(app);
    const kase = await makeCase(app);
    const roles = async () => {
      const a = await app.grants.userActor({ ...user, instanceRole: user.instanceRole });
      return a.kind === 'user' ? a.grants : null;
    };
    expect((await roles())?.cases.get(kase.id)).toBeUndefined();
    // Asked twice: the second answer comes from what was kept, and is the same.
    expect((await roles())?.cases.size).toBe(0);

    const member = await other.members.add(localAdmin, kase.id, { username: user.username, role: 'viewer' });
    expect((await roles())?.cases.get(kase.id)).toBe('viewer');
    await other.members.update(localAdmin, kase.id, member.id, { role: 'editor' });
    expect((await roles())?.cases.get(kase.id)).toBe('editor');
    await other.members.remove(localAdmin, kase.id, member.id);
    expect((await roles())?.cases.has(kase.id)).toBe(false);

    const anonymous = async () => {
      const a = await app.grants.anonymous();
      return a.kind === 'anonymous' ? a.published : null;
    };
    expect((await anonymous())?.has(kase.id)).toBe(false);
    await other.writer.transaction((trx) =>
      other.writer.update(trx, localAdmin, 'case', kase.id, { status: 'published' }),
    );
    expect((await anonymous())?.has(kase.id)).toBe(true);
    await other.cases.remove(localAdmin, kase.id);
    expect((await anonymous())?.has(kase.id)).toBe(false);
  });
});
