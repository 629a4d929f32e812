// Test factories: a fresh Teardown instance on a real database of either dialect (SQLite in a temporary
// folder, or a new database on the test PostgreSQL server), dropped again afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type App, openApp, resolveConfig } from '../../src/app/index.ts';
import type { DialectName } from '../../src/db/index.ts';

export const dialects: DialectName[] = ['sqlite', 'postgres'];

export function pgAdminUrl(): string {
  const url = process.env.TEARDOWN_TEST_PG_URL;
  if (!url)
    throw new Error(
      'TEARDOWN_TEST_PG_URL is not set: the test set-up (test/global-setup.ts) starts PostgreSQL',
    );
  return url;
}

export interface TestInstance {
  app: App;
  dataDir: string;
  databaseUrl: string;
  dialect: DialectName;
  /** Closes the App (tests that reopen the same database call this first). */
  close(): Promise<void>;
  /** Closes and removes everything. */
  destroy(): Promise<void>;
}

export async function createDatabase(
  dialect: DialectName,
  dataDir: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'sqlite') return { url: join(dataDir, 'teardown.db'), drop: async () => {} };
  const name = `td_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: pgAdminUrl() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(pgAdminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: pgAdminUrl() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function createTestInstance(
  dialect: DialectName,
  options: { maxUploadBytes?: number } = {},
): Promise<TestInstance> {
  const dataDir = mkdtempSync(join(tmpdir(), 'teardown-test-'));
  const db = await createDatabase(dialect, dataDir);
  const config = {
    ...resolveConfig({ data: dataDir, database: db.url }),
    ...(options.maxUploadBytes ? { maxUploadBytes: options.maxUploadBytes } : {}),
  };
  const app = await openApp(config);
  let closed = false;
  const close = async () => {
    if (!closed) await app.close();
    closed = true;
  };
  return {
    app,
    dataDir,
    databaseUrl: db.url,
    dialect,
    close,
    destroy: async () => {
      await close();
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs the same suite against SQLite and PostgreSQL, each on a fresh database. */
export function describeEachDialect(name: string, body: (t: () => TestInstance) => void): void {
  for (const dialect of dialects) {
    describe(`${name} [${dialect}]`, () => {
      let instance: TestInstance;
      beforeAll(async () => {
        instance = await createTestInstance(dialect);
      });
      afterAll(async () => {
        await instance?.destroy();
      });
      body(() => instance);
    });
  }
}
