// Ops → 报表 Reports: the session review of the running show opens with its counts, chart and tables,
// exports as XLSX (read back with exceljs) and CSV (UTF-8 with BOM), and prints.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test as base, expect } from './fixtures';
import { startWebServer, type WebServer } from './helpers/webServer';

// The standard headless main side (electron/web.ts, report service included), with a livelier demo.
const test = base.extend<{ server: WebServer }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use, testInfo) => {
    const server = await startWebServer({ demoRate: 30 });
    try {
      await use(server);
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('web.ts stderr', { body: server.log(), contentType: 'text/plain' });
      }
      await server.stop();
    }
  },
});

async function chooseSeat(page: Page) {
  await expect(page.getByTestId('seat-dialog')).toBeVisible();
  await page.getByTestId('seat-name').fill('运营小张');
  await page.getByTestId('seat-role').selectOption('ops');
  await page.getByTestId('seat-ok').click();
  await expect(page.getByTestId('seat-dialog')).toHaveCount(0);
}

const num = async (page: Page, id: string) =>
  Number((await page.getByTestId(id).textContent())!.replace(/,/g, ''));

test('session review opens, exports XLSX and CSV, and prints', async ({ page, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await chooseSeat(page);

  // Wait until the demo show has questions (the live Ops tiles count them).
  await page.getByTestId('tab-ops').click();
  await expect.poll(() => num(page, 'ops-count-questions'), { timeout: 30_000 }).toBeGreaterThan(3);

  await page.getByTestId('ops-sub-reports').click();
  await expect(page.getByTestId('reports-view')).toBeVisible();
  await expect(page.getByTestId('session-review')).toBeVisible();
  await expect(page.getByTestId('review-title')).toContainText('场次复盘');
  await expect.poll(() => num(page, 'review-count-questions')).toBeGreaterThan(3);
  expect(await num(page, 'review-count-comments')).toBeGreaterThan(await num(page, 'review-count-questions'));
  // The timeline is drawn (uPlot canvas) and the per-stage table has the D1 row.
  await expect(page.getByTestId('review-timeline').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('review-stages')).toContainText('D1');

  // XLSX export: a real workbook with the review's sheets and Chinese headers.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('review-export-xlsx').click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^livedesk-session-\d+\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync((await xlsx.path())!) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toContain('各环节时效');
  const overview = wb.getWorksheet('场次概况')!;
  expect(overview.getRow(1).getCell(1).value).toBe('指标');
  const qRow = overview.getColumn(1).values.findIndex((v) => String(v).startsWith('问题数'));
  expect(Number(overview.getRow(qRow).getCell(2).value)).toBeGreaterThan(3);

  // CSV export: UTF-8 with a BOM so Excel shows the Chinese.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('review-export-csv').click(),
  ]);
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('各环节时效');

  // Print: the browser's print with the print stylesheet (chrome hidden).
  // (page functions run in the browser; typed through globalThis because this file compiles without DOM types)
  type PrintSpy = { printed: number; print: () => void };
  await page.evaluate(() => {
    const w = globalThis as unknown as PrintSpy;
    w.printed = 0;
    w.print = () => void (w.printed += 1);
  });
  await page.getByTestId('review-print').click();
  expect(await page.evaluate(() => (globalThis as unknown as PrintSpy).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.getByTestId('review-export-xlsx')).toBeHidden();
  await expect(page.getByTestId('review-stages')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Staff scorecards open too.
  await page.getByTestId('reports-tab-scorecards').click();
  await expect(page.getByTestId('scorecards')).toBeVisible();
  await expect(page.getByTestId('proposals')).toBeVisible();
  expect(errors).toEqual([]);
});
