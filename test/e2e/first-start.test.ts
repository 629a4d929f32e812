// The first start of a new instance: an administrator with a one-time password printed once and never
// again, no default password anywhere, and the synthetic demo case readable at once without signing in,
// in its published form; signing in as its owner shows the rest.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIntegrity } from '../../src/audit/index.ts';
import { localAdmin } from '../../src/core/actor.ts';
import { DEMO_RESTRICTION_REASON } from '../../src/demo/demo.publish.ts';
import { loadDemoIfEmpty } from '../../src/demo/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { repoRoot, tsxBin } from '../helpers/cli.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

/** Runs `teardown serve` on a data folder until it has printed where it runs, then stops it. */
async function serveOnce(dataDir: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, TEARDOWN_LOG: '' };
  delete env.TEARDOWN_DATABASE_URL;
  delete env.TEARDOWN_DATA_DIR;
  const child: ChildProcess = spawn(
    tsxBin,
    ['src/cli/main.ts', '--data', dataDir, 'serve', '--port', '0', '--no-jobs'],
    {
      cwd: repoRoot,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  try {
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no start in time:\n${out}`)), 90_000);
      child.stdout?.on('data', (d) => {
        out += d;
        if (/^Database:/m.test(out)) {
          clearTimeout(timer);
          ok();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`the server exited (${code}):\n${out}`));
      });
    });
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }
  return out;
}

describe('first start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'teardown-first-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints a one-time administrator password on the first start only', async () => {
    const first = await serveOnce(dataDir);
    const m = /one-time password,\nshown only now:\s+(\S+)/.exec(first);
    expect(m, first).not.toBeNull();
    expect(m?.[1]).toMatch(/^[A-Za-z0-9]{20}$/);
    const second = await serveOnce(dataDir);
    expect(second).not.toContain('one-time password');
    expect(second).not.toContain(m?.[1]);
  });
});

describe('the demo case on a new instance', () => {
  let t: TestInstance;
  let server: FastifyInstance;
  let password: string;
  let demoCase: number;

  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    const demo = await loadDemoIfEmpty(t.app, () => {}, { items: 12 });
    demoCase = demo?.caseId ?? 0;
    const admin = await t.app.users.ensureAdmin(localAdmin);
    password = admin?.password ?? '';
    server = await buildServer(t.app);
  });
  afterAll(async () => {
    await server?.close();
    await t?.destroy();
  });

  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await server.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.body ? res.json() : null };
  };

  it('is published and readable without signing in, without its restricted item and fields', async () => {
    const cases = await get('/api/cases');
    expect(cases.body.rows).toEqual([
      expect.objectContaining({ id: demoCase, status: 'published', isDemo: true }),
    ]);
    expect(cases.body.rows[0].title).toContain('synthetic demo data');
    const items = await get(`/api/items?caseId=${demoCase}&limit=100`);
    expect(items.status).toBe(200);
    expect(items.body.total).toBe(11);
    for (const item of items.body.rows) {
      expect(item.source).toBeNull();
      expect(item.placeName).toBeNull();
      if (item.recoveredAt) expect(item.recoveredAt).toMatch(/-01$/);
    }
    const replies = await get(`/api/cases/${demoCase}/replies`);
    expect(replies.body.replies).toHaveLength(1);
    expect(replies.body.replies[0].reply).toContain('Synthetic demo data');
    // Accounts are not public.
    expect((await get('/api/users')).status).toBe(401);
    expect((await get(`/api/cases/${demoCase}/members`)).status).toBe(401);
  });

  it('shows the rest to its owner, the first administrator, once the one-time password is changed', async () => {
    const login = await server.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'admin', password },
    });
    expect(login.statusCode).toBe(200);
    const cookie = `td_session=${login.cookies.find((c) => c.name === 'td_session')?.value}`;
    const csrf = login.json().csrfToken as string;
    expect(login.json()).toMatchObject({
      user: { username: 'admin', instanceRole: 'admin', mustChangePassword: true },
      memberships: [{ caseId: demoCase, role: 'owner' }],
    });
    expect((await get(`/api/items?caseId=${demoCase}`, { cookie })).status).toBe(403);
    const changed = await server.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { currentPassword: password, newPassword: 'a long synthetic test passphrase' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const items = await get(`/api/items?caseId=${demoCase}&limit=100`, { cookie });
    expect(items.body.total).toBe(12);
    expect(items.body.rows.some((i: { source: string | null }) => i.source !== null)).toBe(true);
    const restrictions = await get(`/api/cases/${demoCase}/restrictions`, { cookie });
    expect(restrictions.body.restrictions).toEqual([
      expect.objectContaining({ entityType: 'item', reason: DEMO_RESTRICTION_REASON }),
    ]);
    // The one-time password no longer works.
    const old = await server.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: 'admin', password },
    });
    expect(old.statusCode).toBe(401);
    const report = await verifyIntegrity(t.app.db.kysely, t.app.files);
    expect(report.problems).toEqual([]);
  });

  it('has a synthetic watch list in two versions, with hits to review and decisions kept', async () => {
    const { rows: lists } = await t.app.watchlists.lists(localAdmin).then((rows) => ({ rows }));
    expect(lists).toEqual([
      expect.objectContaining({ name: expect.stringContaining('fictional'), currentVersion: 2 }),
    ]);
    const { versions } = await t.app.watchlists.list(localAdmin, lists[0].id);
    const v2 = versions.find((v) => v.version === 2);
    expect(v2).toMatchObject({ added: 1, removed: 1 });
    expect(v2?.changed).toBeGreaterThanOrEqual(2);
    const { rows: hits } = await t.app.screening.hits(localAdmin, { limit: 100, offset: 0 });
    const byEntry = new Map(hits.map((h) => [h.entryId, h]));
    // Written in Cyrillic on the demo's side and in Latin on the list's.
    expect(byEntry.get('DWL-0002')).toMatchObject({ partyName: 'ООО «Трансплата Ресурс»', status: 'open' });
    // A person in the list's "LAST, First" order.
    expect(byEntry.get('DWL-0008')).toMatchObject({ partyType: 'person', status: 'open' });
    // Named in Arabic script on the demo's side and in Latin letters on the list's: met through its consonants.
    const arabic = byEntry.get('DWL-0020');
    expect(arabic).toMatchObject({ partyName: 'كريم ناصر الحداد', status: 'open' });
    expect(arabic?.explanation.tokens.map((t) => t.how)).toContain('consonants');
    // Decided on version 1 and kept; the other decision's entry changed in version 2, so it is asked again.
    expect(byEntry.get('DWL-0003')).toMatchObject({ status: 'match', entryChanged: false });
    expect(byEntry.get('DWL-0006')).toMatchObject({ status: 'open', entryChanged: true });
    // Added in version 2, and raised by it.
    expect(byEntry.get('DWL-0019')).toMatchObject({ status: 'open' });
    // Fictional names that no demo party carries raise nothing.
    expect(byEntry.has('DWL-0017')).toBe(false);
  });

  it('shows attribution and production estimates of the demo without signing in, as synthetic demo data', async () => {
    const table = await get(`/api/cases/${demoCase}/attributions`);
    expect(table.status).toBe(200);
    expect(table.body).toMatchObject({ caseId: demoCase, profilesVersion: 1, total: 11 });
    expect(table.body.rows[0].machine.reason).toEqual(expect.any(String));
    const designations = await get('/api/production/designations');
    expect(designations.status).toBe(200);
    const harrow = designations.body.rows.find((d: { designation: string }) => d.designation === 'Harrow-2');
    expect(harrow?.pattern).toContain('HW2M?');
    const production = await get('/api/production?designation=Harrow-2');
    expect(production.status).toBe(200);
    // Declared targets are reference data for signed-in readers.
    expect(production.body.targets).toEqual([]);
    // The profiles themselves are reference data too.
    expect((await get('/api/variants')).status).toBe(401);
    const profiles = await t.app.attribution.profiles.get(localAdmin);
    expect(profiles.version).toMatchObject({ version: 1, label: 'synthetic demo data' });
  });
});
