// Imports through HTTP on both databases: a multipart CSV becomes a background job (202); the job runner
// imports it under the system actor, and GET /api/jobs/:id shows the counts; a bad file fails the job with
// every row problem listed and nothing written.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.ts';
import { asOperator } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/test-app.ts';

const BOUNDARY = 'teardown-import-boundary';

function csvUpload(filename: string, csv: string): Buffer {
  return Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${BOUNDARY}--\r\n`,
  );
}

const goodItems = [
  'Ref,Type,Designation,Serial No,Recovered,Lat,Lon,Country',
  'IMP-1,uav,Testbird-I (synthetic),TI-0001,2024-01-05,48.1,37.1,UA',
  'IMP-2,uav,Testbird-I (synthetic),TI-0002,2024-01-06,48.2,37.2,UA',
  'IMP-3,loitering munition,Testbird-J (synthetic),TJ-0001,2024-02,,,UA',
].join('\n');

const badItems = [
  'Ref,Type,Serial No,Recovered,Lat,Lon',
  'BAD-1,uav,B-1,2024-01-05,48.1,37.1',
  'BAD-2,tank,B-2,2024-01-06,48.2,37.2',
  'BAD-3,uav,B-3,31/02/2023,48.3,37.3',
  'BAD-4,uav,B-4,2024-01-08,95,37.4',
].join('\n');

describeEachDialect('HTTP API: imports as jobs', (t) => {
  let server: FastifyInstance;
  let caseId: number;
  beforeAll(async () => {
    server = await asOperator(t().app, await buildServer(t().app));
    caseId = (
      await t().app.cases.create(
        { kind: 'local', name: 'test' },
        { title: 'Import case (synthetic test data)' },
      )
    ).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const upload = async (query: string, filename: string, csv: string) => {
    const res = await server.inject({
      method: 'POST',
      url: `/api/imports?${query}`,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: csvUpload(filename, csv),
    });
    expect(res.statusCode, res.body).toBe(202);
    return res.json() as { id: number; kind: string; status: string; requestedBy: string };
  };
  const job = async (id: number) => {
    const res = await server.inject({ method: 'GET', url: `/api/jobs/${id}` });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const itemsInCase = async () =>
    (await server.inject({ method: 'GET', url: `/api/items?caseId=${caseId}&limit=500` })).json();
  const kept = () => {
    const dir = join(t().dataDir, 'imports');
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  it('queues an import, runs it as a job under the system actor and reports the counts', async () => {
    const queued = await upload(`kind=items&caseId=${caseId}`, 'items.csv', goodItems);
    expect(queued).toMatchObject({
      kind: 'import',
      status: 'queued', // The job records who asked; it runs as the system actor.
      requestedBy: expect.stringMatching(/^token:\d+:/),
    });
    expect((await itemsInCase()).total).toBe(0);

    expect(await t().app.jobs.runOnce()).toBe(true);
    const done = await job(queued.id);
    expect(done).toMatchObject({ status: 'done', attempts: 1, error: null });
    expect(done.result).toMatchObject({
      kind: 'items',
      file: 'items.csv',
      rows: 3,
      added: 3,
      updated: 0,
      skipped: 0,
      auditSeq: expect.any(Number),
    });

    const items = await itemsInCase();
    expect(items.total).toBe(3);
    const byRef = Object.fromEntries(items.rows.map((r: { externalRef: string }) => [r.externalRef, r]));
    expect(byRef['IMP-1']).toMatchObject({
      itemType: 'uav',
      serialNumber: 'TI-0001',
      recoveredAt: '2024-01-05',
      latitude: 48.1,
      longitude: 37.1,
      country: 'UA',
    });
    expect(byRef['IMP-3']).toMatchObject({
      itemType: 'loitering_munition',
      recoveredPrecision: 'month',
      latitude: null,
    });

    const entries = (await server.inject({ method: 'GET', url: '/api/audit?limit=5' })).json().entries;
    const entry = entries.find((e: { seq: number }) => e.seq === done.result.auditSeq);
    expect(entry).toMatchObject({
      action: 'import',
      entityType: 'item',
      // The job's entry names who asked for it.
      actor: `system:job:${queued.id} for ${queued.requestedBy}`,
      rowCount: 3,
    });
    // The uploaded copy is removed once imported.
    expect(kept()).toEqual([]);
  });

  it('adds nothing when the same file is imported again', async () => {
    const again = await upload(`kind=items&caseId=${caseId}`, 'items.csv', goodItems);
    expect(await t().app.jobs.runOnce()).toBe(true);
    expect((await job(again.id)).result).toMatchObject({ rows: 3, added: 0, skipped: 3 });
    expect((await itemsInCase()).total).toBe(3);
  });

  it('imports components into the items named by reference, with a column mapping', async () => {
    const csv = [
      'Item,Board,Marking,Mfr,System',
      'IMP-1,FC,QZX32F405 RGT6,Qorvex (synthetic),flight control',
      'IMP-2,GNSS,QZN-M8 2231,,navigation',
    ].join('\n');
    const queued = await upload(
      `kind=components&caseId=${caseId}&map=${encodeURIComponent('Board=position')}`,
      'parts.csv',
      csv,
    );
    expect(await t().app.jobs.runOnce()).toBe(true);
    const done = await job(queued.id);
    expect(done, JSON.stringify(done)).toMatchObject({ status: 'done', result: { rows: 2, added: 2 } });
    const comps = (
      await server.inject({ method: 'GET', url: `/api/components?caseId=${caseId}&q=QZX32F405` })
    ).json();
    expect(comps.rows).toHaveLength(1);
    expect(comps.rows[0]).toMatchObject({
      position: 'FC',
      subsystem: 'flight_control',
      maker: 'Qorvex (synthetic)',
      markingRaw: 'QZX32F405 RGT6',
    });
  });

  it('fails a job over a bad file with every bad row listed, and writes nothing', async () => {
    const auditHead = (await server.inject({ method: 'GET', url: '/api/audit/head' })).json();
    const queued = await upload(`kind=items&caseId=${caseId}`, 'bad.csv', badItems);
    expect(await t().app.jobs.runOnce()).toBe(true);
    const failed = await job(queued.id);
    expect(failed.status).toBe('failed');
    expect(failed.attempts).toBe(1);
    expect(failed.error).toMatch(/nothing was imported/);
    const problems = failed.result.problems as { row: number; path: string; file: string; message: string }[];
    expect(failed.result.code).toBe('invalid');
    expect(problems.map((p) => p.row).sort()).toEqual([2, 3, 4]);
    expect(problems.find((p) => p.row === 3)?.message).toContain('31/02/2023');
    expect(problems.every((p) => p.file === 'bad.csv' && typeof p.path === 'string')).toBe(true);
    // Nothing written: the good first row is not imported either, and the audit chain did not move.
    expect((await itemsInCase()).total).toBe(3);
    expect((await server.inject({ method: 'GET', url: '/api/audit/head' })).json()).toEqual(auditHead);
    // Bad input is not retried, so the uploaded copy is not kept either.
    expect(await t().app.jobs.runOnce()).toBe(false);
    expect(kept()).toEqual([]);
  });

  it('refuses an import without a file kind or case before queuing anything', async () => {
    const before = (await server.inject({ method: 'GET', url: '/api/jobs?limit=200' })).json().jobs.length;
    for (const query of [`kind=parts&caseId=${caseId}`, 'kind=items', 'kind=items&caseId=abc']) {
      const res = await server.inject({
        method: 'POST',
        url: `/api/imports?${query}`,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        payload: csvUpload('items.csv', goodItems),
      });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.problems[0].path).toMatch(/^querystring\./);
    }
    expect((await server.inject({ method: 'GET', url: '/api/jobs?limit=200' })).json().jobs.length).toBe(
      before,
    );
  });
});
