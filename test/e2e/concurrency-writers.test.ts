// Twenty concurrent writers through the real HTTP API (a listening server, not inject), on SQLite and on
// PostgreSQL, for a bounded number of requests. Every write the server acknowledged must be stored as
// acknowledged, nothing else may be, each must have exactly one audit entry, and the chain must verify.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIntegrity } from '../../src/audit/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { makeUser, tokenHeaders } from '../helpers/auth.ts';
import { createTestInstance, dialects, type TestInstance } from '../helpers/test-app.ts';

const WRITERS = 20;
const MAX_REQUESTS_PER_WRITER = 150;
/** A bound on the run, not an assertion: writers stop early when it passes. */
const TIME_BUDGET_MS = 5000;

interface Acked {
  items: Map<number, { serialNumber: string; notes: string | null }>;
  components: Map<number, { itemId: number; position: string }>;
  writes: number;
}

/** An administrator's API token (it owns the case it creates). */
let auth: Record<string, string> = {};

async function send(
  base: string,
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

async function writer(
  base: string,
  caseId: number,
  w: number,
  deadline: number,
  acked: Acked,
  failures: string[],
): Promise<void> {
  const mine: number[] = [];
  for (let i = 0; i < MAX_REQUESTS_PER_WRITER && Date.now() < deadline; i++) {
    const op = mine.length === 0 ? 0 : i % 3;
    let what = '';
    try {
      if (op === 0) {
        const serialNumber = `W${w}-${String(i).padStart(3, '0')}`;
        what = `POST /api/items ${serialNumber}`;
        const r = await send(base, 'POST', '/api/items', {
          caseId,
          itemType: 'uav',
          externalRef: `SYN-${serialNumber}`,
          designationMarked: 'Testbird-9 (synthetic)',
          serialNumber,
          recoveredAt: '2024-04-01',
        });
        if (r.status !== 201) throw new Error(`${r.status} ${JSON.stringify(r.json)}`);
        const id = r.json?.id as number;
        acked.items.set(id, { serialNumber, notes: null });
        mine.push(id);
      } else if (op === 1) {
        const id = mine[i % mine.length];
        const notes = `synthetic: writer ${w} pass ${i}`;
        what = `PATCH /api/items/${id}`;
        const r = await send(base, 'PATCH', `/api/items/${id}`, { notes });
        if (r.status !== 200) throw new Error(`${r.status} ${JSON.stringify(r.json)}`);
        // Only this writer touches its items, one request at a time: the last acknowledged value must stick.
        const item = acked.items.get(id);
        if (item) item.notes = notes;
      } else {
        const itemId = mine[i % mine.length];
        const position = `W${w}-U${i}`;
        what = `POST /api/components ${position}`;
        const r = await send(base, 'POST', '/api/components', {
          itemId,
          subsystem: 'flight_control',
          position,
          markingRaw: `QZX32F4 ${w}-${i}`,
        });
        if (r.status !== 201) throw new Error(`${r.status} ${JSON.stringify(r.json)}`);
        acked.components.set(r.json?.id as number, { itemId, position });
      }
      acked.writes++;
    } catch (e) {
      failures.push(`writer ${w}: ${what}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

for (const dialect of dialects) {
  describe(`${WRITERS} concurrent writers through the HTTP API [${dialect}]`, () => {
    let t: TestInstance;
    let server: FastifyInstance;
    let base: string;

    beforeAll(async () => {
      t = await createTestInstance(dialect);
      server = await buildServer(t.app);
      auth = await tokenHeaders(t.app, (await makeUser(t.app, { role: 'admin' })).id);
      await server.listen({ port: 0, host: '127.0.0.1' });
      const address = server.server.address();
      if (!address || typeof address !== 'object') throw new Error('the server has no address');
      base = `http://127.0.0.1:${address.port}`;
    });

    afterAll(async () => {
      await server?.close();
      await t?.destroy();
    });

    it('stores every acknowledged write, once, and keeps the audit chain intact', async () => {
      const created = await send(base, 'POST', '/api/cases', {
        title: `Concurrency case [${dialect}] (synthetic test data)`,
      });
      expect(created.status).toBe(201);
      const caseId = created.json?.id as number;

      const acked: Acked = { items: new Map(), components: new Map(), writes: 0 };
      const failures: string[] = [];
      const deadline = Date.now() + TIME_BUDGET_MS;
      await Promise.all(
        Array.from({ length: WRITERS }, (_, w) => writer(base, caseId, w, deadline, acked, failures)),
      );

      // One process: SQLite's single connection serializes the writes, PostgreSQL's advisory lock the
      // appends. Neither should ever refuse a write (busy, deadlock, duplicate seq).
      expect(failures).toEqual([]);
      expect(acked.writes).toBeGreaterThan(WRITERS);

      const db = t.app.db.kysely;
      const items = await db
        .selectFrom('recovered_items')
        .select(['id', 'serial_number', 'notes', 'case_id'])
        .execute();
      expect(items.length).toBe(acked.items.size);
      for (const row of items) {
        expect(acked.items.get(row.id), `item ${row.id}`).toEqual({
          serialNumber: row.serial_number,
          notes: row.notes,
        });
        expect(row.case_id).toBe(caseId);
      }
      const components = await db.selectFrom('components').select(['id', 'item_id', 'position']).execute();
      expect(components.length).toBe(acked.components.size);
      for (const row of components)
        expect(acked.components.get(row.id), `component ${row.id}`).toEqual({
          itemId: row.item_id,
          position: row.position,
        });

      // Exactly one audit entry per acknowledged write (plus the case), numbered without gap.
      const entries = await db
        .selectFrom('audit_log')
        .select(['seq', 'action', 'entity_type'])
        .orderBy('seq')
        .execute();
      // One entry per acknowledged write and the case, besides the accounts set up for the test.
      const accounts = new Set(['user', 'api_token', 'case_member']);
      // Reading the components' markings creates their catalog part once, however many writers
      // race to create it, and audits each creation once.
      const parts = await db.selectFrom('parts').select(['number', 'maker_org_id']).execute();
      expect(new Set(parts.map((p) => `${p.maker_org_id}:${p.number}`)).size).toBe(parts.length);
      expect(parts.length).toBeGreaterThan(0);
      const partEntries = entries.filter((e) => e.entity_type === 'part');
      expect(partEntries.length).toBe(parts.length);
      expect(entries.filter((e) => !accounts.has(e.entity_type)).length).toBe(
        1 + acked.writes + partEntries.length,
      );
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1));
      expect(entries.filter((e) => e.entity_type === 'item' && e.action === 'create').length).toBe(
        acked.items.size,
      );
      expect(entries.filter((e) => e.entity_type === 'component').length).toBe(acked.components.size);

      const report = await verifyIntegrity(db, t.app.files);
      expect(report.problems).toEqual([]);
      expect(report.ok).toBe(true);
      expect(report.entries).toBe(entries.length);
    });
  });
}
