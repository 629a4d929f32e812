// Prepares a product database for a benchmark: migrated, one case, the items the components point at,
// all through the product's own services (as `teardown import items` would).
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { openApp, resolveConfig } from '../../src/app/index.ts';
import { localAdmin } from '../../src/core/actor.ts';
import { SYNTHETIC_LABEL } from '../generate.ts';

export const repoRoot = new URL('../../', import.meta.url).pathname;
export const tsx = `${repoRoot}node_modules/.bin/tsx`;
export const cliMain = `${repoRoot}src/cli/main.ts`;

export async function prepareInstance(
  dataDir: string,
  itemsCsv: string,
  databaseUrl?: string,
): Promise<{ caseId: number }> {
  const app = await openApp(resolveConfig({ data: dataDir, database: databaseUrl }));
  try {
    const c = await app.cases.create(localAdmin, { title: 'Benchmark case', summary: SYNTHETIC_LABEL });
    const r = await app.imports.run(localAdmin, { kind: 'items', path: itemsCsv, caseId: c.id });
    if (r.added === 0) throw new Error('no items were imported');
    return { caseId: c.id };
  } finally {
    await app.close();
  }
}

/** The PostgreSQL server to use: `--database`, TEARDOWN_DATABASE_URL, or the throwaway one of scripts/pg-start.sh. */
export function pgAdminUrl(flag?: string): string {
  const given = flag ?? process.env.TEARDOWN_DATABASE_URL;
  if (given) return given;
  const out = execFileSync('bash', [`${repoRoot}scripts/pg-start.sh`], { encoding: 'utf8' }).trim();
  return out.split('\n').pop() as string;
}

export function pgUrlFor(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function pgAdmin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function createPgDatabase(adminUrl: string, name: string): Promise<string> {
  await pgAdmin(adminUrl, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  return pgUrlFor(adminUrl, name);
}

export async function dropPgDatabase(adminUrl: string, name: string): Promise<void> {
  await pgAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
}

export async function pgVersion(adminUrl: string): Promise<string> {
  return pgAdmin(
    adminUrl,
    async (c) => (await c.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v,
  );
}
