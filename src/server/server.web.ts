// Serves the web app (web/dist, built by Vite) at `/`: its hashed assets for a year, and index.html for
// every other address that is not the API, so that the app's own router shows the page. Without a
// build, a short page says how to make one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { NotFound } from '../core/errors.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teardown</title></head>
<body><main><h1>Teardown</h1><p>The web app is not built. Run <code>npm run build:web</code> (or
<code>npm start</code>, which builds it). The HTTP API works: see the <a href="/api/docs">API documentation</a>.</p></main></body></html>`;

export async function registerWeb(server: FastifyInstance, root: string = WEB_DIST): Promise<void> {
  const built = existsSync(`${root}/index.html`);
  if (built) await server.register(fastifyStatic, { root, serve: false });
  const handler = async (req: { params: unknown; url: string }, reply: import('fastify').FastifyReply) => {
    const path = ((req.params as { '*'?: string })['*'] ?? '').replace(/^\/+/, '');
    if (path === 'api' || path.startsWith('api/')) throw new NotFound('API route', req.url.split('?')[0]);
    if (!built) return reply.type('text/html; charset=utf-8').send(NOT_BUILT);
    // Asset names carry a hash of their content: they never change.
    if (path.startsWith('assets/')) return reply.sendFile(path, { maxAge: '365d', immutable: true });
    if (path === 'favicon.svg') return reply.sendFile(path, { maxAge: '1d' });
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { cacheControl: false });
  };
  const options = { config: { access: 'public' as const }, schema: { hide: true } };
  server.get('/', options, handler);
  server.get('/*', options, handler);
}
