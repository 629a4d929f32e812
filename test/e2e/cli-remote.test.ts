// The CLI against a remote server with an API token, as a script would use it: the same commands, the
// same output and exit codes, and the server's access rules (a read token cannot write).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.ts';
import { makeUser, tokenHeaders } from '../helpers/auth.ts';
import { repoRoot, runCli } from '../helpers/cli.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

describe('the CLI against a remote server', () => {
  let t: TestInstance;
  let server: FastifyInstance;
  let base: string;
  let write: string;
  let read: string;
  const scratch = mkdtempSync(join(tmpdir(), 'teardown-cli-remote-'));

  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    const user = await makeUser(t.app, { role: 'analyst' });
    write = (await tokenHeaders(t.app, user.id, { scope: 'write' })).authorization.slice(7);
    read = (await tokenHeaders(t.app, user.id, { scope: 'read' })).authorization.slice(7);
    server = await buildServer(t.app);
    t.app.jobs.start();
    await server.listen({ port: 0, host: '127.0.0.1' });
    const address = server.server.address();
    if (!address || typeof address !== 'object') throw new Error('no address');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server?.close();
    await t?.destroy();
    rmSync(scratch, { recursive: true, force: true });
  });

  const remote = (token: string, args: string[]) =>
    runCli(scratch, ['--server', base, '--token', token, ...args]);

  it('opens a case, imports into it, searches and exports it with a write token', async () => {
    const who = await remote(write, ['whoami']);
    expect(who.code, who.stderr).toBe(0);
    expect(who.stdout).toMatch(/^user\d+x\d+ \(analyst\) through an API token/);

    const added = await remote(write, [
      '--json',
      'cases',
      'add',
      '--title',
      'Remote case (synthetic test data)',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const caseId = JSON.parse(added.stdout).id as number;

    const csv = join(scratch, 'items.csv');
    writeFileSync(
      csv,
      'externalRef,itemType,serialNumber,notes\nRM-1,uav,RMQ-0001,synthetic test data\nRM-2,uav,RMQ-0002,synthetic test data\n',
    );
    const imported = await remote(write, ['import', 'items', csv, '--case', String(caseId)]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('items.csv: 2 rows; 2 added, 0 updated, 0 skipped');

    const found = await remote(read, ['--json', 'search', 'RMQ-0002']);
    expect(found.code, found.stderr).toBe(0);
    expect(JSON.parse(found.stdout).hits.map((h: { title: string }) => h.title)).toContain('item RMQ-0002');

    const exported = await remote(read, ['export', 'items', '--case', String(caseId)]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.split('\n')[0]).toContain('externalRef');
    expect(exported.stdout).toContain('RMQ-0001');

    // Listed by the token's user, who owns what it opened.
    const listed = await remote(read, ['--json', 'cases', 'list']);
    expect(JSON.parse(listed.stdout).map((c: { id: number }) => c.id)).toEqual([caseId]);
  });

  it('saves variant profiles, attributes a case and estimates its production on the server', async () => {
    const profiles = join(repoRoot, 'src/demo/demo-variants.yaml');
    const saved = await remote(write, ['variants', 'set', profiles]);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/^saved version 1 /);
    const bad = join(scratch, 'bad.yaml');
    writeFileSync(bad, 'variants:\n  - id: x\n   name: y\n');
    const refused = await remote(write, ['variants', 'set', bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${bad}, line 3, column`);

    const added = await remote(write, [
      '--json',
      'cases',
      'add',
      '--title',
      'Remote estimates (synthetic test data)',
    ]);
    const caseId = JSON.parse(added.stdout).id as number;
    const csv = join(scratch, 'harrow.csv');
    writeFileSync(
      csv,
      'externalRef,itemType,designationAssessed,designationMarked,serialNumber,recoveredAt\nRH-1,uav,Harrow-2,Harrow-2,HW2-0019,2024-01-10\nRH-2,uav,Harrow-2,Harrow-2,HW2-0060,2024-02-10\n',
    );
    expect((await remote(write, ['import', 'items', csv, '--case', String(caseId)])).code).toBe(0);
    const table = await remote(read, ['--json', 'attribute', '--case', String(caseId)]);
    expect(table.code, table.stderr).toBe(0);
    expect(JSON.parse(table.stdout)).toMatchObject({ caseId, profilesVersion: 1, total: 2 });
    const estimate = await remote(read, [
      '--json',
      'estimate',
      '--case',
      String(caseId),
      '--designation',
      'Harrow-2',
    ]);
    expect(estimate.code, estimate.stderr).toBe(0);
    expect(JSON.parse(estimate.stdout).series).toEqual([
      expect.objectContaining({ series: 'HW2', k: 2, max: 60, estimate: 89 }),
    ]);
  }, 240_000);

  it('refuses writes with a read token, a wrong token, and local-only commands', async () => {
    const denied = await remote(read, ['cases', 'add', '--title', 'Not allowed (synthetic test data)']);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toContain('this API token may only read');

    const wrong = await remote('tdt_not-a-real-token', ['cases', 'list']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/API token is not valid/);

    const local = await remote(write, ['verify']);
    expect(local.code).toBe(2);
    expect(local.stderr).toContain('works on a local data folder only');

    // On a data folder the CLI says who it acts as.
    const me = await runCli(scratch, ['whoami']);
    expect(me.code, me.stderr).toBe(0);
    expect(me.stdout).toContain('local administrator of');
  });
});
