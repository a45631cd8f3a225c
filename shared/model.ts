// The domain model shared by every world (main side, window, tests). Pure types only.

/** Where a comment came from. `sim` is the built-in demo stream. */
export type Platform = 'livedesk' | 'sim' | 'douyin' | 'tiktok' | 'bilibili' | 'twitch' | (string & {});

/** 咨询渠道: live-room comments, private messages, support chat window. */
export type Channel = 'live' | 'dm' | 'chat';
export const CHANNELS: readonly Channel[] = ['live', 'dm', 'chat'];

/** `chat` is viewer words; everything else is a room event (stored, never a question). */
export type CommentKind =
  'chat' | 'gift' | 'like' | 'member' | 'follow' | 'share' | 'stats' | 'fanclub' | 'end' | 'other';

/** One normalized message from any source. */
export interface Comment {
  platform: Platform;
  /** The platform's own message id (or a stable derived key where the source has none). */
  msgId: string;
  roomId: string;
  userId: string;
  nickname: string;
  text: string;
  channel: Channel;
  kind: CommentKind;
  /** Platform time in epoch ms, when the source gives one. */
  platformTs: number | null;
  /** Local receive time in epoch ms. */
  ts: number;
}

/** 问题类型. */
export type QuestionType =
  'product' | 'price' | 'purchase' | 'shipping' | 'after_sales' | 'complaint' | 'other';
export const QUESTION_TYPES: readonly QuestionType[] = [
  'product',
  'price',
  'purchase',
  'shipping',
  'after_sales',
  'complaint',
  'other',
];

export type Complexity = 'simple' | 'complex';
export type Moderation = 'ok' | 'spam' | 'ads' | 'abuse';

/** What the classifier decided for one comment, with the reasons it can show on hover. */
export interface Classification {
  isQuestion: boolean;
  type: QuestionType;
  complexity: Complexity;
  moderation: Moderation;
  angry: boolean;
  reasons: string[];
}

export type Role = 'host' | 'cohost' | 'support' | 'ops' | 'supervisor';
export const ROLES: readonly Role[] = ['host', 'cohost', 'support', 'ops', 'supervisor'];

/** The person at a seat. A seat name is enough to attribute actions. */
export interface Seat {
  name: string;
  role: Role;
}

/** A comment as the desk shows it: normalized + classified. */
export interface DeskComment extends Comment {
  id: number;
  classification: Classification;
  questionId: number | null;
}
