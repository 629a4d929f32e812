// The server of the authz benchmark, run as a child process: the product's HTTP server built and listening
// as `teardown serve` does it (openApp, buildServer, listen; no background jobs), plus a side port, not
// part of the product, that hands over how long the server itself spent on each request since the last
// call: from the parsed request (Node's 'request' event) to the sent response ('finish'). Under load a
// saturated server's latency is mostly the wait in front of it; this tells that wait from the work.
// Usage: tsx bench/authz-server.ts DATA_DIR [DATABASE_URL]
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { openApp, resolveConfig } from '../src/app/index.ts';
import { buildServer } from '../src/server/index.ts';

const [data, database] = process.argv.slice(2);
if (!data) {
  process.stderr.write('usage: tsx bench/authz-server.ts DATA_DIR [DATABASE_URL]\n');
  process.exit(2);
}
const app = await openApp(resolveConfig({ data, database }));
const server = await buildServer(app);
let times: number[] = [];
server.server.on('request', (_req, res) => {
  const started = performance.now();
  res.on('finish', () => times.push(performance.now() - started));
});
await server.listen({ port: 0, host: '127.0.0.1' });
const stats = createServer((_req, res) => {
  const out = times;
  times = [];
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(out));
});
await new Promise<void>((resolve) => stats.listen(0, '127.0.0.1', resolve));
const port = (server.server.address() as AddressInfo).port;
const statsPort = (stats.address() as AddressInfo).port;
process.stdout.write(`running at http://127.0.0.1:${port}/ stats at http://127.0.0.1:${statsPort}/\n`);

const stop = async () => {
  stats.close();
  await server.close();
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
