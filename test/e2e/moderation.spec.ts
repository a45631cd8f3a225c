// 场控 / 观众: a co-host hides a comment (gone from every seat, kept in the database, shown again from
// 已隐藏), mutes a viewer (their later comments arrive hidden and ask no question), flags one for the
// supervisor (who is told at once), and tags a viewer from the history drawer (the tag shows next to
// the nickname on every seat). The test drives its own comment source, so it knows every comment.
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { WebSocket, WebSocketServer } from 'ws';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Room {
  url: string;
  say(user: string, nickname: string, text: string): string;
  clients(): number;
  close(): Promise<void>;
}

/** A LiveDesk-JSON comment source the test speaks through. */
async function startRoom(): Promise<Room> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => wss.once('listening', r));
  let n = 0;
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    clients: () => wss.clients.size,
    say(user, nickname, text) {
      const msgId = `e2e-${++n}`;
      const frame = JSON.stringify({
        v: 1,
        type: 'comment',
        platform: 'douyin',
        msgId,
        roomId: 'room-e2e',
        user: { id: user, nickname },
        text,
        channel: 'live',
        kind: 'chat',
      });
      for (const c of wss.clients) c.send(frame);
      return msgId;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => r());
      }),
  };
}

/** A seat speaking the hub contract directly (sets the room up: demo off, our source on). */
async function hubCall(baseUrl: string, name: string, args: unknown): Promise<{ ok: boolean }> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}api`);
  await new Promise((r, j) => ws.once('open', r).once('error', j));
  const res = await new Promise<{ ok: boolean }>((resolve) => {
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString()) as { t: string; id: number; result: { ok: boolean } };
      if (m.t === 'res' && m.id === 1) resolve(m.result);
    });
    ws.send(JSON.stringify({ t: 'req', id: 1, name, args }));
  });
  ws.close();
  return res;
}

async function seat(page: Page, url: string, name: string, role: string) {
  await page.goto(url);
  await page.getByTestId('seat-name').fill(name);
  await page.getByTestId('seat-role').selectOption(role);
  await page.getByTestId('seat-ok').click();
  await page.keyboard.press('Control+2');
  await expect(page.getByTestId('pane-cohost')).toBeVisible();
}

test('co-host hides, mutes, flags and tags; every seat follows live', async ({ page, browser, server }) => {
  const room = await startRoom();
  const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
  const supervisorCtx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  try {
    expect((await hubCall(server.url, 'source:set-demo', { enabled: false })).ok).toBe(true);
    expect(
      (await hubCall(server.url, 'source:add', { format: 'livedesk', url: room.url, label: 'e2e' })).ok,
    ).toBe(true);
    await seat(page, server.url, '助播小雨', 'cohost');
    const sup = await supervisorCtx.newPage();
    await seat(sup, server.url, '主管老王', 'supervisor');

    const idOf = (msgId: string) =>
      (db.prepare('SELECT id FROM comments WHERE msg_id = ?').get(msgId) as { id: number } | undefined)?.id;
    const row = (p: Page, id: number) => p.locator(`[data-testid="comment-row"][data-comment-id="${id}"]`);
    const said = async (user: string, nick: string, text: string) => {
      const msgId = room.say(user, nick, text);
      await expect.poll(() => idOf(msgId)).toBeTruthy();
      return idOf(msgId)!;
    };
    await expect.poll(() => room.clients()).toBeGreaterThan(0);

    // ---- hide with the keyboard: gone from both seats, kept in the database ----
    const chat = await said('fan1', '小鹿', '主播今天的衣服好看');
    await expect(row(page, chat)).toBeVisible();
    await expect(row(sup, chat)).toBeVisible();
    await row(page, chat).click();
    await page.keyboard.press('h');
    await expect(row(page, chat)).toHaveCount(0);
    await expect(row(sup, chat)).toHaveCount(0);
    expect(
      db.prepare('SELECT text, hidden_at IS NOT NULL AS h FROM comments WHERE id = ?').get(chat),
    ).toEqual({
      text: '主播今天的衣服好看',
      h: 1,
    });
    expect(
      db
        .prepare("SELECT actor, role FROM moderation_actions WHERE action = 'hide' AND comment_id = ?")
        .get(chat),
    ).toEqual({ actor: '助播小雨', role: 'cohost' });
    // The 已隐藏 view lists it, and one click shows it again everywhere.
    await page.getByTestId('filter-hidden').click();
    await expect(page.getByTestId('filter-hidden')).toContainText('已隐藏 1');
    await row(page, chat).hover();
    await row(page, chat).getByTestId('mod-unhide').click();
    await expect(row(page, chat)).toHaveCount(0);
    await page.getByTestId('filter-all').click();
    await expect(row(page, chat)).toBeVisible();
    await expect(row(sup, chat)).toBeVisible();

    // ---- the classifier's ad decision offers one-click mute ----
    const ad = await said('spam1', '福利哥', '加V信 abc12345 免费领券');
    await expect(row(page, ad).getByTestId('comment-flag')).toHaveText('引流');
    await row(page, ad).getByTestId('mod-mute10').click();
    await expect(row(page, ad)).toHaveCount(0);
    await expect(page.getByTestId('mutes-toggle')).toHaveText('禁言 1');
    expect(db.prepare('SELECT muted_by, until_at - muted_at AS span FROM viewer_mutes').get()).toEqual({
      muted_by: '助播小雨',
      span: 600_000,
    });
    // Their later question is stored hidden and asks nothing (and is counted against the mute); the
    // same question from someone else does.
    const muted = await said('spam1', '福利哥', 'M码还有吗');
    const heard = await said('fan2', '小雨点', 'M码还有吗');
    await expect(row(page, heard)).toBeVisible();
    expect(
      db.prepare('SELECT hidden_at IS NOT NULL AS h, question_id AS q FROM comments WHERE id = ?').get(muted),
    ).toEqual({ h: 1, q: null });
    await expect(row(page, muted)).toHaveCount(0);
    await expect(page.getByTestId('filter-hidden')).toContainText('已隐藏 2');
    await page.getByTestId('mutes-toggle').click();
    await expect(page.getByTestId('mute-row')).toContainText('已屏蔽 1 条');
    await page.getByTestId('mutes-toggle').click();

    // ---- flag for the supervisor: the supervisor's seat is told at once ----
    const angry = await said('angry1', '急躁的张先生', '质量太差了，再不退款我就去投诉你们');
    await row(page, angry).click();
    await page.keyboard.press('f');
    await expect(sup.getByTestId('toast').filter({ hasText: '助播小雨 上报' })).toBeVisible();
    await expect(row(page, angry).getByTestId('comment-reported')).toBeVisible();
    await page.getByTestId('filter-reported').click();
    await expect(page.getByTestId('flag-row')).toHaveCount(1);
    await page.getByTestId('filter-all').click();

    // ---- tags: suggested 投诉用户 on the complaint card, applied only by a click ----
    const qCard = page.locator('[data-testid="cohost-question"]').filter({ hasText: '再不退款' });
    await expect(qCard.getByTestId('viewer-suggest')).toHaveText('+投诉用户?');
    expect(db.prepare('SELECT COUNT(*) AS n FROM viewer_tags').get()).toEqual({ n: 0 });

    // The history drawer: one click on the nickname.
    await row(page, angry).getByTestId('viewer-nick').click();
    const drawer = page.getByTestId('viewer-history');
    await expect(drawer).toBeVisible();
    await expect(drawer.getByTestId('vd-item')).toHaveCount(1);
    await expect(drawer.getByTestId('vd-question')).toContainText('质量投诉');
    await drawer.getByTestId('vd-suggest-add').click();
    await expect(drawer.getByTestId('vd-tag')).toHaveText(['投诉用户×']);
    await drawer.getByTestId('vd-tag-input').fill('VIP');
    await drawer.getByTestId('vd-tag-input').press('Enter');
    await expect(drawer.getByTestId('vd-tag')).toHaveCount(2);
    await drawer.getByTestId('vd-tag-input').fill('ｖｉｐ');
    await drawer.getByTestId('vd-tag-input').press('Enter');
    await expect(drawer.getByTestId('vd-tag-error')).toContainText('已有标签“VIP”');
    // Both seats show the tags next to the nickname, wherever the viewer appears.
    await expect(row(sup, angry).getByTestId('viewer-tag')).toHaveText(['投诉用户', 'VIP']);
    await expect(qCard.getByTestId('viewer-tag')).toHaveText(['投诉用户', 'VIP']);
    await expect(qCard.getByTestId('viewer-suggest')).toHaveCount(0);
    expect(db.prepare('SELECT tag, created_by AS by FROM viewer_tags ORDER BY tag').all()).toEqual([
      { tag: 'VIP', by: '助播小雨' },
      { tag: '投诉用户', by: '助播小雨' },
    ]);
    if (process.env.LIVEDESK_SHOTS) {
      await page.screenshot({ path: join(process.env.LIVEDESK_SHOTS, 'moderation-drawer.png') });
    }
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
    if (process.env.LIVEDESK_SHOTS) {
      await page.getByTestId('filter-hidden').click();
      await page.screenshot({ path: join(process.env.LIVEDESK_SHOTS, 'moderation-hidden.png') });
      await page.getByTestId('filter-all').click();
      await row(page, angry).hover();
      await page.screenshot({ path: join(process.env.LIVEDESK_SHOTS, 'moderation-stream.png') });
    }
  } finally {
    db.close();
    await supervisorCtx.close();
    await room.close();
  }
});
