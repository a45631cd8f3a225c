// The browser window against the real headless main side: demo stream → Co-host stream, a
// question in the Host pane answered with the keyboard, Ops count up, and the database row.
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SEAT = '测试主播小林';

async function chooseSeat(page: Page, name: string, role = 'host') {
  await expect(page.getByTestId('seat-dialog')).toBeVisible();
  await page.getByTestId('seat-name').fill(name);
  await page.getByTestId('seat-role').selectOption(role);
  await page.getByTestId('seat-ok').click();
  await expect(page.getByTestId('seat-dialog')).toHaveCount(0);
  await expect(page.getByTestId('status-seat')).toContainText(name);
}

async function readCount(page: Page, testId: string): Promise<number> {
  const loc = page.getByTestId(testId);
  await expect(loc).toHaveText(/^[\d,]+$/);
  return Number((await loc.textContent())!.replace(/,/g, ''));
}

test('host answers a live question with the keyboard; ops and the database see it', async ({
  page,
  server,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
  await chooseSeat(page, SEAT);

  // The demo stream runs: comments reach the Co-host stream.
  await page.keyboard.press('Control+2');
  await expect(page.getByTestId('pane-cohost')).toBeVisible();
  await expect(page.getByTestId('comment-row').first()).toBeVisible();

  // Baseline of the Ops "answered" tile.
  await page.keyboard.press('Alt+4');
  await expect(page.getByTestId('pane-ops')).toBeVisible();
  const answeredBefore = await readCount(page, 'ops-count-answered');

  // A question shows up in the Host pane, selected, with a live countdown.
  await page.keyboard.press('Control+1');
  const selected = page.locator('[data-testid="host-question"][aria-selected="true"]');
  await expect(selected).toBeVisible();
  await expect(selected.getByTestId('countdown')).toHaveText(/\d:\d\d/);
  const id = Number(await selected.getAttribute('data-question-id'));
  expect(id).toBeGreaterThan(0);

  // Enter = answered on air: the card goes, a toast confirms.
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-testid="host-question"][data-question-id="${id}"]`)).toHaveCount(0);
  await expect(page.getByTestId('toast').filter({ hasText: '已标记为口播回答' })).toBeVisible();

  await page.keyboard.press('Control+4');
  await expect.poll(() => readCount(page, 'ops-count-answered')).toBeGreaterThan(answeredBefore);

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT status FROM questions WHERE id = ?').get(id) as
      { status: string } | undefined;
    expect(row?.status).toBe('answered');
    const ev = db
      .prepare("SELECT actor FROM question_events WHERE question_id = ? AND action = 'answer'")
      .get(id) as { actor: string } | undefined;
    expect(ev?.actor).toBe(SEAT);
  } finally {
    db.close();
  }
  expect(pageErrors).toEqual([]);
});

test('co-host hands a question off; support claims and contacts it within D4', async ({ page, server }) => {
  await page.goto(server.url);
  await chooseSeat(page, '助播阿青', 'cohost');

  await page.keyboard.press('Control+2');
  const first = page.getByTestId('cohost-question').first();
  await expect(first).toBeVisible();
  const id = Number(await first.getAttribute('data-question-id'));
  // Pinned by id: new demo questions keep arriving and may sort above it.
  const card = page.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`);
  await card.getByTestId('cohost-handoff').click();
  await card.getByTestId('form-handoff').locator('input').fill('订单号 88001 需核实');
  await card.getByTestId('form-handoff').locator('input').press('Enter');
  await expect(page.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`)).toHaveCount(0);

  await page.keyboard.press('Control+3');
  const s = page.locator(`[data-testid="support-question"][data-question-id="${id}"]`);
  await expect(s).toHaveAttribute('data-status', 'handed_off');
  await expect(s).toContainText('订单号 88001 需核实');
  await expect(s.getByTestId('stage-D4').getByTestId('countdown')).toHaveAttribute('data-level', /ok|warn/);
  await s.getByTestId('support-claim').click();
  await expect(s).toHaveAttribute('data-status', 'claimed');
  await expect(s).toContainText('助播阿青');
  await s.getByTestId('support-contact').click();
  await s.getByTestId('form-contact').locator('input[type="number"]').fill('15');
  await s.getByTestId('form-contact').getByRole('button').first().click();
  await expect(s).toHaveAttribute('data-status', 'contacted');
  await expect(s.getByTestId('stage-D4').getByTestId('countdown')).toHaveAttribute('data-level', 'met');

  await s.getByTestId('support-history').click();
  const history = s.locator('.history-list');
  for (const action of ['提问', '转交', '认领', '联系']) await expect(history).toContainText(action);
  await expect(history).toContainText('助播阿青');
});
