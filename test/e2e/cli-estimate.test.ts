// `teardown estimate` as a user runs it: serials from a file with no database, in exactly the documented
// JSON shape or as a table with every caveat; bad input refused in the CLI's one format with exit 2; and
// the same from a case's items in the database. All serials are synthetic test data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'td-estimate-'));
const data = join(dir, 'data');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, ...lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const serials = write(
  'serials.txt',
  '# synthetic test data',
  'HW2-0019',
  'HW2-0040,2024-02-11',
  'S/N HW2-0042',
  'HW2-0060',
  'HW2-0040',
  'not a serial',
  '',
  'НW2М-0007',
);

describe('teardown estimate (CLI)', () => {
  it('prints exactly the documented JSON for a file of serials, series by series', async () => {
    const run = await runCli(data, ['--json', 'estimate', '--serials', serials]);
    expect(run.code, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(Object.keys(r).sort()).toEqual(['duplicates', 'series', 'unparsed']);
    for (const s of r.series) {
      expect(Object.keys(s).sort()).toEqual(['estimate', 'interval', 'k', 'max', 'min', 'notes', 'series']);
      expect(Object.keys(s.interval).sort()).toEqual(['high', 'level', 'low', 'method']);
    }
    expect(r.series[0]).toMatchObject({ series: 'HW2', k: 4, min: 19, max: 60, estimate: 74 });
    expect(r.series[0].interval).toMatchObject({ low: 60, level: 0.9 });
    // Cyrillic look-alike letters are the Latin series; one serial says how uncertain that is.
    expect(r.series[1]).toMatchObject({ series: 'HW2M', k: 1, max: 7 });
    expect(r.series[1].notes.join(' ')).toMatch(/one serial only/);
    expect(r.unparsed).toEqual([{ line: 7, serial: 'not a serial', reason: 'no digits in the serial' }]);
    expect(r.duplicates).toEqual([{ series: 'HW2', number: 40, lines: [3, 6] }]);
  }, 120_000);

  it('prints a table with the notes, at the level asked for', async () => {
    const run = await runCli(data, ['estimate', '--serials', serials, '--level', '0.95', '--lag-days', '10']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^series\s+k\s+min\s+max\s+estimate\s+95% interval$/m);
    expect(run.stdout).toMatch(/^HW2\s+4\s+19\s+60\s+74\s+60 – \d+$/m);
    expect(run.stdout).toContain('2 series in these serials (HW2, HW2M)');
    expect(run.stdout).toContain('line 7: "not a serial": no digits in the serial');
    expect(run.stdout).toContain('HW2 40: line 3, line 6');
  }, 120_000);

  it('refuses bad input in the CLI format with exit 2, naming the option or the line', async () => {
    const unreadable = write('unreadable.txt', 'abc', 'xyz');
    // Two processes at a time: each loads the whole program.
    const args = [
      ['estimate', '--serials', join(dir, 'missing.txt')],
      ['estimate', '--serials', serials, '--level', '1.5'],
      ['estimate', '--serials', serials, '--level', 'high'],
      ['estimate', '--serials', serials, '--pattern', '^HW2-\\d+$'],
      ['estimate', '--serials', unreadable],
      ['--json', 'estimate', '--serials', serials, '--lag-days', '-1'],
      ['estimate'],
    ];
    const runs = [];
    for (let i = 0; i < args.length; i += 2)
      runs.push(...(await Promise.all(args.slice(i, i + 2).map((a) => runCli(data, a)))));
    for (const r of runs) expect(r.code, r.stdout + r.stderr).toBe(2);
    const [missing, level, word, pattern, none, lag, nothing] = runs;
    expect(missing.stderr).toMatch(/^error: --serials: cannot read .*missing\.txt/);
    expect(level.stderr).toContain('error: --level: 1.5 is not a level from 0.5 to 0.999');
    expect(word.stderr).toContain('error: --level: "high" is not a number');
    expect(pattern.stderr).toContain('error: --pattern: needs a named group (?<number>…)');
    expect(none.stderr).toContain(`error: ${unreadable}: none of the 2 serials could be read`);
    expect(none.stderr).toContain(`${unreadable}, line 2: "xyz": no digits in the serial`);
    expect(JSON.parse(lag.stdout)).toMatchObject({
      error: { code: 'invalid', problems: [{ path: '--lag-days' }] },
    });
    expect(nothing.stderr).toContain('give --serials FILE, or --case ID --designation NAME');
  }, 180_000);

  it("estimates from a case's items in the database, and says a case it cannot find is not found", async () => {
    const add = await runCli(data, [
      '--json',
      'cases',
      'add',
      '--title',
      'Estimate CLI case (synthetic test data)',
    ]);
    expect(add.code, add.stderr).toBe(0);
    const caseId = JSON.parse(add.stdout).id as number;
    const items = write(
      'items.csv',
      'externalRef,itemType,designationAssessed,serialNumber,recoveredAt',
      'SYN-E-1,uav,Testbird-9,TB9-0019,2024-01-10',
      'SYN-E-2,uav,Testbird-9,TB9-0040,2024-02-11',
      'SYN-E-3,uav,Testbird-9,TB9-0042,2024-03-12',
      'SYN-E-4,uav,Testbird-9,TB9-0060,2024-04-13',
      'SYN-E-5,uav,Otherbird,OB-0001,2024-04-13',
    );
    const imported = await runCli(data, ['import', 'items', items, '--case', String(caseId)]);
    expect(imported.code, imported.stderr).toBe(0);
    const run = await runCli(data, [
      '--json',
      'estimate',
      '--case',
      String(caseId),
      '--designation',
      'Testbird-9',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const r = JSON.parse(run.stdout);
    expect(r).toMatchObject({
      designation: 'Testbird-9',
      caseId,
      pattern: null,
      unparsed: [],
      duplicates: [],
    });
    expect(r.series).toEqual([expect.objectContaining({ series: 'TB9', k: 4, max: 60, estimate: 74 })]);
    const text = await runCli(data, ['estimate', '--case', String(caseId), '--designation', 'Testbird-9']);
    expect(text.stdout).toContain(
      `Testbird-9 in case ${caseId}: 4 items with a serial number, read the default way`,
    );
    const missing = await runCli(data, ['estimate', '--case', '999', '--designation', 'Testbird-9']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('case 999 not found');
  }, 240_000);
});
