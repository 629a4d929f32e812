// The throttle forgets stale counts, so that guesses at made-up usernames do not pile up rows, and it
// keeps every count that still matters (a live window or a lockout).
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { AccountsRepository } from './accounts.repository.ts';
import { LoginThrottle } from './accounts.throttle.ts';

describeEachDialect('LoginThrottle', (t) => {
  it('drops counts whose window has passed, and keeps live ones and lockouts', async () => {
    const db = t().app.db.kysely;
    const repo = new AccountsRepository();
    const throttle = new LoginThrottle(repo);
    const start = Date.parse('2026-01-10T12:00:00Z');
    const minute = 60_000;
    for (let i = 0; i < 50; i++) await throttle.failed(db, [`account:ghost${i}`], start);
    for (let i = 0; i < 5; i++) await throttle.failed(db, ['account:locked'], start);
    expect((await db.selectFrom('login_throttle').select('key').execute()).length).toBe(51);

    // 16 minutes later: the ghosts' windows have passed; the lockout (15 minutes) has too.
    await throttle.failed(db, ['account:fresh'], start + 10 * minute);
    expect((await db.selectFrom('login_throttle').select('key').execute()).length).toBe(52);
    await throttle.failed(db, ['account:late'], start + 16 * minute);
    const left = (await db.selectFrom('login_throttle').select('key').orderBy('key').execute()).map(
      (r) => r.key,
    );
    expect(left).toEqual(['account:fresh', 'account:late']);
  });

  it('keeps a lockout that has not ended even when its window has', async () => {
    const db = t().app.db.kysely;
    const throttle = new LoginThrottle(new AccountsRepository(), {
      accountFailures: 2,
      addressFailures: 20,
      windowMinutes: 1,
      lockMinutes: 60,
    });
    const start = Date.parse('2026-02-10T12:00:00Z');
    await throttle.failed(db, ['account:held'], start);
    await throttle.failed(db, ['account:held'], start);
    await throttle.failed(db, ['account:other'], start + 5 * 60_000);
    await expect(throttle.check(db, ['account:held'], start + 5 * 60_000)).rejects.toMatchObject({
      code: 'too_many_requests',
    });
  });
});
