// Checks shared by the page tests: an API answer read as the page's user (with its session cookie),
// and the end of a page that must be clean (no problem recorded, no serious accessibility violation)
// with its screenshot.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations, type WebFixture } from './browser.ts';

/** GET as the page's user; anything but 200 fails the test, naming the path. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
}

/** No problem on the page so far, no serious accessibility violation; then its screenshot. */
export async function expectClean(web: WebFixture, page: Page, problems: string[], screenshot: string) {
  expect(problems).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
  await web.screenshot(page, screenshot);
}
