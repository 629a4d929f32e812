// Production estimates in a real browser. On the synthetic demo's fictional designations the page shows,
// per series, the estimate, its interval and method, the Bayesian credible interval and prior, the past
// production and the declared targets' probabilities exactly as GET /api/production computes them for
// the same parameters; a higher level widens the interval and a longer lag moves the last evidence date,
// both as the API says. An administrator (an analyst's rights) declares a target and sees its
// probability, removes it, and sets a designation's serial pattern (a bad one refused at its field,
// nothing changed). A designation built here from synthetic test items shows its duplicate, its outlier,
// its unread serial and a series with one serial, as the API lists them. Members without those rights
// see no edit control; a visitor reads the published serials without targets. Each page: no problems,
// no serious accessibility violation, a screenshot.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { startWeb, type WebFixture } from '../../helpers/browser.ts';
import { apiGet, expectClean } from '../../helpers/pages.ts';

interface Interval {
  low: number;
  high: number | null;
  level: number;
  method: string;
}
interface Series {
  series: string | null;
  k: number;
  estimate: number | null;
  interval: Interval | null;
  bayes: { ok: true; highestDensity: Interval; priorStated: string } | { ok: false; reason: string };
  rate?: { ok: true; points: { date: string }[]; overall: { perMonth: number } | null } | { ok: false };
  notes: string[];
}
interface Assessment {
  designation: string;
  pattern: string | null;
  observations: { itemId: number; serial: string; number: number | null }[];
  series: Series[];
  unparsed: { itemId: number; serial: string; reason: string }[];
  duplicates: { series: string | null; number: number; itemIds: number[] }[];
  outliers: { series: string | null; number: number; itemIds: number[] }[];
  assumptions: { level: number; lagStated: string; priorStated: string };
  targets: {
    target: { id: number; units: number; by: string; series: string | null };
    series: {
      series: string | null;
      assessment: { ok: true; probability: number } | { ok: false; reason: string };
    }[];
  }[];
}
interface Designations {
  rows: { designation: string; items: number; withSerial: number; pattern: string | null }[];
}

let web: WebFixture;
const DEMO = 'Harrow-2';
/** A fictional designation of synthetic test items in the private case. */
const TEST = 'Testbird-9';

const qs = (designation: string, extra: Record<string, string | number> = {}) =>
  new URLSearchParams({
    designation,
    ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)])),
  }).toString();

const section = (page: Page, series: string | null) =>
  page.locator(`section.series-estimate[data-series="${series ?? '(no prefix)'}"]`);

/** The page's figures of one series are the API's, to the raw value. */
async function expectSeriesAsApi(page: Page, s: Series) {
  const box = section(page, s.series);
  await box.waitFor();
  if (s.estimate === null || !s.interval) throw new Error(`series ${s.series} has no estimate`);
  const estimate = box.getByTestId('estimate');
  await expect.poll(() => estimate.getAttribute('data-value')).toBe(String(s.estimate));
  expect(await estimate.textContent()).toBe(new Intl.NumberFormat('en-GB').format(Math.round(s.estimate)));
  const interval = box.getByTestId('interval');
  expect(await interval.getAttribute('data-low')).toBe(String(s.interval.low));
  expect(await interval.getAttribute('data-high')).toBe(String(s.interval.high));
  expect(await box.getByTestId('interval-method').textContent()).toContain(s.interval.method);
  expect(await box.locator('.estimate-figure').textContent()).toContain(
    `${Math.round(s.interval.level * 1000) / 10} % interval`,
  );
  if (s.bayes.ok) {
    const cred = box.getByTestId('credible-interval');
    expect(await cred.getAttribute('data-low')).toBe(String(s.bayes.highestDensity.low));
    expect(await cred.getAttribute('data-high')).toBe(String(s.bayes.highestDensity.high));
    expect(await box.getByTestId('prior-stated').textContent()).toBe(s.bayes.priorStated);
    // The posterior is drawn.
    await box.getByTestId('posterior-chart').locator('svg').first().waitFor();
  }
  expect(await box.getByTestId('series-notes').locator('li').allTextContents()).toEqual(s.notes);
}

beforeAll(async () => {
  web = await startWeb();
  // Synthetic test items: a duplicate (0010 on two items), an outlier (0900 far above 0042), a serial
  // that cannot be read, and a second series with one serial.
  const serials: [string, string][] = [
    ['TB-0003', '2024-01-10'],
    ['TB-0010', '2024-02-11'],
    ['TB-0010', '2024-02-20'],
    ['TB-0021', '2024-03-05'],
    ['TB-0030', '2024-04-09'],
    ['TB-0042', '2024-05-14'],
    ['TB-0900', '2024-06-01'],
    ['illegible', '2024-06-15'],
    ['TBX-0005', '2024-06-20'],
  ];
  for (const [serial, recoveredAt] of serials) {
    await web.app.items.create(localAdmin, {
      caseId: web.privateCaseId,
      itemType: 'uav',
      designationMarked: TEST,
      designationAssessed: TEST,
      serialNumber: serial,
      recoveredAt,
      notes: 'Synthetic test data.',
    });
  }
  // One item of the demo designation in the private case, so that one case's estimate differs from all.
  await web.app.items.create(localAdmin, {
    caseId: web.privateCaseId,
    itemType: 'uav',
    designationAssessed: DEMO,
    serialNumber: 'HW2-1999',
    recoveredAt: '2025-10-01',
    notes: 'Synthetic test data.',
  });
  // A declared target of the demo designation, whatever the demo declares itself.
  await web.app.production.addTarget(localAdmin, {
    designation: DEMO,
    units: 300,
    by: '2024-03-31',
    source: 'Synthetic test data: a fictional claim recorded by the test set-up.',
  });
}, 240_000);
afterAll(async () => {
  await web?.close();
});

describe('the production page', () => {
  it('shows every estimate of a designation as the API computes it', async () => {
    const { page, problems } = await web.open('admin');
    const designations = await apiGet<Designations>(page, '/api/production/designations');
    expect(designations.rows.map((d) => d.designation)).toContain(DEMO);
    await page.goto('/production');
    const list = page.getByTestId('designations-table');
    await list.waitFor();
    expect(await list.locator('tbody th').allTextContents()).toEqual(
      designations.rows.map((d) => d.designation),
    );
    await list.getByRole('link', { name: DEMO, exact: true }).click();
    await page.getByTestId('production-report').waitFor();

    const a = await apiGet<Assessment>(page, `/api/production?${qs(DEMO)}`);
    expect(a.series.length).toBeGreaterThan(0);
    for (const s of a.series) await expectSeriesAsApi(page, s);
    expect(await page.getByTestId('assumed-lag').textContent()).toBe(a.assumptions.lagStated);
    expect(await page.getByTestId('assumed-prior').textContent()).toBe(a.assumptions.priorStated);
    await page.getByTestId('serial-chart').locator('svg').first().waitFor();
    // One colour per series in the chart's legend.
    expect(await page.locator('.chart-legend li[data-series]').count()).toBe(a.series.length);
    // The demo is labelled.
    expect(await page.locator('.page-title .demo-badge').textContent()).toBe('synthetic demo data');
    // Past production stops at the last evidence date, the API's last point.
    for (const s of a.series) {
      if (!s.rate?.ok) continue;
      const last = s.rate.points.at(-1)?.date;
      expect(await section(page, s.series).getByTestId('last-evidence').textContent()).toBe(last);
    }
    // Each declared target shows the probability the API gives it.
    expect(a.targets.length).toBeGreaterThan(0);
    expect(await page.getByTestId('target-probability').count()).toBe(
      a.targets.flatMap((t) => t.series.filter((x) => x.assessment.ok)).length,
    );
    for (const t of a.targets) {
      for (const x of t.series) {
        if (!x.assessment.ok) continue;
        const cell = page
          .locator(`tr[data-target="${t.target.id}"]`)
          .locator(`[data-testid="target-assessment"][data-series="${x.series ?? '(no prefix)'}"]`);
        expect(await cell.getByTestId('target-probability').getAttribute('data-value')).toBe(
          String(x.assessment.probability),
        );
      }
    }
    await expectClean(web, page, problems, 'production-admin');
    await page.context().close();
  });

  it('changes the interval with the level and the last date with the lag, as the API does', async () => {
    const { page, problems } = await web.open('editor');
    await page.goto(`/production?${qs(DEMO)}`);
    await page.getByTestId('production-report').waitFor();
    const at90 = await apiGet<Assessment>(page, `/api/production?${qs(DEMO)}`);
    const at99 = await apiGet<Assessment>(page, `/api/production?${qs(DEMO, { level: 0.99 })}`);
    const first = at90.series[0];
    const wider = at99.series[0];
    expect(wider.interval?.high).toBeGreaterThan(first.interval?.high as number);
    await expectSeriesAsApi(page, first);

    await page.getByLabel('Interval level').selectOption('0.99');
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('0.99');
    const interval = section(page, first.series).getByTestId('interval');
    await expect.poll(() => interval.getAttribute('data-high')).toBe(String(wider.interval?.high));
    for (const s of at99.series) await expectSeriesAsApi(page, s);
    expect(await page.getByTestId('assumed-level').textContent()).toBe('99 %');

    const lagged = await apiGet<Assessment>(
      page,
      `/api/production?${qs(DEMO, { level: 0.99, lagDays: 90 })}`,
    );
    await page.getByLabel('Lag from making to recovery (days)').fill('90');
    await expect.poll(() => page.getByTestId('assumed-lag').textContent()).toBe(lagged.assumptions.lagStated);
    for (const s of lagged.series) {
      if (!s.rate?.ok) continue;
      await expect
        .poll(() => section(page, s.series).getByTestId('last-evidence').textContent())
        .toBe(s.rate.points.at(-1)?.date);
    }
    // A case editor who is no analyst edits neither the pattern nor the targets.
    expect(await page.getByRole('button', { name: /pattern/ }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Declare a target' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove the target/ }).count()).toBe(0);
    await expectClean(web, page, problems, 'production-editor');
    await page.context().close();
  });

  it('estimates one case only, from the case page or the case chosen', async () => {
    const { page, problems } = await web.open('admin');
    const one = await apiGet<Assessment>(page, `/api/production?${qs(DEMO, { caseId: web.demoCaseId })}`);
    await page.goto(`/cases/${web.demoCaseId}`);
    await page.getByTestId('case-production-link').click();
    await page.getByTestId('designations-table').getByRole('link', { name: DEMO, exact: true }).click();
    await page.getByTestId('production-report').waitFor();
    const params = new URL(page.url()).searchParams;
    expect([params.get('caseId'), params.get('designation')]).toEqual([String(web.demoCaseId), DEMO]);
    expect(await page.getByLabel('Case').inputValue()).toBe(String(web.demoCaseId));
    for (const s of one.series) await expectSeriesAsApi(page, s);

    // Every case again (the private case's item counts too), then the case chosen in the controls.
    const all = await apiGet<Assessment>(page, `/api/production?${qs(DEMO)}`);
    expect(all.observations.length).toBe(one.observations.length + 1);
    await page.getByLabel('Case').selectOption('');
    await expect.poll(() => new URL(page.url()).searchParams.get('caseId')).toBeNull();
    for (const s of all.series) await expectSeriesAsApi(page, s);
    await page.getByLabel('Case').selectOption(String(web.demoCaseId));
    await expect.poll(() => new URL(page.url()).searchParams.get('caseId')).toBe(String(web.demoCaseId));
    for (const s of one.series) await expectSeriesAsApi(page, s);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lets an administrator declare a target, shows its probability, and remove it', async () => {
    const { page, problems } = await web.open('admin');
    await page.goto(`/production?${qs(DEMO)}`);
    await page.getByTestId('production-report').waitFor();
    const before = await apiGet<Assessment>(page, `/api/production?${qs(DEMO)}`);
    const s = before.series[0];
    const units = Math.round((s.estimate as number) * 0.9);
    const form = page.getByRole('form', { name: 'Declare a target' });
    if (s.series) await form.getByLabel('Series').selectOption(s.series);
    await form.getByLabel('Units').fill(String(units));
    await form.getByLabel('By (date)').fill('2024-12-31');
    await form.getByLabel(/^Source/).fill('Synthetic test data: a fictional claim made for this test.');
    await form.getByRole('button', { name: 'Declare the target' }).click();

    const mineOf = (a: Assessment) =>
      a.targets.find((t) => t.target.units === units && t.target.by === '2024-12-31');
    await expect
      .poll(async () => !!mineOf(await apiGet<Assessment>(page, `/api/production?${qs(DEMO)}`)))
      .toBe(true);
    const after = await apiGet<Assessment>(page, `/api/production?${qs(DEMO)}`);
    const mine = mineOf(after);
    if (!mine) throw new Error('the target was not saved');
    expect(mine.target.series).toBe(s.series);
    const x = mine.series[0].assessment;
    if (!x.ok) throw new Error(`no probability: ${x.reason}`);
    expect(x.probability).toBeGreaterThan(0);
    const row = page.locator(`tr[data-target="${mine.target.id}"]`);
    await expect
      .poll(() => row.getByTestId('target-probability').getAttribute('data-value'))
      .toBe(String(x.probability));
    expect(await row.getByTestId('target-probability').textContent()).toMatch(
      /^(\d+(\.\d)? %|< 0\.1 %|> 99\.9 %)$/,
    );
    await expectClean(web, page, problems, 'production-target');

    await row
      .getByRole('button', {
        name: `Remove the target ${new Intl.NumberFormat('en-GB').format(units)} by 2024-12-31`,
      })
      .click();
    await expect.poll(() => row.count()).toBe(0);
    const gone = await apiGet<{ rows: { id: number }[] }>(
      page,
      `/api/production/targets?designation=${DEMO}`,
    );
    expect(gone.rows.map((t) => t.id)).not.toContain(mine.target.id);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('lists duplicates, outliers, unread serials and a one-serial series as the API does', async () => {
    const { page, problems } = await web.open('admin');
    const a = await apiGet<Assessment>(page, `/api/production?${qs(TEST)}`);
    expect(a.duplicates).toHaveLength(1);
    expect(a.outliers).toHaveLength(1);
    expect(a.unparsed).toHaveLength(1);
    await page.goto(`/production?${qs(TEST)}`);
    await page.getByTestId('production-report').waitFor();
    const flags = page.getByTestId('serial-flags');
    const dup = flags.getByTestId('duplicates').locator('li');
    expect(await dup.count()).toBe(1);
    for (const id of a.duplicates[0].itemIds)
      expect(await dup.getByRole('link', { name: `item ${id}` }).count()).toBe(1);
    const out = flags.getByTestId('outliers').locator('li');
    expect(await out.textContent()).toContain(String(a.outliers[0].number));
    expect(await out.getByRole('link', { name: `item ${a.outliers[0].itemIds[0]}` }).count()).toBe(1);
    const unread = flags.getByTestId('unparsed').locator('li');
    expect(await unread.textContent()).toContain(a.unparsed[0].serial);
    expect(await unread.textContent()).toContain(a.unparsed[0].reason);
    // The chart marks them: a ring for the duplicate and a cross for the outlier, in its legend.
    const legend = page.locator('.chart-legend');
    expect(await legend.textContent()).toContain('serial read on more than one item');
    expect(await legend.textContent()).toContain('outlier');
    // The series with a single serial says what its interval means.
    const single = a.series.find((s) => s.k === 1);
    if (!single) throw new Error('no one-serial series');
    expect(single.notes.join(' ')).toMatch(/k = 1|one serial/);
    expect(
      await section(page, single.series).getByTestId('series-notes').locator('li').allTextContents(),
    ).toEqual(single.notes);
    for (const s of a.series) await expectSeriesAsApi(page, s);
    await expectClean(web, page, problems, 'production-flags');
    await page.context().close();
  });

  it("lets an administrator set a designation's serial pattern, refusing a bad one at its field", async () => {
    const { page, problems, allow } = await web.open('admin');
    allow(400, '/api/production/patterns/');
    await page.goto(`/production?${qs(TEST)}`);
    const box = page.getByTestId('serial-pattern');
    await box.getByRole('button', { name: 'Set a pattern' }).click();
    const input = box.getByLabel(/^Pattern/);
    // No group named "number": refused, nothing stored.
    await input.fill('^(?<series>TB)-(\\d{4})$');
    await box.getByRole('button', { name: 'Save the pattern' }).click();
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    expect(await box.locator('.field-error').textContent()).toMatch(/^Not saved: /);
    const still = await apiGet<Designations>(page, '/api/production/designations');
    expect(still.rows.find((d) => d.designation === TEST)?.pattern).toBeNull();

    // Only the TB series, four digits: "TBX-0005" is no longer read, "illegible" still not.
    const pattern = '^(?<series>TB)-(?<number>\\d{4})$';
    await input.fill(pattern);
    await box.getByRole('button', { name: 'Save the pattern' }).click();
    await expect.poll(() => box.getByTestId('pattern-in-use').textContent()).toBe(pattern);
    const now = await apiGet<Assessment>(page, `/api/production?${qs(TEST)}`);
    expect(now.pattern).toBe(pattern);
    expect(now.series.map((s) => s.series)).toEqual(['TB']);
    await expect.poll(() => page.locator('section.series-estimate').count()).toBe(1);
    await expect.poll(() => page.getByTestId('unparsed').locator('li').count()).toBe(now.unparsed.length);
    expect(now.unparsed.length).toBe(2);
    await expectClean(web, page, problems, 'production-pattern');

    await box.getByRole('button', { name: 'Remove the pattern' }).click();
    await expect.poll(() => box.getByTestId('pattern-in-use').count()).toBe(0);
    expect((await apiGet<Assessment>(page, `/api/production?${qs(TEST)}`)).pattern).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('shows a viewer the estimates and targets without edit controls', async () => {
    const { page, problems } = await web.open('viewer');
    const a = await apiGet<Assessment>(page, `/api/production?${qs(DEMO)}`);
    await page.goto(`/production?${qs(DEMO)}`);
    await page.getByTestId('production-report').waitFor();
    for (const s of a.series) await expectSeriesAsApi(page, s);
    expect(a.targets.length).toBeGreaterThan(0);
    expect(await page.getByTestId('targets-table').locator('tbody tr').count()).toBe(a.targets.length);
    expect(await page.getByRole('form', { name: 'Declare a target' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /pattern/ }).count()).toBe(0);
    // The private case's test designation is not the viewer's to see.
    const designations = await apiGet<Designations>(page, '/api/production/designations');
    expect(designations.rows.map((d) => d.designation)).not.toContain(TEST);
    await expectClean(web, page, problems, 'production-viewer');
    await page.context().close();
  });

  it('shows a visitor the published serials, without targets or a refused request', async () => {
    const res = await fetch(`${web.baseUrl}/api/production?${qs(DEMO)}`);
    expect(res.status).toBe(200);
    const a = (await res.json()) as Assessment;
    expect(a.targets).toEqual([]);
    const { page, problems } = await web.open('anonymous');
    await page.goto('/production');
    const list = page.getByTestId('designations-table');
    await list.waitFor();
    expect(await list.textContent()).not.toContain(TEST);
    await page.goto(`/production?${qs(DEMO)}`);
    await page.getByTestId('production-report').waitFor();
    for (const s of a.series) await expectSeriesAsApi(page, s);
    await page.getByTestId('targets-signed-out').waitFor();
    expect(await page.getByTestId('targets-table').count()).toBe(0);
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Production' }).count(),
    ).toBe(1);
    await expectClean(web, page, problems, 'production-anonymous');
    await page.context().close();
  });
});
