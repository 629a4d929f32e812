// The browser-test harness: a real Teardown server on a free port, running background jobs, over a
// seeded SQLite database (the synthetic demo case, which is published, plus a private case), Debian's
// Chromium driven by playwright-core, and pages that record every console error, page error and failed
// request so that a test can require there were none. Screenshots go to test-results/screens/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { App } from '../../src/app/index.ts';
import { localAdmin } from '../../src/core/actor.ts';
import { loadDemoIfEmpty } from '../../src/demo/index.ts';
import { buildServer } from '../../src/server/index.ts';
import { WEB_DIST } from '../../src/server/server.web.ts';
import { addMember, makeUser, TEST_PASSWORD } from './auth.ts';
import { repoRoot } from './cli.ts';
import { createTestInstance, type TestInstance } from './test-app.ts';

export const CHROMIUM = process.env.TEARDOWN_CHROMIUM ?? '/usr/bin/chromium';
/** The flags DEVELOPERS.md gives: no sandbox (root), no GPU, and no background traffic to Google's
 * hosts, which this machine's closed network refuses. Playwright adds a fresh --user-data-dir. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const SCREENSHOTS = join(repoRoot, 'test-results', 'screens');

export type Persona = 'anonymous' | 'admin' | 'editor' | 'viewer';

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught page errors, failed requests and 4xx/5xx answers seen so far. */
  problems: string[];
  /** Requests answered with these statuses are expected by the test (e.g. a 404 it provokes). */
  allow(status: number, urlPart?: string): void;
}

export interface WebFixture {
  baseUrl: string;
  app: App;
  server: FastifyInstance;
  instance: TestInstance;
  browser: Browser;
  demoCaseId: number;
  privateCaseId: number;
  privateItemId: number;
  users: Record<Exclude<Persona, 'anonymous'>, { id: number; username: string; password: string }>;
  /** A new browser context (own cookies), signed in as the persona through the login page. */
  open(persona: Persona): Promise<TrackedPage>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export interface WebFixtureOptions {
  /** Items of the synthetic demo case (fewer load faster). */
  demoItems?: number;
  /** Each persona signs in once, through the login page, and later pages of that persona reuse its
   * session cookie: for tests that open many pages and never sign out. */
  reuseSessions?: boolean;
}

export async function startWeb(options: WebFixtureOptions = {}): Promise<WebFixture> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('web/dist is missing: `npm test` builds it (node scripts/build-web.mjs)');
  const instance = await createTestInstance('sqlite');
  const app = instance.app;
  await loadDemoIfEmpty(app, () => {}, { items: options.demoItems ?? 40 });
  const demoCase = (await app.cases.list(localAdmin, true)).find((c) => c.isDemo);
  if (!demoCase) throw new Error('the demo case did not load');
  const priv = await app.cases.create(localAdmin, { title: 'Private case (synthetic test data)' });
  const privItem = await app.items.create(localAdmin, {
    caseId: priv.id,
    itemType: 'uav',
    designationMarked: 'PRIVATE-TEST-ONLY',
    serialNumber: 'PRIV-0001',
    latitude: 10.5,
    longitude: 20.5,
    recoveredAt: '2024-05-01',
    notes: 'Synthetic test data: must never be shown to a visitor.',
  });
  const admin = await makeUser(app, { username: 'webadmin', role: 'admin' });
  const editor = await makeUser(app, { username: 'webeditor' });
  const viewer = await makeUser(app, { username: 'webviewer' });
  await addMember(app, demoCase.id, 'webadmin', 'owner');
  await addMember(app, priv.id, 'webadmin', 'owner');
  await addMember(app, demoCase.id, 'webeditor', 'editor');
  await addMember(app, priv.id, 'webeditor', 'editor');
  await addMember(app, demoCase.id, 'webviewer', 'viewer');

  const server = await buildServer(app);
  await server.listen({ port: 0, host: '127.0.0.1' });
  // As `teardown serve` does: imports started from a page run as jobs.
  app.jobs.start(100);
  const baseUrl = `http://127.0.0.1:${(server.addresses()[0] as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const users = {
    admin: { id: admin.id, username: admin.username, password: TEST_PASSWORD },
    editor: { id: editor.id, username: editor.username, password: TEST_PASSWORD },
    viewer: { id: viewer.id, username: viewer.username, password: TEST_PASSWORD },
  };

  const sessions = new Map<Persona, Awaited<ReturnType<BrowserContext['storageState']>>>();
  const open = async (persona: Persona): Promise<TrackedPage> => {
    const kept = options.reuseSessions ? sessions.get(persona) : undefined;
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1360, height: 900 },
      ...(kept ? { storageState: kept } : {}),
    });
    const page = await context.newPage();
    const tracked = trackPage(page, context);
    if (persona !== 'anonymous' && !kept) {
      const u = users[persona];
      await page.goto('/login');
      await page.getByLabel('User name').fill(u.username);
      await page.getByLabel('Password').fill(u.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      if (options.reuseSessions) sessions.set(persona, await context.storageState());
    }
    return tracked;
  };

  return {
    baseUrl,
    app,
    server,
    instance,
    browser,
    demoCaseId: demoCase.id,
    privateCaseId: priv.id,
    privateItemId: privItem.id,
    users,
    open,
    screenshot: async (page, name) => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await app.jobs.stop();
      await browser.close();
      await server.close();
      await instance.destroy();
    },
  };
}

function trackPage(page: Page, context: BrowserContext): TrackedPage {
  const problems: string[] = [];
  const allowed: { status: number; urlPart?: string }[] = [];
  const isAllowed = (status: number, url: string) =>
    allowed.some((a) => a.status === status && (!a.urlPart || url.includes(a.urlPart)));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Chromium logs every 4xx/5xx answer as a console error; those are judged by their response.
    if (/Failed to load resource: the server responded with a status of \d+/.test(m.text())) return;
    problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation away cancels requests still loading; that is not a failure of the page.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !isAllowed(r.status(), r.url()))
      problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  return { page, context, problems, allow: (status, urlPart) => allowed.push({ status, urlPart }) };
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (from node_modules, injected into the page) and returns the serious and critical
 * violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the debugging protocol, which the app's Content-Security-Policy (script-src
  // 'self') does not block as it blocks an inline <script>.
  await page.evaluate(axeSource);
  // The function runs in the page, where axe is a global; the test's own types have no DOM.
  const result = (await page.evaluate('axe.run(document, { resultTypes: ["violations"] })')) as {
    violations: AxeViolation[];
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ ...v, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
}
