// Runs a command as a child process and measures it: wall time (here), peak resident memory and CPU
// time (GNU time, which reports the largest of the process and its waited-for descendants).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Timed {
  code: number | null;
  wallS: number;
  maxRssMiB: number;
  userS: number;
  sysS: number;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

export function checkTimeTool(): void {
  if (!existsSync(TIME)) {
    throw new Error(`${TIME} (GNU time) is missing; install it with: apt-get install -y time`);
  }
}

export async function runTimed(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; outDir: string; stdin?: string },
): Promise<Timed> {
  checkTimeTool();
  const timeFile = join(opts.outDir, `time-${process.pid}-${Date.now()}.txt`);
  const started = performance.now();
  const child = spawn(TIME, ['-o', timeFile, '-f', '%M %U %S', cmd, ...args], {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    if (stdout.length < 1_000_000) stdout += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    if (stderr.length < 1_000_000) stderr += d;
  });
  child.stdin.end(opts.stdin ?? '');
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const wallS = (performance.now() - started) / 1000;
  const lines = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n') : [];
  rmSync(timeFile, { force: true });
  // GNU time prefixes "Command exited with non-zero status N" when the command fails.
  const [rssKb, user, sys] = (lines.at(-1) ?? '0 0 0').split(' ').map(Number);
  return { code, wallS, maxRssMiB: rssKb / 1024, userS: user, sysS: sys, stdout, stderr };
}
