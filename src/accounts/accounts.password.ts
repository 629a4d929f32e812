// Password hashing with argon2id (RFC 9106) through @node-rs/argon2, with the parameters OWASP's
// Password Storage Cheat Sheet gives as its first choice: 19 MiB of memory, 2 passes, 1 lane. The
// parameters travel inside each PHC string, so raising them later still verifies older hashes.

import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const ARGON2_PARAMS = {
  // The Algorithm enum is a `const enum` that isolated modules cannot read: 2 is Argon2id.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_PARAMS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Checks against a hash of nothing, so that an unknown user costs the same time as a wrong password. */
let dummy: Promise<string> | undefined;
export async function burnVerify(password: string): Promise<void> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await dummy, password);
}

// No 0/O, 1/l/I: a one-time password is read off a terminal and typed again.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password of 20 characters (about 116 bits). */
export function generatePassword(length = 20): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    // Rejection sampling keeps every character equally likely.
    if (bytes[i] < 256 - (256 % ALPHABET.length)) out += ALPHABET[bytes[i] % ALPHABET.length];
  }
  return out.length === length ? out : generatePassword(length);
}
