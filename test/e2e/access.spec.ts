// `livedesk web --access-code`: a seat that opens the link without the code (or with a wrong one) is told
// so and the page does not keep retrying; with the code it works as usual.
import { expect, test } from '@playwright/test';
import { startWebServer, type WebServer } from './helpers/webServer';

let server: WebServer;
test.beforeAll(async () => {
  server = await startWebServer({ demoRate: 8, args: ['--access-code', '246810'] });
});
test.afterAll(async () => {
  await server?.stop();
});

test('a LAN seat needs the access code: refused and told without it, working with it', async ({ page }) => {
  const withCode = new URL(server.url);
  expect(withCode.searchParams.get('code')).toBe('246810');
  const bare = `${withCode.origin}/`;

  await page.goto(bare);
  await expect(page.getByTestId('conn-denied')).toContainText('访问码');
  // Also in the seat dialog, which covers the page on first visit.
  await expect(page.getByTestId('seat-denied')).toContainText('访问码');
  await page.goto(`${bare}?code=135790`);
  await expect(page.getByTestId('conn-denied')).toBeVisible();

  await page.goto(withCode.href);
  await page.getByTestId('seat-name').fill('助播阿青');
  await page.getByTestId('seat-role').selectOption('cohost');
  await page.getByTestId('seat-ok').click();
  await page.keyboard.press('Control+2');
  await expect(page.getByTestId('comment-row').first()).toBeVisible();
  await expect(page.getByTestId('conn-denied')).toHaveCount(0);
});
