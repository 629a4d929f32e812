// Limits on password guessing, per account and per client address: after too many failures within a
// window, sign-in is refused for a while, even with the right password. Unknown usernames are
// counted like real ones, so that a lockout tells nothing about which accounts exist.
import type { Kysely } from 'kysely';
import { TooManyRequests } from '../core/errors.ts';
import type { Database } from '../db/index.ts';
import type { AccountsRepository } from './accounts.repository.ts';

export interface ThrottlePolicy {
  /** Failures allowed within `windowMinutes` before a lockout of `lockMinutes`. */
  accountFailures: number;
  addressFailures: number;
  windowMinutes: number;
  lockMinutes: number;
}

export const defaultThrottle: ThrottlePolicy = {
  accountFailures: 5,
  addressFailures: 20,
  windowMinutes: 15,
  lockMinutes: 15,
};

export class LoginThrottle {
  constructor(
    private readonly repo: AccountsRepository,
    readonly policy: ThrottlePolicy = defaultThrottle,
  ) {}

  keys(username: string, address: string | null): string[] {
    return [`account:${username}`, ...(address ? [`address:${address}`] : [])];
  }

  /** Throws while any of the keys is locked out. */
  async check(db: Kysely<Database>, keys: string[], now = Date.now()): Promise<void> {
    for (const key of keys) {
      const row = await this.repo.throttle(db, key);
      if (row?.locked_until && Date.parse(row.locked_until) > now) {
        const wait = Math.ceil((Date.parse(row.locked_until) - now) / 1000);
        throw new TooManyRequests('too many failed sign-ins; try again later', wait);
      }
    }
  }

  async failed(db: Kysely<Database>, keys: string[], now = Date.now()): Promise<void> {
    const windowMs = this.policy.windowMinutes * 60_000;
    // Guesses at made-up usernames each leave a row: drop the stale ones, so the table stays small.
    await this.repo.pruneThrottle(db, new Date(now - windowMs).toISOString(), new Date(now).toISOString());
    for (const key of keys) {
      const row = await this.repo.throttle(db, key);
      const fresh = !row || now - Date.parse(row.window_started_at) > windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const limit = key.startsWith('account:') ? this.policy.accountFailures : this.policy.addressFailures;
      await this.repo.saveThrottle(db, {
        key,
        failures,
        window_started_at: fresh ? new Date(now).toISOString() : row.window_started_at,
        locked_until:
          failures >= limit ? new Date(now + this.policy.lockMinutes * 60_000).toISOString() : null,
      });
    }
  }

  /** A successful sign-in clears the account's count (not the address's: one address may guess at
   * many accounts). */
  async succeeded(db: Kysely<Database>, username: string): Promise<void> {
    await this.repo.clearThrottle(db, `account:${username}`);
  }
}
