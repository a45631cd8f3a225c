// Viewer tags / history and co-host moderation (hide, mute, flag) commands and events of the contract.
// Merged into shared/api.ts's commandSchemas / CommandResults / Events; names without zod in
// ./viewers/names.ts. Served by electron/services/viewers.ts.
import { z } from 'zod';
import type { DeskComment, Role } from './model';
import type { HistoryCursor, HistoryItem, ViewerCounts } from './viewers/history';
import type { ViewerMute } from './viewers/mute';
import { MUTE_MAX_MINUTES } from './viewers/mute';

const id = z.number().int().positive();
const epochMs = z.number().int().min(0).max(8.64e15);
const platform = z.string().trim().min(1).max(40);
const userId = z.string().min(1).max(256);
const reason = z.string().trim().max(200);

export const viewerCommandSchemas = {
  /** One viewer's comments and questions across every show, newest first, paged by cursor. */
  'viewer:history': z
    .object({
      platform,
      userId,
      cursor: z.object({ ts: epochMs, id }).strict().optional(),
      limit: z.number().int().min(1).max(100).optional(),
    })
    .strict(),
  /** Every tagged viewer (tags are set by hand, so few) and the tag vocabulary (presets + the team's own). */
  'viewer:tag-list': z.object({}).strict(),
  /** The tag itself is checked by shared/viewers validateTag (length, separators, duplicates). */
  'viewer:tag-add': z.object({ platform, userId, tag: z.string().max(100) }).strict(),
  'viewer:tag-remove': z.object({ platform, userId, tag: z.string().min(1).max(100) }).strict(),
  /** This show's hidden comments, active mutes and flags (for a window that just (re)connected). */
  'moderation:state': z.object({}).strict(),
  /** This show's moderation log, newest first. */
  'moderation:log': z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
  /** Hide a comment of this show from every seat; optionally dismiss the open question it created. */
  'moderation:hide': z
    .object({ commentId: id, reason: reason.optional(), dismissQuestion: z.boolean().optional() })
    .strict(),
  'moderation:unhide': z.object({ commentId: id }).strict(),
  /**
   * Mute a viewer for `minutes` or, with null, for the rest of this show: their later live-room
   * comments are stored hidden and create no question. `commentId` (the comment acted on) is hidden too.
   */
  'moderation:mute': z
    .object({
      platform,
      userId,
      minutes: z.number().int().min(1).max(MUTE_MAX_MINUTES).nullable(),
      reason: reason.optional(),
      commentId: id.optional(),
    })
    .strict(),
  'moderation:unmute': z.object({ platform, userId }).strict(),
  /** Flag a comment for the supervisor (主管): logged, and every seat is told. */
  'moderation:flag': z.object({ commentId: id, reason: reason.optional() }).strict(),
} as const;

// ---- results / events ------------------------------------------------------------------------

export type ModerationActionKind = 'hide' | 'unhide' | 'mute' | 'unmute' | 'flag';

/** A comment with its moderation state (hiddenAt null = shown). */
export interface ModeratedComment extends DeskComment {
  hiddenAt: number | null;
}

export interface ViewerTag {
  tag: string;
  createdBy: string;
  createdAt: number;
}

export interface ViewerTags {
  platform: string;
  userId: string;
  tags: ViewerTag[];
}

export interface ViewerHistory {
  platform: string;
  userId: string;
  /** The most recent nickname. */
  nickname: string;
  tags: ViewerTag[];
  counts: ViewerCounts;
  /** Preset tags worth proposing (never applied automatically). */
  suggested: string[];
  /** Active mute in this show, if any. */
  mute: ViewerMute | null;
  items: HistoryItem[];
  nextCursor: HistoryCursor | null;
}

export interface ModerationAction {
  id: number;
  sessionId: number;
  action: ModerationActionKind;
  commentId: number | null;
  platform: string;
  userId: string;
  reason: string;
  actor: string;
  role: Role | string;
  at: number;
}

export interface FlagRecord {
  actionId: number;
  commentId: number;
  platform: string;
  userId: string;
  nickname: string;
  text: string;
  reason: string;
  actor: string;
  role: string;
  at: number;
}

export interface ModerationState {
  sessionId: number;
  /** Newest first, at most 500; hiddenTotal counts them all. */
  hidden: ModeratedComment[];
  hiddenTotal: number;
  mutes: ViewerMute[];
  /** Newest first, at most 200. */
  flags: FlagRecord[];
}

/** What one moderation action changed; the result of every moderation:* change and its event. */
export interface ModerationUpdate {
  action: ModerationActionKind;
  actionId: number;
  actor: string;
  role: string;
  at: number;
  platform: string;
  userId: string;
  reason: string;
  /** Comments whose hidden state changed, with the new state. */
  comments: ModeratedComment[];
  /** The viewer's mute after the action (null: not muted). */
  mute: ViewerMute | null;
  flag: FlagRecord | null;
  /** Set when hiding also dismissed the open question of the comment. */
  dismissedQuestionId: number | null;
}

export interface ViewerTagList {
  viewers: ViewerTags[];
  vocabulary: string[];
}

export interface ViewerCommandResults {
  'viewer:history': ViewerHistory;
  'viewer:tag-list': ViewerTagList;
  'viewer:tag-add': ViewerTags;
  'viewer:tag-remove': ViewerTags;
  'moderation:state': ModerationState;
  'moderation:log': ModerationAction[];
  'moderation:hide': ModerationUpdate;
  'moderation:unhide': ModerationUpdate;
  'moderation:mute': ModerationUpdate;
  'moderation:unmute': ModerationUpdate;
  'moderation:flag': ModerationUpdate;
}

export interface ViewerEvents {
  /** A viewer's tags changed (any seat). */
  'viewer:tags-updated': ViewerTags & { by: string; at: number };
  /** A hide / unhide / mute / unmute / flag happened (any seat). */
  'moderation:updated': ModerationUpdate;
}
