// Signed checkpoints of the chain head, on SQLite and PostgreSQL. Whoever can write the database can
// rewrite the whole chain so that plain verify passes; these tests do exactly that and show that a
// checkpoint signed earlier (with a key kept away from the database) still catches it.

import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { rewriteWholeChain } from '../../test/helpers/tamper.ts';
import { createTestInstance, describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import {
  type Checkpoint,
  checkCheckpoint,
  createCheckpoint,
  generateCheckpointKey,
} from './audit.checkpoint.ts';
import { verifyIntegrity } from './audit.verify.ts';

describe('checkpoints on an empty log', () => {
  it('refuse to sign nothing', async () => {
    const t = await createTestInstance('sqlite');
    try {
      await expect(createCheckpoint(t.app.db.kysely, generateCheckpointKey().privateKey)).rejects.toThrow(
        /empty/,
      );
    } finally {
      await t.destroy();
    }
  });
});

describeEachDialect('audit checkpoints', (t) => {
  const key = generateCheckpointKey();
  const app = (): App => t().app;
  const db = () => t().app.db.kysely;
  let caseId: number;
  let itemId: number;
  let checkpoint: Checkpoint;

  beforeAll(async () => {
    caseId = (await makeCase(app(), 'Checkpoint case (synthetic test data)')).id;
    itemId = (await makeItem(app(), caseId, { notes: 'synthetic: as recovered' })).id;
    await makeComponent(app(), itemId);
    await app().items.update(actor, itemId, { notes: 'synthetic: examined' });
  });

  it('signs the chain head, and the log extends it', async () => {
    checkpoint = await createCheckpoint(db(), key.privateKey);
    const head = await app().auditLog.head(db());
    expect(checkpoint).toMatchObject({
      format: 'teardown-checkpoint-1',
      seq: head?.seq,
      hash: head?.hash,
      publicKey: key.publicKey,
    });
    // case, item, the catalog part read off the component marking, component, update
    expect(checkpoint.seq).toBe(5);
    expect(await checkCheckpoint(db(), checkpoint)).toEqual([]);
    expect(await checkCheckpoint(db(), checkpoint, key.publicKey)).toEqual([]);
  });

  it('is still extended after more legitimate writes', async () => {
    const other = await makeItem(app(), caseId);
    await makeComponent(app(), other.id);
    await app().items.remove(actor, other.id);
    // the second component is the same part: no new catalog part
    expect((await app().auditLog.head(db()))?.seq).toBe(8);
    expect(await checkCheckpoint(db(), checkpoint, key.publicKey)).toEqual([]);
    expect((await verifyIntegrity(db(), app().files)).ok).toBe(true);
  });

  it('refuses a checkpoint file whose signature, seq or hash was edited', async () => {
    const sig = Buffer.from(checkpoint.signature, 'base64');
    sig[10] ^= 0x01;
    expect(
      await checkCheckpoint(db(), { ...checkpoint, signature: sig.toString('base64') }, key.publicKey),
    ).toEqual([expect.stringMatching(/signature is not valid/)]);

    // Moving the checkpoint to an earlier entry: the signature no longer covers it, nor does the hash match.
    const moved = await checkCheckpoint(db(), { ...checkpoint, seq: checkpoint.seq - 1 }, key.publicKey);
    expect(moved).toEqual([
      expect.stringMatching(/signature is not valid/),
      expect.stringMatching(/the log was rewritten/),
    ]);

    const rehashed = await checkCheckpoint(db(), { ...checkpoint, hash: 'a'.repeat(64) });
    expect(rehashed).toEqual([
      expect.stringMatching(/signature is not valid/),
      expect.stringMatching(/the log was rewritten/),
    ]);

    expect(await checkCheckpoint(db(), { ...checkpoint, format: 'other' as Checkpoint['format'] })).toEqual([
      'not a Teardown checkpoint file',
    ]);
  });

  it('refuses a checkpoint signed with another key than the pinned one', async () => {
    const stranger = generateCheckpointKey();
    const forged = await createCheckpoint(db(), stranger.privateKey);
    // Without a pinned key the forged file is self-consistent; pinning the user's key refuses it.
    expect(await checkCheckpoint(db(), forged)).toEqual([]);
    expect(await checkCheckpoint(db(), forged, key.publicKey)).toEqual([
      expect.stringMatching(/signed with another key/),
      expect.stringMatching(/signature is not valid/),
    ]);
    // The genuine checkpoint checked against the stranger's key is refused too.
    expect(await checkCheckpoint(db(), checkpoint, stranger.publicKey)).toEqual([
      expect.stringMatching(/signed with another key/),
      expect.stringMatching(/signature is not valid/),
    ]);
  });

  it('catches a whole chain rewritten consistently, which plain verify cannot', async () => {
    await rewriteWholeChain(db(), itemId, 'synthetic: FORGED after the fact');
    expect((await app().items.get(actor, itemId)).notes).toBe('synthetic: FORGED after the fact');

    const plain = await verifyIntegrity(db(), app().files);
    expect(plain.problems).toEqual([]);
    expect(plain.ok).toBe(true);

    const problems = await checkCheckpoint(db(), checkpoint, key.publicKey);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`audit entry ${checkpoint.seq} has hash .*the log was rewritten`)),
    ]);

    // The attacker can sign the rewritten head with a key of their own, but not with the user's.
    const attacker = generateCheckpointKey();
    const resigned = await createCheckpoint(db(), attacker.privateKey);
    expect(await checkCheckpoint(db(), resigned)).toEqual([]);
    expect(await checkCheckpoint(db(), resigned, key.publicKey)).not.toEqual([]);
  });

  it('catches a log cut back to before the checkpoint', async () => {
    await sql`delete from audit_log where seq >= ${checkpoint.seq}`.execute(db());
    expect(await checkCheckpoint(db(), checkpoint, key.publicKey)).toEqual([
      `the audit log no longer has entry ${checkpoint.seq}, which the checkpoint signed`,
    ]);
  });
});
