// Bad requests through HTTP, on both databases: one JSON error shape `{ error: { code, message, problems } }`
// for invalid bodies, unknown ids, malformed JSON and wrong query types; and uploads that are too large or
// cut short are refused with nothing stored (no row, no file, no temporary file, no job).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.ts';
import { asOperator } from '../helpers/auth.ts';
import { createTestInstance, dialects, type TestInstance } from '../helpers/test-app.ts';

const BOUNDARY = 'teardown-test-boundary';
const MAX_UPLOAD = 1000;

function filePart(filename: string, body: Buffer | string, type = 'application/octet-stream'): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    Buffer.isBuffer(body) ? body : Buffer.from(body),
  ]);
}
const closed = (part: Buffer) => Buffer.concat([part, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);

/** Every file under a folder, at any depth. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function expectErrorShape(body: unknown, code: string) {
  expect(Object.keys(body as object)).toEqual(['error']);
  const error = (body as { error: Record<string, unknown> }).error;
  expect(error).toEqual({ code, message: expect.any(String), problems: expect.any(Array) });
  expect((error.message as string).length).toBeGreaterThan(0);
  return error as { code: string; message: string; problems: { path?: string; message: string }[] };
}

for (const dialect of dialects) {
  describe(`HTTP API: errors and refused uploads [${dialect}]`, () => {
    let t: TestInstance;
    let server: FastifyInstance;
    let caseId: number;
    let itemId: number;
    beforeAll(async () => {
      t = await createTestInstance(dialect, { maxUploadBytes: MAX_UPLOAD });
      server = await asOperator(t.app, await buildServer(t.app));
      caseId = (
        await t.app.cases.create({ kind: 'local', name: 'test' }, { title: 'Errors (synthetic test data)' })
      ).id;
      itemId = (await t.app.items.create({ kind: 'local', name: 'test' }, { caseId, itemType: 'uav' })).id;
    });
    afterAll(async () => {
      await server?.close();
      await t?.destroy();
    });

    const count = async (table: 'evidence_files' | 'jobs' | 'recovered_items' | 'audit_log') =>
      Number(
        (
          await t.app.db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('names the field of an invalid body, whether the route or the service finds the problem', async () => {
      const badEnum = await server.inject({
        method: 'POST',
        url: '/api/items',
        payload: { caseId, itemType: 'tank' },
      });
      expect(badEnum.statusCode).toBe(400);
      expect(expectErrorShape(badEnum.json(), 'invalid').problems.map((p) => p.path)).toEqual([
        'body.itemType',
      ]);

      const halfPosition = await server.inject({
        method: 'POST',
        url: '/api/items',
        payload: { caseId, itemType: 'uav', latitude: 48.1 },
      });
      expect(halfPosition.statusCode).toBe(400);
      expect(expectErrorShape(halfPosition.json(), 'invalid').problems[0].path).toMatch(/longitude$/);

      const badPatch = await server.inject({
        method: 'PATCH',
        url: `/api/items/${itemId}`,
        payload: { latitude: 'north' },
      });
      expect(badPatch.statusCode).toBe(400);
      expect(expectErrorShape(badPatch.json(), 'invalid').problems[0].path).toBe('body.latitude');

      const badDate = await server.inject({
        method: 'POST',
        url: '/api/custody-events',
        payload: { caseId, occurredAt: '2023-02-31', action: 'received' },
      });
      expect(badDate.statusCode).toBe(400);
      expect(expectErrorShape(badDate.json(), 'invalid').problems[0].path).toBe('body.occurredAt');
      expect(await count('recovered_items')).toBe(1);
    });

    it('answers 404 in the same shape for an unknown id of any resource and an unknown route', async () => {
      for (const path of [
        '/api/cases',
        '/api/items',
        '/api/components',
        '/api/custody-events',
        '/api/organizations',
        '/api/persons',
        '/api/files',
        '/api/jobs',
      ]) {
        const res = await server.inject({ method: 'GET', url: `${path}/987654` });
        expect(res.statusCode, path).toBe(404);
        expectErrorShape(res.json(), 'not_found');
      }
      for (const method of ['PATCH', 'DELETE'] as const) {
        const res = await server.inject({
          method,
          url: '/api/items/987654',
          ...(method === 'PATCH' ? { payload: { notes: 'x' } } : {}),
        });
        expect(res.statusCode).toBe(404);
        expect(expectErrorShape(res.json(), 'not_found').message).toContain('987654');
      }
      const link = await server.inject({
        method: 'POST',
        url: '/api/components',
        payload: { itemId: 987654, subsystem: 'power' },
      });
      expect(link.statusCode).toBe(404);
      expectErrorShape(link.json(), 'not_found');
      const route = await server.inject({ method: 'GET', url: '/api/no-such-thing' });
      expect(route.statusCode).toBe(404);
      expectErrorShape(route.json(), 'not_found');
    });

    it('refuses a malformed JSON body with 400', async () => {
      const res = await server.inject({
        method: 'POST',
        url: '/api/cases',
        headers: { 'content-type': 'application/json' },
        payload: '{"title": "unterminated',
      });
      expect(res.statusCode).toBe(400);
      expectErrorShape(res.json(), 'invalid');
      expect((await t.app.cases.list({ kind: 'local', name: 'test' })).length).toBe(1);
    });

    it('refuses a wrong type in a query parameter or an id, naming it', async () => {
      for (const [url, path] of [
        ['/api/items?limit=abc', 'querystring.limit'],
        ['/api/items?caseId=first', 'querystring.caseId'],
        ['/api/components?subsystem=engine', 'querystring.subsystem'],
        ['/api/items?includeDeleted=maybe', 'querystring.includeDeleted'],
        ['/api/search?q=MAX&limit=-3', 'querystring.limit'],
        ['/api/items/abc', 'params.id'],
      ]) {
        const res = await server.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(400);
        expect(
          expectErrorShape(res.json(), 'invalid').problems.map((p) => p.path),
          url,
        ).toContain(path);
      }
    });

    it('refuses an evidence file over the size limit and stores nothing', async () => {
      const filesBefore = filesUnder(join(t.dataDir, 'files'));
      const rowsBefore = await count('evidence_files');
      const auditBefore = await count('audit_log');
      const res = await server.inject({
        method: 'POST',
        url: `/api/files?caseId=${caseId}`,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        payload: closed(filePart('big.bin', Buffer.alloc(2 * MAX_UPLOAD, 0x5a))),
      });
      expect([400, 413]).toContain(res.statusCode);
      expect(expectErrorShape(res.json(), res.statusCode === 413 ? 'too_large' : 'invalid').message).toMatch(
        /limit/,
      );
      expect(await count('evidence_files')).toBe(rowsBefore);
      expect(await count('audit_log')).toBe(auditBefore);
      expect(filesUnder(join(t.dataDir, 'files'))).toEqual(filesBefore);

      // Just under the limit is fine.
      const ok = await server.inject({
        method: 'POST',
        url: `/api/files?caseId=${caseId}`,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        payload: closed(filePart('fits.bin', Buffer.alloc(MAX_UPLOAD - 1, 0x5a))),
      });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(filesUnder(join(t.dataDir, 'files'))).toHaveLength(filesBefore.length + 1);
    });

    it('refuses a multipart body that ends before its closing boundary and stores nothing', async () => {
      const filesBefore = filesUnder(join(t.dataDir, 'files'));
      const rowsBefore = await count('evidence_files');
      // The file's bytes arrive, then the stream stops: no closing boundary.
      const truncated = filePart('half.txt', 'synthetic field notes, page 1\n'.repeat(10), 'text/plain');
      for (const payload of [truncated, truncated.subarray(0, 60)]) {
        const res = await server.inject({
          method: 'POST',
          url: `/api/files?caseId=${caseId}`,
          headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
          payload,
        });
        expect(res.statusCode).toBe(400);
        expectErrorShape(res.json(), 'invalid');
      }
      expect(await count('evidence_files')).toBe(rowsBefore);
      expect(filesUnder(join(t.dataDir, 'files'))).toEqual(filesBefore);
    });

    it('refuses an import upload that is truncated or too large, without a job or a kept file', async () => {
      const jobsBefore = await count('jobs');
      const small = 'itemType,serialNumber\nuav,SYN-1\nuav,SYN-2\n';
      const large = `itemType,serialNumber\n${'uav,SYN-1\n'.repeat(300)}`;
      for (const payload of [
        filePart('items.csv', small, 'text/csv'),
        closed(filePart('items.csv', large, 'text/csv')),
      ]) {
        const res = await server.inject({
          method: 'POST',
          url: `/api/imports?kind=items&caseId=${caseId}`,
          headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
          payload,
        });
        expect([400, 413]).toContain(res.statusCode);
        expect(Object.keys(res.json())).toEqual(['error']);
      }
      expect(await count('jobs')).toBe(jobsBefore);
      expect(filesUnder(join(t.dataDir, 'imports'))).toEqual([]);
    });

    it('refuses an upload that is not multipart, or has no case', async () => {
      const json = await server.inject({
        method: 'POST',
        url: `/api/files?caseId=${caseId}`,
        payload: { file: 'aGVsbG8=' },
      });
      expect(json.statusCode).toBe(400);
      expect(expectErrorShape(json.json(), 'invalid').problems[0].path).toBe('body');
      const noCase = await server.inject({
        method: 'POST',
        url: '/api/files',
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        payload: closed(filePart('a.txt', 'synthetic', 'text/plain')),
      });
      expect(noCase.statusCode).toBe(400);
      expect(expectErrorShape(noCase.json(), 'invalid').problems[0].path).toBe('caseId');
    });
  });
}
