// Screenshots of every pane at 1440×900 against the real headless main side:
//   npx vite build && npx tsx test/e2e/helpers/shots.ts [outDir=/tmp/shots]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startWebServer } from './webServer';

const out = process.argv[2] ?? '/tmp/shots';
mkdirSync(out, { recursive: true });

const server = await startWebServer({ demoRate: 6 });
const browser = await chromium.launch({
  executablePath: process.env.LIVEDESK_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  page.on('console', (m) => m.type() === 'error' && console.error('[page]', m.text()));
  await page.goto(server.url);
  await page.getByTestId('seat-dialog').waitFor();
  await page.screenshot({ path: `${out}/0-seat.png` });
  await page.getByTestId('seat-name').fill('小林');
  await page.getByTestId('seat-ok').click();

  const hostQ = page.getByTestId('host-question');
  await hostQ.nth(2).waitFor({ timeout: 60000 });
  // Hand a few questions off so support has work.
  await page.keyboard.press('h');
  await page.keyboard.press('ArrowDown');
  await page.getByTestId('toast').first().waitFor();
  await page.screenshot({ path: `${out}/1-host.png` });

  await page.keyboard.press('Control+2');
  await page.getByTestId('comment-row').nth(10).waitFor();
  const handoffs = page.getByTestId('cohost-handoff');
  for (let i = 0; i < 2 && (await handoffs.count()) > 0; i++) {
    await handoffs.first().click();
    await page.getByTestId('form-handoff').locator('input').fill(`订单号 2024${i}88 需核实`);
    await page.getByTestId('form-handoff').locator('input').press('Enter');
    await page.getByTestId('form-handoff').waitFor({ state: 'detached' });
  }
  await page.getByTestId('cohost-reply').first().click();
  await page.getByTestId('form-reply').locator('input').fill('亲，这款有现货，今晚下单明天发货哦');
  await page.screenshot({ path: `${out}/2-cohost.png` });
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+3');
  const card = (status: string) => page.locator(`[data-testid="support-question"][data-status="${status}"]`);
  await card('handed_off').first().waitFor();
  await card('handed_off').first().getByTestId('support-claim').click();
  await card('claimed').first().getByTestId('support-contact').click();
  await page.getByTestId('form-contact').getByRole('button').first().click();
  await card('contacted').first().waitFor();
  await card('handed_off').first().getByTestId('support-claim').click();
  await card('claimed').first().waitFor();
  await page.getByTestId('support-history').first().click();
  await page.locator('.history-list li').first().waitFor();
  await page.screenshot({ path: `${out}/3-support.png` });

  await page.keyboard.press('Control+4');
  await page.getByTestId('ops-count-answered').waitFor();
  await page.screenshot({ path: `${out}/4-ops.png` });

  // Let a question run past its D1 window so the overdue look is on record too.
  await page.keyboard.press('Control+1');
  await page
    .locator(
      '[data-testid="host-question"] [data-level="over"], [data-testid="host-question"] [data-level="breached"]',
    )
    .first()
    .waitFor({ timeout: 90000 });
  await page.screenshot({ path: `${out}/1b-host-overdue.png` });
  await page.keyboard.press('Control+4');
  await page.getByTestId('ops-breaches').waitFor({ timeout: 30000 });
  await page.screenshot({ path: `${out}/4b-ops-breaches.png` });

  await page.getByTestId('lang-toggle').click();
  await page.keyboard.press('Control+1');
  await hostQ.first().waitFor();
  await page.screenshot({ path: `${out}/5-host-en.png` });
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.stop();
}
