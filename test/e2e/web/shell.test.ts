// The app's frame in a real browser: it loads with no console error or failed request, a visitor can
// sign in and out, unknown addresses get the app's "no such page", and API addresses stay JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWeb, type WebFixture } from '../../helpers/browser.ts';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
});
afterAll(async () => {
  await web?.close();
});

describe('the web app shell', () => {
  it('signs in through the login page and out again, with no console error or failed request', async () => {
    const { page, problems, context } = await web.open('editor');
    expect(await page.getByRole('link', { name: 'webeditor' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'td_session')).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the login error for a wrong password without leaving the page', async () => {
    const { page, context, allow, problems } = await web.open('anonymous');
    allow(401, '/api/session');
    await page.goto('/login');
    await page.getByLabel('User name').fill(web.users.viewer.username);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(
      /user name or password|not valid|wrong/i,
    );
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('answers an unknown page with the app and an unknown API route with JSON', async () => {
    const { page, context, problems } = await web.open('anonymous');
    await page.goto('/no/such/page');
    await page.getByRole('heading', { name: 'No such page' }).waitFor();
    expect(problems).toEqual([]);
    const api = await fetch(`${web.baseUrl}/api/no-such-route`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found');
    await context.close();
  });
});
