// Every page of the web app, as each kind of user: it loads with no console error, no page error and
// no failed request, axe-core finds no serious or critical accessibility violation, and a screenshot
// is saved under test-results/screens/ (page-<who>-<page>.png). A visitor is shown the published demo
// case and nothing of the private one. All data is synthetic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAdmin } from '../../../src/core/actor.ts';
import { type Persona, seriousViolations, startWeb, type WebFixture } from '../../helpers/browser.ts';

let web: WebFixture;
let itemId: number;
let orgId: number;
let personId: number;
let partId: number;
let makerId: number;
let lot: { partId: number; lotCode: string };
let listId: number;
let entryRowId: number;

beforeAll(async () => {
  web = await startWeb({ reuseSessions: true });
  const items = await web.app.items.list(await web.app.grants.anonymous(), {
    caseId: web.demoCaseId,
    limit: 1,
    offset: 0,
  } as never);
  itemId = items.rows[0].id;
  orgId = (await web.app.parties.listOrganizations(localAdmin, { limit: 1, offset: 0 } as never)).rows[0].id;
  // The demo has no persons; one is made so that the person page is loaded too.
  personId = (
    await web.app.parties.createPerson(localAdmin, {
      name: 'Page Test Person (synthetic test data)',
      aliases: ['P. T. Person'],
      countries: ['PL'],
    })
  ).id;
  // A catalog part, its maker, and a lot seen in an item (the demo's markings give them).
  const parts = await web.app.catalog.list(localAdmin, { limit: 200, offset: 0 });
  partId = parts.rows[0].id;
  makerId = (parts.rows.find((p) => p.makerOrgId) ?? parts.rows[0]).makerOrgId as number;
  for (const p of parts.rows) {
    const found = await web.app.catalog.found(localAdmin, p.id);
    if (found.lots.length > 0) {
      lot = { partId: p.id, lotCode: found.lots[0].lotCode };
      break;
    }
  }
  // The demo's fictional watch list and one of its entries.
  listId = (await web.app.watchlists.lists(localAdmin))[0].id;
  entryRowId = (await web.app.watchlists.entries(localAdmin, listId, { limit: 1, offset: 0 })).rows[0].id;
});
afterAll(async () => {
  await web?.close();
});

interface PageCase {
  name: string;
  path: () => string;
  who: Persona[];
}

const everyone: Persona[] = ['anonymous', 'viewer', 'editor', 'admin'];
const signedIn: Persona[] = ['viewer', 'editor', 'admin'];

const pages: PageCase[] = [
  { name: 'overview', path: () => '/', who: everyone },
  { name: 'map', path: () => '/map', who: everyone },
  { name: 'cases', path: () => '/cases', who: everyone },
  { name: 'case', path: () => `/cases/${web.demoCaseId}`, who: everyone },
  { name: 'case-attributions', path: () => `/cases/${web.demoCaseId}/attributions`, who: everyone },
  { name: 'item', path: () => `/items/${itemId}`, who: everyone },
  { name: 'components', path: () => '/components', who: everyone },
  { name: 'search', path: () => '/search?q=synthetic', who: everyone },
  { name: 'organizations', path: () => '/organizations', who: everyone },
  { name: 'organization', path: () => `/organizations/${orgId}`, who: signedIn },
  { name: 'persons', path: () => '/persons', who: signedIn },
  { name: 'person', path: () => `/persons/${personId}`, who: signedIn },
  { name: 'parts', path: () => '/parts', who: everyone },
  { name: 'part', path: () => `/parts/${partId}`, who: signedIn },
  { name: 'lot', path: () => `/lots/${lot.partId}/${encodeURIComponent(lot.lotCode)}`, who: signedIn },
  { name: 'maker', path: () => `/makers/${makerId}`, who: signedIn },
  { name: 'review', path: () => '/review/markings', who: everyone },
  { name: 'screening', path: () => '/screening', who: ['viewer', 'admin'] },
  { name: 'lists', path: () => '/lists', who: ['viewer'] },
  { name: 'list', path: () => `/lists/${listId}`, who: ['admin'] },
  { name: 'list-entry', path: () => `/lists/entries/${entryRowId}`, who: ['viewer'] },
  { name: 'variants', path: () => '/variants', who: everyone },
  { name: 'production', path: () => '/production', who: everyone },
  { name: 'production-designation', path: () => '/production?designation=Harrow-2', who: everyone },
  { name: 'import', path: () => '/import', who: ['anonymous', 'editor'] },
  { name: 'account', path: () => '/account', who: signedIn },
  { name: 'login', path: () => '/login', who: ['anonymous'] },
];

describe('every page, as every kind of user', () => {
  for (const p of pages) {
    for (const who of p.who) {
      it(`${p.name} as ${who}`, async () => {
        const { page, problems, context } = await web.open(who);
        await page.goto(p.path());
        await page.waitForLoadState('networkidle');
        await page.locator('main h1').first().waitFor();
        await page
          .locator('main .loading')
          .first()
          .waitFor({ state: 'detached', timeout: 20_000 })
          .catch(() => {});
        await web.screenshot(page, `page-${who}-${p.name}`);
        expect(problems, `${p.name} as ${who}`).toEqual([]);
        expect(await seriousViolations(page), `${p.name} as ${who}`).toEqual([]);
        if (who === 'anonymous') {
          const text = (await page.locator('body').textContent()) ?? '';
          expect(text).not.toContain('Private case (synthetic test data)');
          expect(text).not.toContain('PRIVATE-TEST-ONLY');
        }
        await context.close();
      });
    }
  }
});
