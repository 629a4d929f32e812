// `teardown lists` as a user runs it on a data folder: an OFAC sdn file brings the alt and add files
// beside it, a second import is version 2 with its changes, the same files again make no version, a
// CSV list comes with its mapping, and bad input exits with the usage code naming its place. The lists
// are synthetic test data in the OFAC and CSV formats, not real listings.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'td-lists-'));
const data = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const E = '-0- ';
const sdnLine = (n: number, name: string, remarks = E) =>
  `${n},"${name}",${E},"SYNTH",${E},${E},${E},${E},${E},${E},${E},${remarks}`;

function ofac(folder: string, sdn: string[], alt: string[], add: string[]): string {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'synth-sdn.csv'), `${sdn.join('\r\n')}\r\n\x1a`);
  writeFileSync(join(folder, 'synth-alt.csv'), alt.join('\r\n'));
  writeFileSync(join(folder, 'synth-add.csv'), add.join('\r\n'));
  return join(folder, 'synth-sdn.csv');
}

const v1 = ofac(
  join(dir, 'v1'),
  [sdnLine(9001, 'QORVEX TRADING (SYNTHETIC)'), sdnLine(9002, 'SAMPLE WORKS (SYNTHETIC)')],
  [`9001,1,"aka","QVX (SYNTHETIC)",${E}`],
  [`9001,1,"1 Example Road","Sample City","Russia",${E}`],
);
const v2 = ofac(
  join(dir, 'v2'),
  [
    sdnLine(9001, 'QORVEX TRADING (SYNTHETIC)', '"Registration ID 7700000001."'),
    sdnLine(9003, 'NEWCO (SYNTHETIC)'),
  ],
  [`9001,1,"aka","QVX (SYNTHETIC)",${E}`],
  [`9001,1,"1 Example Road","Sample City","Russia",${E}`],
);

const json = async (args: string[]) => {
  const r = await runCli(data, ['--json', ...args]);
  expect(r.code, r.stderr || r.stdout).toBe(0);
  return JSON.parse(r.stdout);
};

describe('teardown lists', () => {
  it('imports an sdn file with the alt and add files beside it, then a second version', async () => {
    const first = await json(['lists', 'import', v1, '--format', 'ofac-csv', '--name', 'Synthetic SDN']);
    expect(first).toMatchObject({ created: true, added: 2, entries: 2, version: { version: 1 } });
    expect(first.version.files.map((f: { name: string }) => f.name)).toEqual([
      'synth-sdn.csv',
      'synth-alt.csv',
      'synth-add.csv',
    ]);
    const second = await runCli(data, [
      'lists',
      'import',
      v2,
      '--format',
      'ofac-csv',
      '--name',
      'Synthetic SDN',
    ]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      'Synthetic SDN version 2 (ofac-csv): 2 entries; 1 added, 1 changed, 1 removed, 0 unchanged',
    );
    const again = await runCli(data, [
      'lists',
      'import',
      v2,
      '--format',
      'ofac-csv',
      '--name',
      'Synthetic SDN',
    ]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('the same files as version 2; no new version');
  });

  it('lists the lists, shows the versions and what a version changed', async () => {
    const lists = await json(['lists']);
    expect(lists.rows).toMatchObject([{ name: 'Synthetic SDN', currentVersion: 2, entryCount: 2 }]);
    const shown = await runCli(data, ['lists', 'show', 'Synthetic SDN']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/version 2 .* 2 entries; 1 added, 1 changed, 1 removed/);
    const changes = await json(['lists', 'show', 'Synthetic SDN', '--version', '2']);
    expect(changes.changes.total).toBe(3);
    expect(
      Object.fromEntries(
        changes.changes.rows.map((c: { entryId: string; kind: string }) => [c.entryId, c.kind]),
      ),
    ).toEqual({ '9001': 'changed', '9002': 'removed', '9003': 'added' });
    const missing = await runCli(data, ['lists', 'show', 'No such list']);
    expect(missing.code).toBe(3);
  });

  it('imports a CSV list with --map, and refuses bad input with the usage code, naming the place', async () => {
    const csv = join(dir, 'mine.csv');
    writeFileSync(
      csv,
      'Ref;Name;Type\nC1;Qorvex Holding (synthetic);Company\nC2;Ivan Sample (synthetic);Person\n',
    );
    const ok = await json([
      'lists',
      'import',
      csv,
      '--format',
      'csv',
      '--name',
      'Own',
      '--map',
      'name=Name,id=Ref,schema=Type',
    ]);
    expect(ok).toMatchObject({ added: 2, entries: 2 });

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Ref,Name,Type\nC1,Qorvex Holding (synthetic),Ship\n');
    const refused = await runCli(data, [
      'lists',
      'import',
      bad,
      '--format',
      'csv',
      '--name',
      'Own',
      '--map',
      'name=Name,id=Ref,schema=Type',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bad.csv, row 1, column "Type": "Ship" is no schema');

    const lone = join(dir, 'lone');
    mkdirSync(lone);
    writeFileSync(join(lone, 'sdn.csv'), `${sdnLine(9100, 'LONE (SYNTHETIC)')}\r\n`);
    const noAlt = await runCli(data, [
      'lists',
      'import',
      join(lone, 'sdn.csv'),
      '--format',
      'ofac-csv',
      '--name',
      'Lone',
    ]);
    expect(noAlt.code).toBe(2);
    expect(noAlt.stderr).toMatch(/alt\.csv is not there: give --alt FILE, or --no-aliases/);
    const alone = await json([
      'lists',
      'import',
      join(lone, 'sdn.csv'),
      '--format',
      'ofac-csv',
      '--name',
      'Lone',
      '--no-aliases',
    ]);
    expect(alone).toMatchObject({ added: 1 });
    // The refused import left the CSV list as it was.
    expect((await json(['lists', 'show', 'Own'])).list).toMatchObject({ currentVersion: 1, entryCount: 2 });
  });
});
