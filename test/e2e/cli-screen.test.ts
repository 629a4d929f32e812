// `teardown screen` end to end on the real OFAC SDN list of 2021 imported with `teardown lists import`:
// a real SDN name is found with its ent_num in the --json shape, and a CSV file of names is screened
// into a CSV of hits. Each process loads the program and builds the index: hence the long timeouts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { sharedFile } from '../helpers/shared.ts';

describe('teardown screen (CLI, SQLite, OFAC 2021)', () => {
  let work: string;
  let dataDir: string;
  const teardown = (...args: string[]) => runCli(dataDir, args, 300_000);

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'teardown-screen-'));
    dataDir = join(work, 'data');
    expect((await teardown('init')).code).toBe(0);
    const run = await teardown(
      'lists',
      'import',
      sharedFile('data/sanctions/ofac-sdn-2021-sdn.csv'),
      '--format',
      'ofac-csv',
      '--name',
      'ofac-sdn',
    );
    expect(run.code, run.stderr).toBe(0);
  }, 600_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('prints the hits above the threshold in the --json shape, with the list’s own id', async () => {
    const run = await teardown('screen', '--query', 'Banco Nacional de Cuba', '--json');
    expect(run.code, run.stderr).toBe(0);
    const hits = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(Object.keys(h).sort()).toEqual([
        'entryId',
        'explanation',
        'listName',
        'matchedName',
        'name',
        'score',
      ]);
      expect(h.score as number).toBeGreaterThanOrEqual(0.5);
    }
    // ent_num 306 is BANCO NACIONAL DE CUBA in the SDN list.
    expect(hits[0]).toMatchObject({ listName: 'ofac-sdn', entryId: '306', name: 'BANCO NACIONAL DE CUBA' });
  }, 300_000);

  it('refuses a name of punctuation only with a clear error and exit code 2', async () => {
    const run = await teardown('screen', '--query', '...!!!', '--json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).error.problems[0].path).toMatch(/name$/);
  }, 300_000);

  it('screens a CSV file of names into a CSV of hits, one row per hit', async () => {
    const names = join(work, 'names.csv');
    const out = join(work, 'hits.csv');
    writeFileSync(
      names,
      'name,schema,country\nBanco Nacional de Cuba,Organization,CU\nPlainfield Bakery Supplies,,\n',
    );
    const run = await teardown('screen', '--file', names, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.row === '1')).toBe(true);
    expect(rows[0]).toMatchObject({ query: 'Banco Nacional de Cuba', listName: 'ofac-sdn', entryId: '306' });
    expect(run.stdout).toMatch(/2 names screened/);
  }, 300_000);
});
