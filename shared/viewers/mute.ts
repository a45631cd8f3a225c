// Mutes (禁言) of a viewer by a co-host: for N minutes or for the rest of this show. Pure time
// arithmetic; `now` is always passed in.

export const MUTE_MAX_MINUTES = 24 * 60;
/** The one-click choices in the co-host stream: 10 minutes, or the whole show (null). */
export const MUTE_CHOICES: readonly (number | null)[] = [10, null];

export interface ViewerMute {
  platform: string;
  userId: string;
  sessionId: number;
  /** Epoch ms the mute ends; null = until the end of this show (session). */
  untilAt: number | null;
  mutedBy: string;
  mutedAt: number;
  reason: string;
  /** Comments received (and hidden) since the mute began. */
  suppressed: number;
}

/** One key per viewer; platform ids never contain U+0001. */
export function viewerKey(platform: string, userId: string): string {
  return `${platform}\u0001${userId}`;
}

export function muteUntil(now: number, minutes: number | null): number | null {
  return minutes == null ? null : now + minutes * 60_000;
}

export function isMuteActive(m: Pick<ViewerMute, 'untilAt'>, now: number): boolean {
  return m.untilAt === null || now < m.untilAt;
}

/** Milliseconds left; null for a whole-show mute; 0 once over. */
export function muteRemainingMs(m: Pick<ViewerMute, 'untilAt'>, now: number): number | null {
  return m.untilAt === null ? null : Math.max(0, m.untilAt - now);
}

/** "9:59" style remaining time for the badge. */
export function formatRemaining(ms: number): string {
  const s = Math.ceil(ms / 1000);
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}
