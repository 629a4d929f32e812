// The plain page served at `/` until the web app lands: what this is, and where the API docs are.
import type { FastifyInstance } from 'fastify';
import type { App } from '../app/index.ts';
import { actorOf } from './server.actor.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function registerHome(server: FastifyInstance, app: App): void {
  server.get('/', { config: { access: 'read' }, schema: { hide: true } }, async (req, reply) => {
    const actor = actorOf(req);
    const cases = await app.cases.list(actor);
    const who =
      actor.kind === 'user' || actor.kind === 'token'
        ? `Signed in as <strong>${escapeHtml(actor.name)}</strong>: the cases you are a member of, and the published ones.`
        : 'Not signed in: the published cases, in their published form. Sign in with <code>POST /api/session</code> to see the cases you are a member of.';
    const list = cases
      .map(
        (c) =>
          `<li><a href="/api/items?caseId=${c.id}">${escapeHtml(c.title)}</a>${c.isDemo ? ' <em>(synthetic demo data)</em>' : ''}</li>`,
      )
      .join('');
    reply.type('text/html; charset=utf-8').send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Teardown</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:3rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><h1>Teardown</h1>
<p>Forensic tracing of components recovered from downed drones and munitions. The web app is not built yet;
the HTTP API is. Read the <a href="/api/docs">API documentation</a> or the <a href="/api/openapi.json">OpenAPI description</a>.</p>
<p>${who}</p>
<h2>Cases</h2><ul>${list || '<li>none yet</li>'}</ul>
<p>Try <a href="/api/search?q=MAX">/api/search?q=MAX</a> or <a href="/api/stats">/api/stats</a>.</p>
<p><small>Data folder: ${escapeHtml(app.config.dataDir)} · database: ${escapeHtml(app.db.label)}</small></p>
</body></html>`);
  });
}
