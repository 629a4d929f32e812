// API tokens on both databases: a read token cannot write, a case-scoped token sees its case and
// nothing else (not even published cases), expiry, revocation, a disabled user's tokens, and the
// secret never stored or logged. (Synthetic test data.)
import { beforeAll, expect, it } from 'vitest';
import { makeUser } from '../../test/helpers/auth.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { caseView } from '../core/access.ts';
import { type Actor, localAdmin } from '../core/actor.ts';
import { Forbidden, Invalid, NotFound } from '../core/errors.ts';
import { digest } from './accounts.secret.ts';

const DAY = 86_400_000;

describeEachDialect('TokenService', (t) => {
  let olga: Awaited<ReturnType<typeof makeUser>>;
  let pete: Awaited<ReturnType<typeof makeUser>>;
  let caseA: number;
  let caseB: number;
  let published: number;
  const secrets: string[] = [];

  /** The actor a token's secret stands for (what the server builds per request). */
  async function tokenActor(secret: string, now?: number): Promise<Actor> {
    const found = await t().app.tokens.resolve(secret, now);
    if (!found) throw new Error('token does not resolve');
    return t().app.grants.tokenActor(found.user, found.token);
  }

  async function newToken(userId: number, input: Record<string, unknown>) {
    const r = await t().app.tokens.createFor(localAdmin, userId, {
      name: `token ${secrets.length}`,
      ...input,
    });
    secrets.push(r.secret);
    return r;
  }

  beforeAll(async () => {
    const app = t().app;
    olga = await makeUser(app, { username: 'olga-synthetic', role: 'analyst' });
    pete = await makeUser(app, { username: 'pete-synthetic' });
    const quinn = await makeUser(app, { username: 'quinn-synthetic' });
    const asOlga = await app.grants.userActor(olga);
    caseA = (await app.cases.create(asOlga, { title: 'Token case A (synthetic test data)' })).id;
    caseB = (await app.cases.create(asOlga, { title: 'Token case B (synthetic test data)' })).id;
    published = (await app.cases.create(asOlga, { title: 'Token published case (synthetic test data)' })).id;
    // Grants are read per request: olga's owner roles show in a fresh actor.
    const owner = await app.grants.userActor(olga);
    await app.members.add(owner, caseA, { username: 'pete-synthetic', role: 'editor' });
    await app.members.add(owner, caseB, { username: 'pete-synthetic', role: 'editor' });
    await app.members.add(owner, published, { username: 'quinn-synthetic', role: 'editor' });
    await app.publications.request(owner, published, { note: 'synthetic' });
    await app.publications.approve(await app.grants.userActor(quinn), published);
    expect((await app.cases.get(localAdmin, published)).status).toBe('published');
  });

  it('a read token reads but cannot write; a write token can', async () => {
    const app = t().app;
    const read = await tokenActor((await newToken(pete.id, { scope: 'read' })).secret);
    expect((await app.cases.get(read, caseA)).id).toBe(caseA);
    const refused = app.items.create(read, { caseId: caseA, itemType: 'uav', externalRef: 'TOK-R' });
    await expect(refused).rejects.toBeInstanceOf(Forbidden);
    await expect(refused).rejects.toThrow('may only read');
    await expect(app.cases.create(read, { title: 'Not by a read token (synthetic)' })).rejects.toBeInstanceOf(
      Forbidden,
    );
    const written = await app.db.kysely
      .selectFrom('recovered_items')
      .select('id')
      .where('external_ref', '=', 'TOK-R')
      .execute();
    expect(written).toEqual([]);

    const write = await tokenActor((await newToken(pete.id, { scope: 'write' })).secret);
    const item = await app.items.create(write, { caseId: caseA, itemType: 'uav', externalRef: 'TOK-W' });
    expect(item.caseId).toBe(caseA);
    // The audit log names the token.
    const entry = await app.db.kysely
      .selectFrom('audit_log')
      .select('actor')
      .where('entity_type', '=', 'item')
      .where('entity_id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(entry.actor).toMatch(/^token:\d+:pete-synthetic\//);
  });

  it('a token never does more than its user: no writing where the user only reads', async () => {
    const app = t().app;
    const write = await tokenActor((await newToken(pete.id, { scope: 'write' })).secret);
    // pete is no member of the published case: he reads it in its published form, and cannot write.
    expect(caseView(write, published)).toBe('published');
    await expect(
      app.items.create(write, { caseId: published, itemType: 'uav', externalRef: 'TOK-P' }),
    ).rejects.toBeInstanceOf(Forbidden);
  });

  it('a case-scoped token sees only its case, not even published ones, and opens no case', async () => {
    const app = t().app;
    const scoped = await tokenActor((await newToken(pete.id, { scope: 'write', caseId: caseA })).secret);
    expect((await app.cases.get(scoped, caseA)).id).toBe(caseA);
    // Another case of the same user, and a published case anyone may read: as if they did not exist.
    await expect(app.cases.get(scoped, caseB)).rejects.toBeInstanceOf(NotFound);
    await expect(app.cases.get(scoped, published)).rejects.toBeInstanceOf(NotFound);
    expect((await app.cases.list(scoped)).map((c) => c.id)).toEqual([caseA]);
    await expect(
      app.items.create(scoped, { caseId: caseB, itemType: 'uav', externalRef: 'TOK-B' }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      app.cases.create(scoped, { title: 'Not by a scoped token (synthetic)' }),
    ).rejects.toBeInstanceOf(Forbidden);
    // Within its case it writes.
    await expect(
      app.items.create(scoped, { caseId: caseA, itemType: 'uav', externalRef: 'TOK-A' }),
    ).resolves.toMatchObject({ caseId: caseA });

    // The same user without the scope sees all of it.
    const unscoped = await tokenActor((await newToken(pete.id, { scope: 'read' })).secret);
    const visible = (await app.cases.list(unscoped)).map((c) => c.id);
    expect(visible).toEqual(expect.arrayContaining([caseA, caseB, published]));

    // A token cannot be limited to a case its user is not a member of.
    await expect(newToken(pete.id, { caseId: published })).rejects.toBeInstanceOf(Invalid);
  });

  it('a token cannot mint tokens; a user makes its own', async () => {
    const app = t().app;
    const token = await tokenActor((await newToken(pete.id, { scope: 'write' })).secret);
    await expect(app.tokens.create(token, { name: 'minted' })).rejects.toBeInstanceOf(Forbidden);
    const asPete = await app.grants.userActor(pete);
    const own = await app.tokens.create(asPete, { name: 'pete own', scope: 'read', caseId: caseA });
    secrets.push(own.secret);
    expect(own.token).toMatchObject({ userId: pete.id, scope: 'read', caseId: caseA, revokedAt: null });
    await expect(app.tokens.create(asPete, { name: 'pete other', caseId: published })).rejects.toBeInstanceOf(
      Invalid,
    );
  });

  it('stops working at its expiry', async () => {
    const app = t().app;
    const { token, secret } = await newToken(pete.id, { expiresInDays: 1 });
    const expires = Date.parse(token.expiresAt ?? '');
    expect(expires).toBeGreaterThan(Date.now() + DAY - 60_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + DAY);
    expect(await app.tokens.resolve(secret)).not.toBeNull();
    expect(await app.tokens.resolve(secret, expires - 60_000)).not.toBeNull();
    expect(await app.tokens.resolve(secret, expires)).toBeNull();
    expect(await app.tokens.resolve(secret, expires + DAY)).toBeNull();
    await expect(newToken(pete.id, { expiresInDays: 0 })).rejects.toBeInstanceOf(Invalid);
    await expect(newToken(pete.id, { expiresInDays: 367 })).rejects.toBeInstanceOf(Invalid);
  });

  it('stops working when revoked; only its user or an administrator may revoke it', async () => {
    const app = t().app;
    const { token, secret } = await newToken(pete.id, { scope: 'write' });
    const asOlga = await app.grants.userActor(olga);
    // olga is an analyst, not an administrator: pete's token is none of her business.
    await expect(app.tokens.revoke(asOlga, token.id)).rejects.toBeInstanceOf(NotFound);
    expect(await app.tokens.resolve(secret)).not.toBeNull();

    const revoked = await app.tokens.revoke(await app.grants.userActor(pete), token.id);
    expect(revoked.revokedAt).not.toBeNull();
    expect(await app.tokens.resolve(secret)).toBeNull();
    const listed = (await app.tokens.list(await app.grants.userActor(pete))).find((x) => x.id === token.id);
    expect(listed?.revokedAt).toBe(revoked.revokedAt);

    const other = await newToken(pete.id, {});
    await app.tokens.revoke(localAdmin, other.token.id);
    expect(await app.tokens.resolve(other.secret)).toBeNull();
  });

  it('stops working when its user is disabled', async () => {
    const app = t().app;
    const rita = await makeUser(app, { username: 'rita-synthetic' });
    const { secret } = await newToken(rita.id, { scope: 'write' });
    expect(await app.tokens.resolve(secret)).toMatchObject({ user: { id: rita.id } });
    await app.users.update(localAdmin, rita.id, { disabled: true });
    expect(await app.tokens.resolve(secret)).toBeNull();
  });

  it('refuses anything that is not a live token', async () => {
    const app = t().app;
    const { secret } = await newToken(pete.id, {});
    expect(secret.startsWith('tdt_')).toBe(true);
    expect(await app.tokens.resolve(secret.slice(4))).toBeNull();
    expect(await app.tokens.resolve(`${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await app.tokens.resolve(digest(secret))).toBeNull();
    expect(await app.tokens.resolve(`tdt_${'x'.repeat(300)}`)).toBeNull();
    expect(await app.tokens.resolve('')).toBeNull();
  });

  it('never stores or logs the secret, only its SHA-256', async () => {
    const app = t().app;
    expect(secrets.length).toBeGreaterThan(8);
    const rows = await app.db.kysely.selectFrom('api_tokens').selectAll().execute();
    const byHash = new Map(rows.map((r) => [r.token_hash, r]));
    const stored = JSON.stringify(rows);
    const audit = await app.db.kysely.selectFrom('audit_log').select(['before', 'after']).execute();
    const logged = audit.map((r) => `${r.before ?? ''}\n${r.after ?? ''}`).join('\n');
    for (const secret of secrets) {
      const row = byHash.get(digest(secret));
      expect(row).toBeDefined();
      expect(row?.token_hash).not.toBe(secret);
      expect(row?.token_hash).toMatch(/^[0-9a-f]{64}$/);
      // What is kept to recognize a token in a list is its first characters only.
      expect(row?.prefix).toBe(secret.slice(0, 10));
      expect(stored).not.toContain(secret);
      expect(logged).not.toContain(secret);
    }
    // Nor does a listing show the digest.
    const listing = JSON.stringify(await app.tokens.listFor(localAdmin, pete.id));
    for (const r of rows) expect(listing).not.toContain(r.token_hash);
  });
});
