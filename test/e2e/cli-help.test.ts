import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'teardown-cli-help-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const teardown = (args: string[]) => runCli(dataDir, args);

/** Each command and the options its help must list (the `import` and `export` groups only list these). */
const commands: [string, string[]][] = [
  [
    '',
    [
      '--data <dir>',
      '--database <url>',
      '--json',
      'init',
      'serve',
      'cases',
      'import',
      'export',
      'search',
      'verify',
      'checkpoint',
      'variants',
      'attribute',
      'estimate',
    ],
  ],
  ['init', ['--demo']],
  ['cases add', ['--title <title>', '--summary <text>']],
  ['serve', ['--port <port>', '--host <host>', '--demo', '--no-jobs']],
  [
    'import items',
    [
      '<file>',
      '--case <id>',
      '--map <source=field>',
      '--map-file <file>',
      '--update',
      '--format <format>',
      '--delimiter <char>',
    ],
  ],
  [
    'import components',
    [
      '<file>',
      '--case <id>',
      '--map <source=field>',
      '--map-file <file>',
      '--update',
      '--format <format>',
      '--delimiter <char>',
    ],
  ],
  ['import files', ['<dir>', '--case <id>', '--manifest <csv>']],
  ['export items', ['--case <id>', '--format <format>', '"csv"', '"jsonl"', '--out <file>']],
  ['export components', ['--case <id>', '--format <format>', '--out <file>']],
  ['search', ['<query...>', '--limit <n>']],
  ['verify', ['--checkpoint <file>', '--public-key <file>']],
  ['checkpoint', ['--key <file>', '--out <file>', 'keygen']],
  ['checkpoint keygen', ['--out <dir>']],
  ['variants', ['show', 'set', 'versions']],
  ['variants show', ['--version <n>']],
  ['variants set', ['<file>']],
  ['attribute', ['--case <id>', '--designation <name>']],
  [
    'estimate',
    [
      '--serials <file>',
      '--case <id>',
      '--designation <name>',
      '--pattern <regex>',
      '--level <x>',
      '--lag-days <n>',
    ],
  ],
];

/** Runs at most `width` processes at a time: each one loads the whole program. */
async function pooled<T, R>(inputs: T[], width: number, run: (input: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const i = next++;
      out[i] = await run(inputs[i]);
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

describe('teardown --help and usage errors (CLI)', () => {
  it('prints a help page listing its options for every command, exiting 0', async () => {
    const runs = await pooled(commands, 2, ([command]) =>
      teardown([...command.split(' ').filter(Boolean), '--help']),
    );
    for (const [i, [command, options]] of commands.entries()) {
      const run = runs[i];
      expect(run.code, `${command} --help: ${run.stderr}`).toBe(0);
      expect(run.stdout).toContain(`Usage: teardown${command ? ` ${command}` : ''} `);
      for (const option of options)
        expect(run.stdout, `teardown ${command} --help lists ${option}`).toContain(option);
      expect(run.stdout).toContain('-h, --help');
    }
  }, 240_000);

  it('exits 2 on an unknown command, an unknown option or a missing required option', async () => {
    const [command, option, missing] = await pooled(
      [['frobnicate'], ['verify', '--frobnicate'], ['export', 'items']],
      3,
      teardown,
    );
    expect(command.code).toBe(2);
    expect(command.stderr).toContain("unknown command 'frobnicate'");
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--frobnicate'");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option '--case <id>' not specified");
  }, 180_000);
});
