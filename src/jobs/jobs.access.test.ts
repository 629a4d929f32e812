// Who may follow a background job: the user who started it, through any of their credentials, and
// administrators; nobody else learns that it exists.
import { expect, it } from 'vitest';
import { makeUser, tokenHeaders } from '../../test/helpers/auth.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';

describeEachDialect('JobService access', (t) => {
  it('shows a job to its user through a session or any token, to admins, and to no one else', async () => {
    const app = t().app;
    const alice = await makeUser(app);
    const bob = await makeUser(app);
    const admin = await makeUser(app, { role: 'admin' });
    const secret = (await tokenHeaders(app, alice.id)).authorization.slice('Bearer '.length);
    const viaToken = await app.tokens.resolve(secret);
    if (!viaToken) throw new Error('token did not resolve');
    const aliceToken = await app.grants.tokenActor(viaToken.user, viaToken.token);
    const aliceSession = await app.grants.userActor(alice);

    const job = await app.jobs.enqueue(aliceToken, 'test-noop', { note: 'synthetic test data' });
    expect((await app.jobs.get(aliceSession, job.id)).id).toBe(job.id);
    expect((await app.jobs.list(aliceSession)).map((j) => j.id)).toEqual([job.id]);
    expect((await app.jobs.get(await app.grants.userActor(admin), job.id)).requestedBy).toMatch(/^token:/);

    const bobActor = await app.grants.userActor(bob);
    await expect(app.jobs.get(bobActor, job.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await app.jobs.list(bobActor)).toEqual([]);
    await expect(app.jobs.list({ kind: 'anonymous' })).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
