// Every create/read/update/delete/restore/list route of the registry through HTTP, on both databases:
// cases, items, components, custody events, organizations, persons and evidence files.
import { createHash } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.ts';
import { asOperator } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/test-app.ts';

const BOUNDARY = 'teardown-test-boundary';

function multipart(
  parts: { name: string; filename?: string; type?: string; body: Buffer | string }[],
): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    chunks.push(
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
      ),
    );
    chunks.push(Buffer.isBuffer(p.body) ? p.body : Buffer.from(p.body));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

describeEachDialect('HTTP API: CRUD of every resource', (t) => {
  let server: FastifyInstance;
  beforeAll(async () => {
    server = await asOperator(t().app, await buildServer(t().app));
  });
  afterAll(async () => {
    await server?.close();
  });

  const call = async (method: InjectOptions['method'], url: string, payload?: object) => {
    const res = await server.inject({ method, url, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.body ? res.json() : undefined };
  };

  /** Creates, reads, lists, updates, deletes and (where offered) restores one record of a resource. */
  async function roundTrip(
    path: string,
    create: object,
    patch: object,
    listQuery: string,
    restorable = true,
  ) {
    const created = await call('POST', path, create);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as number;
    expect(created.body).toMatchObject({ ...create, deletedAt: null });

    const got = await call('GET', `${path}/${id}`);
    expect(got).toEqual({ status: 200, body: created.body });

    const listed = await call('GET', `${path}?${listQuery}`);
    expect(listed.status).toBe(200);
    expect(listed.body.rows.map((r: { id: number }) => r.id)).toContain(id);
    expect(listed.body.total).toBeGreaterThanOrEqual(1);

    const updated = await call('PATCH', `${path}/${id}`, patch);
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    // Fields left out of the patch keep their values.
    expect(updated.body).toMatchObject({ ...create, ...patch });
    expect((await call('GET', `${path}/${id}`)).body).toEqual(updated.body);

    const deleted = await call('DELETE', `${path}/${id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.deletedAt).toEqual(expect.any(String));
    expect((await call('GET', `${path}/${id}`)).status).toBe(404);
    expect(
      (await call('GET', `${path}?${listQuery}`)).body.rows.map((r: { id: number }) => r.id),
    ).not.toContain(id);
    const withDeleted = await call('GET', `${path}?${listQuery}&includeDeleted=true`);
    expect(withDeleted.body.rows.find((r: { id: number }) => r.id === id)?.deletedAt).toBe(
      deleted.body.deletedAt,
    );

    if (restorable) {
      const restored = await call('POST', `${path}/${id}/restore`);
      expect(restored.status).toBe(200);
      expect(restored.body.deletedAt).toBeNull();
      expect((await call('GET', `${path}/${id}`)).status).toBe(200);
    }
    return id;
  }

  let caseId: number;
  let itemId: number;

  it('cases', async () => {
    caseId = await roundTrip(
      '/api/cases',
      { title: 'HTTP case (synthetic test data)', status: 'closed' },
      { summary: 'edited over HTTP' },
      'limit=50',
    );
  });

  it('recovered items', async () => {
    itemId = await roundTrip(
      '/api/items',
      {
        caseId,
        itemType: 'uav',
        externalRef: 'HTTP-1',
        designationMarked: 'Testbird-H (synthetic)',
        recoveredAt: '2024-02-02',
        latitude: 47.9,
        longitude: 33.4,
      },
      { notes: 'edited over HTTP (synthetic)', serialNumber: 'H-0001' },
      `caseId=${caseId}&itemType=uav`,
    );
  });

  it('components', async () => {
    const parent = await call('POST', '/api/components', {
      itemId,
      subsystem: 'flight_control',
      position: 'FC stack',
    });
    expect(parent.status).toBe(201);
    await roundTrip(
      '/api/components',
      {
        itemId,
        parentId: parent.body.id,
        subsystem: 'flight_control',
        position: 'U3',
        quantity: 2,
        markingRaw: 'QZX32F4 / RGT6 / 2219',
      },
      { partNumber: 'QZX32F4', notes: 'read under magnification' },
      `itemId=${itemId}&subsystem=flight_control`,
    );
    const children = await call('GET', `/api/components?parentId=${parent.body.id}`);
    expect(children.body.total).toBe(1);
  });

  it('custody events', async () => {
    await roundTrip(
      '/api/custody-events',
      {
        caseId,
        itemId,
        occurredAt: '2024-02-03T09:30:00Z',
        action: 'handed_over',
        fromParty: 'Field team (synthetic)',
        toParty: 'Lab (synthetic)',
      },
      { place: 'Evidence room 2 (synthetic)' },
      `caseId=${caseId}`,
    );
  });

  it('organizations', async () => {
    await roundTrip(
      '/api/organizations',
      { name: 'Qorvex Microsystems (synthetic)', roles: ['maker'], countries: ['CN'], aliases: ['QVX'] },
      { notes: 'fictional maker for tests' },
      'role=maker&q=Qorvex',
    );
  });

  it('persons', async () => {
    await roundTrip(
      '/api/persons',
      { name: 'Test Person Primerov (synthetic)', roles: ['exporter'], countries: ['KZ'] },
      { aliases: ['T. P. Primerov'] },
      'role=exporter',
    );
  });

  it('evidence files: upload, duplicate, list, metadata, content, relink, delete', async () => {
    const bytes = Buffer.from('synthetic evidence: bill of lading scan\n'.repeat(10));
    const upload = async (query: string, name: string) =>
      server.inject({
        method: 'POST',
        url: `/api/files?${query}`,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        payload: multipart([{ name: 'file', filename: name, type: 'text/plain', body: bytes }]),
      });
    const first = await upload(`caseId=${caseId}&description=scan`, 'bol.txt');
    expect(first.statusCode, first.body).toBe(201);
    const file = first.json().file;
    expect(first.json().duplicate).toBe(false);
    expect(file).toMatchObject({
      caseId,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      originalName: 'bol.txt',
      description: 'scan',
    });
    const again = await upload(`caseId=${caseId}`, 'bol-copy.txt');
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ file, duplicate: true });

    // Links may also come as form fields sent before the file.
    const viaFields = await server.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: multipart([
        { name: 'caseId', body: String(caseId) },
        { name: 'itemId', body: String(itemId) },
        { name: 'file', filename: 'other.txt', type: 'text/plain', body: 'another synthetic document' },
      ]),
    });
    expect(viaFields.statusCode, viaFields.body).toBe(201);
    expect(viaFields.json().file).toMatchObject({ caseId, itemId });

    expect((await call('GET', `/api/files?caseId=${caseId}`)).body.total).toBe(2);
    expect(
      (await call('GET', `/api/files?itemId=${itemId}`)).body.rows.map((f: { id: number }) => f.id),
    ).toEqual([viaFields.json().file.id]);
    expect(await call('GET', `/api/files/${file.id}`)).toEqual({ status: 200, body: file });

    const content = await server.inject({ method: 'GET', url: `/api/files/${file.id}/content` });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(bytes)).toBe(true);
    expect(content.headers['x-content-sha256']).toBe(file.sha256);
    expect(content.headers['content-type']).toMatch(/^text\/plain/);

    const relinked = await call('PATCH', `/api/files/${file.id}`, { itemId });
    expect(relinked.status).toBe(200);
    expect(relinked.body.itemId).toBe(itemId);

    const deleted = await call('DELETE', `/api/files/${file.id}`);
    expect(deleted.body.deletedAt).toEqual(expect.any(String));
    expect((await call('GET', `/api/files/${file.id}`)).status).toBe(404);
    expect((await server.inject({ method: 'GET', url: `/api/files/${file.id}/content` })).statusCode).toBe(
      404,
    );
    expect((await call('GET', `/api/files?caseId=${caseId}`)).body.total).toBe(1);
  });

  it('counts for the dashboard', async () => {
    const stats = await call('GET', `/api/stats?caseId=${caseId}`);
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({
      items: 1,
      itemsByType: { uav: 1 },
      components: 2,
      componentsBySubsystem: { flight_control: 2 },
    });
  });
});
