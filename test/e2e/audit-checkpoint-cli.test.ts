import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyIntegrity } from '../../src/audit/index.ts';
import { runCli } from '../helpers/cli.ts';
import { actor, makeCase, makeItem } from '../helpers/factories.ts';
import { rewriteWholeChain } from '../helpers/tamper.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

const teardown = (dataDir: string, args: string[]) => runCli(dataDir, args, 30_000);

describe('teardown checkpoint and verify (CLI, SQLite)', () => {
  let t: TestInstance;
  let keys: string;
  let itemId: number;
  let caseId: number;
  let sealedItemId: number;
  const cp = () => join(keys, 'cp.json');
  const pub = () => join(keys, 'checkpoint-key.pub.pem');
  const verifyWithCheckpoint = () =>
    teardown(t.dataDir, ['verify', '--checkpoint', cp(), '--public-key', pub()]);

  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    // The key and the checkpoints live away from the data folder, as a user would keep them.
    keys = mkdtempSync(join(tmpdir(), 'teardown-keys-'));
    caseId = (await makeCase(t.app, 'CLI checkpoint case (synthetic test data)')).id;
    itemId = (await makeItem(t.app, caseId, { notes: 'synthetic: as recovered' })).id;
    await t.app.items.update(actor, itemId, { notes: 'synthetic: examined' });
    // Not touched after the checkpoint: the state the checkpoint vouches for is its latest.
    sealedItemId = (await makeItem(t.app, caseId, { notes: 'synthetic: sealed in bag 7' })).id;
  });

  afterAll(async () => {
    await t?.destroy();
    if (keys) rmSync(keys, { recursive: true, force: true });
  });

  it('makes a key pair and signs the chain head', async () => {
    const keygen = await teardown(t.dataDir, ['checkpoint', 'keygen', '--out', keys]);
    expect(keygen.code, keygen.stderr).toBe(0);
    expect(existsSync(join(keys, 'checkpoint-key.pem'))).toBe(true);
    expect(readFileSync(pub(), 'utf8')).toMatch(/BEGIN PUBLIC KEY/);

    const made = await teardown(t.dataDir, [
      'checkpoint',
      '--key',
      join(keys, 'checkpoint-key.pem'),
      '--out',
      cp(),
    ]);
    expect(made.code, made.stderr).toBe(0);
    const checkpoint = JSON.parse(readFileSync(cp(), 'utf8'));
    expect(checkpoint).toMatchObject({
      format: 'teardown-checkpoint-1',
      seq: 4,
      publicKey: readFileSync(pub(), 'utf8'),
    });
    expect(checkpoint.hash).toBe((await t.app.auditLog.head(t.app.db.kysely))?.hash);
  });

  it('verify exits 0 while the log extends the checkpoint, also after more writes', async () => {
    await makeItem(t.app, caseId);
    await t.app.items.update(actor, itemId, { condition: 'synthetic: scorched' });
    const later = await verifyWithCheckpoint();
    expect(later.code, later.stderr).toBe(0);
    expect(later.stdout).toMatch(/checkpoint: the log extends it/);
    expect(later.stdout).toMatch(/intact/);
  });

  it('verify exits 1 and names the row when one was altered in SQL, and 0 again once undone', async () => {
    const db = t.app.db.kysely;
    const { serial_number } = await db
      .selectFrom('recovered_items')
      .select('serial_number')
      .where('id', '=', itemId)
      .executeTakeFirstOrThrow();
    await sql`update recovered_items set serial_number = ${'TB-FORGED'} where id = ${itemId}`.execute(db);
    try {
      const r = await teardown(t.dataDir, ['--json', 'verify']);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.stdout);
      expect(report.ok).toBe(false);
      expect(report.problems).toEqual([
        expect.objectContaining({ kind: 'row_altered', entityType: 'item', id: itemId }),
      ]);
    } finally {
      await sql`update recovered_items set serial_number = ${serial_number} where id = ${itemId}`.execute(db);
    }
    expect((await verifyIntegrity(t.app.db.kysely, t.app.files)).ok).toBe(true);
  });

  it('after the whole chain is rewritten consistently, only the checkpoint catches it: verify --checkpoint exits 1', async () => {
    await rewriteWholeChain(t.app.db.kysely, sealedItemId, 'synthetic: FORGED after the fact');

    expect((await verifyIntegrity(t.app.db.kysely, t.app.files)).ok).toBe(true);

    const withCheckpoint = await teardown(t.dataDir, [
      '--json',
      'verify',
      '--checkpoint',
      cp(),
      '--public-key',
      pub(),
    ]);
    expect(withCheckpoint.code).toBe(1);
    const report = JSON.parse(withCheckpoint.stdout);
    expect(report.ok).toBe(false);
    // The only problem is the checkpoint's: the rewritten chain, rows and files all verify on their own.
    expect(report.problems).toEqual([
      {
        kind: 'checkpoint_mismatch',
        detail: expect.stringMatching(/audit entry 4 has hash .*the log was rewritten/),
      },
    ]);
  });
});
