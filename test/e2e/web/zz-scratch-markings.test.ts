// Temporary: element screenshots for a visual check (deleted after).
import { afterAll, beforeAll, it } from 'vitest';
import { startWeb, type WebFixture } from '../../helpers/browser.ts';

let web: WebFixture;
beforeAll(async () => {
  web = await startWeb();
}, 180_000);
afterAll(async () => {
  await web?.close();
});
it('shots', async () => {
  const { page, problems, context } = await web.open('editor');
  const list = (await (
    await page.request.get(`/api/components?caseId=${web.demoCaseId}&limit=1`)
  ).json()) as { rows: { id: number; itemId: number }[] };
  const chip = list.rows[0];
  await page.goto(`/items/${chip.itemId}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('button', { name: new RegExp(`^Details of component ${chip.id}\\b`) }).click();
  const detail = page.locator('tr.component-detail');
  await detail.getByRole('button', { name: 'Edit component' }).click();
  await detail.getByLabel('Marking as transcribed').fill('ST\nSTM32F405\nRGT6\nGH229 93\nCHN 227');
  await page.waitForTimeout(1500);
  await detail.screenshot({ path: '/tmp/scratch/detail.png' });
  await detail.getByLabel('Marking as transcribed').fill('TI\nSTM32F103\nC8T6');
  await page.waitForTimeout(1500);
  await detail.locator('.live-reading').screenshot({ path: '/tmp/scratch/mismatch.png' });
  await page.locator('table.component-tree tbody tr').nth(3).screenshot({ path: '/tmp/scratch/row.png' });
  const parts = (await (await page.request.get('/api/catalog/parts?limit=500')).json()) as { rows: { id: number; components: number }[] };
  const top = [...parts.rows].sort((a, b) => b.components - a.components)[3];
  const found = (await (await page.request.get(`/api/catalog/parts/${top.id}/found`)).json()) as { lots: { lotCode: string }[] };
  const paths = (process.env.SHOTS ?? '').split(',').filter(Boolean).map((p) => p.replace('PART', String(top.id)).replace('LOT', encodeURIComponent(found.lots[0]?.lotCode ?? 'x')));
  for (const p of paths) {
    await page.goto(p);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/scratch/${p.replace(/\W+/g, '_')}.png`, fullPage: true });
  }
  console.log(problems);
  await context.close();
}, 120_000);
