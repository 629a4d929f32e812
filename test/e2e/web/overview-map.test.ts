// The overview and the map of recoveries in a real browser: the overview's cards show what
// /api/stats answers the same reader, the demo's figures are labelled synthetic, the map shows every
// item /api/items/map gives (and, filtered, only those), a click leads to the item, and a visitor's
// map holds nothing of the private case and says that published places are coarsened. All data is
// synthetic.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { seriousViolations, startWeb, type WebFixture } from '../../helpers/browser.ts';

interface Stats {
  items: number;
  components: number;
  cases: number;
  files: number;
  recent: { entityType: string; entityId: number | null }[];
}
interface MapPoints {
  count: number;
  id: number[];
  caseId: number[];
  coarse: boolean[];
  designations: { name: string; count: number }[];
}

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
});
afterAll(async () => {
  await web?.close();
});

/** An API answer read as the page's own user (its cookies), or as a visitor from outside. */
const apiAs = async <T>(page: Page | null, path: string): Promise<T> => {
  if (!page) return (await (await fetch(`${web.baseUrl}${path}`)).json()) as T;
  return (await page.evaluate(`fetch(${JSON.stringify(path)}).then((r) => r.json())`)) as T;
};

/** Waits until an expression, evaluated in the page, is true (the tests' own types have no DOM). Polled
 * from here: `waitForFunction` with a string evaluates it with `eval` inside the page, which the app's
 * Content-Security-Policy (no 'unsafe-eval') refuses; `evaluate` goes through the debugging protocol. */
async function waitFor(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await page.waitForTimeout(50);
  }
}

const cardValue = async (page: Page, what: string) =>
  Number(
    ((await page.getByTestId(`count-${what}`).locator('.value').textContent()) ?? '').replace(/\D/g, ''),
  );

async function expectCards(page: Page, s: Stats) {
  for (const what of ['items', 'components', 'cases', 'files'] as const)
    expect(await cardValue(page, what), what).toBe(s[what]);
}

/** The overview with its charts drawn (the chart code loads after the counts). */
async function openOverview(page: Page, path = '/') {
  await page.goto(path);
  await page.getByTestId('count-items').waitFor();
  await page.locator('.overview-chart-drawing svg').first().waitFor();
}

/** The map with its points: the listing's count once the points came. */
async function shownCount(page: Page): Promise<number> {
  const el = page.getByTestId('map-count');
  await el.waitFor();
  return Number(await el.getAttribute('data-count'));
}
const markerSum = async (page: Page) =>
  (
    await page
      .locator('.map-marker')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))))
  ).reduce((a, b) => a + b, 0);

/** A browser test on a loaded machine (others run at the same time) may need more than the default. */
const SLOW = { timeout: 150_000 };

describe('the overview', () => {
  it('shows a visitor the published cases’ counts, labelled synthetic, with no problem', SLOW, async () => {
    const { page, context, problems } = await web.open('anonymous');
    await openOverview(page);
    const s = await apiAs<Stats>(null, '/api/stats');
    expect(s.items).toBeGreaterThan(0);
    await expectCards(page, s);
    // Only the demo case is published: the private case's item is not counted.
    expect(s.cases).toBe(1);
    expect(await page.locator('.demo-badge').first().isVisible()).toBe(true);
    expect(await page.getByRole('figure').count()).toBe(5); // months, subsystem, category, maker country, CHPL tier
    // The charts' values for screen readers, in tables.
    const monthTable = page.getByRole('table', { name: 'Recovered items per month of recovery' });
    expect(await monthTable.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await web.screenshot(page, 'overview-anonymous');
    await context.close();
  });

  it('shows the editor both cases, recent activity with links, and a case filter', SLOW, async () => {
    const { page, context, problems } = await web.open('editor');
    await openOverview(page);
    const s = await apiAs<Stats>(page, '/api/stats');
    await expectCards(page, s);
    expect(s.cases).toBe(2);
    expect(await page.locator('.demo-badge').first().isVisible()).toBe(true);
    const recent = page.getByRole('table', { name: 'Recent changes' });
    expect(await recent.locator('tbody tr').count()).toBe(s.recent.length);
    expect(s.recent.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await web.screenshot(page, 'overview-editor');

    // The private case alone: its one item, and no demo label.
    const answer = page.waitForResponse((r) => r.url().includes(`/api/stats?caseId=${web.privateCaseId}`));
    await page.getByLabel('Case').selectOption(String(web.privateCaseId));
    await answer;
    const priv = await apiAs<Stats>(page, `/api/stats?caseId=${web.privateCaseId}`);
    await waitFor(
      page,
      `document.querySelector('[data-testid="count-items"] .value')?.textContent === '${priv.items}'`,
    );
    await expectCards(page, priv);
    expect(priv.items).toBe(1);
    expect(await page.locator('.demo-badge').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens the record of a recent change', SLOW, async () => {
    const { page, context } = await web.open('editor');
    // A change the test makes, so that the newest entry is an item.
    await web.app.items.update(localAdmin, web.privateItemId, {
      notes: 'Synthetic test data: edited by the test.',
    });
    await openOverview(page);
    await page
      .getByRole('table', { name: 'Recent changes' })
      .getByRole('link', { name: `item #${web.privateItemId}` })
      .first()
      .click();
    await page.waitForURL((u) => u.pathname === `/items/${web.privateItemId}`);
    await context.close();
  });
});

describe('the map of recoveries', () => {
  it(
    'shows the editor every item the API gives, filters by designation, and leads to an item',
    SLOW,
    async () => {
      const { page, context, problems } = await web.open('editor');
      await page.goto('/map');
      const all = await apiAs<MapPoints>(page, '/api/items/map');
      expect(all.count).toBeGreaterThan(0);
      expect(all.id).toContain(web.privateItemId);
      expect(await shownCount(page)).toBe(all.count);
      expect(await markerSum(page)).toBe(all.count);
      expect(await page.locator('.map-items tbody tr').count()).toBe(Math.min(100, all.count));
      // The editor is a member of both cases: nothing is coarsened.
      expect(await page.getByTestId('map-coarse-note').count()).toBe(0);
      expect(problems).toEqual([]);
      expect(await seriousViolations(page)).toEqual([]);
      await web.screenshot(page, 'map');

      // One designation: the API's count for it, on the map and in the list.
      const d = all.designations[0];
      const filtered = await apiAs<MapPoints>(
        page,
        `/api/items/map?designation=${encodeURIComponent(d.name)}`,
      );
      expect(filtered.count).toBe(d.count);
      expect(filtered.count).toBeLessThan(all.count);
      const answer = page.waitForResponse((r) => r.url().includes('/api/items/map?designation='));
      await page.getByLabel('Designation').selectOption(d.name);
      await answer;
      await waitFor(
        page,
        `document.querySelector('[data-testid="map-count"]')?.getAttribute('data-count') === '${filtered.count}'`,
      );
      expect(await markerSum(page)).toBe(filtered.count);

      // A marker: clusters zoom in until a click picks items, whose links lead to the item page.
      const panel = page.locator('.map-panel');
      for (let i = 0; i < 20 && (await panel.getByRole('link').count()) === 0; i++) {
        const before = await page.locator('.map-controls').textContent();
        await page.locator('.map-marker').first().click();
        // The click either zoomed in (the zoom shown changes) or picked items (links in the panel).
        await waitFor(
          page,
          `document.querySelector('.map-controls')?.textContent !== ${JSON.stringify(before)} ||
          document.querySelectorAll('.map-panel a').length > 0`,
        );
      }
      const link = panel.getByRole('link').first();
      const id = ((await link.textContent()) ?? '').replace(/\D/g, '');
      expect(filtered.id.map(String)).toContain(id);
      expect(problems).toEqual([]);
      await link.click();
      await page.waitForURL((u) => u.pathname === `/items/${id}`);
      await context.close();
    },
  );

  it('leads from an entry of the list to the item', SLOW, async () => {
    const { page, context } = await web.open('viewer');
    await page.goto('/map');
    await shownCount(page);
    const link = page.locator('.map-items').getByRole('link').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((u) => u.pathname === href);
    await context.close();
  });

  it('shows a visitor the published items only, with coarsened places said so', SLOW, async () => {
    const { page, context, problems } = await web.open('anonymous');
    await page.goto('/map');
    const pub = await apiAs<MapPoints>(null, '/api/items/map');
    expect(pub.id).not.toContain(web.privateItemId);
    expect(pub.coarse.every(Boolean)).toBe(true);
    expect(await shownCount(page)).toBe(pub.count);
    expect(await markerSum(page)).toBe(pub.count);
    const hrefs = await page
      .locator('.map-items a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).not.toContain(`/items/${web.privateItemId}`);
    expect(await page.getByTestId('map-coarse-note').textContent()).toMatch(
      /published cases: places coarsened/,
    );
    expect(await page.locator('.map-marker.coarse').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-coarse-tag').count()).toBe(Math.min(100, pub.count));
    expect(await page.locator('.demo-badge').first().isVisible()).toBe(true);
    expect(await page.getByText('PRIVATE-TEST-ONLY').count()).toBe(0);
    expect(problems).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await web.screenshot(page, 'map-anonymous');
    await context.close();
  });
});
