// Two separate Teardown server processes on one PostgreSQL database, written to concurrently: appends to
// the audit chain must stay serialized across processes (one seq after the other, each entry chained to
// the one before), and every write either server acknowledged must be stored.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, openApp, resolveConfig } from '../../src/app/index.ts';
import { GENESIS_HASH } from '../../src/audit/audit.digest.ts';
import { verifyIntegrity } from '../../src/audit/index.ts';
import { makeUser, tokenHeaders } from '../helpers/auth.ts';
import { createDatabase } from '../helpers/test-app.ts';

const root = resolve(import.meta.dirname, '../..');
const WRITERS_PER_SERVER = 10;
const MAX_REQUESTS_PER_WRITER = 30;
/** A bound on the run, not an assertion: writers stop early when it passes. */
const TIME_BUDGET_MS = 8000;

interface Server {
  child: ChildProcess;
  base: string;
  exited: Promise<void>;
}

/** Starts `teardown serve` in its own process group, so that tsx and the node process it runs stop together. */
function startServer(databaseUrl: string, dataDir: string): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, TEARDOWN_LOG: '' };
  delete env.TEARDOWN_DATABASE_URL;
  delete env.TEARDOWN_DATA_DIR;
  const child = spawn(
    join(root, 'node_modules/.bin/tsx'),
    ['src/cli/main.ts', '--database', databaseUrl, '--data', dataDir, 'serve', '--port', '0', '--no-jobs'],
    { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => fail(new Error(`the server did not start in time:\n${out}\n${err}`)),
      90_000,
    );
    child.stderr?.on('data', (d) => {
      err += d;
    });
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /running at (http:\/\/[^/\s]+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        ok({ child, base: m[1], exited });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited (${code}) before it was ready:\n${out}\n${err}`));
    });
  });
}

async function stopServer(s: Server | undefined): Promise<void> {
  if (!s?.child.pid || s.child.exitCode !== null || s.child.signalCode !== null) return;
  const group = -s.child.pid;
  process.kill(group, 'SIGTERM');
  const killed = await Promise.race([
    s.exited.then(() => true),
    new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
  ]);
  if (!killed) {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // already gone
    }
    await s.exited;
  }
}

/** An administrator's API token, made once the servers have created the database. */
let auth: Record<string, string> = {};

async function send(
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

interface Acked {
  items: Map<number, { serialNumber: string; notes: string | null }>;
  components: Map<number, string>;
  writes: number;
}

async function writer(
  base: string,
  name: string,
  caseId: number,
  deadline: number,
  acked: Acked,
  failures: string[],
): Promise<void> {
  const mine: number[] = [];
  for (let i = 0; i < MAX_REQUESTS_PER_WRITER && Date.now() < deadline; i++) {
    const op = mine.length === 0 ? 0 : i % 3;
    try {
      if (op === 0) {
        const serialNumber = `${name}-${i}`;
        const r = await send(base, 'POST', '/api/items', {
          caseId,
          itemType: 'loitering_munition',
          serialNumber,
          designationMarked: 'Testbird-5 (synthetic)',
        });
        if (r.status !== 201) throw new Error(`POST /api/items: ${r.status} ${JSON.stringify(r.json)}`);
        acked.items.set(r.json?.id as number, { serialNumber, notes: null });
        mine.push(r.json?.id as number);
      } else if (op === 1) {
        const id = mine[i % mine.length];
        const notes = `synthetic: ${name} pass ${i}`;
        const r = await send(base, 'PATCH', `/api/items/${id}`, { notes });
        if (r.status !== 200)
          throw new Error(`PATCH /api/items/${id}: ${r.status} ${JSON.stringify(r.json)}`);
        const item = acked.items.get(id);
        if (item) item.notes = notes;
      } else {
        const position = `${name}-U${i}`;
        const r = await send(base, 'POST', '/api/components', {
          itemId: mine[i % mine.length],
          subsystem: 'datalink',
          position,
          markingRaw: 'DLK900 2240',
        });
        if (r.status !== 201) throw new Error(`POST /api/components: ${r.status} ${JSON.stringify(r.json)}`);
        acked.components.set(r.json?.id as number, position);
      }
      acked.writes++;
    } catch (e) {
      failures.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

describe('two server processes on one PostgreSQL', () => {
  let dataDir: string;
  let db: { url: string; drop(): Promise<void> } | undefined;
  const servers: Server[] = [];
  let app: App | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'teardown-two-servers-'));
    db = await createDatabase('postgres', dataDir);
    // Started together on a fresh database: both migrate it at once, as replicas of one deployment do.
    const started = await Promise.allSettled([startServer(db.url, dataDir), startServer(db.url, dataDir)]);
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const setup = await openApp(resolveConfig({ data: dataDir, database: db.url }));
    try {
      const user = await makeUser(setup, { role: 'admin' });
      auth = await tokenHeaders(setup, user.id);
    } finally {
      await setup.close();
    }
    for (const s of servers) expect((await send(s.base, 'GET', '/api/stats')).status).toBe(200);
  });

  afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    await app?.close();
    await db?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps appends to the audit chain serialized and stores every acknowledged write', async () => {
    const [a, b] = servers;
    const created = await send(a.base, 'POST', '/api/cases', {
      title: 'Two servers case (synthetic test data)',
    });
    expect(created.status).toBe(201);
    const caseId = created.json?.id as number;

    const perServer: Acked[] = [];
    const failures: string[] = [];
    const deadline = Date.now() + TIME_BUDGET_MS;
    const runs: Promise<void>[] = [];
    for (const [n, s] of [a, b].entries()) {
      const acked: Acked = { items: new Map(), components: new Map(), writes: 0 };
      perServer.push(acked);
      for (let w = 0; w < WRITERS_PER_SERVER; w++)
        runs.push(writer(s.base, `S${n}W${w}`, caseId, deadline, acked, failures));
    }
    await Promise.all(runs);
    expect(failures).toEqual([]);
    // Both processes took writes, or the test would prove nothing about two of them.
    for (const acked of perServer) expect(acked.writes).toBeGreaterThan(WRITERS_PER_SERVER);

    app = await openApp(resolveConfig({ data: dataDir, database: db?.url }));
    const k = app.db.kysely;

    const items = new Map(
      (await k.selectFrom('recovered_items').select(['id', 'serial_number', 'notes']).execute()).map((r) => [
        r.id,
        r,
      ]),
    );
    const components = new Map(
      (await k.selectFrom('components').select(['id', 'position']).execute()).map((r) => [r.id, r]),
    );
    const ackedItems = perServer.reduce((n, s) => n + s.items.size, 0);
    const ackedComponents = perServer.reduce((n, s) => n + s.components.size, 0);
    expect(items.size).toBe(ackedItems);
    expect(components.size).toBe(ackedComponents);
    for (const acked of perServer) {
      for (const [id, v] of acked.items)
        expect(
          { serialNumber: items.get(id)?.serial_number, notes: items.get(id)?.notes },
          `item ${id}`,
        ).toEqual(v);
      for (const [id, position] of acked.components)
        expect(components.get(id)?.position, `component ${id}`).toBe(position);
    }

    // The chain: seq 1..N without gap or duplicate, each entry chained to the one before it.
    const entries = await k
      .selectFrom('audit_log')
      .select(['seq', 'prev_hash', 'hash', 'entity_type'])
      .orderBy('seq')
      .execute();
    const writes = perServer.reduce((n, s) => n + s.writes, 0);
    // One entry per acknowledged write and the case, besides the accounts set up for the test.
    const accounts = new Set(['user', 'api_token', 'case_member']);
    // Both servers seed the shipped maker reference data at start: stored once, by one entry. The
    // components' markings name catalog parts, each created once, by one entry.
    const seeded = entries.filter((e) => e.entity_type === 'organization');
    expect(seeded.length).toBe(1);
    const parts = await k.selectFrom('parts').select('id').execute();
    const partEntries = entries.filter((e) => e.entity_type === 'part');
    expect(partEntries.length).toBe(parts.length);
    expect(entries.filter((e) => !accounts.has(e.entity_type)).length).toBe(
      1 + writes + seeded.length + partEntries.length,
    );
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: entries.length }, (_, i) => i + 1));
    expect(new Set(entries.map((e) => e.hash)).size).toBe(entries.length);
    entries.forEach((e, i) => {
      expect(e.prev_hash, `prev_hash of entry ${e.seq}`).toBe(i === 0 ? GENESIS_HASH : entries[i - 1].hash);
    });

    const report = await verifyIntegrity(k, app.files);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
