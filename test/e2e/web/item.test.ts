// The item page in a real browser: an editor edits an item's field and a component's in place, the
// change is kept and shows in the page's audit history with its old and new value; a value the
// server refuses is shown at its field and changes nothing; a viewer and a visitor read without any
// edit control (a visitor in the published form, without the history); the components table nests
// module → board → part as the API does; the photo viewer opens full size and closes with Esc; a
// private item is "not found" to a visitor. Each page: no problems, no serious accessibility
// violation, a screenshot. All data is synthetic.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { seriousViolations, startWeb, type WebFixture } from '../../helpers/browser.ts';

let web: WebFixture;

interface Item {
  id: number;
  caseId: number;
  condition: string | null;
  placeName: string | null;
  latitude: number | null;
  recoveredAt: string | null;
  designationAssessed: string | null;
  designationMarked: string | null;
}
interface Component {
  id: number;
  parentId: number | null;
  position: string | null;
  lotCode: string | null;
  fieldOrigins: Record<string, { origin: string }>;
}
interface ApiPage<T> {
  total: number;
  rows: T[];
}

/** A demo item with photos and components three levels deep (module → board → part), that is
 * published (not the restricted one): found through the API as a visitor reads it. */
let item: Item;
let chip: Component;
let board: Component;
let moduleRow: Component;
let components: Component[];
let photoCount = 0;

const anonymousGet = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${web.baseUrl}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

beforeAll(async () => {
  web = await startWeb();
  const published = await anonymousGet<ApiPage<Item>>(`/api/items?caseId=${web.demoCaseId}&limit=100`);
  // Two photos or more if some item has them, so that the viewer's arrow keys have somewhere to go.
  for (const minPhotos of [2, 1]) {
    for (const candidate of published.rows) {
      const files = await anonymousGet<ApiPage<{ mediaType: string }>>(`/api/files?itemId=${candidate.id}`);
      if (files.rows.filter((f) => f.mediaType.startsWith('image/')).length < minPhotos) continue;
      const comps = await anonymousGet<ApiPage<Component>>(
        `/api/components?itemId=${candidate.id}&limit=500`,
      );
      const byId = new Map(comps.rows.map((c) => [c.id, c]));
      const deep = comps.rows.find((c) => {
        const parent = c.parentId ? byId.get(c.parentId) : undefined;
        return parent?.parentId != null && byId.has(parent.parentId);
      });
      if (!deep) continue;
      // The published list coarsens places and dates: the stored item, as a member reads it.
      item = (await web.app.items.get(localAdmin, candidate.id)) as Item;
      photoCount = files.rows.filter((f) => f.mediaType.startsWith('image/')).length;
      chip = deep;
      board = byId.get(deep.parentId as number) as Component;
      moduleRow = byId.get(board.parentId as number) as Component;
      components = comps.rows;
      break;
    }
    if (item) break;
  }
  expect(item, 'a published demo item with photos and nested components').toBeDefined();
});
afterAll(async () => {
  await web?.close();
});

async function expectClean(page: Page, problems: string[], screenshot?: string) {
  expect(problems).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  if (screenshot) await web.screenshot(page, screenshot);
}

async function openItem(page: Page, id: number) {
  await page.goto(`/items/${id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('tr[data-component-id]').first().waitFor();
}

const fieldValue = (page: Page, section: string, term: string) =>
  page
    .getByRole('region', { name: section })
    .locator('dl.fields dt', { hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .textContent();

const editButtons = (page: Page) => page.getByRole('button', { name: /^Edit\b/ });

// A browser page each, on a machine that may be busy: more time than the default minute.
describe('the item page', { timeout: 150_000 }, () => {
  it('lets an editor edit a field in place; the change stays and shows in the history', async () => {
    const { page, problems, context } = await web.open('editor');
    await openItem(page, item.id);
    const designation = item.designationAssessed ?? item.designationMarked ?? '';
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(designation);
    expect(await page.locator('.demo-badge').first().isVisible()).toBe(true);

    const condition = `Fuselage cracked, synthetic test edit ${Date.now() % 100_000}`;
    await page.getByRole('button', { name: 'Edit item fields' }).click();
    await page.getByLabel('Condition').fill(condition);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/items/${item.id}`) && r.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Save item fields' }).click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => fieldValue(page, 'The item', 'Condition')).toBe(condition);
    // The PATCH sent only what changed.
    expect(JSON.parse((await saved).request().postData() ?? '{}')).toEqual({ condition });

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => fieldValue(page, 'The item', 'Condition')).toBe(condition);
    const history = page.getByRole('region', { name: 'History of the item' });
    const row = history.locator('tbody tr', { hasText: 'condition' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('update');
    expect(await row.textContent()).toContain(web.users.editor.username);
    const change = row.locator('li[data-field="condition"]');
    expect(await change.locator('ins').textContent()).toBe(condition);
    if (item.condition) expect(await change.locator('del').textContent()).toBe(item.condition);
    else expect(await change.textContent()).toContain('(empty)');
    await expectClean(page, problems, 'item-editor');
    await context.close();
  });

  it("shows the server's error at the field for a value it refuses, and changes nothing", async () => {
    const { page, problems, allow, context } = await web.open('editor');
    allow(400, `/api/items/${item.id}`);
    await openItem(page, item.id);
    const before = await fieldValue(page, 'The item', 'Latitude');

    await page.getByRole('button', { name: 'Edit item fields' }).click();
    const original = await page.getByLabel('Latitude').inputValue();
    await page.getByLabel('Latitude').fill('123');
    const refused = page.waitForResponse(
      (r) => r.url().endsWith(`/api/items/${item.id}`) && r.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Save item fields' }).click();
    expect((await refused).status()).toBe(400);
    const latitude = page.getByLabel('Latitude');
    await expect.poll(() => latitude.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await latitude.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent();
    expect(message).toMatch(/90/);
    expect(await page.getByRole('alert').first().textContent()).toMatch(/not saved/i);
    await expectClean(page, problems);

    // A recovery date in the future: refused by the service, shown at its own field.
    await latitude.fill(original);
    await page.getByLabel('Recovered at').fill('2099-01-01');
    const future = page.waitForResponse(
      (r) => r.url().endsWith(`/api/items/${item.id}`) && r.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Save item fields' }).click();
    expect((await future).status()).toBe(400);
    const recovered = page.getByLabel('Recovered at');
    await expect.poll(() => recovered.getAttribute('aria-invalid')).toBe('true');
    const futureId = ((await recovered.getAttribute('aria-describedby')) ?? '').split(' ')[0];
    expect(await page.locator(`[id="${futureId}"]`).textContent()).toMatch(/future/);
    expect(await latitude.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await fieldValue(page, 'The item', 'Latitude')).toBe(before);
    const stored = (await (await page.request.get(`/api/items/${item.id}`)).json()) as Item;
    expect(stored.latitude).toBe(item.latitude);
    expect(stored.recoveredAt).toBe(item.recoveredAt);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saves a component edited in place, as a human reading, with its history', async () => {
    const { page, problems, context } = await web.open('editor');
    await openItem(page, item.id);
    await page.getByRole('button', { name: new RegExp(`^Details of component ${chip.id}\\b`) }).click();
    const detail = page.locator('tr.component-detail');
    await detail.getByRole('button', { name: 'Edit component' }).click();
    const lot = `LOT-SYN-${Date.now() % 100_000}`;
    await detail.getByLabel('Lot code').fill(lot);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/components/${chip.id}`) && r.request().method() === 'PATCH',
    );
    await detail.getByRole('button', { name: 'Save component' }).click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.locator(`tr[data-component-id="${chip.id}"]`).textContent()).toContain(lot);
    const stored = (await (await page.request.get(`/api/components/${chip.id}`)).json()) as Component;
    expect(stored.lotCode).toBe(lot);
    expect(stored.fieldOrigins.lotCode?.origin).toBe('human');
    expect(await page.locator(`tr[data-component-id="${chip.id}"]`).textContent()).toContain('human');
    const history = page.getByRole('region', { name: `History of component ${chip.id}` });
    const change = history.locator('li[data-field="lot code"]').first();
    await change.waitFor();
    expect(await change.locator('ins').textContent()).toBe(lot);
    expect(await change.textContent()).toContain(chip.lotCode ?? '(empty)');
    await expectClean(page, problems);
    await context.close();
  });

  it('shows a viewer the item with no edit control, and the server refuses a PATCH from the page', async () => {
    const { page, problems, allow, context } = await web.open('viewer');
    await openItem(page, item.id);
    expect(await page.getByTestId('read-only-notice').textContent()).toMatch(/viewer/);
    expect(await editButtons(page).count()).toBe(0);
    await page.getByRole('button', { name: new RegExp(`^Details of component ${chip.id}\\b`) }).click();
    await page.locator('tr.component-detail h3').first().waitFor();
    expect(await editButtons(page).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Choose files' }).count()).toBe(0);
    // The viewer's own session, CSRF token and all, cannot change the item.
    allow(403, `/api/items/${item.id}`);
    const status = await page.evaluate(async (id) => {
      const s = (await (await fetch('/api/session/current')).json()) as { session: { csrfToken: string } };
      const res = await fetch(`/api/items/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': s.session.csrfToken },
        body: JSON.stringify({ condition: 'changed by a viewer' }),
      });
      return res.status;
    }, item.id);
    expect(status).toBe(403);
    await expectClean(page, problems, 'item-viewer');
    await context.close();
  });

  it('nests the components table module → board → part, as the API data does', async () => {
    const { page, problems, context } = await web.open('viewer');
    await openItem(page, item.id);
    const rows = await page.locator('tr[data-component-id]').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: Number(tr.getAttribute('data-component-id')),
        parent: tr.getAttribute('data-parent-id'),
        depth: Number(tr.getAttribute('data-depth')),
      })),
    );
    expect(rows).toHaveLength(components.length);
    const at = (id: number) => rows.findIndex((r) => r.id === id);
    expect(at(moduleRow.id)).toBeLessThan(at(board.id));
    expect(at(board.id)).toBeLessThan(at(chip.id));
    expect(rows[at(moduleRow.id)].depth).toBe(moduleRow.parentId === null ? 0 : rows[at(moduleRow.id)].depth);
    expect(rows[at(board.id)].depth).toBe(rows[at(moduleRow.id)].depth + 1);
    expect(rows[at(chip.id)].depth).toBe(rows[at(board.id)].depth + 1);
    // Every row sits under its parent as the API has it: the nearest shallower row above is the parent.
    const byId = new Map(components.map((c) => [c.id, c]));
    for (const [i, r] of rows.entries()) {
      const parentId = byId.get(r.id)?.parentId ?? null;
      if (r.depth === 0) continue;
      const above = rows
        .slice(0, i)
        .reverse()
        .find((x) => x.depth === r.depth - 1);
      expect(above?.id).toBe(parentId);
    }
    // Collapsing the module hides its board and the parts on it; expanding shows them again.
    const toggle = page.locator(`tr[data-component-id="${moduleRow.id}"] button.tree-toggle`);
    await toggle.click();
    await page.locator(`tr[data-component-id="${chip.id}"]`).waitFor({ state: 'detached' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page.locator(`tr[data-component-id="${chip.id}"]`).waitFor();
    await expectClean(page, problems);
    await context.close();
  });

  it('opens a photo full size and closes the viewer with Esc', async () => {
    const { page, problems, context } = await web.open('viewer');
    await openItem(page, item.id);
    const thumb = page.locator('button.thumb img').first();
    await thumb.waitFor();
    await expect
      .poll(() => thumb.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
      .toBeGreaterThan(0);
    const full = page.waitForResponse((r) => r.url().includes('thumbnail?size=1280'));
    await page.locator('button.thumb').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect((await full).status()).toBe(200);
    const img = dialog.locator('img');
    await expect
      .poll(() => img.evaluate((i) => (i as unknown as { naturalWidth: number }).naturalWidth))
      .toBeGreaterThan(160);
    expect(await dialog.getByRole('link', { name: 'Open the original' }).getAttribute('href')).toMatch(
      /^\/api\/files\/\d+\/content$/,
    );
    await expectClean(page, problems, 'photo-viewer');
    if (photoCount > 1) {
      const title = dialog.getByRole('heading');
      expect(await title.textContent()).toMatch(/^Photo 1 of /);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => title.textContent()).toMatch(/^Photo 2 of /);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => title.textContent()).toMatch(/^Photo 1 of /);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a visitor the published item read-only without the history, and a private item not at all', async () => {
    const { page, problems, allow, context } = await web.open('anonymous');
    await openItem(page, item.id);
    expect(await page.getByTestId('read-only-notice').textContent()).toMatch(/published form/);
    expect(await editButtons(page).count()).toBe(0);
    expect(await page.getByRole('heading', { name: /history/i }).count()).toBe(0);
    // The published form: a month, no place name.
    const recovered = await fieldValue(page, 'The item', 'Recovered at');
    if (item.recoveredAt) expect(recovered).toMatch(/^\d{4}-\d{2}( |$)/);
    expect(await fieldValue(page, 'The item', 'Place name')).toMatch(/withheld/);
    await page.getByRole('button', { name: new RegExp(`^Details of component ${chip.id}\\b`) }).click();
    await page.locator('tr.component-detail h3').first().waitFor();
    expect(await editButtons(page).count()).toBe(0);
    expect(await page.getByRole('heading', { name: /history/i }).count()).toBe(0);
    await expectClean(page, problems, 'item-anonymous');

    allow(404, `/api/items/${web.privateItemId}`);
    await page.goto(`/items/${web.privateItemId}`);
    await page.getByRole('heading', { level: 1, name: 'Item not found' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('PRIVATE-TEST-ONLY');
    await expectClean(page, problems);
    await context.close();
  });
});
