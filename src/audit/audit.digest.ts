// Canonical forms and hashes of the audit chain. A row's digest is computed from the row exactly as
// the database returns it, so that `verify` can recompute it later from the stored row alone.
import { createHash } from 'node:crypto';
import type { AuditLogTable } from '../db/index.ts';

export const GENESIS_HASH = '0'.repeat(64);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted at every depth: the same value always gives the same text. */
export function canonicalJson(value: unknown, skip?: ReadonlySet<string>): string {
  return JSON.stringify(sortKeys(value, skip));
}

function sortKeys(value: unknown, skip?: ReadonlySet<string>): Json {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return value.map((v) => sortKeys(v));
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'object') {
    const out: Record<string, Json> = {};
    for (const key of Object.keys(value as object).sort()) {
      if (skip?.has(key)) continue;
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value as Json;
}

export function sha256(data: string | Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}

/** The digest of one stored row, over all its columns except those the database derives itself. */
export function rowDigest(row: Record<string, unknown>, derived: ReadonlySet<string>): Buffer {
  return sha256(canonicalJson(row, derived));
}

/** Every column of an audit entry but its own hash. */
export type ChainFields = Omit<AuditLogTable, 'hash'>;

/** Each entry's hash covers its own fields and the previous entry's hash: altering, removing or
 * inserting an entry breaks every hash after it. */
export function entryHash(e: ChainFields): string {
  return sha256(
    canonicalJson({
      seq: e.seq,
      at: e.at,
      actor: e.actor,
      action: e.action,
      entity_type: e.entity_type,
      entity_id: e.entity_id,
      before: e.before,
      after: e.after,
      batch: e.batch,
      row_count: e.row_count,
      rows_digest: e.rows_digest,
      prev_hash: e.prev_hash,
    }),
  ).toString('hex');
}

/** The digest of one chunk of a bulk entry; a bulk entry's `rows_digest` hashes these in order. */
export function chunkDigest(entityType: string, ids: string, digests: Buffer): Buffer {
  return createHash('sha256')
    .update(entityType)
    .update('\n')
    .update(ids)
    .update('\n')
    .update(digests)
    .digest();
}
