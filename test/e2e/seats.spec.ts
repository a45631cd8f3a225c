// Two support seats on one show (two browsers on the hub): a claim by one seat reaches the other live —
// its card turns "claimed" with the owner's name and loses the claim button — and the database holds
// exactly one claim. (The simultaneous-claim race itself is decided by an atomic compare-and-set in the
// engine; test/services covers the loser's `conflict` answer.)
import Database from 'better-sqlite3';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seat(browser: Browser, url: string, name: string, role: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(url);
  await page.getByTestId('seat-name').fill(name);
  await page.getByTestId('seat-role').selectOption(role);
  await page.getByTestId('seat-ok').click();
  await expect(page.getByTestId('seat-dialog')).toHaveCount(0);
  return page;
}

test('a claim by one support seat reaches the other seat live, and only one claim is recorded', async ({
  browser,
  server,
}) => {
  const cohost = await seat(browser, server.url, '助播阿青', 'cohost');
  const a = await seat(browser, server.url, '客服小王', 'support');
  const b = await seat(browser, server.url, '客服小李', 'support');

  await cohost.keyboard.press('Control+2');
  const first = cohost.getByTestId('cohost-question').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  const id = Number(await first.getAttribute('data-question-id'));
  const card = cohost.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`);
  await card.getByTestId('cohost-handoff').click();
  await card.getByTestId('form-handoff').locator('input').fill('请核实订单');
  await card.getByTestId('form-handoff').locator('input').press('Enter');

  const cardOn = (p: Page) => p.locator(`[data-testid="support-question"][data-question-id="${id}"]`);
  for (const p of [a, b]) {
    await p.keyboard.press('Control+3');
    await expect(cardOn(p)).toHaveAttribute('data-status', 'handed_off');
    await expect(cardOn(p).getByTestId('support-claim')).toBeVisible();
  }

  await cardOn(a).getByTestId('support-claim').click();
  await expect(cardOn(a)).toHaveAttribute('data-status', 'claimed');
  // The other seat sees it without doing anything: claimed, by whom, and no claim button left.
  await expect(cardOn(b)).toHaveAttribute('data-status', 'claimed');
  await expect(cardOn(b)).toContainText('客服小王');
  await expect(cardOn(b).getByTestId('support-claim')).toHaveCount(0);

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    await expect
      .poll(() =>
        db.prepare("SELECT actor FROM question_events WHERE question_id = ? AND action = 'claim'").all(id),
      )
      .toEqual([{ actor: '客服小王' }]);
    expect(db.prepare('SELECT assignee FROM questions WHERE id = ?').get(id)).toEqual({
      assignee: '客服小王',
    });
  } finally {
    db.close();
  }
});
