// Password hashing and one-time passwords: argon2id with the OWASP parameters in a PHC string, a
// verification that never throws, and generated passwords from an unambiguous alphabet. On both
// databases: what the credentials table holds after a user is created. (Synthetic test data.)
import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { localAdmin } from '../core/actor.ts';
import { generatePassword, hashPassword, verifyPassword } from './accounts.password.ts';

const PHC_PREFIX = '$argon2id$v=19$m=19456,t=2,p=1$';
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

describe('password hashing', () => {
  it('hashes with argon2id, 19 MiB, 2 passes, 1 lane, a fresh salt each time', async () => {
    const a = await hashPassword('synthetic test password 1');
    const b = await hashPassword('synthetic test password 1');
    expect(a.startsWith(PHC_PREFIX)).toBe(true);
    // $argon2id$v=19$m=…,t=…,p=…$salt$hash
    expect(a.split('$')).toHaveLength(6);
    expect(a).not.toContain('synthetic test password');
    expect(a).not.toBe(b);
  });

  it('verifies the right password and refuses a wrong one, without throwing on garbage', async () => {
    const stored = await hashPassword('synthetic right password');
    expect(await verifyPassword(stored, 'synthetic right password')).toBe(true);
    expect(await verifyPassword(stored, 'synthetic wrong password')).toBe(false);
    expect(await verifyPassword(stored, 'synthetic right password ')).toBe(false);
    expect(await verifyPassword(stored, '')).toBe(false);
    expect(await verifyPassword('not a phc string', 'synthetic right password')).toBe(false);
    expect(await verifyPassword('', 'x')).toBe(false);
  });
});

describe('generatePassword', () => {
  it('makes 20 characters by default, and the length asked for', () => {
    expect(generatePassword()).toHaveLength(20);
    expect(generatePassword(12)).toHaveLength(12);
    expect(generatePassword(64)).toHaveLength(64);
  });

  it('uses only the unambiguous alphabet, and every letter of it', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) for (const ch of generatePassword()) seen.add(ch);
    // No 0/O, 1/l/I, nor anything outside the alphabet.
    for (const ch of seen) expect(ALPHABET).toContain(ch);
    for (const ambiguous of ['0', 'O', '1', 'l', 'I']) expect(seen.has(ambiguous)).toBe(false);
    expect(seen.size).toBe(ALPHABET.length);
  });

  it('never repeats itself', () => {
    const many = new Set(Array.from({ length: 5000 }, () => generatePassword()));
    expect(many.size).toBe(5000);
  });
});

describeEachDialect('stored credentials', (t) => {
  it('keeps only an argon2id hash of the one-time password, which verifies', async () => {
    const app = t().app;
    const { user, password } = await app.users.add(localAdmin, { username: 'pwcheck' });
    const rows = await app.db.kysely
      .selectFrom('credentials')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0].password_hash.startsWith(PHC_PREFIX)).toBe(true);
    expect(rows[0].password_hash).not.toContain(password);
    expect(await verifyPassword(rows[0].password_hash, password)).toBe(true);
    // The users row itself holds no password material.
    const userRow = await app.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(userRow)).not.toContain('$argon2');
    expect(JSON.stringify(userRow)).not.toContain(password);
  });
});
