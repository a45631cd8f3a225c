// Deadlines end to end: a D4 window shortened in Settings applies to the next hand-off, the Support
// card's countdown goes ok → warning → breached, and the breach is on record under the new policy
// version. Then the complaint actions (accept, escalate, supervisor reply) on a complaint card.
import Database from 'better-sqlite3';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function chooseSeat(page: Page, name: string, role: string) {
  await expect(page.getByTestId('seat-dialog')).toBeVisible();
  await page.getByTestId('seat-name').fill(name);
  await page.getByTestId('seat-role').selectOption(role);
  await page.getByTestId('seat-ok').click();
  await expect(page.getByTestId('seat-dialog')).toHaveCount(0);
}

/** Hands the first matching Co-host card off and returns its question id. */
async function handOff(page: Page, card: Locator, note: string): Promise<number> {
  await expect(card).toBeVisible({ timeout: 60_000 });
  const id = Number(await card.getAttribute('data-question-id'));
  // Pinned by id: `card` may be a .first() that a newer question takes over.
  const pinned = page.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`);
  await pinned.getByTestId('cohost-handoff').click();
  const form = pinned.getByTestId('form-handoff');
  await form.locator('input').fill(note);
  await form.locator('input').press('Enter');
  await expect(page.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`)).toHaveCount(0);
  return id;
}

test('a D4 window shortened in Settings warns, then breaches, and is recorded with the new version', async ({
  page,
  server,
}) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(server.url);
  await chooseSeat(page, '客服小周', 'support');

  // Settings → Deadlines: D4 = 6 s, warn at 50 %.
  await page.keyboard.press('Control+5');
  await expect(page.getByTestId('pane-settings')).toBeVisible();
  await page.getByTestId('settings-nav-deadlines').click();
  const version = page.getByTestId('dl-version');
  await expect(version).toHaveAttribute('data-version', '1');
  await expect(page.getByTestId('dl-row-D4')).toContainText('首次联系(2 分钟)');
  await page.getByTestId('dl-D4-window').fill('6');
  await page.getByTestId('dl-D4-unit').selectOption('s');
  await page.getByTestId('dl-warn-D4').fill('50');
  await expect(page.getByTestId('dl-row-D4')).toContainText('首次联系(6 秒)');
  await expect(page.getByTestId('dl-row-D4')).toContainText('3 秒后预警');
  await page.getByTestId('dl-save').click();
  await expect(version).toHaveAttribute('data-version', '2');
  await expect(page.getByTestId('dl-server-error')).toHaveCount(0);

  // Co-host hands a question off: its D4 now runs for 6 s.
  await page.keyboard.press('Control+2');
  const id = await handOff(page, page.getByTestId('cohost-question').first(), '需核实订单');

  await page.keyboard.press('Control+3');
  const card = page.locator(`[data-testid="support-question"][data-question-id="${id}"]`);
  const d4 = card.getByTestId('stage-D4');
  await expect(d4).toContainText('首次联系(6 秒)');
  const cd = d4.getByTestId('countdown');
  await expect(cd).toHaveAttribute('data-level', /ok|warn/);
  await expect(cd).toHaveAttribute('data-level', 'warn');
  await expect(cd).toHaveClass(/cd-warn/);
  await expect(cd).toHaveAttribute('data-level', 'breached');
  await expect(cd).toHaveClass(/cd-breached/);
  await expect(cd).toContainText('超时');

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        "SELECT due_at, started_at, breached_at, warned_at, warn_at, policy_version FROM deadlines WHERE question_id = ? AND stage = 'D4'",
      )
      .get(id) as
      | {
          due_at: number;
          started_at: number;
          breached_at: number | null;
          warned_at: number | null;
          warn_at: number;
          policy_version: number;
        }
      | undefined;
    expect(row).toBeDefined();
    expect(row!.due_at - row!.started_at).toBe(6000);
    expect(row!.breached_at).toBe(row!.due_at);
    expect(row!.warn_at - row!.started_at).toBe(3000);
    expect(row!.warned_at).toBe(row!.warn_at);
    expect(row!.policy_version).toBe(2);
    const versions = db.prepare('SELECT version FROM policies ORDER BY version').all() as {
      version: number;
    }[];
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  } finally {
    db.close();
  }
  expect(pageErrors).toEqual([]);
});

test('a complaint is accepted, escalated to a supervisor and answered from the Support pane', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await chooseSeat(page, '主管老王', 'supervisor');

  await page.keyboard.press('Control+2');
  const complaint = page
    .getByTestId('cohost-question')
    .filter({ has: page.locator('.badge.type-complaint') })
    .first();
  const id = await handOff(page, complaint, '顾客反映质量问题');

  await page.keyboard.press('Control+3');
  const card = page.locator(`[data-testid="support-question"][data-question-id="${id}"]`);
  await expect(card.getByTestId('stage-C1')).toBeVisible();
  // Only what the status allows: no contact before claiming, no supervisor reply before escalating.
  await expect(card.getByTestId('support-contact')).toHaveCount(0);
  await expect(card.getByTestId('support-escalation-reply')).toHaveCount(0);
  await expect(card.getByTestId('support-close')).toHaveCount(0);

  await card.getByTestId('support-accept-complaint').click();
  await expect(card.getByTestId('stage-C1').getByTestId('countdown')).toHaveAttribute('data-level', 'met');
  await expect(card.getByTestId('support-accept-complaint')).toHaveCount(0);

  await card.getByTestId('support-escalate').click();
  await card.getByTestId('form-escalate').locator('input').fill('要求超出政策的赔偿');
  await card.getByTestId('form-escalate').locator('input').press('Enter');
  await expect(card).toHaveAttribute('data-status', 'escalated');
  await expect(card.getByTestId('stage-C2')).toContainText('主管回复升级(30 分钟)');
  await expect(card.getByTestId('support-escalate')).toHaveCount(0);

  await card.getByTestId('support-escalation-reply').click();
  await card.getByTestId('form-escalation-reply').locator('input').fill('同意补发一件新品');
  await card.getByTestId('form-escalation-reply').locator('input').press('Enter');
  await expect(card).toHaveAttribute('data-status', 'handed_off');
  await expect(card.getByTestId('stage-C2').getByTestId('countdown')).toHaveAttribute('data-level', 'met');

  await card.getByTestId('support-reassign').click();
  await card.getByTestId('form-reassign').locator('input').fill('客服小周');
  await card.getByTestId('form-reassign').locator('input').press('Enter');
  await expect(card).toHaveAttribute('data-status', 'claimed');
  await expect(card).toContainText('客服小周');

  await card.getByTestId('support-history').click();
  for (const action of ['受理投诉', '升级主管', '主管回复', '转派']) {
    await expect(card.locator('.history-list')).toContainText(action);
  }
});
