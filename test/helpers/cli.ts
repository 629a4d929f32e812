// Runs the real `teardown` CLI in a child process on a data folder, as a user would, and collects what
// it printed and how it exited.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const tsxBin = join(repoRoot, 'node_modules', '.bin', 'tsx');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Each process loads the program anew, which takes seconds on a busy machine: callers allow for it. */
export function runCli(dataDir: string, args: string[], timeout = 120_000): Promise<CliRun> {
  const env = { ...process.env };
  delete env.TEARDOWN_DATABASE_URL;
  delete env.TEARDOWN_DATA_DIR;
  return new Promise((done) => {
    execFile(
      tsxBin,
      ['src/cli/main.ts', '--data', dataDir, ...args],
      { cwd: repoRoot, env, timeout },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}
