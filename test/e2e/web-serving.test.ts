// How the server serves the web app: index.html at `/` and at every address of the app (its router
// shows the page), hashed assets cached for a year and compressed, API addresses still answering JSON
// (a 404 for an unknown one), the same security headers as the API, and a plain page that says how to
// build the app when web/dist is missing.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/index.ts';
import { registerWeb, WEB_DIST } from '../../src/server/server.web.ts';
import { createTestInstance, type TestInstance } from '../helpers/test-app.ts';

let t: TestInstance;
let server: Awaited<ReturnType<typeof buildServer>>;
beforeAll(async () => {
  t = await createTestInstance('sqlite');
  server = await buildServer(t.app);
});
afterAll(async () => {
  await server.close();
  await t.destroy();
});

describe('serving the web app', () => {
  it('answers / and any address of the app with index.html, not cached, with the CSP', async () => {
    for (const url of ['/', '/cases/1', '/items/99999?x=1', '/no/such/page']) {
      const res = await server.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('serves the hashed assets for a year, compressed for clients that accept it', async () => {
    const js = readdirSync(join(WEB_DIST, 'assets')).find((f) => /^index-.*\.js$/.test(f));
    expect(js).toBeTruthy();
    const res = await server.inject({
      method: 'GET',
      url: `/assets/${js}`,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(res.headers['content-encoding']).toBe('gzip');
    const plain = gunzipSync(res.rawPayload);
    expect(plain.length).toBeGreaterThan(res.rawPayload.length * 2);
    const missing = await server.inject({ method: 'GET', url: '/assets/no-such-file.js' });
    expect(missing.statusCode).toBe(404);
  });

  it('keeps API addresses JSON: an unknown one is a 404 in the error shape', async () => {
    const res = await server.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
    const api = await server.inject({ method: 'GET', url: '/api/cases' });
    expect(api.headers['content-type']).toMatch(/application\/json/);
  });

  it('says how to build the app when there is no build', async () => {
    const bare = Fastify();
    await registerWeb(bare, mkdtempSync(join(tmpdir(), 'teardown-nobuild-')));
    const res = await bare.inject({ method: 'GET', url: '/cases/1' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('npm run build:web');
    await bare.close();
  });
});
