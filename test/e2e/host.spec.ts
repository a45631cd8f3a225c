// Host pane keys next to the viewer history: the history drawer opens from a nickname, Esc closes it and
// gives the focus back to the nickname, and Enter there reopens the drawer — it does not also mark the
// selected question "answered on air" (the pane's global Enter key leaves a focused button alone).
import { expect, test } from './fixtures';

test('Enter on a focused nickname opens its history and does not answer the question', async ({
  page,
  server,
}) => {
  await page.goto(server.url);
  await page.getByTestId('seat-name').fill('主播小美');
  await page.getByTestId('seat-role').selectOption('host');
  await page.getByTestId('seat-ok').click();
  await page.keyboard.press('Control+1');

  const selected = page.locator('[data-testid="host-question"][aria-selected="true"]');
  await expect(selected).toBeVisible({ timeout: 60_000 });
  const id = Number(await selected.getAttribute('data-question-id'));
  const card = page.locator(`[data-testid="host-question"][data-question-id="${id}"]`);

  await card.getByTestId('viewer-nick').click();
  const drawer = page.getByTestId('viewer-history');
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await expect(card.getByTestId('viewer-nick')).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(drawer).toBeVisible();
  await expect(card).toHaveCount(1);
  await expect(page.getByTestId('toast').filter({ hasText: '已标记为口播回答' })).toHaveCount(0);
});
