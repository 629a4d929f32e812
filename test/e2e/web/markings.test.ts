// Markings and the parts catalog in a real browser: the component editor reads a marking while it is
// typed (maker, part, an ambiguous date said to be ambiguous, warnings, a refused text said in place)
// exactly as POST /api/markings/parse does; the part page shows where the part was found and its lots
// as GET /api/catalog/parts/:id/found does, and a lot's page every item of the lot; the maker page;
// the overview's charts by maker country and CHPL tier equal /api/stats; the review resolves an
// unresolved maker name (as an administrator) and merges two duplicate organizations; a viewer sees no
// edit control. Each page: no problems, no serious accessibility violation, a screenshot. The makers
// of the demo are fictional; the reference makers (STMicroelectronics, …) are real and public.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { seriousViolations, startWeb, type WebFixture } from '../../helpers/browser.ts';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
}, 180_000);
afterAll(async () => {
  await web?.close();
});

const nf = new Intl.NumberFormat('en-GB');
const num = (s: string | null) => Number((s ?? '').replace(/[^\d]/g, ''));

interface Reading {
  manufacturer: { name: string; now?: { name: string } | null; organizationId?: number | null } | null;
  partNumber: { full: string; base: string | null } | null;
  dateCode: { raw: string; ambiguous: boolean; years: number[]; year: number | null } | null;
  lotCode: string | null;
  countryOfAssembly: string | null;
  confidence: number;
  flags: { kind: string; message: string }[];
}
interface ComponentRow {
  id: number;
  itemId: number;
  caseId: number;
  maker: string | null;
  makerOrgId: number | null;
}
interface PartRow {
  id: number;
  number: string;
  makerOrgId: number | null;
  makerName: string | null;
  components: number;
}
interface Found {
  cases: { caseId: number; title: string; components: number }[];
  items: { itemId: number; componentId: number; lotCode: string | null; dateEarliest: string | null }[];
  dateCodes: { first: { dateCode: string | null } | null; last: { dateCode: string | null } | null };
  lots: { lotCode: string; items: number }[];
}
interface Review {
  unresolved: { name: string; components: number; suggestion: unknown }[];
  flagged: { total: number; rows: { componentId: number }[] };
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** POST as the page's user, with the session's CSRF token. */
async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  const s = await apiGet<{ session: { csrfToken: string } }>(page, '/api/session/current');
  const res = await page.request.post(path, {
    data: body,
    headers: { 'x-csrf-token': s.session.csrfToken },
  });
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

async function expectClean(page: Page, problems: string[], screenshot: string) {
  expect(problems).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await web.screenshot(page, screenshot);
}

/** The text of every cell of a table's body, row by row. */
const cells = (page: Page, selector: string) =>
  page
    .locator(`${selector} tbody tr`)
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));

describe('the live reading in the component editor', () => {
  it('reads the marking as it is typed, like the API, and says what it cannot read', async () => {
    const { page, problems, allow, context } = await web.open('editor');
    const list = await apiGet<{ rows: ComponentRow[] }>(
      page,
      `/api/components?caseId=${web.demoCaseId}&limit=1`,
    );
    const chip = list.rows[0];
    const item = await apiGet<{ recoveredAt: string | null }>(page, `/api/items/${chip.itemId}`);
    const recovered = item.recoveredAt?.slice(0, 10);
    const parse = (text: string) =>
      apiPost<Reading>(page, '/api/markings/parse', recovered ? { text, recovered } : { text });

    await page.goto(`/items/${chip.itemId}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: new RegExp(`^Details of component ${chip.id}\\b`) }).click();
    const detail = page.locator('tr.component-detail');
    await detail.getByRole('button', { name: 'Edit component' }).click();
    const marking = detail.getByLabel('Marking as transcribed');
    const maker = detail.getByTestId('reading-maker');
    const part = detail.getByTestId('reading-part');
    const date = detail.getByTestId('reading-date');

    // A real STMicroelectronics marking (public marking conventions): maker and part, live.
    const st = 'STM32F405\nRGT6\nGH229 93\nCHN 227';
    const want = await parse(st);
    expect(want.manufacturer?.name).toMatch(/STMicroelectronics/);
    expect(want.partNumber?.full).toMatch(/^STM32F405/);
    await marking.fill(st);
    await expect.poll(() => maker.textContent(), { timeout: 10_000 }).toContain(want.manufacturer?.name);
    await expect.poll(() => part.textContent()).toContain(want.partNumber?.full);
    if (want.partNumber?.base && want.partNumber.base !== want.partNumber.full)
      expect(await part.textContent()).toContain(want.partNumber.base);
    if (want.dateCode) expect(await date.textContent()).toContain(want.dateCode.raw);
    for (const f of want.flags)
      expect(await detail.locator(`.live-reading [data-flag="${f.kind}"]`).count()).toBe(1);
    expect(await detail.getByTestId('reading-confidence').textContent()).toBe(
      `${Math.round(want.confidence * 100)} %`,
    );

    // A date code that leaves two decades open is said to be ambiguous, never a guessed year.
    const candidates = [st, 'ST\nSTM32F103\nC8T6\n99 229\nCHN 229', 'ST\nL7805CV\nGK 229\nCHN'];
    let ambiguous: { text: string; r: Reading } | null = null;
    for (const text of candidates) {
      const r = await parse(text);
      if (r.dateCode?.ambiguous) {
        ambiguous = { text, r };
        break;
      }
    }
    expect(ambiguous, 'one of the samples has an ambiguous date code').not.toBeNull();
    if (ambiguous) {
      await marking.fill(`${ambiguous.text}\n`);
      await marking.fill(ambiguous.text);
      const years = ambiguous.r.dateCode?.years ?? [];
      await expect.poll(() => date.textContent(), { timeout: 10_000 }).toContain('ambiguous:');
      for (const y of years) expect(await date.textContent()).toContain(String(y));
    }

    // A maker that was acquired says what it is now part of; a clone family is named as a warning.
    const acquired = await parse('MAXIM\nMAX3232\nCSE');
    if (acquired.manufacturer?.now) {
      await marking.fill('MAXIM\nMAX3232\nCSE');
      await expect
        .poll(() => detail.getByTestId('reading-now').textContent(), { timeout: 10_000 })
        .toContain(acquired.manufacturer.now.name);
    }
    const clone = await parse('GD32F103\nC8T6');
    await marking.fill('GD32F103\nC8T6');
    await expect.poll(() => part.textContent(), { timeout: 10_000 }).toContain(clone.partNumber?.full ?? '');
    for (const f of clone.flags)
      await expect.poll(() => detail.locator(`.live-reading [data-flag="${f.kind}"]`).count()).toBe(1);

    // Too long a text: the server refuses it, and the editor says so in place.
    allow(400, '/api/markings/parse');
    await marking.fill('A'.repeat(20_001));
    await expect
      .poll(() => detail.getByTestId('reading-status').textContent(), { timeout: 10_000 })
      .toMatch(/cannot be read/);
    expect(await detail.getByRole('button', { name: 'Save component' }).isEnabled()).toBe(true);
    await marking.fill(st);
    await expect.poll(() => maker.textContent(), { timeout: 10_000 }).toContain(want.manufacturer?.name);
    await web.screenshot(page, 'markings-live-reading');
    await detail.getByRole('button', { name: 'Cancel' }).click();
    // Nothing was saved.
    const after = await apiGet<{ markingRaw: string }>(page, `/api/components/${chip.id}`);
    expect(after.markingRaw).not.toBe(st);
    await expectClean(page, problems, 'markings-item');
    await context.close();
  });
});

/** A part found in several items with at least one lot, few enough to show in full. */
async function partWithLots(page: Page): Promise<{ part: PartRow; found: Found }> {
  const parts = await apiGet<{ rows: PartRow[] }>(page, '/api/catalog/parts?limit=500');
  const ranked = [...parts.rows].sort((a, b) => b.components - a.components);
  for (const part of ranked.slice(0, 40)) {
    const found = await apiGet<Found>(page, `/api/catalog/parts/${part.id}/found`);
    if (found.lots.length > 0 && found.items.length > 1 && found.items.length <= 100) return { part, found };
  }
  throw new Error('the demo has no part with a lot code found in several items');
}

describe('the part, lot and maker pages', () => {
  it('shows where a part was found and its lots as the API does, and a lot’s items', async () => {
    const { page, problems, context } = await web.open('admin');
    const { part, found } = await partWithLots(page);
    await page.goto(`/parts/${part.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByTestId('found-items').waitFor();

    const rows = await cells(page, '[data-testid="found-items"]');
    expect(rows.length).toBe(found.items.length);
    expect(rows.map((r) => r[0])).toEqual(found.items.map((i) => `item ${i.itemId}`));
    expect(rows.map((r) => r[5])).toEqual(found.items.map((i) => i.lotCode ?? ''));
    expect((await cells(page, '[data-testid="found-lots"]')).map((r) => [r[0], num(r[1])])).toEqual(
      found.lots.map((l) => [l.lotCode, l.items]),
    );
    const counts = await page.getByTestId('found-case-count').allTextContents();
    expect(counts.map(num)).toEqual(found.cases.map((c) => c.components));
    if (found.dateCodes.first?.dateCode)
      expect(await page.getByTestId('first-date-code').textContent()).toContain(
        found.dateCodes.first.dateCode,
      );
    if (found.dateCodes.last?.dateCode)
      expect(await page.getByTestId('last-date-code').textContent()).toContain(found.dateCodes.last.dateCode);
    // The timeline is drawn when any component is dated; its values are in a table too.
    if (found.items.some((i) => i.dateEarliest)) {
      await page.locator('[data-testid="date-timeline"] .overview-chart-drawing svg').first().waitFor();
      const dated = found.items.filter((i) => i.dateEarliest).length;
      expect(await page.locator('[data-testid="date-timeline"] table tbody tr').count()).toBe(dated);
    }
    await expectClean(page, problems, 'markings-part');

    // An analyst's (here an administrator's) export-control note is saved in place.
    const note = `Synthetic test note ${Date.now() % 100_000}`;
    await page.getByRole('button', { name: 'Edit part' }).click();
    await page.getByLabel('Export-control notes').fill(note);
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/api/catalog/parts/${part.id}`) && r.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'Save part' }).click();
    expect((await saved).status()).toBe(200);
    await expect.poll(() => page.getByRole('region', { name: 'The part' }).textContent()).toContain(note);
    expect((await apiGet<{ exportNotes: string }>(page, `/api/catalog/parts/${part.id}`)).exportNotes).toBe(
      note,
    );

    // The first lot's page lists every item where the lot appears.
    const lot = found.lots[0];
    await page.getByTestId('found-lots').getByRole('link', { name: lot.lotCode, exact: true }).click();
    await page.waitForURL((u) => u.pathname.startsWith(`/lots/${part.id}/`));
    const want = await apiGet<{ items: { itemId: number }[] }>(
      page,
      `/api/catalog/lots/${part.id}/${encodeURIComponent(lot.lotCode)}`,
    );
    await page.getByTestId('lot-items').waitFor();
    expect((await cells(page, '[data-testid="lot-items"]')).map((r) => r[0])).toEqual(
      want.items.map((i) => `item ${i.itemId}`),
    );
    expect(new Set(want.items.map((i) => i.itemId)).size).toBe(lot.items);
    await expectClean(page, problems, 'markings-lot');

    // The part's maker has its own page.
    if (part.makerOrgId) {
      await page.goto(`/parts/${part.id}`);
      await page.getByTestId('part-maker').getByRole('link').click();
      await page.waitForURL((u) => u.pathname === `/makers/${part.makerOrgId}`);
      const maker = await apiGet<{ name: string; parts: { number: string }[]; components: number }>(
        page,
        `/api/makers/${part.makerOrgId}`,
      );
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(maker.name);
      await page.getByTestId('maker-components').waitFor();
      expect(num(await page.getByTestId('maker-components').textContent())).toBe(maker.components);
      if (maker.parts.length > 0)
        expect((await cells(page, '[data-testid="maker-parts"]')).map((r) => r[0])).toEqual(
          maker.parts.map((p) => p.number),
        );
      await expectClean(page, problems, 'markings-maker');
    }
    await context.close();
  });

  it('lists parts with filters kept in the address', async () => {
    const { page, problems, context } = await web.open('viewer');
    await page.goto('/parts');
    const all = await apiGet<{ total: number }>(page, '/api/catalog/parts?limit=50');
    await expect
      .poll(() => page.getByTestId('parts-total').textContent(), { timeout: 10_000 })
      .toBe(`${nf.format(all.total)} parts`);
    await page.getByLabel('CHPL tier').selectOption('1');
    const tier1 = await apiGet<{ total: number }>(page, '/api/catalog/parts?limit=50&chplTier=1');
    await expect
      .poll(() => page.getByTestId('parts-total').textContent(), { timeout: 10_000 })
      .toBe(`${nf.format(tier1.total)} parts`);
    expect(new URL(page.url()).searchParams.get('chplTier')).toBe('1');
    await expectClean(page, problems, 'markings-parts');
    await context.close();
  });
});

describe('the overview', () => {
  it('shows components by maker headquarters and by CHPL tier, with the values of /api/stats', async () => {
    const { page, problems, context } = await web.open('admin');
    await page.goto('/');
    const stats = await apiGet<{
      componentsByMakerCountry: { country: string | null; count: number }[];
      componentsByChplTier: { tier: string; count: number }[];
    }>(page, '/api/stats');
    const country = page.getByTestId('chart-maker-country');
    const tier = page.getByTestId('chart-chpl-tier');
    await country.waitFor();
    const countries = await cells(page, '[data-testid="chart-maker-country"]');
    expect(countries.length).toBe(stats.componentsByMakerCountry.length);
    for (const r of stats.componentsByMakerCountry) {
      const row = countries.find((c) =>
        r.country ? c[0].endsWith(`(${r.country})`) || c[0] === r.country : /not known/.test(c[0]),
      );
      expect(row, `the row of ${r.country}`).toBeTruthy();
      expect(num(row?.[1] ?? '')).toBe(r.count);
    }
    const tiers = await cells(page, '[data-testid="chart-chpl-tier"]');
    const label = (t: string) =>
      t === 'none' ? 'not on the CHPL' : t === 'unknown' ? 'no catalog part' : `CHPL tier ${t}`;
    expect(Object.fromEntries(tiers.map((r) => [r[0], num(r[1])]))).toEqual(
      Object.fromEntries(stats.componentsByChplTier.map((r) => [label(r.tier), r.count])),
    );
    if (stats.componentsByChplTier.length > 0) await tier.locator('.overview-chart-drawing svg').waitFor();
    await expectClean(page, problems, 'markings-overview');
    await context.close();
  });
});

describe('the review of markings', () => {
  const name = 'Zyqwert Microdevices (synthetic test data)';

  it('resolves an unresolved maker name as an administrator, and merges duplicates', async () => {
    for (const marking of ['ZQ-1 SYNTHETIC', 'ZQ-2 SYNTHETIC'])
      await web.app.components.create(localAdmin, {
        itemId: web.privateItemId,
        subsystem: 'other',
        markingRaw: marking,
        maker: name,
      });
    const { page, problems, context } = await web.open('admin');
    const before = await apiGet<Review>(page, '/api/markings/review');
    const entry = before.unresolved.find((u) => u.name === name);
    expect(entry?.components).toBe(2);
    await page.goto('/review/markings');
    const row = page.locator(`tr[data-name="${name}"]`);
    await row.waitFor();
    expect(num(await row.getByTestId('unresolved-count').textContent())).toBe(2);
    expect(await page.locator('[data-testid="unresolved"] tbody tr').count()).toBe(before.unresolved.length);
    await expectClean(page, problems, 'markings-review');

    await row.getByRole('button', { name: `Resolve “${name}” to another organization` }).click();
    await row.getByLabel(`Organization for “${name}”`).fill('Texas Instruments');
    const pick = row.getByRole('button', { name: /^Resolve to Texas Instruments/ }).first();
    await pick.waitFor({ timeout: 10_000 });
    const resolved = page.waitForResponse((r) => r.url().endsWith('/api/markings/review/resolve'));
    await pick.click();
    expect((await resolved).status()).toBe(200);
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.getByTestId('review-message').textContent()).toMatch(/2 components/);
    const after = await apiGet<Review>(page, '/api/markings/review');
    expect(after.unresolved.find((u) => u.name === name)).toBeUndefined();
    expect(after.unresolved.length).toBe(before.unresolved.length - 1);
    await expect
      .poll(() => page.locator('[data-testid="unresolved"] tbody tr').count())
      .toBe(after.unresolved.length);
    const comps = await apiGet<{ rows: ComponentRow[] }>(page, `/api/components?itemId=${web.privateItemId}`);
    const ours = comps.rows.filter((c) => c.maker === name);
    expect(ours.length).toBe(2);
    for (const c of ours) expect(c.makerOrgId).not.toBeNull();

    // Two duplicate organizations merged into one: the duplicate is gone, its name an alias.
    const keep = await web.app.parties.createOrganization(localAdmin, {
      name: 'Qorvex Duplicate Maker (synthetic test data)',
      roles: ['maker'],
    });
    const dup = await web.app.parties.createOrganization(localAdmin, {
      name: 'Qorvex Dupl. Maker Ltd (synthetic test data)',
      roles: ['maker'],
    });
    await page.getByLabel('The duplicate (to be merged)').fill('Qorvex Dupl');
    await page.getByRole('button', { name: `Merge ${dup.name}` }).click();
    await page.getByLabel('The organization to keep').fill('Qorvex Duplicate');
    await page.getByRole('button', { name: `Keep ${keep.name}` }).click();
    await page.getByRole('button', { name: `Merge ${dup.name} into ${keep.name}…` }).click();
    const merged = page.waitForResponse((r) => r.url().endsWith(`/api/organizations/${dup.id}/merge`));
    await page.getByRole('button', { name: 'Confirm the merge' }).click();
    expect((await merged).status()).toBe(200);
    await expect.poll(() => page.getByTestId('review-message').textContent()).toContain('merged into');
    const kept = await apiGet<{ aliases: string[] }>(page, `/api/organizations/${keep.id}`);
    expect(kept.aliases).toContain(dup.name);
    await expectClean(page, problems, 'markings-review-done');
    await context.close();
  });

  it('shows a viewer the review and the part page read-only', async () => {
    const { page, problems, context } = await web.open('viewer');
    await page.goto('/review/markings');
    await page.getByTestId('read-only-notice').waitFor();
    await page.getByTestId('flagged-total').waitFor();
    const review = await apiGet<Review>(page, '/api/markings/review');
    expect(num(await page.getByTestId('flagged-total').textContent())).toBe(review.flagged.total);
    expect(await page.getByRole('button', { name: /^Resolve/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Merge duplicate organizations' }).count()).toBe(0);
    await expectClean(page, problems, 'markings-review-viewer');

    const parts = await apiGet<{ rows: PartRow[] }>(page, '/api/catalog/parts?limit=1');
    await page.goto(`/parts/${parts.rows[0].id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Where it was found' }).waitFor();
    expect(await page.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    await expectClean(page, problems, 'markings-part-viewer');
    await context.close();
  });
});
