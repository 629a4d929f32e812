// Screening through HTTP: POST /api/screen (signed-in users only, OpenSanctions-like shape, limits on
// the batch and on the names), the review queue with its decisions (analysts only), and a party's
// screening status. The list is a small test list of invented names, in the OFAC CSV format.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREEN_PER_MINUTE } from '../../src/screening/screening.routes.ts';
import { ScreenResponse } from '../../src/screening/screening.schema.ts';
import { buildServer } from '../../src/server/index.ts';
import { makeUser, tokenHeaders } from '../helpers/auth.ts';
import { actor } from '../helpers/factories.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

const sdn = [
  '93001,"TRAVENKO AVIONICS",-0- ,"RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
  '93002,"MORVALE, Idris","individual","RUSSIA-EO14024",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
].join('\n');

describe('HTTP API: screening', () => {
  let t: TestInstance;
  let server: FastifyInstance;
  let member: Record<string, string>;
  let analyst: Record<string, string>;
  let orgId: number;

  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    server = await buildServer(t.app);
    member = await tokenHeaders(t.app, (await makeUser(t.app)).id);
    analyst = await tokenHeaders(t.app, (await makeUser(t.app, { role: 'analyst' })).id);
    await t.app.watchlists.importList(actor, {
      name: 'test-api-sdn',
      format: 'ofac-csv',
      files: [{ role: 'sdn', name: 'sdn.csv', content: Buffer.from(`${sdn}\n`) }],
      withoutAliases: true,
    });
    orgId = (await t.app.parties.createOrganization(actor, { name: 'Travenko Avionics' })).id;
  });
  afterAll(async () => {
    await server?.close();
    await t?.destroy();
  });

  const screen = (payload: unknown, headers: Record<string, string> = member) =>
    server.inject({ method: 'POST', url: '/api/screen', headers, payload: payload as object });

  it('screens a batch keyed by the caller’s ids, ranked, with scores and explanations', async () => {
    const res = await screen({
      queries: {
        a: { name: 'Idris Morvale', schema: 'Person' },
        b: { name: 'Travenko Avionics', schema: 'Company', country: 'RU' },
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = ScreenResponse.parse(res.json());
    expect(Object.keys(body.responses).sort()).toEqual(['a', 'b']);
    expect(body.responses.a.results[0]).toMatchObject({
      id: 'test-api-sdn:93002',
      entryId: '93002',
      schema: 'Person',
      match: true,
    });
    const top = body.responses.b.results[0];
    expect(top).toMatchObject({ entryId: '93001', caption: 'TRAVENKO AVIONICS', match: true });
    expect(top.score).toBeGreaterThanOrEqual(body.threshold);
    expect(top.explanation.summary).not.toBe('');
  });

  it('refuses anonymous callers, more than 100 queries, a 10,000-character name and punctuation', async () => {
    expect((await screen({ queries: [{ name: 'Travenko' }] }, {})).statusCode).toBe(401);

    const many = await screen({ queries: Array.from({ length: 101 }, (_, i) => ({ name: `Name ${i}` })) });
    expect(many.statusCode).toBe(400);
    expect(many.json().error.problems[0].path).toBe('queries');

    const long = await screen({ queries: [{ name: 'x'.repeat(10_000) }] });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.problems[0].path).toMatch(/queries\.0\.name$/);

    const punctuation = await screen({ queries: { q: { name: '!!! ... ---' } } });
    expect(punctuation.statusCode).toBe(400);
    expect(punctuation.json().error).toMatchObject({
      code: 'invalid',
      problems: [{ path: 'queries.q.name' }],
    });
  });

  it('shows the review queue to readers, lets analysts decide, and gives the party’s status', async () => {
    const queue = await server.inject({
      method: 'GET',
      url: `/api/screening/hits?status=open&partyType=organization&partyId=${orgId}`,
      headers: member,
    });
    expect(queue.statusCode, queue.body).toBe(200);
    const [hit] = queue.json().rows;
    expect(hit).toMatchObject({ partyId: orgId, entryId: '93001', status: 'open', listName: 'test-api-sdn' });

    const decide = (headers: Record<string, string>, payload: object) =>
      server.inject({ method: 'POST', url: `/api/screening/hits/${hit.id}/decision`, headers, payload });
    expect((await decide(member, { decision: 'match' })).statusCode).toBe(403);
    expect((await decide({}, { decision: 'match' })).statusCode).toBe(401);
    expect((await decide(analyst, { decision: 'perhaps' })).statusCode).toBe(400);
    const done = await decide(analyst, { decision: 'match', note: 'same company' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ id: hit.id, status: 'match', note: 'same company' });

    const status = await server.inject({
      method: 'GET',
      url: `/api/screening/parties/organization/${orgId}`,
      headers: member,
    });
    expect(status.statusCode, status.body).toBe(200);
    expect(status.json()).toMatchObject({ partyType: 'organization', partyId: orgId, status: 'match' });
    const missing = await server.inject({
      method: 'GET',
      url: '/api/screening/parties/person/999999',
      headers: member,
    });
    expect(missing.statusCode).toBe(404);
  });

  it(`allows ${SCREEN_PER_MINUTE} screening requests a minute per user: the next gets 429, another user still screens`, async () => {
    const aliceId = (await makeUser(t.app)).id;
    const alice = await tokenHeaders(t.app, aliceId);
    const one = { queries: [{ name: 'Travenko Avionics' }] };
    for (let i = 0; i < SCREEN_PER_MINUTE; i++) {
      const res = await screen(one, alice);
      expect(res.statusCode, `request ${i + 1}: ${res.body}`).toBe(200);
    }
    const limited = await screen(one, alice);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error.code).toBe('too_many_requests');
    // Counted per user: a new token of alice's is limited too, another user is not.
    expect((await screen(one, await tokenHeaders(t.app, aliceId))).statusCode).toBe(429);
    const bob = await tokenHeaders(t.app, (await makeUser(t.app)).id);
    expect((await screen(one, bob)).statusCode).toBe(200);
  });
});
