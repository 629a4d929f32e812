import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

/** Cyrillic Em, A and Ha: looks like "MAX" but is not Latin. */
const MAX_CYRILLIC = '\u041C\u0410\u0425';

// Each process loads the whole program, which takes seconds on a busy machine: hence the long timeouts.
describe('teardown init, import, search, export and verify (CLI, SQLite)', () => {
  let work: string;
  let dataDir: string;

  const teardown = (...args: string[]) => runCli(dataDir, args);

  /** Writes `name` in a folder of its own, so that several files can share a base name. */
  function file(folder: string, name: string, ...lines: string[]): string {
    mkdirSync(join(work, folder), { recursive: true });
    const path = join(work, folder, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  }

  const itemsHeader = 'Ref,Type,Designation,Serial No,recovered_at,notes';
  const items = [
    'SYN-CLI-1,uav,Герань-2 (synthetic),ГЕР-0101,2023-05-04,synthetic test data',
    `SYN-CLI-2,uav,Герань-2 (synthetic),ГЕР-0102,2023-06-01,"${MAX_CYRILLIC} on the tail, typed in Cyrillic"`,
    'SYN-CLI-3,missile,QZX-9 (synthetic),QZX-0003,2022-11-30,"two\nlines"',
  ];
  let itemsFile: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'teardown-cli-'));
    dataDir = join(work, 'data');
    itemsFile = file('a', 'items.csv', itemsHeader, ...items);
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('init creates the data folder and database and says where they are', async () => {
    const run = await teardown('init');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Data folder: ${dataDir}`);
    expect(run.stdout).toContain(`Database:    SQLite ${join(dataDir, 'teardown.db')}`);
    const add = await teardown('cases', 'add', '--title', 'CLI case (synthetic test data)');
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toBe('case 1 opened: CLI case (synthetic test data)\n');
    const list = await teardown('--json', 'cases', 'list');
    expect(JSON.parse(list.stdout).map((c: { id: number; title: string }) => [c.id, c.title])).toEqual([
      [1, 'CLI case (synthetic test data)'],
    ]);
  }, 180_000);

  it('imports items with a column mapping, printing counts and plain progress lines off a terminal', async () => {
    const run = await teardown(
      'import',
      'items',
      itemsFile,
      '--case',
      '1',
      '--map',
      'Serial No=serialNumber',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('items.csv: 3 rows; 3 added, 0 updated, 0 skipped (already stored)\n');
    // Standard error is a pipe here, not a terminal: whole lines, no bar, no cursor movement.
    expect(run.stderr).toMatch(/^writing: 3\/3 rows$/m);
    for (const mark of ['\r', '\u001b[', '█', '░']) expect(run.stderr).not.toContain(mark);
    for (const line of run.stderr.trimEnd().split('\n'))
      expect(line).toMatch(/^[a-z][a-z ]*: \d+(\/\d+)? rows$/);
  }, 180_000);

  it('reports a repeat (--json), every bad row (exit 2) and a conflict (exit 4) without writing', async () => {
    const bad = file(
      'b',
      'items.csv',
      'Ref,Type,recovered_at',
      'SYN-CLI-4,uav,2023-01-01',
      'SYN-CLI-5,uav,2023-01-02',
      'SYN-CLI-6,uav,31/02/2023',
      'SYN-CLI-7,uav,2023-02-30',
    );
    const changed = file(
      'c',
      'items.csv',
      itemsHeader,
      items[0].replace('synthetic test data', 'synthetic test data (re-examined)'),
      items[1],
      items[2],
    );
    const [again, invalid, conflict] = await Promise.all([
      teardown('import', 'items', itemsFile, '--case', '1', '--map', 'Serial No=serialNumber', '--json'),
      teardown('import', 'items', bad, '--case', '1'),
      teardown('import', 'items', changed, '--case', '1', '--map', 'Serial No=serialNumber'),
    ]);

    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      kind: 'items',
      file: 'items.csv',
      rows: 3,
      added: 0,
      updated: 0,
      skipped: 3,
      auditSeq: null,
    });
    expect(again.stderr).toBe('');

    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe('');
    expect(invalid.stderr).toContain('error: items.csv: 2 problems found; nothing was imported\n');
    expect(invalid.stderr).toContain(
      '\n  items.csv, row 3, column "recovered_at": "31/02/2023" is not a date (use YYYY-MM-DD)\n',
    );
    expect(invalid.stderr).toContain(
      '\n  items.csv, row 4, column "recovered_at": "2023-02-30" is not a date (use YYYY-MM-DD)\n',
    );

    expect(conflict.code).toBe(4);
    expect(conflict.stderr).toMatch(
      /error: items\.csv: 1 row would change stored records; nothing was imported \(use --update/,
    );
    expect(conflict.stderr).toMatch(/\n {2}items\.csv, row 1: differs from stored item \d+ in notes\n/);

    const update = await teardown(
      'import',
      'items',
      changed,
      '--case',
      '1',
      '--map',
      'Serial No=serialNumber',
      '--update',
      '--json',
    );
    expect(update.code, update.stderr).toBe(0);
    expect(JSON.parse(update.stdout)).toMatchObject({ rows: 3, added: 0, updated: 1, skipped: 2 });
  }, 180_000);

  it('imports components, finds a Cyrillic-typed marking by Latin letters, exports JSON Lines and verifies', async () => {
    const components = file(
      'd',
      'components.csv',
      'item,subsystem,pos,markingRaw,maker,partNumber',
      `SYN-CLI-1,flight_control,U1,${MAX_CYRILLIC}-7 / QZX32F4 / 2219,Qazax Micro (synthetic),QZX32F4`,
      'SYN-CLI-1,navigation,U2,QZX-GNSS8 (synthetic),,',
    );
    const imported = await teardown('import', 'components', components, '--case', '1', '--json');
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ kind: 'components', rows: 2, added: 2 });

    const [search, exported, verify] = await Promise.all([
      teardown('search', 'MAX', '--json'),
      teardown('export', 'components', '--case', '1', '--format', 'jsonl'),
      teardown('verify'),
    ]);

    expect(search.code, search.stderr).toBe(0);
    const hits = JSON.parse(search.stdout).hits as { type: string; title: string; snippet: string }[];
    expect(hits).toContainEqual(
      expect.objectContaining({
        type: 'component',
        title: 'Qazax Micro (synthetic) QZX32F4',
        snippet: expect.stringContaining(`${MAX_CYRILLIC}-7`),
      }),
    );
    expect(hits).toContainEqual(
      expect.objectContaining({ type: 'item', snippet: expect.stringContaining('SYN-CLI-2') }),
    );
    expect(hits.filter((h) => h.type !== 'organization' && h.type !== 'person')).toHaveLength(2);

    expect(exported.code, exported.stderr).toBe(0);
    const rows = exported.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toEqual([
      expect.objectContaining({
        itemRef: 'SYN-CLI-1',
        subsystem: 'flight_control',
        position: 'U1',
        markingRaw: `${MAX_CYRILLIC}-7 / QZX32F4 / 2219`,
        maker: 'Qazax Micro (synthetic)',
      }),
      expect.objectContaining({
        itemRef: 'SYN-CLI-1',
        subsystem: 'navigation',
        position: 'U2',
        markingRaw: 'QZX-GNSS8 (synthetic)',
        maker: null,
      }),
    ]);

    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout.trimEnd().split('\n').pop()).toBe('intact');
  }, 180_000);
});
