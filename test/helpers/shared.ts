// The workplace's shared public data (sanctions lists, the Common High Priority List), which tests and
// benchmarks may read and the product never does: `../shared` beside the repository, or where
// TEARDOWN_SHARED_DIR says, or the workplace's own copy.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export function sharedFile(relative: string): string {
  const candidates = [process.env.TEARDOWN_SHARED_DIR, join(root, '..', 'shared'), '/work/shared'].filter(
    (d): d is string => !!d,
  );
  for (const dir of candidates) {
    const path = join(dir, relative);
    if (existsSync(path)) return path;
  }
  throw new Error(`shared data file ${relative} not found in ${candidates.join(', ')}`);
}
