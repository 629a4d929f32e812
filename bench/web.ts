// `npm run bench -- web`: the web app in headless Chromium (Debian's, driven by playwright-core) against
// the real server over 100,000 items and 1,000,000 components, timed with the browser's own
// Performance API: the overview's first load (cold cache, navigation start → the page's last change),
// the JavaScript it downloads (compressed bytes), and paging, sorting and filtering the components
// table (click → new rows on screen). Beside each: the limit (the same API request alone, from the same
// page) and the alternative a user might pick instead (a table that loads every row into the browser).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { openApp, resolveConfig } from '../src/app/index.ts';
import { localAdmin } from '../src/core/actor.ts';
import { generate } from './generate.ts';
import { describeLoad, describeMachine, LoadMonitor, machine } from './lib/machine.ts';
import { runTimed } from './lib/proc.ts';
import { dataDir, dbDir, ensureOutDirs, log, saveResult, tmpDir } from './lib/report.ts';
import { cliMain, prepareInstance, repoRoot, tsx } from './lib/setup.ts';
import { fmt, median, table } from './lib/stats.ts';
import { startServer, stopServer } from './search.ts';

export interface WebBenchOptions {
  rows: number;
  items: number;
  seed: number;
  runs: number;
  rebuild: boolean;
}

const USER = 'benchreader';
const PASSWORD = 'benchmark password, synthetic data only';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The database: built once through the product's own import and kept under bench/out/db. */
export async function ensureDatabase(o: WebBenchOptions): Promise<{ dir: string; caseId: number }> {
  ensureOutDirs();
  const dir = join(dbDir, `web-r${o.rows}-i${o.items}-s${o.seed}`);
  const manifest = join(dir, 'bench.json');
  if (!o.rebuild && existsSync(manifest)) {
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as { caseId: number };
    return { dir, caseId: m.caseId };
  }
  rmSync(dir, { recursive: true, force: true });
  const data = await generate({ dir: dataDir, rows: o.rows, items: o.items, seed: o.seed });
  log(
    `building the database: ${fmt(o.items)} items, ${fmt(o.rows)} components through the product's import …`,
  );
  const { caseId } = await prepareInstance(dir, data.itemsCsv);
  const t = await runTimed(
    tsx,
    [cliMain, '--data', dir, 'import', 'components', data.componentsCsv, '--case', String(caseId), '--json'],
    { cwd: repoRoot, outDir: tmpDir },
  );
  if (t.code !== 0) throw new Error(`import failed: ${t.stdout}\n${t.stderr}`);
  await addReader(dir, caseId);
  writeFileSync(manifest, JSON.stringify({ ...o, caseId, by: 'web benchmark' }, null, 2));
  log(`built in ${fmt(t.wallS, 1)} s`);
  return { dir, caseId };
}

/** The user the browser signs in as: a viewer of the benchmark case. */
export async function addReader(dir: string, caseId: number): Promise<void> {
  const app = await openApp(resolveConfig({ data: dir }));
  try {
    const { user, password } = await app.users.add(localAdmin, { username: USER, instanceRole: 'member' });
    await app.users.changePassword(await app.grants.userActor(user), {
      currentPassword: password,
      newPassword: PASSWORD,
    });
    await app.members.add(localAdmin, caseId, { username: USER, role: 'viewer' });
  } finally {
    await app.close();
  }
}

/** Records, in the page, when the document last changed: "loaded" is the last change before quiet. */
const trackChanges = `window.__lastChange = 0;
new MutationObserver(() => { window.__lastChange = performance.now(); })
  .observe(document, { subtree: true, childList: true, characterData: true, attributes: true });`;

async function quietSince(page: Page, quietMs = 600, timeoutMs = 60_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    const [now, last] = (await page.evaluate('[performance.now(), window.__lastChange]')) as number[];
    if (now - last >= quietMs) return last;
    if (Date.now() - start > timeoutMs) throw new Error('the page never settled');
    await page.waitForTimeout(100);
  }
}

async function signedInPage(browser: Browser, url: string) {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1360, height: 900 } });
  const res = await context.request.post('/api/session', { data: { username: USER, password: PASSWORD } });
  if (!res.ok()) throw new Error(`sign-in failed: ${res.status()} ${await res.text()}`);
  const page = await context.newPage();
  await page.addInitScript({ content: trackChanges });
  return { context, page };
}

interface OverviewRun {
  readyMs: number;
  domContentLoadedMs: number;
  jsBytesCompressed: number;
  jsBytesDecoded: number;
  jsFiles: number;
  statsApiMs: number;
}

async function overviewRun(browser: Browser, url: string): Promise<OverviewRun> {
  const { context, page } = await signedInPage(browser, url);
  await page.goto('/');
  await page.locator('main figure').first().waitFor({ timeout: 60_000 });
  const readyMs = await quietSince(page);
  const r = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const res = performance.getEntriesByType('resource');
    const js = res.filter((e) => e.name.endsWith('.js'));
    const stats = res.filter((e) => e.name.includes('/api/stats'));
    return {
      domContentLoadedMs: nav.domContentLoadedEventEnd,
      jsBytesCompressed: js.reduce((n, e) => n + e.encodedBodySize, 0),
      jsBytesDecoded: js.reduce((n, e) => n + e.decodedBodySize, 0),
      jsFiles: js.length,
      statsApiMs: stats.length ? Math.max(...stats.map((e) => e.responseEnd - e.requestStart)) : NaN,
    };
  })()`)) as Omit<OverviewRun, 'readyMs'>;
  await context.close();
  return { readyMs, ...r };
}

/** Runs `act` in the page and resolves with the milliseconds until the pager's status shows new rows. */
async function timeTableChange(page: Page, act: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve, reject) => {
    const el = document.querySelector('[data-testid=pager-status]');
    const before = el.textContent + '|' + document.querySelector('main tbody').textContent.slice(0, 400);
    const t0 = performance.now();
    const timer = setTimeout(() => reject(new Error('the table did not change')), 30000);
    const mo = new MutationObserver(() => {
      const now = el.textContent + '|' + document.querySelector('main tbody').textContent.slice(0, 400);
      if (now !== before && !/Loading/.test(el.textContent) && document.querySelector('[aria-busy=true]') === null) {
        mo.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }
    });
    mo.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
    ${act}
  })`)) as number;
}

const clickButton = (name: string) =>
  `[...document.querySelectorAll('main button')].find((b) => b.textContent.trim().startsWith(${JSON.stringify(name)})).click();`;

/** Sets a select's value the way a user's choice does (React listens to the change event). */
const chooseOption = (labelText: string, value: string) => `{
  const label = [...document.querySelectorAll('main label')].find((l) => l.textContent.trim().startsWith(${JSON.stringify(labelText)}));
  const select = label.control ?? label.querySelector('select');
  select.value = ${JSON.stringify(value)};
  select.dispatchEvent(new Event('change', { bubbles: true }));
}`;

async function apiAlone(page: Page, path: string): Promise<number> {
  return (await page.evaluate(`(async () => {
    const t0 = performance.now();
    const r = await fetch(${JSON.stringify(path)});
    await r.json();
    return performance.now() - t0;
  })()`)) as number;
}

export async function webBench(o: WebBenchOptions): Promise<void> {
  ensureOutDirs();
  const { dir, caseId } = await ensureDatabase(o);
  execFileSync('node', ['scripts/build-web.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  const m = machine();
  const monitor = new LoadMonitor();
  const { child, url } = await startServer({ dataDir: dir, rows: o.rows });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    // The first load after the server starts counts the figures (as the first view after any change to
    // the data does); later loads get them kept (see StatsService) until the data changes.
    const first = await overviewRun(browser, url);
    log(`overview, figures counted: ready ${fmt(first.readyMs)} ms, /api/stats ${fmt(first.statsApiMs)} ms`);
    const overview: OverviewRun[] = [];
    for (let i = 0; i < Math.max(o.runs, 5); i++) {
      const r = await overviewRun(browser, url);
      log(`overview: ready ${fmt(r.readyMs)} ms, JS ${fmt(r.jsBytesCompressed / 1024, 1)} KiB compressed`);
      overview.push(r);
    }

    const { context, page } = await signedInPage(browser, url);
    await page.goto('/components');
    await page
      .locator('[data-testid=pager-status]')
      .filter({ hasText: ' of ' })
      .waitFor({ timeout: 120_000 });
    await quietSince(page);
    const steps: Record<string, number[]> = {
      'next page': [],
      'previous page': [],
      'sort by part number': [],
      'filter: subsystem': [],
      'filter cleared': [],
    };
    const apiNext: number[] = [];
    for (let i = 0; i < Math.max(o.runs, 5); i++) {
      steps['next page'].push(await timeTableChange(page, clickButton('Next')));
      steps['previous page'].push(await timeTableChange(page, clickButton('Previous')));
      steps['sort by part number'].push(await timeTableChange(page, clickButton('Part number')));
      steps['filter: subsystem'].push(
        await timeTableChange(page, chooseOption('Subsystem', i % 2 ? 'power' : 'navigation')),
      );
      steps['filter cleared'].push(await timeTableChange(page, chooseOption('Subsystem', '')));
      apiNext.push(await apiAlone(page, `/api/components?limit=50&offset=${50 * (i + 1)}`));
      log(
        `table: next ${fmt(steps['next page'].at(-1)!)} ms, sort ${fmt(steps['sort by part number'].at(-1)!)} ms`,
      );
    }
    // The alternative: a grid that pages in the browser must first download every row.
    const exportMs = (await page.evaluate(`(async () => {
      const t0 = performance.now();
      const r = await fetch('/api/cases/${caseId}/export/components');
      const text = await r.text();
      return [performance.now() - t0, text.length];
    })()`)) as [number, number];
    await context.close();

    const load = monitor.stop();
    const ov = {
      readyMs: median(overview.map((r) => r.readyMs)),
      domContentLoadedMs: median(overview.map((r) => r.domContentLoadedMs)),
      jsKiB: median(overview.map((r) => r.jsBytesCompressed)) / 1024,
      jsDecodedKiB: median(overview.map((r) => r.jsBytesDecoded)) / 1024,
      jsFiles: median(overview.map((r) => r.jsFiles)),
      statsApiMs: median(overview.map((r) => r.statsApiMs)),
    };
    const stepRows = Object.entries(steps).map(([k, v]) => [
      k,
      fmt(median(v)),
      fmt(Math.max(...v)),
      '≤ 200 ms',
    ]);
    const md = [
      `### \`npm run bench -- web\` (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
      '',
      `${describeMachine(m)}; ${describeLoad(load)}. ${fmt(o.items)} items, ${fmt(o.rows)} components (synthetic), SQLite, signed in as a viewer of the case. Chromium headless, cold cache per overview run; medians of ${overview.length} runs.`,
      '',
      table(
        ['measure', 'product', 'limit / alternative', 'target'],
        [
          [
            'overview first load, data unchanged since the last view (navigation → last change)',
            `${fmt(ov.readyMs)} ms`,
            `GET /api/stats alone: ${fmt(ov.statsApiMs)} ms; DOMContentLoaded ${fmt(ov.domContentLoadedMs)} ms`,
            '≤ 2,000 ms',
          ],
          [
            'overview, first view after a change to the data (one run: the figures are counted)',
            `${fmt(first.readyMs)} ms`,
            `GET /api/stats alone: ${fmt(first.statsApiMs)} ms`,
            '≤ 2,000 ms',
          ],
          [
            'JavaScript of the first load (compressed)',
            `${fmt(ov.jsKiB, 1)} KiB in ${ov.jsFiles} files (${fmt(ov.jsDecodedKiB, 0)} KiB uncompressed)`,
            '',
            '≤ 300 KB',
          ],
          [
            'components table, next page (median)',
            `${fmt(median(steps['next page']))} ms`,
            `the API request alone: ${fmt(median(apiNext))} ms; loading every row for a browser-side grid: ${fmt(exportMs[0])} ms (${fmt(exportMs[1] / 1024 / 1024, 1)} MiB)`,
            '≤ 200 ms',
          ],
        ],
      ),
      '',
      table(['table step (1,000,000 components)', 'median ms', 'max ms', 'target'], stepRows),
    ].join('\n');
    const base = saveResult('web', { options: o, first, overview, steps, apiNext, exportMs, load }, md);
    process.stdout.write(`${md}\n\n(saved ${base}.md)\n`);
  } finally {
    await browser.close();
    await stopServer(child);
  }
}
