// Knowledge base (知识库) and shift handover (交接) against the real headless main side: an entry added in
// Settings is found from the reply box with Ctrl+K (title hits first) and inserted into the reply, which
// still goes through the 服务用语 check and is what the database records; a handover written at one
// seat carries the open questions and is acknowledged at another, who and when recorded.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seat(page: Page, url: string, name: string, role: string): Promise<Page> {
  await page.goto(url);
  await expect(page.getByTestId('seat-dialog')).toBeVisible();
  await page.getByTestId('seat-name').fill(name);
  await page.getByTestId('seat-role').selectOption(role);
  await page.getByTestId('seat-ok').click();
  await expect(page.getByTestId('seat-dialog')).toHaveCount(0);
  return page;
}

async function newSeat(browser: Browser, url: string, name: string, role: string): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  ).newPage();
  return seat(page, url, name, role);
}

const shot = async (page: Page, name: string) => {
  if (process.env.LIVEDESK_SHOTS) await page.screenshot({ path: join(process.env.LIVEDESK_SHOTS, name) });
};

test('an entry added in Settings is found with Ctrl+K in the reply box and inserted into the reply', async ({
  page,
  server,
}) => {
  await seat(page, server.url, '客服阿青', 'support');
  await page.keyboard.press('Alt+5');
  await page.getByTestId('settings-nav-knowledge').click();
  const section = page.getByTestId('settings-knowledge');
  // The default knowledge base from the team's service standards.
  await expect(section.getByTestId('kb-row-title').filter({ hasText: '7 天无理由退货' })).toBeVisible();

  // Add an entry: an empty body is refused as typed, then saved.
  await page.getByTestId('kb-add').click();
  const editor = page.getByTestId('kb-editor');
  await editor.getByTestId('kb-edit-category').selectOption('product');
  await editor.getByTestId('kb-edit-title').fill('羊毛大衣面料');
  await editor.getByTestId('kb-edit-keywords').locator('input').fill('面料，羊毛');
  await editor.getByTestId('kb-edit-keywords').locator('input').press('Enter');
  await editor.getByTestId('kb-save').click();
  await expect(editor.getByTestId('kb-edit-errors')).toContainText('内容不能为空');
  // A forbidden phrase in the text is flagged like in a reply.
  await editor.getByTestId('kb-edit-body').fill('这款不能机洗');
  await expect(editor.getByTestId('kb-edit-issues')).toContainText('不能');
  await editor.getByTestId('kb-edit-body').fill('亲，这款大衣含 70% 羊毛，建议您干洗保养');
  await editor.getByTestId('kb-edit-body').press('Control+Enter');
  await expect(editor).toHaveCount(0);
  const row = section.getByTestId('kb-row').filter({ hasText: '羊毛大衣面料' });
  await expect(row).toContainText('面料、羊毛');
  await expect(row).toContainText('客服阿青');

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    expect(
      db
        .prepare("SELECT category, keywords, created_by AS by FROM kb_entries WHERE title = '羊毛大衣面料'")
        .get(),
    ).toEqual({ category: 'product', keywords: '面料,羊毛', by: '客服阿青' });

    // Delete is soft and can be undone.
    const freight = section.getByTestId('kb-row').filter({ hasText: '运费险' });
    await freight.getByTestId('kb-delete').click();
    await expect(freight).toHaveCount(0);
    expect(
      db.prepare("SELECT deleted_at IS NOT NULL AS d FROM kb_entries WHERE title = '运费险'").get(),
    ).toEqual({ d: 1 });
    await page.getByTestId('kb-show-deleted').check();
    await section.getByTestId('kb-row').filter({ hasText: '运费险' }).getByTestId('kb-restore').click();
    await expect(
      section.getByTestId('kb-row').filter({ hasText: '运费险' }).getByTestId('kb-delete'),
    ).toBeVisible();
    await page.getByTestId('kb-show-deleted').uncheck();
    await shot(page, 'kb-settings.png');

    // Co-host pane: reply to a question, search the knowledge base from the reply field.
    await page.keyboard.press('Control+2');
    const first = page.getByTestId('cohost-question').first();
    await expect(first).toBeVisible({ timeout: 60_000 });
    const id = Number(await first.getAttribute('data-question-id'));
    const card = page.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`);
    await card.getByTestId('cohost-reply').click();
    const form = card.getByTestId('form-reply');
    const field = form.getByTestId('reply-text');
    await field.press('Control+k');
    const kb = page.getByTestId('kb-search');
    const query = kb.getByTestId('kb-query');
    await expect(query).toBeFocused();
    await query.fill('码');
    await expect(kb.getByTestId('kb-results')).toContainText('请输入至少 2 个字');
    await query.fill('退货');
    const hits = kb.getByTestId('kb-hit');
    // Title hits first: 7 天无理由退货 before the entries that only mention 退货 in the text.
    await expect(hits.first().getByTestId('kb-hit-title')).toHaveText('7 天无理由退货');
    expect(await hits.count()).toBeGreaterThan(1);
    await expect(kb.getByTestId('kb-chip-after_sales')).toContainText(/\d/);
    await kb.getByTestId('kb-chip-platform').click();
    await expect(hits.first().getByTestId('kb-hit-title')).not.toHaveText('7 天无理由退货');
    await query.press('Alt+0');
    await expect(hits.first().getByTestId('kb-hit-title')).toHaveText('7 天无理由退货');
    await shot(page, 'kb-search.png');

    await query.fill('面料');
    await expect(hits).toHaveCount(1);
    await query.press('Enter');
    await expect(kb).toHaveCount(0);
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('亲，这款大衣含 70% 羊毛，建议您干洗保养');
    await expect(form.getByTestId('reply-check')).toHaveCount(0);
    await field.press('Enter');
    await expect(card).toHaveCount(0);
    await expect
      .poll(() =>
        db.prepare("SELECT detail FROM question_events WHERE question_id = ? AND action = 'answer'").get(id),
      )
      .toEqual({ detail: 'reply: 亲，这款大衣含 70% 羊毛，建议您干洗保养' });

    // The button opens it too; Esc returns to the reply without inserting anything.
    const next = page.getByTestId('cohost-question').first();
    await expect(next).toBeVisible({ timeout: 60_000 });
    const id2 = Number(await next.getAttribute('data-question-id'));
    const card2 = page.locator(`[data-testid="cohost-question"][data-question-id="${id2}"]`);
    await card2.getByTestId('cohost-reply').click();
    await card2.getByTestId('reply-text').fill('亲，');
    await card2.getByTestId('kb-open').click();
    await page.getByTestId('kb-query').press('Escape');
    await expect(page.getByTestId('kb-search')).toHaveCount(0);
    await expect(card2.getByTestId('reply-text')).toHaveValue('亲，');
    await expect(card2.getByTestId('form-reply')).toBeVisible();
  } finally {
    db.close();
  }
});

test('a handover carries the open questions and the next shift acknowledges it', async ({
  page,
  server,
  browser,
}) => {
  const early = await seat(page, server.url, '早班小王', 'support');
  const late = await newSeat(browser, server.url, '晚班小林', 'support');
  await late.keyboard.press('Control+3');
  await expect(late.getByTestId('pane-support')).toBeVisible();

  // Wait until the demo stream has produced questions, so the handover has something to carry.
  await early.keyboard.press('Control+2');
  await expect(early.getByTestId('cohost-question').first()).toBeVisible({ timeout: 60_000 });
  await early.keyboard.press('Control+3');
  await early.getByTestId('handover-write').click();
  const dialog = early.getByTestId('handover-dialog');
  await expect(dialog.getByTestId('handover-preview-count')).toContainText('将自动附上');
  // An empty note is refused with a clear message.
  await dialog.getByTestId('handover-submit').click();
  await expect(dialog.getByTestId('handover-error')).toContainText('请写交接内容');
  await dialog.getByTestId('handover-text').fill('#订单 2024 顾客要换 M 码，已答应今晚回复');
  await shot(early, 'handover-dialog.png');
  await dialog.getByTestId('handover-text').press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(early.getByTestId('handover-waiting')).toBeVisible();

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT id, author, role, open_question_ids AS ids FROM handovers').get() as {
      id: number;
      author: string;
      role: string;
      ids: string;
    };
    expect(row).toMatchObject({ author: '早班小王', role: 'support' });
    const carried = JSON.parse(row.ids) as number[];
    expect(carried.length).toBeGreaterThan(0);

    // The other seat sees it prominently, with the open questions by id.
    const banner = late.getByTestId('handover-banner');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner.getByTestId('handover-note')).toHaveText('#订单 2024 顾客要换 M 码，已答应今晚回复');
    await expect(banner).toContainText('早班小王');
    const shown = banner.getByTestId('handover-question');
    await expect(shown.first()).toBeVisible();
    const shownId = Number(await shown.first().getAttribute('data-question-id'));
    expect(carried).toContain(shownId);
    await shot(late, 'handover-banner.png');
    // The Ops pane shows the same banner.
    await late.keyboard.press('Control+4');
    await expect(late.getByTestId('pane-ops').getByTestId('handover-banner')).toBeVisible();
    await shot(late, 'handover-ops.png');
    await late.keyboard.press('Control+3');

    await banner.getByTestId('handover-ack').click();
    await expect(banner).toHaveCount(0);
    await expect
      .poll(() => db.prepare('SELECT acknowledged_by AS by FROM handovers WHERE id = ?').get(row.id))
      .toEqual({ by: '晚班小林' });

    // The history at the first seat shows who acknowledged it.
    await early.getByTestId('handover-history').click();
    const item = early.locator(`[data-testid="handover-item"][data-id="${row.id}"]`);
    await expect(item.getByTestId('handover-acked')).toContainText('晚班小林');
    await early.keyboard.press('Escape');
    await expect(early.getByTestId('handover-dialog')).toHaveCount(0);
    await expect(early.getByTestId('handover-waiting')).toHaveCount(0, { timeout: 30_000 });
  } finally {
    db.close();
  }
});
