// Settings against the real headless main side: a blocked term flags new demo comments at once,
// a second stream source is connected, counted and removed, and an invalid policy is refused.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { startSimulator } from '../../electron/services/simulator';
import { expect, test } from './fixtures';

async function chooseSeat(page: Page, name: string, role: string) {
  await expect(page.getByTestId('seat-dialog')).toBeVisible();
  await page.getByTestId('seat-name').fill(name);
  await page.getByTestId('seat-role').selectOption(role);
  await page.getByTestId('seat-ok').click();
  await expect(page.getByTestId('seat-dialog')).toHaveCount(0);
}

async function openSettings(page: Page, section: 'sources' | 'deadlines' | 'classifier' | 'alerts') {
  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('pane-settings')).toBeVisible();
  await page.getByTestId(`settings-nav-${section}`).click();
  await expect(page.getByTestId(`settings-${section}`)).toBeVisible();
}

test('a blocked term saved in Settings flags new demo comments in the Co-host stream', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await chooseSeat(page, '助播阿青', 'cohost');
  await openSettings(page, 'classifier');

  await page.getByTestId('cls-add-blocked').click();
  const row = page.getByTestId('cls-blocked-row').last();
  // A broken regular expression is caught as it is typed, and saving is refused.
  await row.getByTestId('cls-blocked-kind').selectOption('regex');
  await row.getByTestId('cls-blocked-pattern').fill('(好看');
  await expect(row.getByTestId('cls-blocked-check')).toContainText('正则无效');
  await page.getByTestId('cls-save').click();
  await expect(page.getByTestId('cls-errors')).toBeVisible();

  await row.getByTestId('cls-blocked-kind').selectOption('plain');
  await row.getByTestId('cls-blocked-pattern').fill('好看');
  await row.getByTestId('cls-blocked-action').selectOption('spam');
  await expect(row.getByTestId('cls-blocked-check')).toContainText('有效');
  await page.getByTestId('cls-try').fill('主播今天的口红好看');
  await expect(page.getByTestId('cls-try-result')).toContainText('命中');
  await page.getByTestId('cls-save').click();
  await expect(page.getByTestId('toast').filter({ hasText: '识别规则已保存并生效' })).toBeVisible();
  await expect(page.getByTestId('cls-errors')).toHaveCount(0);

  // New comments saying 好看 arrive flagged as spam, with the reason on hover.
  await page.keyboard.press('Control+2');
  await page.getByTestId('filter-flagged').click();
  const flagged = page
    .getByTestId('comment-row')
    .filter({ hasText: '好看' })
    .getByTestId('comment-flag')
    .filter({ hasText: '刷屏' })
    .first();
  await expect(flagged).toBeVisible({ timeout: 60_000 });
  await expect(flagged).toHaveAttribute('title', /屏蔽词 blocked spam: .*好看/);
  await flagged.hover();
});

test('the flood rule is edited in Settings: bad values are refused, good ones stored and shown again', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await chooseSeat(page, '助播阿青', 'cohost');
  await openSettings(page, 'classifier');
  const flood = page.getByTestId('cls-flood');
  await expect(flood.getByTestId('cls-flood-window')).toHaveValue('30');
  await expect(flood.getByTestId('cls-flood-repeats')).toHaveValue('3');

  await flood.getByTestId('cls-flood-repeats').fill('1');
  await expect(flood.getByTestId('cls-flood-error-repeats')).toContainText('2–100');
  if (process.env.LIVEDESK_SHOTS) {
    await flood.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(process.env.LIVEDESK_SHOTS, 'settings-flood.png') });
  }
  await page.getByTestId('cls-save').click();
  await expect(page.getByTestId('cls-errors')).toBeVisible();

  await flood.getByTestId('cls-flood-repeats').fill('5');
  await flood.getByTestId('cls-flood-window').fill('60');
  await expect(flood.locator('.field-error')).toHaveCount(0);
  await page.getByTestId('cls-save').click();
  await expect(page.getByTestId('toast').filter({ hasText: '识别规则已保存并生效' })).toBeVisible();

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    await expect
      .poll(() => {
        const r = db.prepare("SELECT value FROM settings WHERE key = 'classifier'").get() as
          { value: string } | undefined;
        return r ? (JSON.parse(r.value) as { flood?: unknown }).flood : null;
      })
      .toEqual({ windowMs: 60_000, maxRepeats: 5 });
  } finally {
    db.close();
  }
  // Another look (a reload; the seat is remembered) shows the stored values.
  await page.reload();
  await openSettings(page, 'classifier');
  await expect(page.getByTestId('cls-flood-window')).toHaveValue('60');
  await expect(page.getByTestId('cls-flood-repeats')).toHaveValue('5');
});

test('a second source is added in Settings, goes live, counts comments and is removed', async ({
  page,
  server,
}) => {
  const sim = await startSimulator({ rate: 20, format: 'barragegrab', port: 0, seed: 7 });
  try {
    await page.goto(server.url);
    await chooseSeat(page, '运营小陈', 'ops');
    await openSettings(page, 'sources');
    await expect(page.locator('[data-testid="src-row"][data-source-id="demo"]')).toBeVisible();

    await page.getByTestId('src-format').selectOption('barragegrab');
    await expect(page.getByTestId('src-hint')).toContainText('ws://127.0.0.1:8888');
    await expect(page.getByTestId('src-url')).toHaveValue('ws://127.0.0.1:8888');
    // A URL that is not a WebSocket address is refused before it is sent.
    await page.getByTestId('src-url').fill('http://127.0.0.1:1');
    await page.getByTestId('src-connect').click();
    await expect(page.getByTestId('src-add-form')).toContainText('地址须以 ws:// 或 wss:// 开头');

    await page.getByTestId('src-url').fill(sim.url);
    await page.getByTestId('src-label').fill('测试抖音间');
    await page.getByTestId('src-stall').fill('10');
    await page.getByTestId('src-connect').click();
    const row = page.locator(`[data-testid="src-row"][data-url="${sim.url}"]`);
    await expect(row).toHaveAttribute('data-state', 'live');
    await expect(row).toContainText('测试抖音间');
    const received = async () =>
      Number((await row.getByTestId('src-received').textContent())!.replace(/,/g, ''));
    await expect.poll(received).toBeGreaterThan(0);
    const first = await received();
    await expect.poll(received).toBeGreaterThan(first);

    // The same source twice: the server's refusal is shown next to the form.
    await page.getByTestId('src-format').selectOption('barragegrab');
    await page.getByTestId('src-url').fill(sim.url);
    await page.getByTestId('src-connect').click();
    await expect(page.getByTestId('src-server-error')).toContainText('已接入该数据源');

    await row.getByTestId('src-remove').click();
    await row.getByTestId('src-remove-confirm').click();
    await expect(row).toHaveCount(0);
    await expect(page.getByTestId('toast').filter({ hasText: '已移除数据源' })).toBeVisible();
    await expect(page.locator('[data-testid="src-row"][data-source-id="demo"]')).toBeVisible();
  } finally {
    await sim.close();
  }
});

test('an invalid policy (warn 150 %) is refused with a visible message and nothing changes', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await chooseSeat(page, '运营小陈', 'ops');
  await openSettings(page, 'deadlines');
  await expect(page.getByTestId('dl-version')).toHaveAttribute('data-version', '1');

  await page.getByTestId('dl-warn-D1').fill('150');
  const d1 = page.getByTestId('dl-row-D1');
  await expect(d1.getByTestId('field-error')).toHaveText('须大于 0 且小于 100');
  await page.getByTestId('dl-D2-window').fill('0');
  await expect(page.getByTestId('dl-row-D2').getByTestId('field-error')).toHaveText('必须大于 0');
  await page.getByTestId('dl-save').click();
  await expect(page.getByTestId('dl-errors')).toContainText('请先修正标红的字段（共 2 处）');
  await expect(page.getByTestId('dl-version')).toHaveAttribute('data-version', '1');

  // Unsaved edits survive a trip to another tab.
  await page.keyboard.press('Control+3');
  await expect(page.getByTestId('pane-support')).toBeVisible();
  await page.keyboard.press('Control+5');
  await expect(page.getByTestId('dl-warn-D1')).toHaveValue('150');

  // Discarding shows the policy in force again, unchanged.
  await page.getByRole('button', { name: '撤销修改' }).click();
  await expect(page.getByTestId('dl-warn-D1')).toHaveValue('70');
  await expect(page.getByTestId('dl-D2-window')).toHaveValue('1');
  await expect(page.getByTestId('dl-D2-unit')).toHaveValue('min');

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT version, body FROM policies').all() as {
      version: number;
      body: string;
    }[];
    expect(rows.map((r) => r.version)).toEqual([1]);
    expect(JSON.parse(rows[0].body).stages.D1.warnRatio).toBe(0.7);
  } finally {
    db.close();
  }
});
