// The components, organizations and persons lists and the search page in a real browser: the
// components table pages, filters and sorts exactly as the API does; an organization's page lists
// where it appears and an analyst's edit is saved; a maker typed with a Cyrillic look-alike letter
// finds what its Latin spelling finds; a visitor is asked to sign in without a failed request. Each
// page: no problems, no serious accessibility violation, a screenshot. All data is synthetic.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { seriousViolations, startWeb, type WebFixture } from '../../helpers/browser.ts';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
});
afterAll(async () => {
  await web?.close();
});

const nf = new Intl.NumberFormat('en-GB');
interface ApiPage<T> {
  total: number;
  rows: T[];
}
interface ComponentRow {
  id: number;
  partNumber: string | null;
  maker: string | null;
  itemId: number;
}

/** GET as the page's signed-in user (the browser context's cookies). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

const pagerStatus = (page: Page) => page.getByTestId('pager-status').first();
/** Waits until the pager shows rows from..to of total. */
async function waitForPager(page: Page, from: number, to: number, total: number) {
  const want = total === 0 ? 'none' : `${nf.format(from)}–${nf.format(to)} of ${nf.format(total)}`;
  await expect.poll(() => pagerStatus(page).textContent(), { timeout: 10_000 }).toBe(want);
  // The status follows the address at once; the rows once the server has answered.
  await page.locator('.data-table[aria-busy="false"]').first().waitFor();
}
/** The text of one column of the table's body rows, once the table shows the expected row count. */
async function column(page: Page, index: number): Promise<string[]> {
  return page
    .locator('.data-table tbody tr')
    .evaluateAll((trs, i) => trs.map((tr) => (tr.children[i as number]?.textContent ?? '').trim()), index);
}
async function expectClean(page: Page, problems: string[], screenshot: string) {
  expect(problems).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await web.screenshot(page, screenshot);
}

describe('the components list', () => {
  it('pages, filters and sorts like the API, over the server', async () => {
    const { page, problems, context } = await web.open('admin');
    await page.goto('/components');
    const all = await apiGet<ApiPage<ComponentRow>>(page, '/api/components?limit=50');
    expect(all.total).toBeGreaterThan(50);
    await waitForPager(page, 1, 50, all.total);
    await expect(page.getByTestId('components-total').textContent()).resolves.toBe(
      `${nf.format(all.total)} components`,
    );
    expect(await column(page, 0)).toEqual(all.rows.map((r) => r.partNumber ?? ''));

    // Next shows the next rows.
    await page.getByRole('button', { name: 'Next' }).click();
    const second = await apiGet<ApiPage<ComponentRow>>(page, '/api/components?limit=50&offset=50');
    await waitForPager(page, 51, Math.min(100, all.total), all.total);
    expect(await column(page, 7)).toEqual(second.rows.map((r) => `item ${r.itemId}`));
    expect(new URL(page.url()).searchParams.get('offset')).toBe('50');

    // A subsystem: back to the first page, the API's total for the same filter.
    await page.getByLabel('Subsystem').selectOption('power');
    const power = await apiGet<ApiPage<ComponentRow>>(page, '/api/components?limit=50&subsystem=power');
    expect(power.total).toBeGreaterThan(0);
    await waitForPager(page, 1, Math.min(50, power.total), power.total);
    expect(new URL(page.url()).searchParams.get('offset')).toBeNull();

    // A maker typed as text (the filter waits for typing to pause, then asks the server).
    await page.getByLabel('Subsystem').selectOption('');
    const maker = all.rows.find((r) => r.maker)?.maker as string;
    expect(maker).toBeTruthy();
    await page.getByLabel('Maker (exact)').fill(maker);
    const byMaker = await apiGet<ApiPage<ComponentRow>>(
      page,
      `/api/components?limit=50&maker=${encodeURIComponent(maker)}`,
    );
    await waitForPager(page, 1, Math.min(50, byMaker.total), byMaker.total);
    expect(new URL(page.url()).searchParams.get('maker')).toBe(maker);
    expect(new Set(await column(page, 1))).toEqual(new Set([maker]));

    // Sorting by part number orders like the API.
    await page.getByLabel('Maker (exact)').fill('');
    await waitForPager(page, 1, 50, all.total);
    await page.getByRole('button', { name: /Part number/ }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'partNumber');
    const sorted = await apiGet<ApiPage<ComponentRow>>(
      page,
      '/api/components?limit=50&sort=partNumber&order=asc',
    );
    const want = sorted.rows.map((r) => r.partNumber ?? '');
    await expect.poll(() => column(page, 0), { timeout: 10_000 }).toEqual(want);
    await expect(
      page.getByRole('columnheader', { name: /Part number/ }).getAttribute('aria-sort'),
    ).resolves.toBe('ascending');
    await expectClean(page, problems, 'components');
    await context.close();
  });
});

describe('organizations and persons', () => {
  it('asks a visitor to sign in, with no failed request', async () => {
    const { page, problems, context } = await web.open('anonymous');
    for (const path of ['/organizations', '/persons']) {
      await page.goto(path);
      await page.getByTestId('sign-in-notice').waitFor();
      expect(await page.getByTestId('sign-in-notice').getByRole('link', { name: 'Sign in' }).count()).toBe(1);
      expect(await page.locator('.data-table').count()).toBe(0);
    }
    expect(problems).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists organizations as the API does, and persons', async () => {
    const { page, problems, context } = await web.open('viewer');
    await page.goto('/organizations');
    const orgs = await apiGet<ApiPage<{ name: string }>>(page, '/api/organizations?limit=50');
    expect(orgs.total).toBeGreaterThan(0);
    await waitForPager(page, 1, Math.min(50, orgs.total), orgs.total);
    expect(await column(page, 0)).toEqual(orgs.rows.map((o) => o.name));
    await page.getByLabel('Role').selectOption('maker');
    const makers = await apiGet<ApiPage<unknown>>(page, '/api/organizations?limit=50&role=maker');
    await waitForPager(page, 1, Math.min(50, makers.total), makers.total);
    await expectClean(page, problems, 'organizations');

    // The demo has no persons: one made up for the test.
    const person = await web.app.parties.createPerson(localAdmin, {
      name: 'Ivo Testperson (synthetic test data)',
      aliases: ['I. Testperson'],
      countries: ['EE'],
      roles: ['freight_forwarder'],
      identifiers: [{ scheme: 'registration', value: 'TEST-P-1' }],
    });
    await page.goto('/persons');
    const persons = await apiGet<ApiPage<{ name: string }>>(page, '/api/persons?limit=50');
    await waitForPager(page, 1, Math.min(50, persons.total), persons.total);
    expect(await column(page, 0)).toEqual(persons.rows.map((p) => p.name));
    await expectClean(page, problems, 'persons');
    await page.getByRole('link', { name: person.name }).click();
    await page.getByRole('heading', { level: 1, name: person.name }).waitFor();
    await expect(page.getByTestId('party-aliases').textContent()).resolves.toBe('I. Testperson');
    expect(await page.locator('table.compact').getByRole('cell', { name: 'TEST-P-1' }).count()).toBe(1);
    await expectClean(page, problems, 'person');
    await context.close();
  });

  it("shows where an organization appears, and an admin's new alias is saved", async () => {
    const { page, problems, context } = await web.open('admin');
    const found = await apiGet<ApiPage<{ id: number; name: string; aliases: string[] }>>(
      page,
      '/api/organizations?q=Kestrel&limit=5',
    );
    const org = found.rows[0];
    expect(org).toBeDefined();
    const where = await apiGet<{
      cases: { caseId: number; components: number }[];
      components: ApiPage<unknown>;
    }>(page, `/api/organizations/${org.id}/appearances?limit=25`);
    expect(where.components.total).toBeGreaterThan(0);

    await page.goto(`/organizations/${org.id}`);
    await page.getByRole('heading', { level: 1, name: org.name }).waitFor();
    await page.getByTestId('appearance-cases').waitFor();
    expect(await page.getByTestId('appearance-count').allTextContents()).toEqual(
      where.cases.map((c) => nf.format(c.components)),
    );
    await waitForPager(page, 1, Math.min(25, where.components.total), where.components.total);
    expect((await column(page, 4)).every((t) => /^item \d+$/.test(t))).toBe(true);
    await web.screenshot(page, 'organization');

    // Adding an alias: saved, shown, and audited.
    const alias = 'Kestrel Test Alias (synthetic)';
    await page.getByRole('button', { name: 'Edit' }).click();
    const box = page.getByLabel('Aliases, one a line');
    await box.fill(`${await box.inputValue()}\n${alias}`);
    const saved = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/organizations/${org.id}`),
    );
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.getByTestId('party-aliases').textContent()).toContain(alias);
    const after = await apiGet<{ aliases: string[] }>(page, `/api/organizations/${org.id}`);
    expect(after.aliases).toEqual([...org.aliases, alias]);
    const audit = await apiGet<{ entries: { action: string; after: unknown }[] }>(
      page,
      `/api/audit?entityType=organization&entityId=${org.id}&limit=10`,
    );
    expect(audit.entries.some((e) => JSON.stringify(e.after ?? '').includes(alias))).toBe(true);
    // The page's audit history shows the change, read again after the save.
    await page
      .locator('.audit-history tbody tr', { hasText: 'update' })
      .locator('li[data-field="aliases"] ins', { hasText: alias })
      .waitFor();
    await expectClean(page, problems, 'organization-edited');
    await context.close();
  });

  it('shows field errors the server names, and saves nothing', async () => {
    const { page, problems, allow, context } = await web.open('admin');
    const org = (
      await apiGet<ApiPage<{ id: number; countries: string[] }>>(page, '/api/organizations?limit=1')
    ).rows[0];
    allow(400, `/api/organizations/${org.id}`);
    await page.goto(`/organizations/${org.id}`);
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel(/^Countries/).fill('Germany');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.field-error').first().waitFor();
    await expect(page.getByLabel(/^Countries/).getAttribute('aria-invalid')).resolves.toBe('true');
    const after = await apiGet<{ countries: string[] }>(page, `/api/organizations/${org.id}`);
    expect(after.countries).toEqual(org.countries);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('hides the edit button from a member who is not an analyst', async () => {
    const { page, problems, context } = await web.open('viewer');
    const org = (await apiGet<ApiPage<{ id: number; name: string }>>(page, '/api/organizations?limit=1'))
      .rows[0];
    await page.goto(`/organizations/${org.id}`);
    await page.getByRole('heading', { level: 1, name: org.name }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the search page', () => {
  /** The hits shown, as type:id, once the search has answered. */
  async function shownHits(page: Page): Promise<string[]> {
    await page
      .locator('ol.hits, [data-testid="search-none"], main [role="alert"]')
      .first()
      .waitFor({ timeout: 60_000 });
    expect(await page.locator('main [role="alert"]').allTextContents()).toEqual([]);
    return page
      .locator('ol.hits li')
      .evaluateAll((lis) =>
        lis.map((li) => `${li.closest('ol')?.getAttribute('data-testid')}:${li.getAttribute('data-hit-id')}`),
      );
  }

  it('finds a maker typed with a Cyrillic look-alike letter as its Latin spelling does', async () => {
    const { page, problems, context } = await web.open('admin');
    await page.goto('/search?q=Kestrel');
    const latin = await shownHits(page);
    expect(latin.length).toBeGreaterThan(0);
    expect(latin.some((h) => h.startsWith('hits-organization:'))).toBe(true);
    const api = await apiGet<{ hits: { type: string; id: number }[] }>(
      page,
      '/api/search?q=Kestrel&limit=25',
    );
    expect(latin).toEqual(api.hits.map((h) => `hits-${h.type}:${h.id}`));

    // Typed in the header's search box, with a Cyrillic К (U+041A) for the Latin K.
    const cyrillic = '\u041Aestrel';
    // The page must ask the API again for the Cyrillic spelling (the Latin hits are still on screen).
    const asked = page.waitForResponse(
      (r) => r.url().includes('/api/search') && new URL(r.url()).searchParams.get('q') === cyrillic,
    );
    await page.getByLabel('Search everything').fill(cyrillic);
    await page.getByLabel('Search everything').press('Enter');
    await page.waitForURL((u) => u.searchParams.get('q') === cyrillic);
    await asked;
    // The box follows the address once the page has rendered it.
    await expect.poll(() => page.getByLabel('Words').inputValue()).toBe(cyrillic);
    await expect.poll(() => shownHits(page)).toEqual(latin);
    await web.screenshot(page, 'search');

    // The type filter narrows to one group.
    await page.getByLabel('Type').selectOption('organization');
    await expect.poll(() => shownHits(page)).toEqual(latin.filter((h) => h.startsWith('hits-organization:')));
    await expect(page.getByText(/look alike/).count()).resolves.toBe(1);
    await expectClean(page, problems, 'search-organizations');
    await context.close();
  });
});
