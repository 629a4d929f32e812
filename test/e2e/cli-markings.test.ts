// `teardown markings parse` as a user runs it: one marking with --json in the documented shape, a batch
// file of plain lines and JSON Lines, and bad input that names its line and exits with the usage code.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'td-markings-'));

describe('teardown markings parse', () => {
  it('prints one reading as JSON in the documented shape', async () => {
    const r = await runCli(dir, [
      '--json',
      'markings',
      'parse',
      'STM32F405 / RGT6 / GH229 93 / CHN 227',
      '--recovered',
      '2023-05-01',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(
      expect.arrayContaining([
        'manufacturer',
        'partNumber',
        'dateCode',
        'lotCode',
        'countryOfAssembly',
        'confidence',
        'alternatives',
      ]),
    );
    expect(out.manufacturer).toMatchObject({ name: expect.stringMatching(/STMicro/), country: 'CH' });
    expect(['logo', 'prefix', 'name']).toContain(out.manufacturer.matchedBy);
    expect(out.partNumber.full).toBe('STM32F405RGT6');
    expect(out.countryOfAssembly).toBe('CN');
    expect(out.confidence).toBeGreaterThan(0);
    expect(out.confidence).toBeLessThanOrEqual(1);
    // ST's one-digit year: 2022 or 2012 before a 2023 recovery, unless one is ruled out.
    if (out.dateCode.ambiguous) expect(out.dateCode.year).toBeNull();
    else expect(out.dateCode.year).toBeLessThanOrEqual(2023);
  });

  it('reads a batch file of plain lines and JSON Lines, and names the bad line', async () => {
    const file = join(dir, 'batch.txt');
    writeFileSync(
      file,
      [
        'STM32F405\\nRGT6',
        JSON.stringify({ text: 'ADUM1201\n2231', recovered: '2024-01-01' }),
        '{"text": 5}',
      ].join('\n'),
    );
    const r = await runCli(dir, ['--json', 'markings', 'parse', '--file', file]);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ line: 1, partNumber: { full: 'STM32F405RGT6' } });
    expect(lines[1].line).toBe(2);
    expect(lines[1].manufacturer?.name).toMatch(/Analog Devices/);
    expect(lines[2]).toMatchObject({ line: 3, error: expect.stringContaining('batch.txt:3') });
  });

  it('refuses empty text and a bad date with the usage exit code', async () => {
    expect((await runCli(dir, ['markings', 'parse', ''])).code).toBe(2);
    const bad = await runCli(dir, ['markings', 'parse', 'STM32F405', '--recovered', '2023-13']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/YYYY-MM-DD/);
  });
});
