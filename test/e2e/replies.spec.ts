// 快捷短语 and 服务用语 in the co-host reply box: "/" opens the quick replies in the field (the
// question's own category first), the picked text is what the database records; a forbidden phrase
// shows its suggestion, sending it asks once, applying the suggestion clears the warning.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CATEGORY_FOR_TYPE } from '../../shared/service/types';
import { CATEGORY_LABELS } from '../../shared/service/quickReplies';
import type { QuestionType } from '../../shared/model';
import { expect, test } from './fixtures';

test('co-host picks a quick reply with "/" and a flagged reply gets its suggestion', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.getByTestId('seat-name').fill('助播小雨');
  await page.getByTestId('seat-role').selectOption('cohost');
  await page.getByTestId('seat-ok').click();
  await page.keyboard.press('Control+2');

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    const first = page.getByTestId('cohost-question').first();
    await expect(first).toBeVisible({ timeout: 60_000 });
    const id = Number(await first.getAttribute('data-question-id'));
    const card = page.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`);
    const { type } = db.prepare('SELECT qtype AS type FROM questions WHERE id = ?').get(id) as {
      type: QuestionType;
    };

    await card.getByTestId('cohost-reply').click();
    const form = card.getByTestId('form-reply');
    const field = form.getByTestId('reply-text');
    await field.pressSequentially('/');
    const options = form.getByTestId('quick-option');
    // The question's own category is listed first.
    await expect(options.first().locator('.quick-cat')).toHaveText(
      CATEGORY_LABELS[CATEGORY_FOR_TYPE[type]].zh,
    );
    // What follows "/" searches; ↑↓ move, Enter inserts.
    await field.pressSequentially('私信');
    await expect(options).toHaveCount(1);
    await field.press('ArrowDown');
    await field.press('Enter');
    await expect(form.getByTestId('quick-picker')).toHaveCount(0);
    await expect(field).toHaveValue('亲，稍后客服会私信您，请留意消息哦');
    await expect(form.getByTestId('reply-check')).toHaveCount(0);
    await field.press('Enter');
    await expect(card).toHaveCount(0);
    await expect
      .poll(() =>
        db
          .prepare("SELECT detail, actor FROM question_events WHERE question_id = ? AND action = 'answer'")
          .get(id),
      )
      .toEqual({ detail: 'reply: 亲，稍后客服会私信您，请留意消息哦', actor: '助播小雨' });

    // A flagged reply: the warning names the phrase and the suggestion.
    const next = page.getByTestId('cohost-question').first();
    await expect(next).toBeVisible({ timeout: 60_000 });
    const id2 = Number(await next.getAttribute('data-question-id'));
    const card2 = page.locator(`[data-testid="cohost-question"][data-question-id="${id2}"]`);
    await card2.getByTestId('cohost-reply').click();
    const form2 = card2.getByTestId('form-reply');
    const field2 = form2.getByTestId('reply-text');
    await field2.fill('这不是我们的问题');
    // Two issues: the forbidden phrase, and no honorific (您 / 亲) in the reply.
    await expect(form2.getByTestId('reply-issue')).toHaveCount(2);
    await expect(form2.locator('[data-testid="reply-issue"][data-kind="honorific"]')).toContainText('亲，');
    const issue = form2.locator('[data-testid="reply-issue"][data-kind="forbidden"]');
    await expect(issue).toContainText('这不是我们的问题');
    await expect(issue).toContainText('我们来帮您一起解决');
    if (process.env.LIVEDESK_SHOTS) {
      await page.screenshot({ path: join(process.env.LIVEDESK_SHOTS, 'reply-warning.png') });
    }
    // Sending it asks once instead of sending or blocking silently.
    await field2.press('Enter');
    await expect(form2.getByTestId('reply-confirm')).toContainText('仍然发送');
    await expect(card2).toHaveCount(1);
    // One click applies the suggestion (which carries 您): every warning is gone.
    await issue.getByTestId('reply-apply').click();
    await expect(field2).toHaveValue('我们来帮您一起解决');
    await expect(form2.getByTestId('reply-check')).toHaveCount(0);
    await expect(form2.getByTestId('reply-confirm')).toHaveCount(0);
    await field2.press('Enter');
    await expect(card2).toHaveCount(0);
    await expect
      .poll(() =>
        db.prepare("SELECT detail FROM question_events WHERE question_id = ? AND action = 'answer'").get(id2),
      )
      .toEqual({ detail: 'reply: 我们来帮您一起解决' });
  } finally {
    db.close();
  }
});

test('a forbidden phrase added in Settings → 服务用语 is stored and flagged in the next reply', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.getByTestId('seat-name').fill('运营小周');
  await page.getByTestId('seat-role').selectOption('ops');
  await page.getByTestId('seat-ok').click();
  await page.getByText('设置').first().click();
  await page.getByTestId('settings-nav-service').click();

  await page.getByTestId('svc-add-forbidden').click();
  const row = page.getByTestId('svc-forbidden-row').last();
  await row.getByTestId('svc-pattern').fill('但是');
  // A suggestion that is itself forbidden is refused with the reason.
  await row.getByTestId('svc-suggestion').fill('我们不负责');
  await page.getByTestId('svc-save').click();
  await expect(page.getByTestId('svc-errors')).toContainText('建议用语本身含禁用语“我们不负责”');
  await row.getByTestId('svc-suggestion').fill('同时');
  await page.getByTestId('svc-save').click();
  await expect(page.getByTestId('svc-errors')).toHaveCount(0);
  await expect(page.getByText('有未保存的修改')).toHaveCount(0);

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    await expect
      .poll(() => {
        const r = db.prepare("SELECT value FROM settings WHERE key = 'service'").get() as
          { value: string } | undefined;
        return r ? (JSON.parse(r.value) as { forbidden: { pattern: string }[] }).forbidden.at(-1) : null;
      })
      .toMatchObject({ pattern: '但是', suggestion: '同时' });
  } finally {
    db.close();
  }

  await page.keyboard.press('Control+2');
  const first = page.getByTestId('cohost-question').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  // Pin the card by its question id: new demo questions keep arriving and may sort above it.
  const id = Number(await first.getAttribute('data-question-id'));
  const card = page.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`);
  await card.getByTestId('cohost-reply').click();
  await card.getByTestId('reply-text').fill('亲，这款偏小，但是可以换');
  await expect(card.getByTestId('reply-issue')).toHaveCount(1);
  await expect(card.getByTestId('reply-issue')).toContainText('同时');
});
