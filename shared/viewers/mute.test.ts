import { describe, expect, it } from 'vitest';
import { formatRemaining, isMuteActive, muteRemainingMs, muteUntil, viewerKey } from './mute';

const T = Date.UTC(2026, 10, 23, 12);

describe('mute expiry', () => {
  it('a 10-minute mute ends exactly 10 minutes later; a show mute never ends by time', () => {
    const until = muteUntil(T, 10);
    expect(until).toBe(T + 600_000);
    expect(isMuteActive({ untilAt: until }, T + 599_999)).toBe(true);
    expect(isMuteActive({ untilAt: until }, T + 600_000)).toBe(false);
    expect(muteUntil(T, null)).toBeNull();
    expect(isMuteActive({ untilAt: null }, T + 1e10)).toBe(true);
  });
  it('remaining time', () => {
    expect(muteRemainingMs({ untilAt: T + 61_000 }, T)).toBe(61_000);
    expect(muteRemainingMs({ untilAt: T }, T + 5)).toBe(0);
    expect(muteRemainingMs({ untilAt: null }, T)).toBeNull();
    expect(formatRemaining(61_000)).toBe('1:01');
    expect(formatRemaining(600_000)).toBe('10:00');
    expect(formatRemaining(1)).toBe('0:01');
  });
  it('viewer keys do not collide across platforms', () => {
    expect(viewerKey('douyin', 'u1')).not.toBe(viewerKey('douyinu', '1'));
  });
});
