import type { Comment } from '../model';

export type SourceFormat =
  'livedesk' | 'barragegrab' | 'douyinlive' | 'blivechat' | 'bilibili' | 'tiktok' | 'twitch';

export interface AdapterContext {
  now: number;
  roomId?: string;
}

/** One refused frame (or one refused item of a batch). sample: first ≤120 chars, control chars stripped. */
export interface Reject {
  reason: string;
  sample: string;
}

export interface AdapterOutput {
  comments: Comment[];
  rejected: Reject[];
  /** Frames to send back on the same socket (Twitch PONG, douyinLive pong). */
  replies: string[];
  /** The room's stream ended. */
  ended: boolean;
  /** The server asked us to reconnect (Twitch RECONNECT). Optional: absent means false. */
  reconnect?: boolean;
  /**
   * Frames that were understood but carry nothing to store (keep-alives, welcome/numeric lines,
   * status frames), one short note each, so that every frame is accounted for: a frame yields
   * comments, rejects, replies, ended, reconnect or a note — never silence.
   */
  notes?: string[];
}

export interface SourceAdapter {
  format: SourceFormat;
  /** e.g. '抖音 BarrageGrab' */
  label: string;
  /** e.g. 'ws://127.0.0.1:8888' */
  defaultUrl?: string;
  /** Frames to send on open (Twitch CAP/PASS/NICK/JOIN); [] for most. */
  handshake(opts: { channel?: string }): string[];
  /** MUST NEVER THROW. */
  parse(frame: string | Uint8Array, ctx: AdapterContext): AdapterOutput;
  /** Simulator side: the frames that tool would send for this comment. */
  encode(c: Comment): string[];
  /** Simulator side: answer a client frame (e.g. Twitch PING->PONG, douyinLive 'ping'->'pong'). */
  serverReply?(frame: string): string[];
}
