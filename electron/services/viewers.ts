// Co-host moderation (场控: hide, mute, flag) and viewer tags + history across shows (观众).
// viewer:* and moderation:* commands; every change is logged with the acting seat and broadcast to
// every seat. It also tells the engine who is muted (engine.setMuteCheck), from an in-memory map of
// this show's mutes, so the ingest path pays one Map lookup per comment.
import type { Database } from 'better-sqlite3';
import type { EventName, Events, Result } from '../../shared/api';
import { parseCommandArgs } from '../../shared/api';
import type {
  ModeratedComment,
  ModerationActionKind,
  ModerationUpdate,
  ViewerCommandResults,
  ViewerHistory,
  ViewerTags,
} from '../../shared/apiViewers';
import type { ViewerCommandName } from '../../shared/api';
import {
  historySuggestions,
  isMuteActive,
  muteUntil,
  nextCursor,
  summarizeQuestions,
  tagVocabulary,
  validateTag,
  viewerKey,
  type HistoryCursor,
  type ViewerMute,
} from '../../shared/viewers/index';
import {
  activeMutes,
  addViewerTag,
  allViewerTags,
  deleteMute,
  flagsOfSession,
  getModeratedComment,
  getMute,
  hiddenComments,
  hiddenCount,
  logModeration,
  moderationLog,
  removeViewerTag,
  setCommentHidden,
  tagUsage,
  upsertMute,
  viewerCommentCounts,
  viewerExists,
  viewerHistoryPage,
  viewerQuestionCounts,
  viewerTags,
  type ViewerRef,
} from '../../db/queries/viewers';
import { touchStaff } from '../../db/index';
import type { DeskEngine } from './engine';
import { DeskError } from './engine';
import type { CallContext, Clock } from './types';

export interface ViewerServiceDeps {
  db: Database;
  sessionId: number;
  clock: Clock;
  engine: DeskEngine;
  emit: <E extends EventName>(name: E, payload: Events[E]) => void;
}

export interface ViewerService {
  call(ctx: CallContext, name: string, rawArgs: unknown): Result<unknown>;
  /** The engine's mute check: O(1), forgets mutes that ran out. */
  isMuted(platform: string, userId: string, now: number): boolean;
}

const HIDDEN_LIST = 500;
const FLAG_LIST = 200;
const TAGGED_VIEWERS = 5000;

type Handler<K extends ViewerCommandName> = (args: never, ctx: CallContext) => ViewerCommandResults[K];

export function createViewerService(deps: ViewerServiceDeps): ViewerService {
  const { db, sessionId, clock, engine, emit } = deps;
  const mutes = new Map<string, ViewerMute>();
  for (const m of activeMutes(db, sessionId, clock.now())) mutes.set(viewerKey(m.platform, m.userId), m);

  const isMuted = (platform: string, userId: string, now: number): boolean => {
    if (mutes.size === 0) return false;
    const key = viewerKey(platform, userId);
    const m = mutes.get(key);
    if (!m) return false;
    if (isMuteActive(m, now)) return true;
    mutes.delete(key);
    return false;
  };
  engine.setMuteCheck(isMuted);

  /** A comment of this show, or a clear error. */
  const commentOfShow = (commentId: number) => {
    const c = getModeratedComment(db, commentId);
    if (!c) throw new DeskError('not_found', `评论 #${commentId} 不存在 / comment #${commentId} not found`);
    if (c.sessionId !== sessionId) {
      throw new DeskError(
        'invalid_state',
        `只能处理本场直播的评论 / only comments of the current show can be moderated (#${commentId})`,
      );
    }
    const { sessionId: _s, ...comment } = c;
    return comment;
  };

  const requireViewer = (v: ViewerRef) => {
    if (!viewerExists(db, v)) {
      throw new DeskError(
        'not_found',
        `没有这位观众的记录 / no comments from viewer ${v.platform}:${v.userId}`,
      );
    }
  };

  const log = (
    ctx: CallContext,
    action: ModerationActionKind,
    v: ViewerRef,
    commentId: number | null,
    reason: string,
    at: number,
  ) =>
    logModeration(db, {
      sessionId,
      action,
      commentId,
      platform: v.platform,
      userId: v.userId,
      reason,
      actor: ctx.seat.name,
      role: ctx.seat.role,
      at,
    });

  const update = (
    ctx: CallContext,
    action: ModerationActionKind,
    actionId: number,
    v: ViewerRef,
    at: number,
    extra: Partial<ModerationUpdate>,
  ): ModerationUpdate => {
    const u: ModerationUpdate = {
      action,
      actionId,
      actor: ctx.seat.name,
      role: ctx.seat.role,
      at,
      platform: v.platform,
      userId: v.userId,
      reason: '',
      comments: [],
      mute: isMuted(v.platform, v.userId, at) ? (mutes.get(viewerKey(v.platform, v.userId)) ?? null) : null,
      flag: null,
      dismissedQuestionId: null,
      ...extra,
    };
    emit('moderation:updated', u);
    return u;
  };

  const hide = (ctx: CallContext, commentId: number, reason: string, at: number) => {
    const c = commentOfShow(commentId);
    if (c.hiddenAt !== null) {
      throw new DeskError('conflict', `该评论已被隐藏 / comment #${commentId} is already hidden`);
    }
    setCommentHidden(db, commentId, at);
    const actionId = log(ctx, 'hide', c, commentId, reason, at);
    return { comment: { ...c, hiddenAt: at } as ModeratedComment, actionId };
  };

  const tagsChanged = (ctx: CallContext, v: ViewerRef, at: number): ViewerTags => {
    const out: ViewerTags = { platform: v.platform, userId: v.userId, tags: viewerTags(db, v) };
    emit('viewer:tags-updated', { ...out, by: ctx.seat.name, at });
    return out;
  };

  const handlers: { [K in ViewerCommandName]: Handler<K> } = {
    'viewer:history': (a: ViewerRef & { cursor?: HistoryCursor; limit?: number }) => {
      const limit = a.limit ?? 20;
      const counts = viewerCommentCounts(db, a);
      const tags = viewerTags(db, a);
      const items = viewerHistoryPage(db, a, a.cursor ?? null, limit);
      const full = { ...counts, ...summarizeQuestions(viewerQuestionCounts(db, a)) };
      const { nickname, ...rest } = full;
      const mute = getMute(db, sessionId, a);
      const history: ViewerHistory = {
        platform: a.platform,
        userId: a.userId,
        nickname: nickname ?? a.userId,
        tags,
        counts: rest,
        suggested: historySuggestions(
          rest,
          tags.map((t) => t.tag),
        ),
        mute: mute && isMuteActive(mute, clock.now()) ? mute : null,
        items,
        nextCursor: nextCursor(items, limit),
      };
      return history;
    },
    'viewer:tag-list': () => {
      const byViewer = new Map<string, ViewerTags>();
      for (const r of allViewerTags(db, TAGGED_VIEWERS)) {
        const key = viewerKey(r.platform, r.userId);
        let v = byViewer.get(key);
        if (!v) byViewer.set(key, (v = { platform: r.platform, userId: r.userId, tags: [] }));
        v.tags.push({ tag: r.tag, createdBy: r.createdBy, createdAt: r.createdAt });
      }
      return { viewers: [...byViewer.values()], vocabulary: tagVocabulary(tagUsage(db)) };
    },
    'viewer:tag-add': (a: ViewerRef & { tag: string }, ctx) => {
      requireViewer(a);
      const check = validateTag(
        a.tag,
        viewerTags(db, a).map((t) => t.tag),
      );
      if (!check.ok) throw new DeskError('bad_request', check.error);
      const at = clock.now();
      db.transaction(() => {
        addViewerTag(db, a, check.tag, ctx.seat.name, at);
        touchStaff(db, ctx.seat.name, ctx.seat.role, at);
      })();
      return tagsChanged(ctx, a, at);
    },
    'viewer:tag-remove': (a: ViewerRef & { tag: string }, ctx) => {
      if (!removeViewerTag(db, a, a.tag)) {
        throw new DeskError('not_found', `该观众没有标签“${a.tag}” / the viewer has no tag "${a.tag}"`);
      }
      const at = clock.now();
      touchStaff(db, ctx.seat.name, ctx.seat.role, at);
      return tagsChanged(ctx, a, at);
    },
    'moderation:state': () => {
      const now = clock.now();
      return {
        sessionId,
        hidden: hiddenComments(db, sessionId, HIDDEN_LIST),
        hiddenTotal: hiddenCount(db, sessionId),
        mutes: activeMutes(db, sessionId, now),
        flags: flagsOfSession(db, sessionId, FLAG_LIST),
      };
    },
    'moderation:log': (a: { limit?: number }) => moderationLog(db, sessionId, a.limit ?? 200),
    'moderation:hide': (a: { commentId: number; reason?: string; dismissQuestion?: boolean }, ctx) => {
      const at = clock.now();
      const reason = a.reason ?? '';
      const { comment, actionId } = db.transaction(() => {
        touchStaff(db, ctx.seat.name, ctx.seat.role, at);
        return hide(ctx, a.commentId, reason, at);
      })();
      let dismissedQuestionId: number | null = null;
      if (a.dismissQuestion && comment.questionId != null) {
        // Through the engine, so the question's deadlines and log follow the usual rules; a question
        // someone already answered or handed off is left as it is.
        const r = engine.call(ctx, 'question:dismiss', {
          questionId: comment.questionId,
          reason: reason || '已隐藏 / hidden by moderation',
        });
        if (r.ok) dismissedQuestionId = comment.questionId;
      }
      return update(ctx, 'hide', actionId, comment, at, { reason, comments: [comment], dismissedQuestionId });
    },
    'moderation:unhide': (a: { commentId: number }, ctx) => {
      const at = clock.now();
      const c = commentOfShow(a.commentId);
      if (c.hiddenAt === null) {
        throw new DeskError('conflict', `该评论未被隐藏 / comment #${a.commentId} is not hidden`);
      }
      const actionId = db.transaction(() => {
        setCommentHidden(db, a.commentId, null);
        touchStaff(db, ctx.seat.name, ctx.seat.role, at);
        return log(ctx, 'unhide', c, a.commentId, '', at);
      })();
      return update(ctx, 'unhide', actionId, c, at, { comments: [{ ...c, hiddenAt: null }] });
    },
    'moderation:mute': (
      a: ViewerRef & { minutes: number | null; reason?: string; commentId?: number },
      ctx,
    ) => {
      requireViewer(a);
      const at = clock.now();
      const reason = a.reason ?? '';
      const untilAt = muteUntil(at, a.minutes);
      const comments: ModeratedComment[] = [];
      const actionId = db.transaction(() => {
        touchStaff(db, ctx.seat.name, ctx.seat.role, at);
        if (a.commentId !== undefined) {
          const c = commentOfShow(a.commentId);
          if (c.platform !== a.platform || c.userId !== a.userId) {
            throw new DeskError(
              'bad_request',
              `评论 #${a.commentId} 不是这位观众的 / comment is not this viewer's`,
            );
          }
          if (c.hiddenAt === null) comments.push(hide(ctx, a.commentId, reason, at).comment);
        }
        upsertMute(db, {
          platform: a.platform,
          userId: a.userId,
          sessionId,
          untilAt,
          mutedBy: ctx.seat.name,
          mutedAt: at,
          reason,
        });
        const detail = a.minutes == null ? 'session' : `${a.minutes} min`;
        return log(ctx, 'mute', a, a.commentId ?? null, reason ? `${detail}: ${reason}` : detail, at);
      })();
      const mute = getMute(db, sessionId, a);
      if (mute) mutes.set(viewerKey(a.platform, a.userId), mute);
      return update(ctx, 'mute', actionId, a, at, { reason, comments, mute });
    },
    'moderation:unmute': (a: ViewerRef, ctx) => {
      const at = clock.now();
      const key = viewerKey(a.platform, a.userId);
      const current = getMute(db, sessionId, a);
      if (!current || !isMuteActive(current, at)) {
        throw new DeskError('invalid_state', `这位观众未被禁言 / viewer ${a.userId} is not muted`);
      }
      const actionId = db.transaction(() => {
        deleteMute(db, sessionId, a);
        touchStaff(db, ctx.seat.name, ctx.seat.role, at);
        return log(ctx, 'unmute', a, null, '', at);
      })();
      mutes.delete(key);
      return update(ctx, 'unmute', actionId, a, at, { mute: null });
    },
    'moderation:flag': (a: { commentId: number; reason?: string }, ctx) => {
      const at = clock.now();
      const c = commentOfShow(a.commentId);
      const reason = a.reason ?? '';
      const actionId = db.transaction(() => {
        touchStaff(db, ctx.seat.name, ctx.seat.role, at);
        return log(ctx, 'flag', c, a.commentId, reason, at);
      })();
      return update(ctx, 'flag', actionId, c, at, {
        reason,
        flag: {
          actionId,
          commentId: c.id,
          platform: c.platform,
          userId: c.userId,
          nickname: c.nickname,
          text: c.text,
          reason,
          actor: ctx.seat.name,
          role: ctx.seat.role,
          at,
        },
      });
    },
  };

  return {
    isMuted,
    call(ctx, name, rawArgs) {
      if (!Object.prototype.hasOwnProperty.call(handlers, name)) {
        return {
          ok: false,
          error: { code: 'unknown_command', message: `未知命令 / unknown command: ${name.slice(0, 64)}` },
        };
      }
      const parsed = parseCommandArgs(name as ViewerCommandName, rawArgs);
      if (!parsed.ok) return parsed;
      try {
        const handler = handlers[name as ViewerCommandName] as (a: unknown, c: CallContext) => unknown;
        return { ok: true, value: handler(parsed.value, ctx) };
      } catch (e) {
        if (e instanceof DeskError) return { ok: false, error: { code: e.code, message: e.message } };
        return { ok: false, error: { code: 'internal', message: (e as Error).message } };
      }
    },
  };
}
