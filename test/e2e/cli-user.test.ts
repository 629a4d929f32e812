// `teardown user …` and `teardown token …` on a data folder, as the local administrator: one-time
// passwords printed once, a reset making a new one, disabling, API tokens made and revoked, and clear
// refusals of bad input. Each CLI process takes seconds to start (more on a busy machine, hence the
// long timeouts): eight runs in all. (Synthetic test data.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../src/accounts/accounts.password.ts';
import { digest } from '../../src/accounts/index.ts';
import { type App, openApp, resolveConfig } from '../../src/app/index.ts';
import { localAdmin } from '../../src/core/actor.ts';
import { runCli } from '../helpers/cli.ts';

describe('teardown user / token', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'teardown-cli-user-'));
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The data folder's App, opened after the CLI runs are over (each opens and closes it itself). */
  async function withData<T>(body: (app: App) => Promise<T>): Promise<T> {
    const app = await openApp(resolveConfig({ data: dataDir }));
    try {
      return await body(app);
    } finally {
      await app.close();
    }
  }

  it('adds, lists, resets and disables a user; adds and revokes a token', async () => {
    const add = await runCli(dataDir, ['user', 'add', 'alice', '--role', 'analyst']);
    expect(add.code, add.stderr).toBe(0);
    const first = /one-time password: (\S+)/.exec(add.stdout)?.[1];
    expect(add.stdout).toMatch(/user alice \(analyst\) created/);
    expect(first).toMatch(/^[a-zA-Z2-9]{20}$/);

    const list = await runCli(dataDir, ['--json', 'user', 'list']);
    expect(list.code, list.stderr).toBe(0);
    const users = JSON.parse(list.stdout) as Record<string, unknown>[];
    expect(users).toHaveLength(1);
    expect(users[0]).toMatchObject({
      username: 'alice',
      instanceRole: 'analyst',
      mustChangePassword: true,
      disabledAt: null,
    });
    // A listing shows no password material.
    expect(list.stdout).not.toContain(first);
    expect(list.stdout).not.toContain('$argon2');

    const reset = await runCli(dataDir, ['user', 'reset-password', 'alice']);
    expect(reset.code, reset.stderr).toBe(0);
    const second = /new one-time password for alice: (\S+)/.exec(reset.stdout)?.[1];
    expect(second).toMatch(/^[a-zA-Z2-9]{20}$/);
    expect(second).not.toBe(first);

    const token = await runCli(dataDir, ['token', 'add', 'alice', '--name', 'ci', '--scope', 'read']);
    expect(token.code, token.stderr).toBe(0);
    const secret = /(tdt_\S+)/.exec(token.stdout)?.[1] ?? '';
    expect(secret).toMatch(/^tdt_[A-Za-z0-9_-]{40,}$/);
    const tokenId = /token (\d+) for alice \(read,/.exec(token.stdout)?.[1];
    expect(tokenId).toBeDefined();

    // Before revoking and disabling: the token works and the new password is the one that counts.
    await withData(async (app) => {
      const found = await app.tokens.resolve(secret);
      expect(found).toMatchObject({ user: { username: 'alice' }, token: { scope: 'read', name: 'ci' } });
      const user = await app.users.byName(localAdmin, 'alice');
      const hash = await app.db.kysely
        .selectFrom('credentials')
        .select('password_hash')
        .where('user_id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(hash.password_hash, second ?? '')).toBe(true);
      expect(await verifyPassword(hash.password_hash, first ?? '')).toBe(false);
      const row = await app.db.kysely
        .selectFrom('api_tokens')
        .selectAll()
        .where('id', '=', Number(tokenId))
        .executeTakeFirstOrThrow();
      expect(row.token_hash).toBe(digest(secret));
    });

    const revoke = await runCli(dataDir, ['token', 'revoke', String(tokenId)]);
    expect(revoke.code, revoke.stderr).toBe(0);
    expect(revoke.stdout).toMatch(new RegExp(`token ${tokenId} revoked`));

    const disable = await runCli(dataDir, ['user', 'disable', 'alice']);
    expect(disable.code, disable.stderr).toBe(0);
    expect(disable.stdout).toMatch(/alice disabled/);

    await withData(async (app) => {
      expect(await app.tokens.resolve(secret)).toBeNull();
      const [alice] = await app.users.list(localAdmin);
      expect(alice.disabledAt).not.toBeNull();
      await expect(
        app.sessions.login({ username: 'alice', password: second ?? '' }, { address: null, userAgent: null }),
      ).rejects.toThrow('wrong username or password');
      // Nothing the CLI printed reached the audit log.
      const audit = await app.db.kysely
        .selectFrom('audit_log')
        .select(['actor', 'before', 'after'])
        .execute();
      const text = audit.map((r) => `${r.before}${r.after}`).join('');
      for (const s of [first ?? '', second ?? '', secret]) expect(text).not.toContain(s);
      expect(text).not.toContain('$argon2');
      expect(audit.some((r) => r.actor.startsWith('local:'))).toBe(true);
    });
  }, 480_000);

  it('refuses an unknown role and an unknown user, saying so', async () => {
    const role = await runCli(dataDir, ['user', 'add', 'bob', '--role', 'superuser']);
    expect(role.code).not.toBe(0);
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/instanceRole/);
    expect(role.stdout).not.toMatch(/one-time password/);

    const unknown = await runCli(dataDir, ['token', 'add', 'nobody', '--name', 'ci']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/user nobody not found/);
    expect(unknown.stdout).not.toMatch(/tdt_/);

    await withData(async (app) => {
      expect((await app.users.list(localAdmin)).map((u) => u.username)).toEqual(['alice']);
      expect(await app.db.kysely.selectFrom('api_tokens').select('id').execute()).toHaveLength(1);
    });
  }, 240_000);
});
