// The window's moderation / tag state: pure transitions (the command result and its broadcast event
// both arrive, so every transition must be idempotent).
import { describe, expect, it } from 'vitest';
import type { DeskComment } from '../../shared/model';
import type { ModeratedComment, ModerationUpdate } from '../../shared/apiViewers';
import { viewerKey } from '../../shared/viewers/mute';
import { comment } from './fixtures';
import {
  fromState,
  initialViewers,
  isHidden,
  withBatch,
  withTags,
  withUpdate,
  type ViewersState,
} from '../../renderer/viewers/state';

const dc = (id: number, userId = 'u1', extra: Partial<ModeratedComment> = {}): DeskComment =>
  comment(id, {
    platform: 'douyin',
    roomId: 'r',
    userId,
    nickname: `n${userId}`,
    text: `t${id}`,
    ts: 1000 + id,
    ...extra,
  } as Partial<DeskComment>);

function upd(extra: Partial<ModerationUpdate>): ModerationUpdate {
  return {
    action: 'hide',
    actionId: 1,
    actor: '助播',
    role: 'cohost',
    at: 5000,
    platform: 'douyin',
    userId: 'u1',
    reason: '',
    comments: [],
    mute: null,
    flag: null,
    dismissedQuestionId: null,
    ...extra,
  };
}

const apply = (s: ViewersState, p: Partial<ViewersState> | null): ViewersState => ({ ...s, ...p });

describe('viewer state transitions', () => {
  it('hide then the same event again counts once; unhide restores', () => {
    const hiddenC = { ...dc(7), hiddenAt: 5000 } as ModeratedComment;
    const hide = upd({ comments: [hiddenC] });
    let s = apply(initialViewers(), withUpdate(initialViewers(), hide));
    s = apply(s, withUpdate(s, hide));
    expect(s.hiddenTotal).toBe(1);
    expect(s.hiddenList.map((c) => c.id)).toEqual([7]);
    expect(isHidden(dc(7), s.hidden)).toBe(true);
    const unhide = upd({ action: 'unhide', actionId: 2, comments: [{ ...hiddenC, hiddenAt: null }] });
    s = apply(s, withUpdate(s, unhide));
    s = apply(s, withUpdate(s, unhide));
    expect(s.hiddenTotal).toBe(0);
    // An explicit "shown again" wins over the hiddenAt the comment arrived with.
    expect(isHidden(dc(7, 'u1', { hiddenAt: 4000 }), s.hidden)).toBe(false);
  });

  it('mute / unmute and flags (deduplicated by action id)', () => {
    const mute = {
      platform: 'douyin',
      userId: 'u1',
      sessionId: 1,
      untilAt: 9000,
      mutedBy: '助播',
      mutedAt: 5000,
      reason: '',
      suppressed: 0,
    };
    let s = apply(initialViewers(), withUpdate(initialViewers(), upd({ action: 'mute', mute })));
    expect(s.mutes[viewerKey('douyin', 'u1')]).toEqual(mute);
    // Comments that arrive hidden (the engine's mute check) are listed and counted against the mute.
    const batch = [dc(8, 'u1', { hiddenAt: 6000 }), dc(9, 'u2')];
    s = apply(s, withBatch(s, batch));
    s = apply(s, withBatch(s, batch));
    expect(s.hiddenTotal).toBe(1);
    expect(s.mutes[viewerKey('douyin', 'u1')].suppressed).toBe(1);
    expect(withBatch(s, [dc(10, 'u2')])).toBeNull();

    s = apply(s, withUpdate(s, upd({ action: 'unmute', actionId: 3 })));
    expect(s.mutes).toEqual({});

    const flag = {
      actionId: 4,
      commentId: 9,
      platform: 'douyin',
      userId: 'u2',
      nickname: 'nu2',
      text: 't9',
      reason: '',
      actor: '助播',
      role: 'cohost',
      at: 7000,
    };
    s = apply(s, withUpdate(s, upd({ action: 'flag', actionId: 4, flag })));
    s = apply(s, withUpdate(s, upd({ action: 'flag', actionId: 4, flag })));
    expect(s.flags).toHaveLength(1);
  });

  it('tags: set, extend the vocabulary with the team’s own, drop a viewer with none left', () => {
    const s0 = initialViewers();
    const t = (tag: string) => ({ tag, createdBy: 'x', createdAt: 1 });
    const s1 = apply(s0, withTags(s0, { platform: 'douyin', userId: 'u1', tags: [t('老客户'), t('VIP')] }));
    expect(s1.tags[viewerKey('douyin', 'u1')]).toEqual(['老客户', 'VIP']);
    expect(s1.vocabulary).toEqual(['潜在客户', '投诉用户', '老客户', 'VIP']);
    const s2 = apply(s1, withTags(s1, { platform: 'douyin', userId: 'u1', tags: [] }));
    expect(s2.tags).toEqual({});
  });

  it('a resync keeps "shown again" marks and replaces the rest', () => {
    const s0: ViewersState = { ...initialViewers(), hidden: { 3: null, 4: 100 } };
    const next = fromState(
      {
        sessionId: 1,
        hidden: [{ ...dc(5), hiddenAt: 200 } as ModeratedComment],
        hiddenTotal: 1,
        mutes: [],
        flags: [],
      },
      s0,
    );
    expect(next.hidden).toEqual({ 3: null, 5: 200 });
  });
});
