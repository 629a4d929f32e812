// Builds the web app (web/ → web/dist) with Vite when its sources are newer than the last build, so
// that `npm start` and `npm test` always serve the current app without rebuilding it every time.
// `--force` builds regardless.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../web/', import.meta.url));
const stamp = join(root, 'dist', 'index.html');

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const name of readdirSync(path))
    if (name !== 'dist' && name !== 'node_modules') m = Math.max(m, newest(join(path, name)));
  return m;
}

const force = process.argv.includes('--force');
if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= newest(root)) {
  console.log('web app is up to date (web/dist)');
} else {
  // Run inside vitest, NODE_ENV is "test", and Vite would keep it: React's development build, with its
  // warnings and half again the size.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  console.log('built the web app into web/dist');
}
