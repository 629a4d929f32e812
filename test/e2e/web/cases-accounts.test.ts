// The cases list, the case page and the account page in a real browser: a visitor sees the published
// demo case only, in its published form and without member controls; members page and sort the items
// as the API does, edit in place with errors at the field, manage members, and ask for publication,
// which the one who asked cannot approve; a viewer edits nothing; an API token is shown once and
// revoked. Every page: no console error or failed request, no serious axe violation, a screenshot.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { makeUser } from '../../helpers/auth.ts';
import { seriousViolations, startWeb, type WebFixture } from '../../helpers/browser.ts';

let web: WebFixture;
let demoTitle: string;
let privateTitle: string;
let restrictedItemId: number;
beforeAll(async () => {
  web = await startWeb();
  demoTitle = (await web.app.cases.get(localAdmin, web.demoCaseId)).title;
  privateTitle = (await web.app.cases.get(localAdmin, web.privateCaseId)).title;
  const restrictions = await web.app.restrictions.list(localAdmin, web.demoCaseId);
  restrictedItemId = restrictions.find((r) => r.entityType === 'item')!.entityId;
}, 60_000);
afterAll(async () => {
  await web?.close();
});

const pagerOf = (page: Page) =>
  page.getByRole('navigation', { name: 'Items of the case: pages' }).getByTestId('pager-status');
const itemRows = (page: Page) => page.getByRole('table', { name: 'Items of the case' }).locator('tbody tr');
/** The text of one column of the items table, row by row. */
const column = (page: Page, n: number) =>
  page
    .getByRole('table', { name: 'Items of the case' })
    .locator(`tbody tr td:nth-child(${n})`)
    .allTextContents();
/** The items table shows the answer it waited for (while fetching it keeps the previous rows). */
const settled = (page: Page) => page.locator('.data-table[aria-busy="false"]').first().waitFor();
async function openCase(page: Page, id: number, query = '') {
  await page.goto(`/cases/${id}${query}`);
  await page.getByRole('heading', { level: 2, name: 'Items' }).waitFor();
  await pagerOf(page)
    .filter({ hasText: /of|none/ })
    .waitFor();
}

describe('cases and the case page, as a visitor', () => {
  it('lists the published demo case only, and a private case is not found', async () => {
    const { page, context, problems, allow } = await web.open('anonymous');
    await page.goto('/cases');
    const rows = page.getByRole('table', { name: 'Cases you can read' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(demoTitle);
    expect(await rows.first().textContent()).toContain('synthetic demo data');
    expect(await page.content()).not.toContain(privateTitle);
    expect(await page.getByRole('heading', { name: 'New case' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    allow(404, `/api/cases/${web.privateCaseId}`);
    await page.goto(`/cases/${web.privateCaseId}`);
    await page.getByRole('heading', { name: 'Case not found' }).waitFor();
    expect(await page.content()).not.toContain(privateTitle);
    expect(await page.content()).not.toContain('PRIVATE-TEST-ONLY');
    await context.close();
  });

  it('shows the demo case in its published form, without the restricted item or any member control', async () => {
    const { page, context, problems } = await web.open('anonymous');
    await openCase(page, web.demoCaseId, '?limit=100');
    await page.getByRole('heading', { level: 1, name: demoTitle }).waitFor();
    expect(await page.getByTestId('published-form-note').textContent()).toContain(
      'published form: places coarsened, dates to the month; restricted records withheld',
    );
    // What the API gives a visitor (the published form leaves the restricted item out).
    const published = (await (
      await fetch(`${web.baseUrl}/api/items?caseId=${web.demoCaseId}&limit=100`)
    ).json()) as { rows: { id: number }[] };
    expect(published.rows.map((r) => r.id)).not.toContain(restrictedItemId);
    expect(await itemRows(page).count()).toBe(published.rows.length);
    expect(await page.locator(`a[href="/items/${restrictedItemId}"]`).count()).toBe(0);
    const html = await page.content();
    expect(html).not.toContain(privateTitle);
    expect(html).not.toContain('PRIVATE-TEST-ONLY');
    for (const name of ['Members', 'Publishing', 'Restricted records', 'History of the case'])
      expect(await page.getByRole('heading', { name }).count()).toBe(0);
    expect(
      await page.getByRole('button', { name: /edit|approve|request publication|add member/i }).count(),
    ).toBe(0);
    // Dates of the published form are months.
    const recovered = (await column(page, 4)).filter(Boolean);
    expect(recovered.length).toBeGreaterThan(0);
    for (const d of recovered) expect(d).toMatch(/^\d{4}-\d{2}$/);
    await page.getByRole('heading', { name: 'Evidence files' }).waitFor();
    const custody = page.locator('ol.timeline time');
    await custody.first().waitFor();
    for (const d of await custody.allTextContents()) expect(d).toMatch(/^\d{4}-\d{2}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await web.screenshot(page, 'case-anonymous');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('cases and the case page, as members', () => {
  it('the editor sees both cases, pages and sorts the items as the API does', async () => {
    const { page, context, problems } = await web.open('editor');
    await page.goto('/cases');
    const table = page.getByRole('table', { name: 'Cases you can read' });
    await table.getByRole('link', { name: privateTitle }).waitFor();
    expect(await table.getByRole('link', { name: demoTitle }).count()).toBe(1);
    expect(await table.locator('tbody tr').count()).toBe(2);
    await page.getByRole('heading', { name: 'New case' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await web.screenshot(page, 'cases');
    expect(problems).toEqual([]);

    await table.getByRole('link', { name: demoTitle }).click();
    await pagerOf(page).filter({ hasText: 'of' }).waitFor();
    expect(await pagerOf(page).textContent()).toBe('1–15 of 40');
    const ids = () =>
      page
        .getByRole('table', { name: 'Items of the case' })
        .locator('tbody a[href^="/items/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const first = await ids();
    const nextPage = page.waitForResponse(
      (r) => r.url().includes('/api/items?') && r.url().includes('offset=15'),
    );
    await page
      .getByRole('navigation', { name: 'Items of the case: pages' })
      .getByRole('button', { name: 'Next' })
      .click();
    await nextPage;
    await settled(page);
    const second = await ids();
    expect(second).toHaveLength(15);
    expect(second.filter((s) => first.includes(s))).toEqual([]);

    for (const order of ['asc', 'desc'] as const) {
      const answer = page.waitForResponse(
        (r) => r.url().includes('sort=serialNumber') && r.url().includes(`order=${order}`),
      );
      await page.getByRole('button', { name: /^Serial/ }).click();
      await answer;
      await settled(page);
      await page.locator(`th[aria-sort="${order === 'asc' ? 'ascending' : 'descending'}"]`).waitFor();
      // Sorting starts again at the first page.
      await pagerOf(page).filter({ hasText: '1–15 of 40' }).waitFor();
      const api = (await (
        await page.request.get(
          `/api/items?caseId=${web.demoCaseId}&sort=serialNumber&order=${order}&limit=15`,
        )
      ).json()) as { rows: { serialNumber: string | null }[] };
      expect(await column(page, 2)).toEqual(api.rows.map((r) => r.serialNumber ?? ''));
    }

    // A filter narrows the rows the server answers with.
    const filtered = page.waitForResponse((r) => r.url().includes('itemType=missile'));
    await page.getByLabel('Item type').selectOption('missile');
    await filtered;
    await settled(page);
    const missiles = (await (
      await page.request.get(`/api/items?caseId=${web.demoCaseId}&itemType=missile&limit=1`)
    ).json()) as { total: number };
    await pagerOf(page)
      .filter({ hasText: missiles.total === 0 ? 'none' : `of ${missiles.total}` })
      .waitFor();
    for (const t of await column(page, 3)) expect(t).toMatch(/^(missile|No items match\.)$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the editor edits a case in place, with the validation error at the field', async () => {
    const { page, context, problems, allow } = await web.open('editor');
    await openCase(page, web.privateCaseId);
    await page.getByRole('button', { name: 'Edit title and summary' }).click();
    allow(400, `/api/cases/${web.privateCaseId}`);
    await page.getByLabel('Title').fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    const title = page.getByLabel('Title');
    await page.locator('#case-title-error').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await title.fill('Private case, renamed (synthetic test data)');
    await page.getByLabel('Summary').fill('Synthetic test data: renamed in the browser test.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Private case, renamed (synthetic test data)' })
      .waitFor();
    expect(await page.locator('.case-summary').textContent()).toBe(
      'Synthetic test data: renamed in the browser test.',
    );
    const stored = await web.app.cases.get(localAdmin, web.privateCaseId);
    expect(stored.title).toBe('Private case, renamed (synthetic test data)');
    // The edit is in the case's history.
    await page
      .getByRole('region', { name: 'History of the case' })
      .getByText('Synthetic test data: renamed in the browser test.')
      .waitFor();
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.getByRole('heading', { name: 'Publishing' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await web.screenshot(page, 'case-editor');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the owner adds a member by user name and changes a role; the list shows it', async () => {
    await makeUser(web.app, { username: 'webnewcomer' });
    const { page, context, problems } = await web.open('admin');
    await openCase(page, web.demoCaseId);
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.getByLabel('User name').fill('webnewcomer');
    await page.locator('#member-role').selectOption('viewer');
    await page.getByRole('button', { name: 'Add member' }).click();
    const role = page.getByLabel('Role of webnewcomer');
    await role.waitFor();
    expect(await role.inputValue()).toBe('viewer');
    const patched = page.waitForResponse(
      (r) => r.request().method() === 'PATCH' && r.url().includes('/members/'),
    );
    await role.selectOption('editor');
    expect((await patched).status()).toBe(200);
    await page.reload();
    await page.getByLabel('Role of webnewcomer').waitFor();
    expect(await page.getByLabel('Role of webnewcomer').inputValue()).toBe('editor');
    const members = await web.app.members.list(localAdmin, web.demoCaseId);
    expect(members.find((m) => m.username === 'webnewcomer')?.role).toBe('editor');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an unknown user name is refused at the field', async () => {
    const { page, context, problems, allow } = await web.open('admin');
    await openCase(page, web.demoCaseId);
    allow(400, `/api/cases/${web.demoCaseId}/members`);
    await page.getByLabel('User name').fill('nobody-by-this-name');
    await page.getByRole('button', { name: 'Add member' }).click();
    await page.locator('#member-username-error').waitFor();
    expect(await page.locator('#member-username-error').textContent()).toContain('no active user');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('publication needs a second member: the owner who asked is refused, the editor rejects', async () => {
    const owner = await web.open('admin');
    await openCase(owner.page, web.privateCaseId);
    await owner.page.getByRole('button', { name: 'Request publication' }).click();
    await owner.page
      .getByTestId('publication-state')
      .filter({ hasText: 'waiting for a second member' })
      .waitFor();
    owner.allow(403, '/publication/approve');
    await owner.page.getByRole('button', { name: 'Approve publication' }).click();
    const alert = owner.page.getByRole('alert').filter({ hasText: 'second member' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('a second member of the case must decide on its publication');
    expect((await web.app.cases.get(localAdmin, web.privateCaseId)).status).not.toBe('published');
    expect(await seriousViolations(owner.page)).toEqual([]);
    expect(owner.problems).toEqual([]);
    await owner.context.close();

    const editor = await web.open('editor');
    await openCase(editor.page, web.privateCaseId);
    await editor.page.getByRole('button', { name: 'Reject publication' }).click();
    await editor.page.getByTestId('publication-state').filter({ hasText: 'Not published' }).waitFor();
    const history = editor.page.getByRole('table', { name: 'Publication history' });
    expect(await history.locator('tbody tr').first().textContent()).toContain('rejected');
    expect(editor.problems).toEqual([]);
    await editor.context.close();
  });

  it('a viewer sees the case and its members but no edit control', async () => {
    const { page, context, problems } = await web.open('viewer');
    await openCase(page, web.demoCaseId);
    await page.getByRole('heading', { name: 'Members' }).waitFor();
    await page.getByRole('table', { name: 'Members of the case' }).locator('tbody tr').first().waitFor();
    expect(await page.getByRole('table', { name: 'Members of the case' }).textContent()).toContain(
      'webviewer',
    );
    await page.getByRole('heading', { name: 'Restricted records' }).waitFor();
    expect(await page.getByTestId('published-form-note').count()).toBe(0);
    expect(
      await page
        .getByRole('button', {
          name: /edit|add member|remove|approve|reject|request publication|withdraw|lift|restrict/i,
        })
        .count(),
    ).toBe(0);
    expect(await page.locator('main select[aria-label^="Role of"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a signed-in user opens a new case and owns it', async () => {
    const { page, context, problems } = await web.open('viewer');
    await page.goto('/cases');
    await page.getByLabel('Title').fill("Viewer's own case (synthetic test data)");
    await page.getByRole('button', { name: 'Open the case' }).click();
    await page.getByRole('heading', { level: 1, name: "Viewer's own case (synthetic test data)" }).waitFor();
    await page.getByRole('button', { name: 'Edit title and summary' }).waitFor();
    expect(await page.getByRole('table', { name: 'Members of the case' }).textContent()).toContain('owner');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the account page', () => {
  it('sends a visitor to sign in', async () => {
    const { page, context, problems } = await web.open('anonymous');
    await page.goto('/account');
    await page.waitForURL((u) => u.pathname === '/login' && u.searchParams.get('next') === '/account');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows who I am, refuses a wrong password at the field, and creates a token shown once, then revokes it', async () => {
    const { page, context, problems, allow } = await web.open('editor');
    await page.goto('/account');
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByRole('link', { name: demoTitle }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('webeditor');

    allow(400, '/api/account/password');
    await page.getByLabel('Current password').fill('not my password at all');
    await page.getByLabel('New password (at least 12 characters)').fill('a brand new passphrase');
    await page.getByLabel('New password again').fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.locator('#pw-current-error').waitFor();
    expect(await page.getByLabel('Current password').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Token name').fill('browser-test script');
    await page.getByLabel('Scope').selectOption('write');
    await page.getByLabel('Case').selectOption(String(web.demoCaseId));
    await page.getByLabel('Days valid').fill('7');
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = page.getByLabel('Token secret');
    await secret.waitFor();
    const value = await secret.inputValue();
    expect(value.length).toBeGreaterThan(20);
    expect(await page.getByText('shown this once').count()).toBe(1);
    const row = page.locator('tr[data-token="browser-test script"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('write');
    expect(await row.textContent()).toContain('active');
    // The listed prefix is the start of the secret; the secret itself is nowhere else.
    const prefix = (await row.locator('td').nth(1).textContent()) ?? '';
    expect(prefix.length).toBeGreaterThan(0);
    expect(value.startsWith(prefix)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await web.screenshot(page, 'account');

    await page.reload();
    await row.waitFor();
    expect(await page.getByLabel('Token secret').count()).toBe(0);
    expect(await page.content()).not.toContain(value);
    await page.getByRole('button', { name: 'Revoke browser-test script' }).click();
    await row.filter({ hasText: 'revoked' }).waitFor();
    const res = await fetch(`${web.baseUrl}/api/cases`, { headers: { authorization: `Bearer ${value}` } });
    expect(res.status).toBe(401);
    expect(problems).toEqual([]);
    await context.close();
  });
});
