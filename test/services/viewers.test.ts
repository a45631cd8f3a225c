// Co-host moderation (hide / mute / flag) and viewer tags + history, through a real desk on a real
// SQLite file with a stepped clock.
import { afterEach, describe, expect, it } from 'vitest';
import { startDesk, type Desk } from '../../electron/services/desk';
import type { EventName, Question } from '../../shared/api';
import type {
  ModeratedComment,
  ModerationState,
  ModerationUpdate,
  ViewerHistory,
  ViewerTagList,
  ViewerTags,
} from '../../shared/apiViewers';
import type { Comment, DeskComment } from '../../shared/model';
import { VIEWER_SQL } from '../../db/queries/viewers';
import { steppedClock, tempDir } from '../helpers/db';
import { commentFactory } from '../helpers/comments';
import { ok, refused as fails } from '../helpers/results';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const cohost = { seat: { name: '助播小雨', role: 'cohost' as const } };
const host = { seat: { name: '主播小美', role: 'host' as const } };

const make = commentFactory('vm');
const comment = (text: string, ts: number, user = 'u1', extra: Partial<Comment> = {}): Comment =>
  make(text, ts, { userId: user, nickname: `观众${user}`, ...extra });

async function open(dir: string, clock: ReturnType<typeof steppedClock>, title?: string): Promise<Desk> {
  const d = await startDesk({ dataDir: dir, clock, sessionTitle: title });
  cleanups.push(() => d.close());
  return d;
}

function events(d: Desk) {
  const seen: { name: EventName; payload: unknown }[] = [];
  d.onEvent((name, payload) => seen.push({ name, payload }));
  return seen;
}

async function setup(title?: string) {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const clock = steppedClock();
  const d = await open(dir, clock, title);
  return { d, dir, clock };
}

const idOf = (d: Desk, msgId: string) =>
  (d.db.prepare('SELECT id FROM comments WHERE msg_id = ?').get(msgId) as { id: number }).id;

describe('moderation: hide / unhide', () => {
  it('hides a comment for every seat, logs the seat, and shows it again', async () => {
    const { d, clock } = await setup();
    const seen = events(d);
    const c = comment('加V信 abc123 领福利', clock.now(), 'spam1');
    d.engine.ingest([c]);
    const id = idOf(d, c.msgId);
    clock.advance(1000);

    const u = await ok<ModerationUpdate>(
      d.call(cohost, 'moderation:hide', { commentId: id, reason: '引流' }),
    );
    expect(u).toMatchObject({ action: 'hide', actor: '助播小雨', role: 'cohost', platform: 'douyin' });
    expect(u.comments[0]).toMatchObject({ id, hiddenAt: clock.now() });
    expect(d.db.prepare('SELECT hidden_at AS h FROM comments WHERE id = ?').get(id)).toEqual({
      h: clock.now(),
    });
    expect(
      d.db.prepare('SELECT action, comment_id, actor, role, reason, at FROM moderation_actions').all(),
    ).toEqual([
      { action: 'hide', comment_id: id, actor: '助播小雨', role: 'cohost', reason: '引流', at: clock.now() },
    ]);
    expect(seen.filter((e) => e.name === 'moderation:updated')).toHaveLength(1);

    const state = await ok<ModerationState>(d.call(cohost, 'moderation:state', {}));
    expect(state.hiddenTotal).toBe(1);
    expect(state.hidden.map((h) => h.id)).toEqual([id]);

    // A second seat racing to hide the same comment gets a clear answer, not a second log row.
    expect((await fails(d.call(host, 'moderation:hide', { commentId: id }))).code).toBe('conflict');

    const back = await ok<ModerationUpdate>(d.call(host, 'moderation:unhide', { commentId: id }));
    expect(back.comments[0].hiddenAt).toBeNull();
    expect(d.db.prepare('SELECT hidden_at AS h FROM comments WHERE id = ?').get(id)).toEqual({ h: null });
    const log = await ok<{ action: string; actor: string }[]>(d.call(host, 'moderation:log', {}));
    expect(log.map((l) => [l.action, l.actor])).toEqual([
      ['unhide', '主播小美'],
      ['hide', '助播小雨'],
    ]);
  });

  it('refuses bad input and unknown comments with zh + en messages', async () => {
    const { d } = await setup();
    const bad = await fails(d.call(cohost, 'moderation:hide', { commentId: -1 }));
    expect(bad.code).toBe('bad_request');
    const missing = await fails(d.call(cohost, 'moderation:hide', { commentId: 999 }));
    expect(missing).toMatchObject({ code: 'not_found' });
    expect(missing.message).toContain('不存在');
    expect(missing.message).toContain('not found');
    expect((await fails(d.call(cohost, 'moderation:toString', {}))).code).toBe('unknown_command');
  });

  it('hiding from a question card can dismiss the open question it created', async () => {
    const { d, clock } = await setup();
    const c = comment('你们卖的都是垃圾吗 多少钱', clock.now(), 'rude');
    d.engine.ingest([c]);
    const [q] = await ok<Question[]>(d.call(cohost, 'question:list', { statuses: ['open'] }));
    expect(q).toBeDefined();
    const u = await ok<ModerationUpdate>(
      d.call(cohost, 'moderation:hide', { commentId: q.commentId, dismissQuestion: true }),
    );
    expect(u.dismissedQuestionId).toBe(q.id);
    const after = await ok<Question[]>(d.call(cohost, 'question:list', { statuses: ['open'] }));
    expect(after).toHaveLength(0);
  });
});

describe('moderation: mute', () => {
  it("a muted viewer's comments are stored hidden, counted, and create no question until the mute ends", async () => {
    const { d, clock } = await setup();
    const seen = events(d);
    const first = comment('加微信看更多', clock.now(), 'm1');
    d.engine.ingest([first]);
    const firstId = idOf(d, first.msgId);
    clock.advance(2000);

    const u = await ok<ModerationUpdate>(
      d.call(cohost, 'moderation:mute', {
        platform: 'douyin',
        userId: 'm1',
        minutes: 10,
        commentId: firstId,
      }),
    );
    expect(u.mute).toMatchObject({ untilAt: clock.now() + 600_000, mutedBy: '助播小雨' });
    // The comment acted on is hidden as well, and both actions are logged.
    expect(u.comments.map((c) => c.id)).toEqual([firstId]);
    expect(d.db.prepare('SELECT action FROM moderation_actions ORDER BY id').all()).toEqual([
      { action: 'hide' },
      { action: 'mute' },
    ]);

    clock.advance(60_000);
    const later = comment('M码还有吗', clock.now(), 'm1');
    const other = comment('M码还有吗', clock.now(), 'u2');
    seen.length = 0;
    expect(d.engine.ingest([later, other])).toMatchObject({ inserted: 2, questions: 1 });
    const batch = seen.find((e) => e.name === 'comment:batch')!.payload as (DeskComment & {
      hiddenAt?: number;
    })[];
    expect(batch.find((c) => c.msgId === later.msgId)).toMatchObject({
      hiddenAt: clock.now(),
      questionId: null,
    });
    expect(batch.find((c) => c.msgId === other.msgId)!.hiddenAt).toBeUndefined();
    // Stored (nothing lost) but hidden.
    expect(
      d.db.prepare('SELECT text, hidden_at AS h FROM comments WHERE msg_id = ?').get(later.msgId),
    ).toEqual({ text: 'M码还有吗', h: clock.now() });
    const questions = await ok<Question[]>(d.call(cohost, 'question:list', {}));
    expect(questions.map((q) => q.userId)).toEqual(['u2']);
    // A private message from the same viewer still reaches support: mutes are for the live room.
    d.engine.ingest([comment('我的订单还没发货', clock.now(), 'm1', { channel: 'dm' })]);
    expect((await ok<Question[]>(d.call(cohost, 'question:list', {}))).map((q) => q.userId)).toContain('m1');

    const state = await ok<ModerationState>(d.call(cohost, 'moderation:state', {}));
    expect(state.mutes).toHaveLength(1);
    expect(state.mutes[0].suppressed).toBe(1); // what arrived after the mute, not the comment acted on

    // Ten minutes after the mute, the viewer is heard again.
    clock.advance(9 * 60_000);
    const free = comment('这件有L码吗', clock.now(), 'm1');
    expect(d.engine.ingest([free])).toMatchObject({ questions: 1 });
    expect(d.db.prepare('SELECT hidden_at AS h FROM comments WHERE msg_id = ?').get(free.msgId)).toEqual({
      h: null,
    });
    expect((await ok<ModerationState>(d.call(cohost, 'moderation:state', {}))).mutes).toHaveLength(0);
  });

  it('a mute for the show survives a restart and can be lifted', async () => {
    const { d, dir, clock } = await setup();
    d.engine.ingest([comment('你们是骗子', clock.now(), 'troll')]);
    await ok(d.call(cohost, 'moderation:mute', { platform: 'douyin', userId: 'troll', minutes: null }));
    await d.close();

    clock.advance(30 * 60_000);
    const d2 = await open(dir, clock);
    expect(d2.sessionId).toBe(d.sessionId);
    const c = comment('骗子骗子', clock.now(), 'troll');
    d2.engine.ingest([c]);
    expect(d2.db.prepare('SELECT hidden_at AS h FROM comments WHERE msg_id = ?').get(c.msgId)).toEqual({
      h: clock.now(),
    });
    const u = await ok<ModerationUpdate>(
      d2.call(host, 'moderation:unmute', { platform: 'douyin', userId: 'troll' }),
    );
    expect(u.mute).toBeNull();
    const c2 = comment('好吧 M码多少钱', clock.now(), 'troll');
    d2.engine.ingest([c2]);
    expect(d2.db.prepare('SELECT hidden_at AS h FROM comments WHERE msg_id = ?').get(c2.msgId)).toEqual({
      h: null,
    });
    expect(
      (await fails(d2.call(host, 'moderation:unmute', { platform: 'douyin', userId: 'troll' }))).code,
    ).toBe('invalid_state');
    const bad = await fails(
      d2.call(host, 'moderation:mute', { platform: 'douyin', userId: 'troll', minutes: 0 }),
    );
    expect(bad.code).toBe('bad_request');
  });
});

describe('moderation: flag', () => {
  it('flags a comment for the supervisor: logged, broadcast, listed', async () => {
    const { d, clock } = await setup();
    const seen = events(d);
    const c = comment('再不退款我就去投诉你们', clock.now(), 'angry1');
    d.engine.ingest([c]);
    const id = idOf(d, c.msgId);
    const u = await ok<ModerationUpdate>(
      d.call(cohost, 'moderation:flag', { commentId: id, reason: '威胁' }),
    );
    expect(u.flag).toMatchObject({ commentId: id, reason: '威胁', actor: '助播小雨', text: c.text });
    expect(seen.some((e) => e.name === 'moderation:updated')).toBe(true);
    const state = await ok<ModerationState>(d.call(cohost, 'moderation:state', {}));
    expect(state.flags.map((f) => [f.commentId, f.actor])).toEqual([[id, '助播小雨']]);
    // Flagging does not hide.
    expect(state.hiddenTotal).toBe(0);
  });
});

describe('viewer tags', () => {
  it('adds presets and the team’s own tags, refuses bad ones, never tags automatically', async () => {
    const { d, clock } = await setup();
    const seen = events(d);
    d.engine.ingest([comment('质量太差了 我要退货', clock.now(), 'v1')]);
    const t1 = await ok<ViewerTags>(
      d.call(cohost, 'viewer:tag-add', { platform: 'douyin', userId: 'v1', tag: '投诉用户' }),
    );
    expect(t1.tags.map((t) => [t.tag, t.createdBy])).toEqual([['投诉用户', '助播小雨']]);
    const ev = seen.find((e) => e.name === 'viewer:tags-updated')!.payload as ViewerTags & { by: string };
    expect(ev).toMatchObject({ userId: 'v1', by: '助播小雨' });

    await ok(d.call(cohost, 'viewer:tag-add', { platform: 'douyin', userId: 'v1', tag: ' VIP ' }));
    const dup = await fails(
      d.call(cohost, 'viewer:tag-add', { platform: 'douyin', userId: 'v1', tag: 'ｖｉｐ' }),
    );
    expect(dup.message).toContain('已有标签“VIP”');
    const long = await fails(
      d.call(cohost, 'viewer:tag-add', {
        platform: 'douyin',
        userId: 'v1',
        tag: '一二三四五六七八九十一二三',
      }),
    );
    expect(long.code).toBe('bad_request');
    const unknown = await fails(
      d.call(cohost, 'viewer:tag-add', { platform: 'douyin', userId: 'nobody', tag: '老客户' }),
    );
    expect(unknown.code).toBe('not_found');

    const list = await ok<ViewerTagList>(d.call(host, 'viewer:tag-list', {}));
    expect(list.viewers).toHaveLength(1);
    expect(list.vocabulary.slice(0, 4)).toEqual(['潜在客户', '投诉用户', '老客户', 'VIP']);

    const removed = await ok<ViewerTags>(
      d.call(cohost, 'viewer:tag-remove', { platform: 'douyin', userId: 'v1', tag: 'VIP' }),
    );
    expect(removed.tags.map((t) => t.tag)).toEqual(['投诉用户']);
    expect(
      (await fails(d.call(cohost, 'viewer:tag-remove', { platform: 'douyin', userId: 'v1', tag: 'VIP' })))
        .code,
    ).toBe('not_found');
  });
});

describe('viewer history across shows', () => {
  it('lists earlier comments and questions newest first, paged, with status and who answered', async () => {
    const { d, dir, clock } = await setup('周一专场');
    d.engine.ingest([comment('这件大衣多少钱', clock.now(), 'fan')]);
    const [q1] = await ok<Question[]>(d.call(host, 'question:list', {}));
    clock.advance(5000);
    await ok(d.call(host, 'question:answer', { questionId: q1.id, how: 'on_air' }));
    clock.advance(5000);
    d.engine.ingest([comment('主播好美', clock.now(), 'fan'), comment('别人的评论', clock.now(), 'x')]);
    await d.close();

    // The next show, a day later (a new session).
    clock.advance(24 * 60 * 60_000);
    const d2 = await open(dir, clock, '周二专场');
    expect(d2.sessionId).not.toBe(d.sessionId);
    d2.engine.ingest([comment('质量太差了，我要投诉', clock.now(), 'fan')]);
    for (let i = 0; i < 3; i++) {
      clock.advance(1000);
      d2.engine.ingest([comment(`来了${i}`, clock.now(), 'fan')]);
    }

    const h = await ok<ViewerHistory>(
      d2.call(cohost, 'viewer:history', { platform: 'douyin', userId: 'fan', limit: 4 }),
    );
    expect(h.nickname).toBe('观众fan');
    expect(h.counts).toMatchObject({ comments: 6, sessions: 2, questions: 2, complaints: 1 });
    expect(h.items.map((i) => i.text)).toEqual(['来了2', '来了1', '来了0', '质量太差了，我要投诉']);
    expect(h.items[3]).toMatchObject({ sessionTitle: '周二专场' });
    expect(h.items[3].question).toMatchObject({ type: 'complaint' });
    // A complaint is suggested as 投诉用户, never applied.
    expect(h.suggested).toContain('投诉用户');
    expect(h.tags).toEqual([]);
    expect(h.nextCursor).not.toBeNull();

    const p2 = await ok<ViewerHistory>(
      d2.call(cohost, 'viewer:history', {
        platform: 'douyin',
        userId: 'fan',
        limit: 4,
        cursor: h.nextCursor!,
      }),
    );
    expect(p2.items.map((i) => i.text)).toEqual(['主播好美', '这件大衣多少钱']);
    expect(p2.items[1]).toMatchObject({ sessionTitle: '周一专场' });
    expect(p2.items[1].question).toMatchObject({
      status: 'answered',
      answeredBy: { actor: '主播小美', role: 'host', action: 'answer' },
    });
    expect(p2.nextCursor).toBeNull();
  });

  it('reads through the comments_viewer and questions_viewer indexes', async () => {
    const { d } = await setup();
    const plan = (sql: string) =>
      (
        d.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({
          platform: 'douyin',
          userId: 'u',
          ts: 1,
          id: 1,
          limit: 20,
        }) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('\n');
    const explain = (sql: string) =>
      (d.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('douyin', 'u') as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
    expect(plan(VIEWER_SQL.historyPage)).toMatch(/USING INDEX comments_viewer/);
    expect(plan(VIEWER_SQL.historyPage)).not.toMatch(/TEMP B-TREE/);
    expect(explain(VIEWER_SQL.commentCounts)).toMatch(/USING INDEX comments_viewer/);
    expect(explain(VIEWER_SQL.questionCounts)).toMatch(/USING INDEX questions_viewer/);
  });

  it('moderation events carry the hidden comment so other seats can list it', async () => {
    const { d, clock } = await setup();
    const c = comment('刷屏刷屏刷屏', clock.now(), 's');
    d.engine.ingest([c]);
    const u = await ok<ModerationUpdate>(d.call(cohost, 'moderation:hide', { commentId: idOf(d, c.msgId) }));
    const hidden: ModeratedComment = u.comments[0];
    expect(hidden).toMatchObject({ text: c.text, nickname: c.nickname, userId: 's' });
  });
});
