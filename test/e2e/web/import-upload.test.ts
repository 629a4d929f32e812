// The import wizard and the evidence-file upload in a real browser: a good file is mapped, checked and
// imported and the case grows by exactly its rows; a bad file shows every row error with its row
// number, cannot be imported and leaves the database as it was; the same photo uploaded twice is
// recognized as already stored. All files here are synthetic test data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { seriousViolations, startWeb, type WebFixture } from '../../helpers/browser.ts';

/** The machine may be busy with other test files; a wizard run is several round trips. */
const SLOW = { timeout: 150_000 };

let web: WebFixture;
let dir: string;
beforeAll(async () => {
  web = await startWeb({ demoItems: 10 });
  dir = mkdtempSync(join(tmpdir(), 'teardown-import-web-'));
});
afterAll(async () => {
  await web?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** "Kind of object" matches no field or alias: the user must map it. "Serial No" is suggested. */
const GOOD = [
  'Kind of object,Serial No,Designation,Recovered,Lat,Lon,Internal remark',
  'uav,SYN-IMP-001,SYNTH-WIZ-A,2024-03-01,48.1,30.2,synthetic test data',
  'uav,SYN-IMP-002,SYNTH-WIZ-A,2024-03-02,48.2,30.3,synthetic test data',
  'missile,SYN-IMP-003,SYNTH-WIZ-B,2024-03-05,48.3,30.4,synthetic test data',
].join('\n');

/** Three bad rows, each wrong in its own way, between good ones. */
const BAD = [
  'itemType,serialNumber,recoveredAt,latitude,longitude,notes',
  'uav,SYN-BAD-001,2024-01-10,48.1,30.1,synthetic test data (good row)',
  'uav,SYN-BAD-002,2999-01-01,48.1,30.1,synthetic test data (date in the future)',
  'uav,SYN-BAD-003,2024-01-12,123.5,30.1,synthetic test data (latitude out of range)',
  ',SYN-BAD-004,2024-01-13,48.1,30.1,synthetic test data (no item type)',
].join('\n');

async function itemCount(page: Page, caseId: number): Promise<number> {
  const r = await page.request.get(`/api/items?caseId=${caseId}&limit=1`);
  expect(r.status()).toBe(200);
  return ((await r.json()) as { total: number }).total;
}

async function auditHead(page: Page): Promise<unknown> {
  const r = await page.request.get('/api/audit/head');
  expect(r.status()).toBe(200);
  return r.json();
}

/** Step 1: the private case, items, the file through the "Choose a file" button's file chooser. */
async function uploadFile(page: Page, path: string, audit = false) {
  await page.goto('/import');
  await page.getByRole('heading', { name: '1. Choose the case and the file' }).waitFor();
  await page.getByLabel('Case', { exact: true }).selectOption(String(web.privateCaseId));
  await page.getByLabel('recovered items').check();
  if (audit) expect(await seriousViolations(page)).toEqual([]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a file' }).click();
  await (await chooser).setFiles(path);
  await page.getByRole('button', { name: 'Upload and map columns' }).click();
  await page.getByRole('heading', { name: '2. Map the columns' }).waitFor();
}

async function expectAccessible(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('the import wizard', () => {
  it('maps, checks and imports a good items file, and the case grows by exactly its rows', SLOW, async () => {
    const file = join(dir, 'good-items.csv');
    writeFileSync(file, GOOD);
    const { page, context, problems } = await web.open('editor');
    const before = await itemCount(page, web.privateCaseId);

    await uploadFile(page, file, true);
    // The server's suggestion is pre-set; the unknown column starts ignored.
    expect(await page.getByLabel('Field for column Serial No').inputValue()).toBe('serialNumber');
    expect(await page.getByLabel('Field for column Kind of object').inputValue()).toBe('-');
    // Without the required itemType the file cannot even be checked.
    await page.getByText('Required and not mapped: itemType').waitFor();
    expect(await page.getByRole('button', { name: 'Check the file' }).isDisabled()).toBe(true);
    await page.getByLabel('Field for column Kind of object').selectOption('itemType');
    await page.getByLabel('Field for column Internal remark').selectOption('notes');
    // The preview shows the first rows under the mapped field names.
    const preview = page.getByRole('table', { name: /first rows/ });
    await preview.getByRole('columnheader', { name: /itemType/ }).waitFor();
    expect(await preview.getByRole('cell', { name: 'SYN-IMP-003' }).count()).toBe(1);
    await expectAccessible(page);
    await web.screenshot(page, 'import-mapping');

    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('3 rows: 3 would be added, 0 updated, 0 skipped').waitFor();
    // A check writes nothing.
    expect(await itemCount(page, web.privateCaseId)).toBe(before);
    await page.getByRole('button', { name: 'Import' }).click();

    await page.getByRole('heading', { name: '5. Result' }).waitFor();
    const result = page.locator('dl.import-result');
    expect(await result.locator('dt:has-text("Added") + dd').textContent()).toBe('3');
    expect(await result.locator('dt:has-text("Updated") + dd').textContent()).toBe('0');
    expect(await page.getByRole('link', { name: 'Open the case' }).getAttribute('href')).toBe(
      `/cases/${web.privateCaseId}`,
    );
    expect(await itemCount(page, web.privateCaseId)).toBe(before + 3);
    await expectAccessible(page);
    await web.screenshot(page, 'import-result');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows every row error of a bad file, offers no import, and writes nothing', SLOW, async () => {
    const file = join(dir, 'bad-items.csv');
    writeFileSync(file, BAD);
    const { page, context, problems } = await web.open('editor');
    const count = await itemCount(page, web.privateCaseId);
    const head = await auditHead(page);

    await uploadFile(page, file);
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByRole('heading', { name: '3. Check' }).waitFor();
    const table = page.getByRole('table', { name: 'Row problems' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    // Rows are numbered from 1 after the header: rows 2, 3 and 4 are bad, row 1 is not.
    const rowNumbers = await table.locator('tbody tr td:first-child').allTextContents();
    expect(new Set(rowNumbers)).toEqual(new Set(['2', '3', '4']));
    expect(rows.find((r) => r.startsWith('2'))).toMatch(/recoveredAt|future/i);
    expect(rows.find((r) => r.startsWith('3'))).toMatch(/latitude/i);
    expect(rows.find((r) => r.startsWith('4'))).toMatch(/itemType/i);
    expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await expectAccessible(page);
    await web.screenshot(page, 'import-errors');

    // The head first: reading the case's items (restricted notes among them) is itself audited.
    expect(await auditHead(page)).toEqual(head);
    expect(await itemCount(page, web.privateCaseId)).toBe(count);
    expect(problems).toEqual([]);
    await context.close();
  });

  it(
    'offers to update existing records when the file conflicts with them, and checks again',
    SLOW,
    async () => {
      const header = 'itemType,serialNumber,designationMarked,recoveredAt,notes';
      const row = (notes: string) => `uav,SYN-CONF-001,SYNTH-WIZ-C,2024-04-01,${notes}`;
      const first = join(dir, 'conflict-first.csv');
      writeFileSync(first, [header, row('synthetic test data')].join('\n'));
      await web.app.imports.run(localAdmin, { kind: 'items', path: first, caseId: web.privateCaseId });
      const changed = join(dir, 'conflict-changed.csv');
      writeFileSync(changed, [header, row('synthetic test data (revised)')].join('\n'));

      const { page, context, problems } = await web.open('editor');
      await uploadFile(page, changed);
      await page.getByRole('button', { name: 'Check the file' }).click();
      await page.getByRole('table', { name: 'Conflicts' }).waitFor();
      expect(await page.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
      const check = page.waitForResponse((r) => r.url().endsWith('/check'));
      await page.getByLabel("Update existing records with the file's values").check();
      expect((await check).request().postDataJSON()).toMatchObject({ update: true });
      await page.getByText('1 rows: 0 would be added, 1 updated, 0 skipped').waitFor();
      await page.getByRole('button', { name: 'Import' }).click();
      await page.getByRole('heading', { name: '5. Result' }).waitFor();
      expect(await page.locator('dl.import-result dt:has-text("Updated") + dd').textContent()).toBe('1');
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('tells a visitor to sign in', SLOW, async () => {
    const { page, context, problems } = await web.open('anonymous');
    await page.goto('/import');
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    await page.getByText('to import files into a case you edit').waitFor();
    await expectAccessible(page);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the evidence-file upload', () => {
  it('uploads a photo onto an item and recognizes the same photo again as already stored', SLOW, async () => {
    const photo = join(dir, 'synthetic-test-photo.jpg');
    writeFileSync(
      photo,
      await sharp({ create: { width: 64, height: 48, channels: 3, background: '#6a8caf' } })
        .jpeg()
        .toBuffer(),
    );
    const { page, context, problems } = await web.open('editor');
    await page.goto(`/items/${web.privateItemId}`);
    const zone = page.getByRole('region', { name: 'Upload evidence files' });
    await zone.waitFor();
    const choose = async () => {
      const chooser = page.waitForEvent('filechooser');
      await zone.getByRole('button', { name: 'Choose files' }).click();
      const answer = page.waitForResponse(
        (r) => r.url().includes('/api/files?') && r.request().method() === 'POST',
      );
      await (await chooser).setFiles(photo);
      return answer;
    };
    expect((await choose()).status()).toBe(201);
    await zone.getByText(/stored as file #\d+/).waitFor();
    expect((await choose()).status()).toBe(200);
    await zone.getByText(/already stored \(same SHA-256 [0-9a-f]{12}…\)/).waitFor();
    // Exactly one file is stored for the item.
    const r = await page.request.get(`/api/files?caseId=${web.privateCaseId}&itemId=${web.privateItemId}`);
    const files = (await r.json()) as { rows: { originalName: string }[] };
    expect(files.rows.filter((f) => f.originalName === 'synthetic-test-photo.jpg')).toHaveLength(1);
    await expectAccessible(page);
    await web.screenshot(page, 'file-upload');
    expect(problems).toEqual([]);
    await context.close();
  });
});
