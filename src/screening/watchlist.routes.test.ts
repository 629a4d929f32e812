// Watch lists through HTTP on both databases: an analyst uploads the three OFAC files (multipart) and a
// CSV with its mapping; every signed-in user reads lists, versions, changes and entries in the API's
// shapes; a member may not import, an anonymous caller reads nothing, a bad upload names its place.
// The lists are synthetic test data in the formats' published shapes, not real listings.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeUser, tokenHeaders } from '../../test/helpers/auth.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { buildServer } from '../server/index.ts';
import { Watchlist, WatchlistChange, WatchlistEntryView, WatchlistVersion } from './screening.schema.ts';

const BOUNDARY = 'teardown-lists-boundary';
const E = '-0- ';

function multipart(fields: Record<string, string>, files: Record<string, [string, string]>): Buffer {
  const parts = [
    ...Object.entries(fields).map(
      ([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
    ),
    ...Object.entries(files).map(
      ([k, [name, text]]) =>
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"; filename="${name}"\r\nContent-Type: text/csv\r\n\r\n${text}\r\n`,
    ),
  ];
  return Buffer.from(`${parts.join('')}--${BOUNDARY}--\r\n`);
}

const sdn = [
  `9001,"QORVEX TRADING (SYNTHETIC)",${E},"SYNTH",${E},${E},${E},${E},${E},${E},${E},"Registration ID 7700000001 (Russia)."`,
  `9002,"SAMPLE, Ivan (synthetic)","individual","SYNTH",${E},${E},${E},${E},${E},${E},${E},${E}`,
].join('\r\n');
const alt = `9001,1,"aka","QVX (SYNTHETIC)",${E}`;
const add = `9001,1,"1 Example Road",Sample City,"Russia",${E}`;

describeEachDialect('HTTP API: watch lists', (t) => {
  let server: FastifyInstance;
  let analyst: Record<string, string>;
  let member: Record<string, string>;
  beforeAll(async () => {
    const app = t().app;
    server = await buildServer(app);
    analyst = await tokenHeaders(app, (await makeUser(app, { role: 'analyst' })).id);
    member = await tokenHeaders(app, (await makeUser(app, { role: 'member' })).id);
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (headers: Record<string, string>, body: Buffer) =>
    server.inject({
      method: 'POST',
      url: '/api/lists/import',
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: body,
    });
  const get = (url: string, headers = member) => server.inject({ method: 'GET', url, headers });

  it('imports the OFAC files of an upload, and shows the list, its version, changes and entries', async () => {
    const res = await post(
      analyst,
      multipart(
        { name: 'Synthetic SDN', format: 'ofac-csv', description: 'synthetic test data' },
        { sdn: ['sdn.csv', sdn], alt: ['alt.csv', alt], add: ['add.csv', add] },
      ),
    );
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ created: true, added: 2, entries: 2, version: { version: 1 } });
    const id = result.watchlist.id as number;

    const lists = await get('/api/lists');
    expect(lists.statusCode).toBe(200);
    expect(lists.json().rows.map((l: unknown) => Watchlist.parse(l).name)).toEqual(['Synthetic SDN']);
    const one = (await get(`/api/lists/${id}`)).json();
    expect(Watchlist.parse(one.list).description).toBe('synthetic test data');
    expect(WatchlistVersion.parse(one.versions[0]).files.map((f) => f.name)).toEqual([
      'sdn.csv',
      'alt.csv',
      'add.csv',
    ]);

    const changes = (await get(`/api/lists/${id}/versions/1/changes?kind=added&limit=10`)).json();
    expect(changes).toMatchObject({ total: 2, limit: 10, offset: 0 });
    expect(changes.rows.map((c: unknown) => WatchlistChange.parse(c).entryId).sort()).toEqual([
      '9001',
      '9002',
    ]);
    expect((await get(`/api/lists/${id}/versions/7/changes`)).statusCode).toBe(404);

    const found = (await get(`/api/lists/${id}/entries?q=qvx`)).json();
    expect(found.total).toBe(1);
    const entry = WatchlistEntryView.parse(found.rows[0]);
    expect(entry).toMatchObject({
      entryId: '9001',
      listName: 'Synthetic SDN',
      identifiers: [{ type: 'Registration ID', value: '7700000001', country: 'RU' }],
      addresses: [{ address: '1 Example Road', city: 'Sample City', country: 'RU' }],
    });
    expect((await get(`/api/lists/entries/${entry.id}`)).json()).toEqual(found.rows[0]);
    expect((await get('/api/lists/entries/999999')).statusCode).toBe(404);
  });

  it('imports a CSV with its mapping as JSON; the same file again makes no version', async () => {
    const body = () =>
      multipart(
        {
          name: 'Synthetic CSV',
          format: 'csv',
          mapping: JSON.stringify({ name: 'Name', id: 'Ref', schema: 'Type' }),
        },
        { file: ['mine.csv', 'Ref,Name,Type\nC1,Qorvex Holding (synthetic),Entity\n'] },
      );
    const first = await post(analyst, body());
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: true, added: 1 });
    const again = await post(analyst, body());
    expect(again.json()).toMatchObject({ created: false, version: { version: 1 } });
  });

  it('refuses a member, an anonymous reader and uploads that do not fit, naming the place', async () => {
    const upload = multipart({ name: 'Synthetic SDN', format: 'ofac-csv' }, { sdn: ['sdn.csv', sdn] });
    expect((await post(member, upload)).statusCode).toBe(403);
    expect((await server.inject({ method: 'GET', url: '/api/lists' })).statusCode).toBe(401);
    const missing = await post(analyst, upload);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.problems[0].path).toBe('alt');
    const bad = await post(
      analyst,
      multipart(
        { name: 'Synthetic SDN', format: 'ofac-csv', noAliases: 'true' },
        { sdn: ['sdn.csv', `${sdn}\r\n9003,"CUT`] },
      ),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^sdn\.csv, row \d+: is not CSV/);
    const format = await post(analyst, multipart({ name: 'X', format: 'pdf' }, { file: ['x.pdf', 'x'] }));
    expect(format.json().error.problems[0].path).toBe('format');
    // Nothing of the refused uploads was written.
    const lists = (await get('/api/lists')).json().rows as Watchlist[];
    expect(lists.find((l) => l.name === 'Synthetic SDN')?.currentVersion).toBe(1);
  });
});
