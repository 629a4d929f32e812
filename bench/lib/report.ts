// Where benchmark output goes: bench/out (git-ignored). Results are kept as JSON and as a markdown
// section ready to be copied into BENCHMARKS.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './setup.ts';

export const outDir = join(repoRoot, 'bench', 'out');
export const dataDir = join(outDir, 'data');
export const tmpDir = join(outDir, 'tmp');
export const dbDir = join(outDir, 'db');
export const resultsDir = join(outDir, 'results');

export function ensureOutDirs(): void {
  for (const d of [outDir, dataDir, tmpDir, dbDir, resultsDir]) mkdirSync(d, { recursive: true });
}

export function saveResult(name: string, json: unknown, markdown: string): string {
  ensureOutDirs();
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = join(resultsDir, `${name}-${stamp}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${base}.md`, `${markdown}\n`);
  return base;
}

export function log(message: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
