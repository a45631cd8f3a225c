// 满意度: support records the viewer's rating at the follow-up; it lands in the database and in the
// session review.
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';

test('a rating given at follow-up is stored and shown in the session review', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByTestId('seat-name').fill('客服阿青');
  await page.getByTestId('seat-role').selectOption('support');
  await page.getByTestId('seat-ok').click();

  // Co-host hands one off; support takes it through claim → contact → resolve → follow-up.
  await page.keyboard.press('Control+2');
  const first = page.getByTestId('cohost-question').first();
  await expect(first).toBeVisible();
  const id = Number(await first.getAttribute('data-question-id'));
  // Pinned by id: new demo questions keep arriving and may sort above it.
  const card = page.locator(`[data-testid="cohost-question"][data-question-id="${id}"]`);
  await card.getByTestId('cohost-handoff').click();
  await card.getByTestId('form-handoff').locator('input').press('Enter');

  await page.keyboard.press('Control+3');
  const s = page.locator(`[data-testid="support-question"][data-question-id="${id}"]`);
  await s.getByTestId('support-claim').click();
  await expect(s).toHaveAttribute('data-status', 'claimed');
  await s.getByTestId('support-contact').click();
  await s.getByTestId('form-contact').getByRole('button').first().click();
  await expect(s).toHaveAttribute('data-status', 'contacted');
  await s.getByTestId('support-resolve').click();
  await s.getByTestId('form-resolve').locator('input').fill('已为您换成 M 码，明天发出');
  await s.getByTestId('form-resolve').locator('input').press('Enter');
  await expect(s).toHaveAttribute('data-status', 'resolved');
  await s.getByTestId('support-followup').click();
  await s.getByTestId('form-followup').getByTestId('rating-4').click();
  await s.getByTestId('form-followup').locator('input').press('Enter');

  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  try {
    await expect
      .poll(() =>
        db.prepare('SELECT score, source, rated_by AS by FROM ratings WHERE question_id = ?').get(id),
      )
      .toEqual({ score: 4, source: 'followup', by: '客服阿青' });
  } finally {
    db.close();
  }

  await page.keyboard.press('Control+4');
  await page.getByText('报表 Reports').click();
  await expect(page.getByTestId('review-satisfaction')).not.toHaveText('—');
});
