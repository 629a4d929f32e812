// Sanctions screening in a real browser. A small synthetic watch list (fictional names, "synthetic test
// data") is imported as a generic CSV through the app's services, organizations and a person that
// resemble some entries are created, and the server's jobs screen them. Then: an administrator decides
// hits with the keyboard (m with a note, n, u; Esc cancels; keys typed into a text field are text),
// and the API stores exactly those decisions; a viewer and a case editor (no analysts) read the queue
// and cannot decide; the lists pages show the versions and a second import's changes down to one
// entry; the queue says which decided entries changed or left the list; the organization and person
// pages show their screening status. Each page: no problems, no serious accessibility violation.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { seriousViolations, startWeb, type WebFixture } from '../../helpers/browser.ts';

interface Hit {
  id: number;
  partyType: string;
  partyId: number;
  entryRowId: number;
  entryId: string;
  listName: string;
  status: string;
  note: string | null;
  decidedBy: string | null;
  entryChanged: boolean;
  entryRemoved: boolean;
}
interface PartyScreening {
  status: string;
  hits: Hit[];
}
interface ListDetail {
  list: { id: number; name: string; currentVersion: number; entryCount: number };
  versions: { version: number; entries: number; added: number; changed: number; removed: number }[];
}
interface ChangePage {
  total: number;
  rows: { kind: string; entryId: string; name: string; entryRowId: number }[];
}

const LIST = 'Synthetic screening test list';
const note = 'Same name and country; synthetic test data.';
const HEADER = 'id,schema,name,aliases,countries,programs,remarks';
const REMARK = 'synthetic test data';
const ENTRIES_V1 = [
  `SYN-001,Organization,Brightwater Quillon Avionics,Brightwater Quillon Avionika,NL,SYN-PROGRAM-A,${REMARK}`,
  `SYN-002,Organization,Marrowgate Ferrovance Trading,,BE,SYN-PROGRAM-A,${REMARK}`,
  `SYN-003,Organization,Oskelund Pyrrhic Components,Oskelund Pyrrhic Komponenten,DK,SYN-PROGRAM-B,${REMARK}`,
  `SYN-004,Person,Tessaly Vandermoot,Vandermoot Tessaly,LU,SYN-PROGRAM-B,${REMARK}`,
];
// The second version changes SYN-001 (a program more), removes SYN-003 and adds SYN-005.
const ENTRIES_V2 = [
  `SYN-001,Organization,Brightwater Quillon Avionics,Brightwater Quillon Avionika,NL,SYN-PROGRAM-A;SYN-PROGRAM-C,${REMARK}`,
  ENTRIES_V1[1],
  ENTRIES_V1[3],
  `SYN-005,Organization,Quendrith Saltmarsh Optics,,IS,SYN-PROGRAM-C,${REMARK}`,
];
const MAPPING = {
  id: 'id',
  schema: 'schema',
  name: 'name',
  aliases: 'aliases',
  countries: 'countries',
  programs: 'programs',
  remarks: 'remarks',
};

let web: WebFixture;
let dir: string;
const parties: Record<'a' | 'b' | 'c' | 'd', number> = { a: 0, b: 0, c: 0, d: 0 };
let personId = 0;
let listId = 0;

async function importVersion(rows: string[]) {
  const path = join(dir, `list-${rows.length}-${Date.now()}.csv`);
  writeFileSync(path, `${HEADER}\n${rows.join('\n')}\n`);
  return web.app.watchlists.importList(localAdmin, {
    name: LIST,
    format: 'csv',
    files: [{ role: 'file', path }],
    mapping: MAPPING,
    description: 'Synthetic test data: fictional entries, no real sanctioned party.',
  });
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

async function csrf(page: Page): Promise<string> {
  return (await apiGet<{ session: { csrfToken: string } }>(page, '/api/session/current')).session.csrfToken;
}

/** The party's screening once the server's jobs have screened it (and, if asked, found a hit). */
async function screened(page: Page, type: string, id: number, withHit: boolean): Promise<PartyScreening> {
  let s: PartyScreening | null = null;
  await expect
    .poll(
      async () => {
        s = await apiGet<PartyScreening>(page, `/api/screening/parties/${type}/${id}`);
        return s.status !== 'not_screened' && (!withHit || s.hits.length > 0);
      },
      { timeout: 30_000, interval: 250 },
    )
    .toBe(true);
  return s as unknown as PartyScreening;
}

async function expectClean(page: Page, problems: string[], screenshot: string) {
  expect(problems).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await web.screenshot(page, screenshot);
}

const selectedId = async (page: Page) =>
  Number(await page.locator('.hit-list button[aria-current="true"]').getAttribute('data-hit-id'));
const rowIds = (page: Page) =>
  page
    .locator('.hit-list button.hit-row')
    .evaluateAll((bs) => bs.map((b) => Number(b.getAttribute('data-hit-id'))));

beforeAll(async () => {
  web = await startWeb({ demoItems: 10 });
  dir = mkdtempSync(join(tmpdir(), 'teardown-screening-web-'));
  const v1 = await importVersion(ENTRIES_V1);
  listId = v1.watchlist.id;
  const org = (name: string) =>
    web.app.parties.createOrganization(localAdmin, {
      name,
      roles: ['distributor'],
      notes: 'Synthetic test data: a fictional organization.',
    });
  parties.a = (await org('Brightwater Quillon Avionics Ltd')).id;
  parties.b = (await org('Marrowgate Ferrovance Trading')).id;
  parties.c = (await org('Oskelund Pyrrhic Components')).id;
  parties.d = (await org('Halvorsen Cindermoor Logistics')).id;
  personId = (
    await web.app.parties.createPerson(localAdmin, {
      name: 'Tessaly Vandermoot',
      notes: 'Synthetic test data: a fictional person.',
    })
  ).id;
}, 180_000);
afterAll(async () => {
  await web?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the review queue', () => {
  it('lets an administrator decide hits with the keyboard, and stores the decisions', async () => {
    const { page, problems, context } = await web.open('admin');
    const a = await screened(page, 'organization', parties.a, true);
    await screened(page, 'organization', parties.b, true);
    await screened(page, 'organization', parties.c, true);
    const hitA = a.hits.find((h) => h.listName === LIST);
    expect(hitA?.entryId).toBe('SYN-001');
    if (!hitA) return;

    // The open queue, hit A selected first (as a party page's link does).
    await page.goto(`/screening?hit=${hitA.id}`);
    await page.locator('.hit-list').waitFor();
    expect(await selectedId(page)).toBe(hitA.id);
    const detail = page.locator(`article[data-hit-id="${hitA.id}"]`);
    expect(await detail.getByTestId('matched-name').textContent()).toMatch(/Brightwater Quillon/);
    expect(await detail.getByTestId('explanation-summary').textContent()).not.toBe('');
    expect(await detail.locator('[data-testid="token-pairs"] tbody tr[data-how]').count()).toBeGreaterThan(0);
    expect(
      await detail.getByRole('link', { name: 'Brightwater Quillon Avionics Ltd' }).getAttribute('href'),
    ).toBe(`/organizations/${parties.a}`);
    await expectClean(page, problems, 'screening-queue');

    // j and k move the selection (and the focus); a key typed into a text field is text only.
    const ids = await rowIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const openBefore = (await apiGet<{ total: number }>(page, '/api/screening/hits?status=open&limit=1'))
      .total;
    const at = ids.indexOf(hitA.id);
    if (at < ids.length - 1) {
      await page.keyboard.press('j');
      expect(await selectedId(page)).toBe(ids[at + 1]);
      await page.keyboard.press('k');
    } else {
      await page.keyboard.press('ArrowUp');
      expect(await selectedId(page)).toBe(ids[at - 1]);
      await page.keyboard.press('ArrowDown');
    }
    expect(await selectedId(page)).toBe(hitA.id);
    await page.getByLabel('Name', { exact: true }).fill('mnu');
    expect(await page.locator('form.decision-note').count()).toBe(0);
    // Esc cancels a decision that was opened.
    await page.locator(`.hit-list button[data-hit-id="${hitA.id}"]`).focus();
    await page.keyboard.press('u');
    await page.getByLabel(/^Note for/).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('form.decision-note').count()).toBe(0);
    const stillOpen = await apiGet<PartyScreening>(page, `/api/screening/parties/organization/${parties.a}`);
    expect(stillOpen.hits.find((h) => h.id === hitA.id)?.status).toBe('open');

    // m, a note, Enter: saved, and the next hit selected; then n and u on the next ones.
    const decided: { id: number; decision: string; note: string | null }[] = [];
    for (const [key, decision, text] of [
      ['m', 'match', note],
      ['n', 'not_match', null],
      ['u', 'unsure', null],
    ] as const) {
      const before = await rowIds(page);
      const id = await selectedId(page);
      const i = before.indexOf(id);
      const next = before[i + 1] ?? before[i - 1];
      await page.keyboard.press(key);
      const field = page.getByLabel(/^Note for/);
      await field.waitFor();
      if (text) await field.fill(text);
      const saved = page.waitForResponse(
        (r) => r.url().endsWith(`/api/screening/hits/${id}/decision`) && r.request().method() === 'POST',
      );
      await page.keyboard.press('Enter');
      expect((await saved).status()).toBe(200);
      decided.push({ id, decision, note: text });
      // The decided hit leaves the open queue; the one after it is selected.
      await expect.poll(() => rowIds(page), { timeout: 10_000 }).not.toContain(id);
      expect(await selectedId(page)).toBe(next);
    }
    expect(decided[0].id).toBe(hitA.id);
    for (const d of decided) {
      const stored = await apiGet<{ rows: Hit[] }>(
        page,
        `/api/screening/hits?status=${d.decision}&limit=200`,
      );
      const hit = stored.rows.find((h) => h.id === d.id);
      expect(hit, `hit ${d.id} stored as ${d.decision}`).toBeTruthy();
      expect(hit?.note ?? null).toBe(d.note);
      expect(hit?.decidedBy).toBeTruthy();
    }
    const openAfter = (await apiGet<{ total: number }>(page, '/api/screening/hits?status=open&limit=1'))
      .total;
    expect(openAfter).toBe(openBefore - 3);
    await expect.poll(() => page.getByTestId('tab-count-open').textContent()).toBe(String(openAfter));

    // The match tab holds hit A with its note.
    await page.getByRole('tab', { name: /^match/ }).click();
    await page.locator(`.hit-list button[data-hit-id="${hitA.id}"]`).click();
    expect(await page.getByTestId('hit-decision').textContent()).toContain(note);
    await expectClean(page, problems, 'screening-queue-decided');
    await context.close();
  }, 120_000);

  it('shows a viewer and a case editor the queue read-only', async () => {
    for (const persona of ['viewer', 'editor'] as const) {
      const { page, problems, allow, context } = await web.open(persona);
      await screened(page, 'organization', parties.b, true);
      await page.goto('/screening?status=open');
      await page.getByTestId('read-only-notice').waitFor();
      await page.locator('.hit-list button.hit-row').first().waitFor();
      await page.locator('.hit-list button.hit-row').first().click();
      expect(await page.getByRole('button', { name: /^Match/ }).count()).toBe(0);
      await page.keyboard.press('m');
      expect(await page.locator('form.decision-note').count()).toBe(0);
      await expect.poll(() => page.getByTestId('screening-message').textContent()).toMatch(/analysts/);
      await expectClean(page, problems, `screening-queue-${persona}`);
      // The server refuses the decision too.
      const id = await selectedId(page);
      allow(403, `/api/screening/hits/${id}/decision`);
      const res = await page.request.post(`/api/screening/hits/${id}/decision`, {
        data: { decision: 'match' },
        headers: { 'x-csrf-token': await csrf(page) },
      });
      expect(res.status()).toBe(403);
      await context.close();
    }
  }, 120_000);
});

describe('the watch lists and the party pages', () => {
  it('shows the versions and a second import’s changes, down to one entry', async () => {
    const { page, problems, context } = await web.open('admin');
    // A's hit was decided above (decided here if that test did not get so far): a decision before v2.
    const a0 = await screened(page, 'organization', parties.a, true);
    const c0 = await screened(page, 'organization', parties.c, true);
    const hitA = a0.hits.find((h) => h.listName === LIST);
    const hitC = c0.hits.find((h) => h.listName === LIST);
    expect(hitA && hitC).toBeTruthy();
    if (!hitA || !hitC) return;
    if (hitA.status === 'open')
      await page.request.post(`/api/screening/hits/${hitA.id}/decision`, {
        data: { decision: 'match', note },
        headers: { 'x-csrf-token': await csrf(page) },
      });
    const v2 = await importVersion(ENTRIES_V2);
    expect([v2.added, v2.changed, v2.removed]).toEqual([1, 1, 1]);

    await page.goto('/lists');
    const row = page.locator(`[data-testid="watchlists"] tr[data-list-id="${listId}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toContain(LIST);
    expect(cells[2]).toBe('2');
    expect(cells[3]).toBe('4');
    await expectClean(page, problems, 'screening-lists');

    await row.getByRole('link', { name: LIST }).click();
    await page.waitForURL((u) => u.pathname === `/lists/${listId}`);
    const detail = await apiGet<ListDetail>(page, `/api/lists/${listId}`);
    await page.getByTestId('list-versions').waitFor();
    expect(await page.locator('[data-testid="list-versions"] tbody tr').count()).toBe(detail.versions.length);
    const v2row = page.locator('[data-testid="list-versions"] tr[data-version="2"]');
    expect(await v2row.getByTestId('version-added').textContent()).toBe('1');
    expect(await v2row.getByTestId('version-changed').textContent()).toBe('1');
    expect(await v2row.getByTestId('version-removed').textContent()).toBe('1');
    // The current version's changes are shown; a kind narrows them.
    const changes = page.getByTestId('list-changes');
    await expect.poll(() => changes.locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
    const all = await apiGet<ChangePage>(page, `/api/lists/${listId}/versions/2/changes?limit=50`);
    expect(all.total).toBe(3);
    await page.locator('#change-kind').selectOption('removed');
    await expect.poll(() => changes.locator('tbody tr').count()).toBe(1);
    expect(await changes.locator('tbody tr').first().textContent()).toContain('Oskelund Pyrrhic Components');
    await expectClean(page, problems, 'screening-list');
    // Version 1 added every entry.
    await v2row.page().getByRole('button', { name: 'Changes of version 1' }).click();
    await expect.poll(() => changes.locator('tbody tr').count()).toBe(4);
    await page.locator('#change-kind').selectOption('removed');
    await expect.poll(() => changes.locator('td.empty').count()).toBe(1);

    // The removed entry's page: names with their kinds, programs, countries, remarks, removal.
    await page.getByRole('button', { name: '1 removed in version 2' }).click();
    await changes.getByRole('link', { name: 'Oskelund Pyrrhic Components' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/lists/entries/'));
    await page.getByTestId('entry-fields').waitFor();
    const names = await page.getByTestId('entry-names').textContent();
    expect(names).toContain('Oskelund Pyrrhic Komponenten');
    expect(await page.getByTestId('entry-programs').textContent()).toBe('SYN-PROGRAM-B');
    expect(await page.getByTestId('entry-countries').textContent()).toBe('DK');
    expect(await page.getByTestId('entry-fields').textContent()).toContain(REMARK);
    expect(await page.getByTestId('entry-removed').textContent()).toContain('version 2');
    await expectClean(page, problems, 'screening-entry');

    // In the queue: A's decided entry changed (the earlier decision shown), C's entry left the list.
    let a: Hit | undefined;
    let c: Hit | undefined;
    await expect
      .poll(
        async () => {
          a = (
            await apiGet<PartyScreening>(page, `/api/screening/parties/organization/${parties.a}`)
          ).hits.find((h) => h.id === hitA.id);
          c = (
            await apiGet<PartyScreening>(page, `/api/screening/parties/organization/${parties.c}`)
          ).hits.find((h) => h.id === hitC.id);
          return !!a?.entryChanged && !!c?.entryRemoved;
        },
        { timeout: 30_000, interval: 250 },
      )
      .toBe(true);
    await page.goto(
      `/screening?status=${a?.status}&partyType=organization&partyId=${parties.a}&hit=${hitA.id}`,
    );
    await page.getByTestId('entry-changed').waitFor();
    // The earlier decision is named, though the hit went back to the open queue.
    await expect.poll(() => page.getByTestId('earlier-decision').textContent()).toBe('match');
    expect(await page.getByTestId('entry-changed').textContent()).toContain(note);
    await page.goto(
      `/screening?status=${c?.status}&partyType=organization&partyId=${parties.c}&hit=${hitC.id}`,
    );
    await page.getByTestId('entry-removed').waitFor();
    await expectClean(page, problems, 'screening-queue-changes');
    await context.close();
  }, 180_000);

  it('shows the screening status on the organization and person pages', async () => {
    const { page, problems, context } = await web.open('viewer');
    const want = {
      a: await screened(page, 'organization', parties.a, true),
      d: await screened(page, 'organization', parties.d, false),
    };
    expect(want.d.status).toBe('clear');
    for (const k of ['a', 'd'] as const) {
      await page.goto(`/organizations/${parties[k]}`);
      const status = page.getByTestId('screening-status-value');
      await status.waitFor();
      expect(await status.getAttribute('data-status')).toBe(want[k].status);
      await expect
        .poll(() => page.locator('[data-testid="screening-hits"] li').count())
        .toBe(want[k].hits.length);
    }
    await expectClean(page, problems, 'screening-organization');
    // A's hit links to the queue with the hit selected.
    await page.goto(`/organizations/${parties.a}`);
    const first = want.a.hits[0];
    await page.getByTestId('screening-hits').getByRole('link').first().click();
    await page.waitForURL((u) => u.pathname === '/screening');
    await page.locator('.hit-list').waitFor();
    expect(await selectedId(page)).toBe(first.id);

    const person = await screened(page, 'person', personId, true);
    expect(person.status).toBe('open');
    await page.goto(`/persons/${personId}`);
    await page.getByTestId('screening-status-value').waitFor();
    expect(await page.getByTestId('screening-status-value').getAttribute('data-status')).toBe('open');
    expect(await page.getByTestId('screening-hits').textContent()).toContain('Tessaly Vandermoot');
    await expectClean(page, problems, 'screening-person');
    await context.close();
  }, 120_000);
});
