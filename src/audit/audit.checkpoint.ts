// Checkpoints: the chain head signed with an Ed25519 key that the user keeps away from the database.
// Whoever can write the database can rewrite the whole chain consistently; they cannot make the log
// extend a head that was signed before, which is what `verify --checkpoint` proves.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/index.ts';
import { canonicalJson } from './audit.digest.ts';
import { AuditRepository } from './audit.repository.ts';

export interface Checkpoint {
  format: 'teardown-checkpoint-1';
  seq: number;
  hash: string;
  at: string;
  /** SPKI public key, PEM. Pin it with `--public-key` when verifying, so a forged file is refused. */
  publicKey: string;
  signature: string;
}

export function generateCheckpointKey(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

const signed = (c: Pick<Checkpoint, 'format' | 'seq' | 'hash' | 'at'>) =>
  Buffer.from(canonicalJson({ format: c.format, seq: c.seq, hash: c.hash, at: c.at }));

export async function createCheckpoint(
  db: Kysely<Database>,
  privateKeyPem: string,
  repo = new AuditRepository(),
): Promise<Checkpoint> {
  const head = await repo.head(db);
  if (!head) throw new Error('the audit log is empty: nothing to checkpoint');
  const key = createPrivateKey(privateKeyPem);
  const body = {
    format: 'teardown-checkpoint-1' as const,
    seq: head.seq,
    hash: head.hash,
    at: new Date().toISOString(),
  };
  return {
    ...body,
    publicKey: createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
    signature: sign(null, signed(body), key).toString('base64'),
  };
}

/** Problems found, empty when the log still extends the checkpoint. */
export async function checkCheckpoint(
  db: Kysely<Database>,
  checkpoint: Checkpoint,
  pinnedPublicKeyPem?: string,
  repo = new AuditRepository(),
): Promise<string[]> {
  const problems: string[] = [];
  if (checkpoint.format !== 'teardown-checkpoint-1') return ['not a Teardown checkpoint file'];
  const publicKey = createPublicKey(pinnedPublicKeyPem ?? checkpoint.publicKey);
  if (
    pinnedPublicKeyPem &&
    createPublicKey(checkpoint.publicKey).export({ type: 'spki', format: 'pem' }) !==
      publicKey.export({ type: 'spki', format: 'pem' })
  ) {
    problems.push('the checkpoint was signed with another key than the one given');
  }
  if (!verify(null, signed(checkpoint), publicKey, Buffer.from(checkpoint.signature, 'base64'))) {
    problems.push('the checkpoint signature is not valid: the file was altered or forged');
  }
  const entry = await repo.entryAt(db, checkpoint.seq);
  if (!entry)
    problems.push(`the audit log no longer has entry ${checkpoint.seq}, which the checkpoint signed`);
  else if (entry.hash !== checkpoint.hash) {
    problems.push(
      `audit entry ${checkpoint.seq} has hash ${entry.hash.slice(0, 16)}…, the checkpoint signed ${checkpoint.hash.slice(0, 16)}…: the log was rewritten`,
    );
  }
  return problems;
}
