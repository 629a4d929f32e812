// The canonical forms behind the audit chain: the same value must always give the same text, whatever
// the key order, and an entry's hash must change when any of its fields does. Pure: no database.
import { describe, expect, it } from 'vitest';
import {
  type ChainFields,
  canonicalJson,
  chunkDigest,
  entryHash,
  GENESIS_HASH,
  rowDigest,
  sha256,
} from './audit.digest.ts';

describe('canonicalJson', () => {
  it('gives the same text whatever the order of keys, at every depth', () => {
    const a = { b: 1, a: { z: [3, { y: 'x', x: 'y' }], c: null }, d: 'synthetic' };
    const b = { d: 'synthetic', a: { c: null, z: [3, { x: 'y', y: 'x' }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"z":[3,{"x":"y","y":"x"}]},"b":1,"d":"synthetic"}');
  });

  it('keeps the order of arrays, which is meaningful', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  it('drops undefined members, keeps null ones, and writes buffers and bigints as text', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson({ blob: Buffer.from('QZX32F4'), n: 12345678901234567890n })).toBe(
      `{"blob":"${Buffer.from('QZX32F4').toString('base64')}","n":"12345678901234567890"}`,
    );
  });

  it('skips the named top-level columns only', () => {
    const row = { id: 7, search_vector: "'qzx32f4':1", nested: { search_vector: 'kept' } };
    expect(canonicalJson(row, new Set(['search_vector']))).toBe('{"id":7,"nested":{"search_vector":"kept"}}');
  });

  it('distinguishes values that differ only in type', () => {
    expect(canonicalJson({ v: 1 })).not.toBe(canonicalJson({ v: '1' }));
    expect(canonicalJson({ v: null })).not.toBe(canonicalJson({ v: 'null' }));
  });
});

describe('rowDigest', () => {
  const derived = new Set(['search_vector']);
  const row = { id: 3, marking_raw: 'QZX32F4 / 2219', quantity: 1, deleted_at: null };

  it('ignores key order and derived columns', () => {
    const same = { deleted_at: null, quantity: 1, marking_raw: 'QZX32F4 / 2219', id: 3, search_vector: 'x' };
    expect(rowDigest(same, derived).equals(rowDigest(row, derived))).toBe(true);
  });

  it('changes when any audited column changes', () => {
    const base = rowDigest(row, derived);
    for (const [k, v] of Object.entries({
      id: 4,
      marking_raw: 'QZX32F5 / 2219',
      quantity: 2,
      deleted_at: '2025-01-01T00:00:00Z',
    })) {
      expect(rowDigest({ ...row, [k]: v }, derived).equals(base), k).toBe(false);
    }
  });

  it('is the SHA-256 of the canonical text, so verify can recompute it from an entry`s after-image', () => {
    expect(rowDigest(row, derived).equals(sha256(canonicalJson(row, derived)))).toBe(true);
  });
});

describe('entryHash', () => {
  const entry: ChainFields = {
    seq: 5,
    at: '2025-02-03T04:05:06.789Z',
    actor: 'local:synthetic tester',
    action: 'update',
    entity_type: 'item',
    entity_id: 12,
    before: '{"serial_number":"TB-0001"}',
    after: '{"serial_number":"TB-0002"}',
    batch: null,
    row_count: 1,
    rows_digest: null,
    prev_hash: GENESIS_HASH,
  };

  it('is a 64-hex-digit SHA-256 and deterministic', () => {
    expect(entryHash(entry)).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash({ ...entry })).toBe(entryHash(entry));
  });

  it('changes when any field changes', () => {
    const base = entryHash(entry);
    const changes: { [K in keyof ChainFields]: ChainFields[K] } = {
      seq: 6,
      at: '2025-02-03T04:05:06.790Z',
      actor: 'local:someone else',
      action: 'delete',
      entity_type: 'component',
      entity_id: 13,
      before: null,
      after: '{"serial_number":"TB-0003"}',
      batch: '00000000-0000-0000-0000-000000000000',
      row_count: 2,
      rows_digest: 'ab'.repeat(32),
      prev_hash: 'f'.repeat(64),
    };
    for (const key of Object.keys(changes) as (keyof ChainFields)[]) {
      expect(entryHash({ ...entry, [key]: changes[key] }), key).not.toBe(base);
    }
  });

  it('ignores fields outside the chain, such as the stored hash itself', () => {
    expect(entryHash({ ...entry, hash: 'anything' } as ChainFields)).toBe(entryHash(entry));
  });
});

describe('chunkDigest', () => {
  const digests = Buffer.concat([sha256('row 1'), sha256('row 2')]);

  it('changes with the entity type, the ids or any digest byte', () => {
    const base = chunkDigest('component', '[1,2]', digests);
    expect(chunkDigest('item', '[1,2]', digests).equals(base)).toBe(false);
    expect(chunkDigest('component', '[1,3]', digests).equals(base)).toBe(false);
    const flipped = Buffer.from(digests);
    flipped[40] ^= 1;
    expect(chunkDigest('component', '[1,2]', flipped).equals(base)).toBe(false);
    expect(chunkDigest('component', '[1,2]', Buffer.from(digests)).equals(base)).toBe(true);
  });
});
