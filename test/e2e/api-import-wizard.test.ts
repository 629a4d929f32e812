// The import wizard through HTTP on both databases: an upload shows its columns, first rows and the
// proposed mapping; a check of a good file gives the counts and writes nothing (no row, no audit entry);
// a check of a bad file lists every row problem with its row number and writes nothing; run imports it
// as a job; an upload is its uploader's alone; a file unreadable as a whole answers 400.
// All data is synthetic test data.
import { existsSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localAdmin } from '../../src/core/actor.ts';
import { buildServer } from '../../src/server/index.ts';
import { addMember, makeUser, tokenHeaders } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/test-app.ts';

const BOUNDARY = 'teardown-wizard-boundary';
const multipart = (filename: string, body: string) => ({
  'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
  payload: Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${body}\r\n--${BOUNDARY}--\r\n`,
  ),
});

const goodItems = [
  'Ref,Type,Designation,Serial No,Recovered,Lat,Lon,Remarks',
  'WIZ-1,uav,Testbird-W (synthetic),TW-0001,2024-01-05,48.1,37.1,first',
  'WIZ-2,uav,Testbird-W (synthetic),TW-0002,2024-01-06,48.2,37.2,second',
  'WIZ-3,loitering munition,Testbird-W (synthetic),TW-0003,2024-02,,,third',
].join('\n');
const badItems = [
  'Ref,Type,Serial No,Recovered,Lat,Lon',
  'WB-1,uav,B-1,2024-01-05,48.1,37.1',
  'WB-2,tank,B-2,2024-01-06,48.2,37.2',
  'WB-3,uav,B-3,31/02/2023,48.3,37.3',
  'WB-4,uav,B-4,2024-01-08,95,37.4',
].join('\n');

describeEachDialect('HTTP API: the import wizard', (t) => {
  let server: FastifyInstance;
  let caseId: number;
  let editor: Record<string, string>;
  let otherEditor: Record<string, string>;
  beforeAll(async () => {
    const app = t().app;
    server = await buildServer(app);
    caseId = (await app.cases.create(localAdmin, { title: 'Wizard case (synthetic test data)' })).id;
    const a = await makeUser(app);
    const b = await makeUser(app);
    await addMember(app, caseId, a.username, 'editor');
    await addMember(app, caseId, b.username, 'editor');
    editor = await tokenHeaders(app, a.id);
    otherEditor = await tokenHeaders(app, b.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  const upload = async (name: string, body: string, headers = editor) => {
    const { payload, ...h } = multipart(name, body);
    return server.inject({
      method: 'POST',
      url: `/api/imports/uploads?caseId=${caseId}`,
      payload,
      headers: { ...headers, ...h },
    });
  };
  const post = (url: string, payload: object, headers = editor) =>
    server.inject({ method: 'POST', url, payload, headers });
  /** Rows of every table the import could write, and the audit chain's head. */
  const state = async () => {
    const k = t().app.db.kysely;
    const count = async (table: 'recovered_items' | 'components' | 'audit_chunks') =>
      Number(
        (
          await k
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      items: await count('recovered_items'),
      components: await count('components'),
      chunks: await count('audit_chunks'),
      head: await t().app.auditLog.head(k),
    };
  };

  it('shows the columns, the first rows and the proposed mapping of an upload', async () => {
    const res = await upload('items.csv', goodItems);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      fileName: 'items.csv',
      format: 'csv',
      headers: ['Ref', 'Type', 'Designation', 'Serial No', 'Recovered', 'Lat', 'Lon', 'Remarks'],
      size: Buffer.byteLength(goodItems),
    });
    expect(body.uploadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.sample).toHaveLength(3);
    expect(body.sample[2]).toEqual([
      'WIZ-3',
      'loitering munition',
      'Testbird-W (synthetic)',
      'TW-0003',
      '2024-02',
      '',
      '',
      'third',
    ]);
    expect(body.suggested.items).toEqual({
      Ref: 'externalRef',
      Type: 'itemType',
      Designation: 'designationMarked',
      'Serial No': 'serialNumber',
      Recovered: 'recoveredAt',
      Lat: 'latitude',
      Lon: 'longitude',
      Remarks: 'notes',
    });
    expect(body.fields.items.find((f: { name: string }) => f.name === 'itemType')).toMatchObject({
      required: true,
    });
    expect(body.fields.components.map((f: { name: string }) => f.name)).toContain('markingRaw');
    const sidecar = join(t().dataDir, 'imports', 'uploads', `${body.uploadId}.json`);
    expect(existsSync(sidecar)).toBe(true);
  });

  it('checks a good file with its counts and writes nothing; run then imports it', async () => {
    const { uploadId } = (await upload('good.csv', goodItems)).json();
    const before = await state();
    const check = await post(`/api/imports/uploads/${uploadId}/check`, { kind: 'items', caseId });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toEqual({
      ok: true,
      rows: 3,
      added: 3,
      updated: 0,
      skipped: 0,
      problemCount: 0,
      problems: [],
      conflicts: [],
    });
    expect(await state()).toEqual(before);

    const run = await post(`/api/imports/uploads/${uploadId}/run`, { kind: 'items', caseId });
    expect(run.statusCode, run.body).toBe(202);
    expect(await t().app.jobs.runOnce()).toBe(true);
    const job = (
      await server.inject({ method: 'GET', url: `/api/jobs/${run.json().id}`, headers: editor })
    ).json();
    expect(job).toMatchObject({ status: 'done', result: { rows: 3, added: 3 } });
    expect((await state()).items).toBe(before.items + 3);
    // The upload is used up, and the job removed its file.
    expect((await post(`/api/imports/uploads/${uploadId}/check`, { kind: 'items', caseId })).statusCode).toBe(
      404,
    );
    expect(readdirSync(join(t().dataDir, 'imports')).filter((n) => n.startsWith(uploadId))).toEqual([]);

    // The same file checked again: every row would be skipped.
    const again = (await upload('good.csv', goodItems)).json();
    const second = await post(`/api/imports/uploads/${again.uploadId}/check`, { kind: 'items', caseId });
    expect(second.json()).toMatchObject({ ok: true, rows: 3, added: 0, skipped: 3 });
  });

  it('lists every row problem of a bad file with its row number and writes nothing', async () => {
    const { uploadId } = (await upload('bad.csv', badItems)).json();
    const before = await state();
    const res = await post(`/api/imports/uploads/${uploadId}/check`, { kind: 'items', caseId });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ ok: false, rows: 4, problemCount: 3 });
    expect(body.problems.map((p: { row: number; path: string }) => [p.row, p.path])).toEqual([
      [2, 'Type'],
      [3, 'Recovered'],
      [4, 'Lat'],
    ]);
    expect(await state()).toEqual(before);
  });

  it('follows the mapping given, and answers 400 for a column it cannot place', async () => {
    const csv = 'Kind,Thing\nuav,first\n';
    const { uploadId } = (await upload('mapped.csv', csv)).json();
    const unmapped = await post(`/api/imports/uploads/${uploadId}/check`, { kind: 'items', caseId });
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().error.problems[0]).toMatchObject({ path: 'Thing' });
    const mapped = await post(`/api/imports/uploads/${uploadId}/check`, {
      kind: 'items',
      caseId,
      map: { Kind: 'itemType', Thing: '-' },
    });
    expect(mapped.json()).toMatchObject({ ok: true, rows: 1, added: 1 });
  });

  it('names the uploaded file, not its stored copy, and says a missing choice is required', async () => {
    const { uploadId } = (await upload('field-notes.csv', 'Type,Serial\n,S-1\n')).json();
    const res = await post(`/api/imports/uploads/${uploadId}/check`, {
      kind: 'items',
      caseId,
      map: { Type: 'itemType', Serial: 'serialNumber' },
    });
    const body = res.json();
    expect(body.ok).toBe(false);
    expect(body.problems[0].message).toMatch(/^is required \(one of: uav/);
    expect(body.problems[0].file).toBe('field-notes.csv');
    const unmapped = await post(`/api/imports/uploads/${uploadId}/check`, { kind: 'items', caseId, map: {} });
    expect(JSON.stringify(unmapped.json())).not.toContain(uploadId);
  });

  it("is its uploader's alone, and old uploads are removed by the next one", async () => {
    const { uploadId } = (await upload('mine.csv', goodItems)).json();
    const check = await post(
      `/api/imports/uploads/${uploadId}/check`,
      { kind: 'items', caseId },
      otherEditor,
    );
    expect(check.statusCode).toBe(404);
    const run = await post(`/api/imports/uploads/${uploadId}/run`, { kind: 'items', caseId }, otherEditor);
    expect(run.statusCode).toBe(404);
    // A day and a bit later the upload is gone when someone uploads again.
    const dir = join(t().dataDir, 'imports', 'uploads');
    const old = (Date.now() - 25 * 3600 * 1000) / 1000;
    for (const name of readdirSync(dir).filter((n) => n.startsWith(uploadId)))
      utimesSync(join(dir, name), old, old);
    await upload('next.csv', goodItems, otherEditor);
    expect(readdirSync(dir).filter((n) => n.startsWith(uploadId))).toEqual([]);
    expect((await post(`/api/imports/uploads/${uploadId}/check`, { kind: 'items', caseId })).statusCode).toBe(
      404,
    );
  });

  it('refuses a file it cannot read and keeps nothing of it', async () => {
    const res = await upload('notes.txt', 'hello');
    expect(res.statusCode).toBe(400);
    const dir = join(t().dataDir, 'imports', 'uploads');
    expect(readdirSync(dir).filter((n) => n.endsWith('.txt'))).toEqual([]);
  });
});
