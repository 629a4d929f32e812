// Attribution in a real browser, on the synthetic demo's fictional variant profiles: the profiles page
// shows every variant of the document in force with its features and the versions; an administrator
// (an analyst's rights) saves a bad document and sees each problem at its line and column while the
// version in force stays, then saves a good one as a new version; members without those rights read
// without an editor, and a visitor is asked to sign in. On the item page a case editor records a human
// decision, the API returns it and the page shows it overriding the machine, and withdraws it again;
// the editor changes the construction tags and the machine's reading follows; a viewer sees no
// decision form; a visitor reads a published decision without who made it or why. A case's table of
// attributions pages and filters by designation as the API does. Each page: no problems, no serious
// accessibility violation, a screenshot.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { startWeb, type WebFixture } from '../../helpers/browser.ts';
import { apiGet, expectClean } from '../../helpers/pages.ts';

interface Feature {
  kind: string;
  label: string;
  tag?: string;
}
interface Profile {
  id: string;
  name: string;
  designation: string;
  producer?: string;
  description: string;
  features: Feature[];
}
interface ProfilesInForce {
  version: { version: number; savedBy: string; label: string | null } | null;
  text: string | null;
  document: { label?: string; variants: Profile[] } | null;
}
interface Versions {
  rows: { version: number; savedBy: string }[];
}
interface FeatureOutcome {
  kind: string;
  label: string;
  outcome: string;
  explanation: string;
}
interface ItemAttribution {
  itemId: number;
  machine: {
    decision: { variantId: string; reason: string };
    ranked: { variantId: string; score: number; features: FeatureOutcome[] }[];
    best?: { variantId: string };
  };
  human: {
    variantId: string;
    basis: string | null;
    decidedBy: string | null;
    confidence: string;
    decidedAt: string;
  } | null;
  effective: { variantId: string; source: string };
}
interface Row {
  itemId: number;
  designationAssessed: string | null;
  designationMarked: string | null;
  machine: { variantId: string };
  human: { variantId: string } | null;
  effective: { variantId: string; source: string };
}
interface CaseAttributions {
  total: number;
  rows: Row[];
}

let web: WebFixture;
let profiles: ProfilesInForce;
/** Items of the published demo case whose machine reading names a variant, none decided by a human. */
let machineNamed: Row[];
/** An item with a human decision made for these tests (synthetic test data). */
let decidedItem: number;
/** Who made that decision, as the full (member's) view names them. */
let decidedBy: string;
const DECIDED_BASIS = 'Synthetic test data: a decision recorded by the test set-up.';

const nf = new Intl.NumberFormat('en-GB');

async function anonymousGet<T>(path: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${web.baseUrl}${path}`);
  return { status: res.status, body: (await res.json()) as T };
}

/** The decided item's row of the case's attribution table, opened at the page of the table holding it. */
async function decidedRow(page: Page) {
  const all = await apiGet<CaseAttributions>(page, `/api/cases/${web.demoCaseId}/attributions?limit=500`);
  const at = all.rows.findIndex((r) => r.itemId === decidedItem);
  expect(at, 'the decided item is in the case table').toBeGreaterThanOrEqual(0);
  await page.goto(`/cases/${web.demoCaseId}/attributions?offset=${at - (at % 25)}`);
  const row = page
    .locator('tbody tr')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^item ${decidedItem}(\\D|$)`) }) });
  await row.waitFor();
  expect(await row.getByTestId('row-effective').getAttribute('data-source')).toBe('human');
  return row;
}

beforeAll(async () => {
  web = await startWeb();
  profiles = (await web.app.attribution.profiles.get(localAdmin)) as ProfilesInForce;
  expect(profiles.document?.variants.length, 'the demo saves its variant profiles').toBeGreaterThan(1);
  const table = (await web.app.attribution.forCase(localAdmin, web.demoCaseId, {
    limit: 500,
    offset: 0,
  })) as CaseAttributions;
  // Published and readable by a visitor (the demo restricts some of its records).
  const readable: Row[] = [];
  for (const r of table.rows) {
    if ((await anonymousGet(`/api/items/${r.itemId}/attribution`)).status === 200) readable.push(r);
  }
  machineNamed = readable.filter((r) => r.machine.variantId !== 'unknown' && !r.human);
  expect(machineNamed.length, 'demo items the machine attributes').toBeGreaterThan(3);
  // A decision of our own for the viewer's and the visitor's pages, on an item no other test changes.
  decidedItem = machineNamed[machineNamed.length - 1].itemId;
  const decided = await web.app.attribution.decide(localAdmin, decidedItem, {
    variantId: 'unknown',
    basis: DECIDED_BASIS,
    confidence: 'low',
  });
  decidedBy = decided.human?.decidedBy ?? '';
  expect(decidedBy, 'the full view names who decided').not.toBe('');
}, 240_000);
afterAll(async () => {
  await web?.close();
});

describe('the variant profiles page', () => {
  it('shows every variant in force, per designation, with its features, and the versions', async () => {
    const { page, problems } = await web.open('admin');
    const versions = await apiGet<Versions>(page, '/api/variants/versions');
    await page.goto('/variants');
    await page.getByRole('heading', { name: /^In force: version \d+/ }).waitFor();
    const doc = profiles.document;
    if (!doc) throw new Error('no profiles');
    expect(await page.locator('article.variant-card').count()).toBe(doc.variants.length);
    for (const v of doc.variants) {
      const card = page.locator(`article[data-variant="${v.id}"]`);
      await expect.poll(() => card.getByRole('heading', { level: 4 }).textContent()).toContain(v.name);
      const text = (await card.textContent()) ?? '';
      expect(text).toContain(v.designation);
      if (v.producer) expect(text).toContain(v.producer);
      expect(text).toContain(v.description.slice(0, 60));
      const rows = card.locator('table.variant-features tbody tr');
      expect(await rows.count()).toBe(v.features.length);
      expect(await rows.locator('th').allTextContents()).toEqual(v.features.map((f) => f.label));
    }
    // Each designation is a heading with its variants below it.
    for (const d of new Set(doc.variants.map((v) => v.designation)))
      expect(await page.getByRole('heading', { level: 3, name: new RegExp(`^${d} \\(`) }).count()).toBe(1);
    // The demo's document is labelled synthetic, and the page says so.
    expect(doc.label).toMatch(/synthetic/);
    await expect
      .poll(() => page.locator('.page-title .demo-badge').textContent())
      .toBe('synthetic demo data');
    const shown = page.locator('[data-testid="variant-versions"] tbody tr');
    expect(await shown.count()).toBe(versions.rows.length);
    expect(await shown.first().textContent()).toContain(versions.rows[0].savedBy);
    await expectClean(web, page, problems, 'variants-admin');
    await page.context().close();
  });

  it('refuses a bad document at its line and column, keeping the version in force', async () => {
    const { page, problems, allow } = await web.open('admin');
    allow(400, '/api/variants');
    const before = await apiGet<Versions>(page, '/api/variants/versions');
    const inForce = before.rows[0].version;
    await page.goto('/variants');
    const editor = page.getByRole('textbox', { name: /Variant profile document/ });
    await editor.waitFor();
    expect(await editor.inputValue()).toBe(profiles.text);

    // A weight below zero (line 10, column 17) and a kind that does not exist (line 12, column 15).
    const bad = [
      'label: synthetic test data',
      'variants:',
      '  - id: test-variant',
      '    name: Test variant',
      '    designation: Harrow-2',
      '    description: Synthetic test data.',
      '    features:',
      '      - kind: serial_pattern',
      '        pattern: ^HW2-\\d{4}$',
      '        weight: -1',
      '        label: a weight below zero',
      '      - kind: colour_of_paint',
      '        weight: 1',
      '        label: no such kind',
      '',
    ].join('\n');
    await editor.fill(bad);
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    const alert = page.getByTestId('profile-problems');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(`Version ${inForce} stays in force`);
    // The same problems, at the same places, as the server gives them.
    const res = await page.request.put('/api/variants', {
      data: { text: bad },
      headers: {
        'x-csrf-token': (await apiGet<{ session: { csrfToken: string } }>(page, '/api/session/current'))
          .session.csrfToken,
      },
    });
    expect(res.status()).toBe(400);
    const want = (
      (await res.json()) as {
        error: { problems: { line?: number; column?: number; path?: string; message: string }[] };
      }
    ).error.problems;
    expect(want.length).toBeGreaterThanOrEqual(2);
    const items = alert.locator('li');
    expect(await items.count()).toBe(want.length);
    for (const [i, p] of want.entries()) {
      const li = items.nth(i);
      expect(p.line, 'every problem of this document has a place').toBeDefined();
      expect(await li.getAttribute('data-line')).toBe(String(p.line));
      expect(await li.getAttribute('data-column')).toBe(String(p.column));
      const text = (await li.textContent()) ?? '';
      expect(text).toContain(`line ${p.line}, column ${p.column}`);
      if (p.path) expect(text).toContain(p.path);
      expect(text).toContain(p.message);
    }
    const weight = want.find((p) => p.path?.endsWith('features[0].weight'));
    expect(weight?.line).toBe(10);
    // Its place is a button that puts the cursor there.
    const where = items.filter({ hasText: 'features[0].weight' }).getByRole('button');
    await where.click();
    const caret = await editor.evaluate((el) => (el as unknown as { selectionStart: number }).selectionStart);
    const lines = bad.split('\n');
    const offset = lines.slice(0, 9).reduce((n, l) => n + l.length + 1, 0) + ((weight?.column ?? 1) - 1);
    expect(caret).toBe(offset);
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    await expectClean(web, page, problems, 'variants-bad-document');

    // Nothing was saved.
    const after = await apiGet<Versions>(page, '/api/variants/versions');
    expect(after.rows.map((r) => r.version)).toEqual(before.rows.map((r) => r.version));
    expect((await apiGet<ProfilesInForce>(page, '/api/variants')).version?.version).toBe(inForce);

    // A YAML syntax error is placed too.
    await editor.fill('variants:\n  - id: [unclosed\n');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect
      .poll(async () => (await alert.locator('li').first().getAttribute('data-line')) !== null)
      .toBe(true);
    expect(await alert.textContent()).toMatch(/line \d+, column \d+/);
    expect((await apiGet<Versions>(page, '/api/variants/versions')).rows.length).toBe(before.rows.length);
    await page.context().close();
  });

  it('saves a good document as the next version, and shows an older version as not in force', async () => {
    const { page, problems } = await web.open('admin');
    const before = await apiGet<Versions>(page, '/api/variants/versions');
    const inForce = before.rows[0].version;
    await page.goto('/variants');
    const editor = page.getByRole('textbox', { name: /Variant profile document/ });
    await editor.waitFor();
    const text = `${profiles.text}\n# synthetic test data: a comment, the same profiles\n`;
    await editor.fill(text);
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect
      .poll(() => page.getByTestId('profile-saved').textContent())
      .toBe(`Saved as version ${inForce + 1}, now in force.`);
    const now = await apiGet<ProfilesInForce>(page, '/api/variants');
    expect(now.version?.version).toBe(inForce + 1);
    expect(now.text).toBe(text);
    expect(now.version?.savedBy).toContain(web.users.admin.username);
    await expect
      .poll(() => page.getByRole('heading', { level: 2, name: /^In force/ }).textContent())
      .toBe(`In force: version ${inForce + 1}`);
    expect(await page.locator('[data-testid="variant-versions"] tbody tr').count()).toBe(
      before.rows.length + 1,
    );
    // The same text again makes no version.
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await expect
      .poll(() => page.getByTestId('profile-saved').textContent())
      .toBe(`The same text as version ${inForce + 1} in force: no new version was made.`);

    await page.getByRole('link', { name: `Version ${inForce}`, exact: true }).click();
    await page.getByTestId('older-version-note').waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /^Version \d/ }).textContent()).toBe(
      `Version ${inForce} (not in force)`,
    );
    expect(await page.locator('article.variant-card').count()).toBe(profiles.document?.variants.length);
    await expectClean(web, page, problems, 'variants-older-version');
    await page.context().close();
  });

  for (const persona of ['editor', 'viewer'] as const) {
    it(`a case ${persona} (no analyst) reads the profiles without an editor`, async () => {
      const { page, problems } = await web.open(persona);
      await page.goto('/variants');
      await page.getByRole('heading', { name: /^In force: version \d+/ }).waitFor();
      expect(await page.locator('article.variant-card').count()).toBe(profiles.document?.variants.length);
      expect(await page.getByRole('textbox', { name: /Variant profile document/ }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Save as a new version' }).count()).toBe(0);
      await page.getByTestId('variants-read-only').waitFor();
      expect(await page.getByRole('link', { name: 'Variants' }).count()).toBe(1);
      await expectClean(web, page, problems, `variants-${persona}`);
      await page.context().close();
    });
  }

  it('asks a visitor to sign in, without a refused request', async () => {
    const { page, problems } = await web.open('anonymous');
    await page.goto('/variants');
    await page.getByTestId('sign-in-notice').waitFor();
    expect(await page.locator('article.variant-card').count()).toBe(0);
    // Shared reference data: the frame has no entry for it either.
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Variants' }).count(),
    ).toBe(0);
    await expectClean(web, page, problems, 'variants-anonymous');
    await page.context().close();
  });
});

describe('attribution on the item page', () => {
  it('an editor records a decision that overrides the machine, then withdraws it', async () => {
    const { page, problems } = await web.open('editor');
    const row = machineNamed[0];
    const before = await apiGet<ItemAttribution>(page, `/api/items/${row.itemId}/attribution`);
    const doc = profiles.document;
    if (!doc) throw new Error('no profiles');
    const machineVariant = before.machine.decision.variantId;
    const designation = doc.variants.find((v) => v.id === machineVariant)?.designation;
    const other = doc.variants.find((v) => v.designation === designation && v.id !== machineVariant);
    if (!other) throw new Error(`no second variant of ${designation}`);

    await page.goto(`/items/${row.itemId}`);
    const inForce = page.getByTestId('attribution-in-force');
    await inForce.waitFor();
    expect(await inForce.getAttribute('data-source')).toBe('machine');
    expect(await page.getByTestId('in-force-variant').getAttribute('data-variant')).toBe(machineVariant);
    // The machine's reasons: every variant compared, with its score and each feature's explanation.
    const machine = page.getByTestId('attribution-machine');
    expect(await machine.getByTestId('machine-reason').textContent()).toBe(before.machine.decision.reason);
    expect(await machine.locator('details.variant-score').count()).toBe(before.machine.ranked.length);
    const best = before.machine.ranked[0];
    const bestBox = machine.locator(`details[data-variant="${best.variantId}"]`);
    expect(await bestBox.getByTestId('variant-score').textContent()).toBe(
      `${Math.round(best.score * 100)} %`,
    );
    expect(await bestBox.locator('tbody td:nth-child(5)').allTextContents()).toEqual(
      best.features.map((f) => f.explanation),
    );
    expect(
      await bestBox
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-outcome'))),
    ).toEqual(best.features.map((f) => f.outcome));

    const form = page.getByRole('form', { name: 'Record a human attribution' });
    await form.getByLabel('Variant').selectOption(other.id);
    const basis = `Synthetic test data: ${other.name} told apart on the partner photographs.`;
    await form.getByLabel(/^Basis/).fill(basis);
    await form.getByLabel('Confidence').selectOption('high');
    await form.getByRole('button', { name: 'Save the decision' }).click();
    await expect.poll(() => inForce.getAttribute('data-source')).toBe('human');

    const after = await apiGet<ItemAttribution>(page, `/api/items/${row.itemId}/attribution`);
    expect(after.human?.variantId).toBe(other.id);
    expect(after.human?.basis).toBe(basis);
    expect(after.human?.confidence).toBe('high');
    expect(after.human?.decidedBy).toContain(web.users.editor.username);
    expect(after.effective).toMatchObject({ variantId: other.id, source: 'human' });
    // The machine's own reading did not change; it is shown overridden.
    expect(after.machine.decision.variantId).toBe(machineVariant);
    expect(await page.getByTestId('in-force-variant').getAttribute('data-variant')).toBe(other.id);
    expect(await page.getByTestId('in-force-variant').textContent()).toBe(other.name);
    expect(await inForce.textContent()).toContain('human decision');
    expect(await page.getByTestId('human-basis').textContent()).toBe(basis);
    expect(await page.getByTestId('human-variant').textContent()).toContain(other.name);
    expect(await machine.locator('.overridden').count()).toBe(1);
    expect(await machine.textContent()).toContain('overridden by the human decision');
    // The case's table says the same.
    const table = await apiGet<CaseAttributions>(page, `/api/cases/${web.demoCaseId}/attributions?limit=500`);
    expect(table.rows.find((r) => r.itemId === row.itemId)?.effective).toMatchObject({
      variantId: other.id,
      source: 'human',
    });
    await expectClean(web, page, problems, 'item-attribution-decided');

    await page.getByRole('button', { name: 'Withdraw the decision' }).click();
    await expect.poll(() => inForce.getAttribute('data-source')).toBe('machine');
    const withdrawn = await apiGet<ItemAttribution>(page, `/api/items/${row.itemId}/attribution`);
    expect(withdrawn.human).toBeNull();
    expect(withdrawn.effective).toMatchObject({ variantId: machineVariant, source: 'machine' });
    expect(await page.getByTestId('attribution-human').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Withdraw the decision' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('an editor changes the construction tags, and the machine reads them', async () => {
    const { page, problems } = await web.open('editor');
    const doc = profiles.document;
    if (!doc) throw new Error('no profiles');
    // An item whose compared profiles look for a tag.
    let chosen: { row: Row; tag: string } | null = null;
    for (const row of machineNamed.slice(1, -1)) {
      const a = await apiGet<ItemAttribution>(page, `/api/items/${row.itemId}/attribution`);
      const tag = doc.variants
        .filter((v) => a.machine.ranked.some((r) => r.variantId === v.id))
        .flatMap((v) => v.features.filter((f) => f.kind === 'tag').map((f) => f.tag as string))[0];
      if (tag) {
        chosen = { row, tag };
        break;
      }
    }
    if (!chosen) throw new Error('no demo item compared with a profile that looks for a tag');
    const itemId = chosen.row.itemId;
    const original = (await apiGet<{ tags: string[] | null }>(page, `/api/items/${itemId}`)).tags;
    const tags = ['synthetic-test-tag', chosen.tag];

    await page.goto(`/items/${itemId}`);
    const box = page.getByTestId('item-tags');
    await box.getByRole('button', { name: 'Edit construction tags' }).click();
    await box.getByLabel('Tags, separated by commas').fill(tags.join(', '));
    await box.getByRole('button', { name: 'Save tags' }).click();
    await expect.poll(() => box.locator('.tag').allTextContents()).toEqual(tags);
    const stored = await apiGet<{ tags: string[] | null }>(page, `/api/items/${itemId}`);
    expect(stored.tags).toEqual(tags);
    // The machine's reading of every tag feature is the API's after the change.
    const a = await apiGet<ItemAttribution>(page, `/api/items/${itemId}/attribution`);
    for (const r of a.machine.ranked) {
      const f = r.features.find((x) => x.kind === 'tag');
      if (!f) continue;
      const row = page
        .locator(`details[data-variant="${r.variantId}"] tbody tr`)
        .filter({ hasText: f.label });
      await expect.poll(() => row.getAttribute('data-outcome')).toBe(f.outcome);
      expect(await row.locator('td').last().textContent()).toBe(f.explanation);
    }
    await expectClean(web, page, problems, 'item-attribution-tags');

    // Put the tags back as they were.
    await box.getByRole('button', { name: 'Edit construction tags' }).click();
    await box.getByLabel('Tags, separated by commas').fill((original ?? []).join(', '));
    await box.getByRole('button', { name: 'Save tags' }).click();
    await expect
      .poll(async () => (await apiGet<{ tags: string[] | null }>(page, `/api/items/${itemId}`)).tags)
      .toEqual(original);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a viewer reads the decision and the reasons, with no form to decide or to tag', async () => {
    const { page, problems } = await web.open('viewer');
    await page.goto(`/items/${decidedItem}`);
    await page.getByTestId('attribution-human').waitFor();
    expect(await page.getByTestId('attribution-in-force').getAttribute('data-source')).toBe('human');
    expect(await page.getByTestId('in-force-variant').textContent()).toBe('unknown');
    expect(await page.getByTestId('human-basis').textContent()).toBe(DECIDED_BASIS);
    expect(await page.getByTestId('attribution-human').textContent()).toContain(decidedBy);
    expect(await page.getByRole('form', { name: 'Record a human attribution' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save the decision' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Withdraw the decision' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit construction tags' }).count()).toBe(0);
    expect(
      await page.getByTestId('attribution-machine').locator('details.variant-score').count(),
    ).toBeGreaterThan(0);
    await expectClean(web, page, problems, 'item-attribution-viewer');
    await page.context().close();
  });

  it('a visitor reads a published decision without who made it or why', async () => {
    const published = await anonymousGet<ItemAttribution>(`/api/items/${decidedItem}/attribution`);
    expect(published.status).toBe(200);
    expect(published.body.human?.basis).toBeNull();
    expect(published.body.human?.decidedBy).toBeNull();
    const { page, problems } = await web.open('anonymous');
    await page.goto(`/items/${decidedItem}`);
    await page.getByTestId('attribution-human').waitFor();
    expect(await page.getByTestId('in-force-variant').textContent()).toBe('unknown');
    const human = (await page.getByTestId('attribution-human').textContent()) ?? '';
    expect(human).not.toContain(DECIDED_BASIS);
    expect(human).not.toContain(decidedBy);
    expect(await page.getByTestId('human-basis').textContent()).toBe('withheld from the published form');
    expect(await page.getByRole('form', { name: 'Record a human attribution' }).count()).toBe(0);
    // The profiles are for signed-in users: no link to them.
    expect(await page.getByTestId('attribution-in-force').getByRole('link').count()).toBe(0);
    await expectClean(web, page, problems, 'item-attribution-anonymous');
    await page.context().close();
  });
});

describe("a case's attributions", () => {
  it('pages the items with machine and human attribution and filters them by designation', async () => {
    const { page, problems } = await web.open('admin');
    const all = await apiGet<CaseAttributions>(page, `/api/cases/${web.demoCaseId}/attributions?limit=25`);
    await page.goto(`/cases/${web.demoCaseId}`);
    await page.getByTestId('case-attributions-link').click();
    await page.waitForURL((u) => u.pathname === `/cases/${web.demoCaseId}/attributions`);
    const status = page.getByTestId('pager-status');
    await expect
      .poll(() => status.textContent())
      .toBe(`1–${Math.min(25, all.total)} of ${nf.format(all.total)}`);
    const effective = () =>
      page
        .locator('[data-testid="row-effective"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-variant')));
    expect(await effective()).toEqual(all.rows.map((r) => r.effective.variantId));
    await expectClean(web, page, problems, 'case-attributions-admin');

    expect(all.total, 'the demo case fills more than one page').toBeGreaterThan(25);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => status.textContent()).toMatch(/^26–/);
    const second = await apiGet<CaseAttributions>(
      page,
      `/api/cases/${web.demoCaseId}/attributions?limit=25&offset=25`,
    );
    await expect.poll(effective).toEqual(second.rows.map((r) => r.effective.variantId));

    const designation =
      profiles.document?.variants.find((v) => v.designation !== 'Harrow-2')?.designation ?? 'Harrow-2';
    const some = await apiGet<CaseAttributions>(
      page,
      `/api/cases/${web.demoCaseId}/attributions?limit=25&designation=${encodeURIComponent(designation)}`,
    );
    expect(some.total).toBeGreaterThan(0);
    expect(some.total).toBeLessThan(all.total);
    await page.getByRole('button', { name: designation, exact: true }).click();
    await expect
      .poll(() => status.textContent())
      .toBe(`1–${Math.min(25, some.total)} of ${nf.format(some.total)}`);
    expect(page.url()).toContain(`designation=${encodeURIComponent(designation)}`);
    expect(await effective()).toEqual(some.rows.map((r) => r.effective.variantId));
    for (const r of some.rows)
      expect([r.designationAssessed, r.designationMarked].map((d) => d?.toLowerCase())).toContain(
        designation.toLowerCase(),
      );
    // The decided item's row shows the human decision in force, and to a member who made it.
    const row = await decidedRow(page);
    expect(await row.getByTestId('row-human').textContent()).toContain(decidedBy);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const persona of ['editor', 'viewer'] as const) {
    it(`a case ${persona} reads the table`, async () => {
      const { page, problems } = await web.open(persona);
      const all = await apiGet<CaseAttributions>(page, `/api/cases/${web.demoCaseId}/attributions?limit=25`);
      await page.goto(`/cases/${web.demoCaseId}/attributions`);
      await expect
        .poll(() => page.getByTestId('pager-status').textContent())
        .toContain(`of ${nf.format(all.total)}`);
      expect(await page.getByTestId('published-form-note').count()).toBe(0);
      await expectClean(web, page, problems, `case-attributions-${persona}`);
      await page.context().close();
    });
  }

  it('a visitor reads a published case in its published form, and not a private one', async () => {
    const published = await anonymousGet<CaseAttributions>(
      `/api/cases/${web.demoCaseId}/attributions?limit=25`,
    );
    expect(published.status).toBe(200);
    const { page, problems, allow } = await web.open('anonymous');
    await page.goto(`/cases/${web.demoCaseId}/attributions`);
    await page.getByTestId('published-form-note').waitFor();
    await expect
      .poll(() => page.getByTestId('pager-status').textContent())
      .toContain(`of ${nf.format(published.body.total)}`);
    await expectClean(web, page, problems, 'case-attributions-anonymous');
    // The decided item's row shows the decision, not who made it.
    const row = await decidedRow(page);
    expect(await row.getByTestId('row-human').count()).toBe(1);
    expect(await row.textContent()).not.toContain(decidedBy);

    allow(404);
    await page.goto(`/cases/${web.privateCaseId}/attributions`);
    await page.getByRole('heading', { name: 'Case not found' }).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(0);
    await page.context().close();
  });
});
