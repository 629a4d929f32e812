// Makes sure the PostgreSQL server that the repository tests need is running and the web app is built,
// so that `npx vitest` works as well as `npm test`. The server is started by scripts/pg-start.sh (idempotent).
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  // The browser tests load web/dist: rebuild it when its sources changed (a no-op otherwise).
  execFileSync('node', ['scripts/build-web.mjs'], { stdio: 'inherit' });
  if (process.env.TEARDOWN_TEST_PG_URL) return;
  const url = execFileSync('bash', ['scripts/pg-start.sh'], { encoding: 'utf8' }).trim().split('\n').pop();
  if (url) process.env.TEARDOWN_TEST_PG_URL = url;
}
