// A database migrated after its rows were audited: a column added later is absent from the old audit
// images, and a row whose added columns are still null must verify as intact, while any value in them
// (or any other change) must not.
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from './audit.digest.ts';
import { digestBeforeLaterColumns } from './audit.verify.ts';

/** An item as its audit image recorded it before items had tags. */
const image = { id: 7, case_id: 1, item_type: 'uav', serial_number: 'TB-0001', notes: null };
const imageDigest = sha256(canonicalJson(image)).toString('hex');

describe('digestBeforeLaterColumns', () => {
  it('matches the image written before the column existed while the column is null', () => {
    expect(digestBeforeLaterColumns('item', { ...image, tags: null })).toBe(imageDigest);
  });

  it('does not match once the added column holds a value or another column changed', () => {
    expect(digestBeforeLaterColumns('item', { ...image, tags: '["x"]' })).toBeNull();
    expect(digestBeforeLaterColumns('item', { ...image, notes: 'edited', tags: null })).not.toBe(imageDigest);
  });

  it('gives nothing for an entity no migration added columns to', () => {
    expect(digestBeforeLaterColumns('custody_event', { id: 1 })).toBeNull();
  });
});
