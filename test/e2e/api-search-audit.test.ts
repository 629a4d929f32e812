// Search and the audit trail through HTTP, on both databases: /api/search folds look-alike letters and
// transliterates, /api/audit shows each change of a record with its before and after images and who made it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.ts';
import { asOperator } from '../helpers/auth.ts';
import { describeEachDialect } from '../helpers/test-app.ts';

const CYRILLIC_MAX = '\u041C\u0410\u0425232'; // "МАХ232" typed with Cyrillic letters

describeEachDialect('HTTP API: search and audit', (t) => {
  let server: FastifyInstance;
  let caseId: number;
  let itemId: number;
  beforeAll(async () => {
    server = await asOperator(t().app, await buildServer(t().app));
    caseId = (
      await server.inject({
        method: 'POST',
        url: '/api/cases',
        payload: { title: 'Search case (synthetic test data)' },
      })
    ).json().id;
    itemId = (
      await server.inject({
        method: 'POST',
        url: '/api/items',
        payload: { caseId, itemType: 'uav', designationMarked: 'Testbird-S (synthetic)' },
      })
    ).json().id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = async (url: string, payload: object) => {
    const res = await server.inject({ method: 'POST', url, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number };
  };
  const search = async (q: string, extra = '') => {
    const res = await server.inject({ method: 'GET', url: `/api/search?q=${encodeURIComponent(q)}${extra}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as {
      q: string;
      hits: { type: string; id: number; caseId: number | null; title: string; snippet: string }[];
    };
  };

  it('finds a marking typed in Cyrillic look-alikes by its Latin spelling, and the reverse', async () => {
    const cyr = await post('/api/components', {
      itemId,
      subsystem: 'datalink',
      position: 'U7',
      markingRaw: `${CYRILLIC_MAX} ESE 2240`,
    });
    const lat = await post('/api/components', {
      itemId,
      subsystem: 'datalink',
      position: 'U8',
      markingRaw: 'MAX232 TWINLATIN',
    });
    const byLatin = await search('MAX232');
    expect(
      byLatin.hits
        .filter((h) => h.type === 'component')
        .map((h) => h.id)
        .sort(),
    ).toEqual([cyr.id, lat.id].sort());
    expect(byLatin.hits.find((h) => h.id === cyr.id)).toMatchObject({
      caseId,
      snippet: expect.stringContaining('datalink U7'),
    });
    const byCyrillic = await search(`${CYRILLIC_MAX} TWINLATIN`);
    expect(byCyrillic.hits.map((h) => [h.type, h.id])).toEqual([['component', lat.id]]);
  });

  it('finds a Cyrillic organization name by its transliteration, and filters by type', async () => {
    const org = await post('/api/organizations', {
      name: 'Концерн Пример',
      roles: ['maker'],
      notes: 'fictional (synthetic test data)',
    });
    expect((await search('Kontsern Primer')).hits).toEqual([
      { type: 'organization', id: org.id, caseId: null, title: 'Концерн Пример', snippet: '' },
    ]);
    expect((await search('Kontsern', '&types=item,component')).hits).toEqual([]);
  });

  it('finds a part number without its punctuation and by prefix', async () => {
    const part = await post('/api/components', {
      itemId,
      subsystem: 'flight_control',
      markingRaw: 'QZX32F405-RGT6',
      partNumber: 'QZX32F405-RGT6',
    });
    for (const q of ['QZX32F405RGT6', 'QZX32']) {
      expect(
        (await search(q, '&types=component')).hits.map((h) => h.id),
        q,
      ).toEqual([part.id]);
    }
  });

  it('refuses an empty query and an unknown type', async () => {
    for (const url of ['/api/search', '/api/search?q=', '/api/search?q=x&types=vehicle']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('invalid');
    }
  });

  it('shows the create, update, delete and restore of an item with before and after, newest first', async () => {
    const item = await post('/api/items', { caseId, itemType: 'missile', externalRef: 'AUD-1' });
    expect(
      (
        await server.inject({
          method: 'PATCH',
          url: `/api/items/${item.id}`,
          payload: { notes: 'examined (synthetic)' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await server.inject({ method: 'DELETE', url: `/api/items/${item.id}` })).statusCode).toBe(200);
    expect((await server.inject({ method: 'POST', url: `/api/items/${item.id}/restore` })).statusCode).toBe(
      200,
    );

    const res = await server.inject({ method: 'GET', url: `/api/audit?entityType=item&entityId=${item.id}` });
    expect(res.statusCode).toBe(200);
    const entries = res.json().entries as {
      seq: number;
      action: string;
      actor: string;
      entityId: number;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      hash: string;
    }[];
    expect(entries.map((e) => e.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(
      entries.every(
        (e) => /^token:\d+:/.test(e.actor) && e.entityId === item.id && /^[0-9a-f]{64}$/.test(e.hash),
      ),
    ).toBe(true);
    const [restore, del, update, create] = entries;
    expect(create.before).toBeNull();
    expect(create.after).toMatchObject({
      id: item.id,
      external_ref: 'AUD-1',
      item_type: 'missile',
      deleted_at: null,
    });
    expect(update.before).toMatchObject({ notes: null });
    expect(update.after).toMatchObject({ notes: 'examined (synthetic)' });
    expect(del.before).toMatchObject({ deleted_at: null });
    expect(del.after?.deleted_at).toEqual(expect.any(String));
    expect(restore.after).toMatchObject({ deleted_at: null });
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => b - a));

    const head = (await server.inject({ method: 'GET', url: '/api/audit/head' })).json();
    expect(head).toEqual({ seq: restore.seq, hash: restore.hash });
    const recent = (await server.inject({ method: 'GET', url: '/api/audit?limit=2' })).json().entries;
    expect(recent.map((e: { seq: number }) => e.seq)).toEqual([restore.seq, del.seq]);
    const bad = await server.inject({ method: 'GET', url: '/api/audit?entityType=spaceship&entityId=1' });
    expect(bad.statusCode).toBe(400);
  });
});
