// The co-host's moderation and tag actions, shared by the comment stream (buttons + keys), the
// question cards and the history drawer. Results go into the store at once; the broadcast event
// that follows changes nothing more (the transitions are idempotent).
import { call, run } from '../api/desk';
import { tr } from '../store';
import { applyModeration, applyTags } from './state';

export interface CommentRef {
  id: number;
  platform: string;
  userId: string;
  nickname: string;
}

export async function hideComment(c: CommentRef, opts: { dismissQuestion?: boolean } = {}): Promise<boolean> {
  const r = await run(
    'moderation:hide',
    { commentId: c.id, ...(opts.dismissQuestion ? { dismissQuestion: true } : {}) },
    tr(opts.dismissQuestion ? 'mod.done.hideDismiss' : 'mod.done.hide'),
  );
  if (r) applyModeration(r);
  return r !== null;
}

export async function unhideComment(c: CommentRef): Promise<boolean> {
  const r = await run('moderation:unhide', { commentId: c.id }, tr('mod.done.unhide'));
  if (r) applyModeration(r);
  return r !== null;
}

/** minutes null = for the rest of this show. The comment acted on (if any) is hidden too. */
export async function muteViewer(
  v: { platform: string; userId: string; nickname: string },
  minutes: number | null,
  commentId?: number,
): Promise<boolean> {
  const r = await run(
    'moderation:mute',
    { platform: v.platform, userId: v.userId, minutes, ...(commentId ? { commentId } : {}) },
    tr(minutes == null ? 'mod.done.muteShow' : 'mod.done.mute', { nick: v.nickname, n: minutes ?? 0 }),
  );
  if (r) applyModeration(r);
  return r !== null;
}

export async function unmuteViewer(v: {
  platform: string;
  userId: string;
  nickname: string;
}): Promise<boolean> {
  const r = await run(
    'moderation:unmute',
    { platform: v.platform, userId: v.userId },
    tr('mod.done.unmute', { nick: v.nickname }),
  );
  if (r) applyModeration(r);
  return r !== null;
}

export async function flagComment(c: CommentRef, reason?: string): Promise<boolean> {
  const r = await run(
    'moderation:flag',
    { commentId: c.id, ...(reason ? { reason } : {}) },
    tr('mod.done.flag'),
  );
  if (r) applyModeration(r);
  return r !== null;
}

export async function removeTag(v: { platform: string; userId: string }, tag: string): Promise<boolean> {
  const r = await run('viewer:tag-remove', { platform: v.platform, userId: v.userId, tag });
  if (r) applyTags(r);
  return r !== null;
}

/** Add a tag; resolves to null on success or the server's message (shown inline by the form). */
export async function addTag(v: { platform: string; userId: string }, tag: string): Promise<string | null> {
  const r = await call('viewer:tag-add', { platform: v.platform, userId: v.userId, tag });
  if (!r.ok) return r.message;
  applyTags(r.value);
  return null;
}
