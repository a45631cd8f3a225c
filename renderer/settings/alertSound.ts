// Optional warning sound: a short beep when a deadline warns, a lower, longer tone when it breaches.
// Off by default; the choice is kept in localStorage. WebAudio only (no files to ship).
import type { DeadlineAlert } from '../../shared/deadlines/types';
import { useDesk } from '../store';

const KEY = 'livedesk.alertSound';
/** Several alerts in one moment make one sound, not a burst. */
const MIN_GAP_MS = 1200;

interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function storage(): KeyValueStorage | undefined {
  try {
    return (globalThis as { localStorage?: KeyValueStorage }).localStorage;
  } catch {
    return undefined;
  }
}

export function loadAlertSound(s: Pick<KeyValueStorage, 'getItem'> | undefined = storage()): boolean {
  try {
    return s?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function setAlertSound(on: boolean): void {
  try {
    storage()?.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // private mode: applies to this window only
  }
  useDesk.setState({ alertSound: on });
}

export const TONES = {
  warning: { freq: 880, ms: 140 },
  breached: { freq: 330, ms: 420 },
} as const;

// The few WebAudio members used, typed here so node-side tests of this module compile without DOM types.
interface Param {
  value: number;
  setValueAtTime(v: number, t: number): void;
  exponentialRampToValueAtTime(v: number, t: number): void;
}
interface Node {
  connect<T extends Node>(n: T): T;
}
interface Osc extends Node {
  type: string;
  frequency: Param;
  start(t: number): void;
  stop(t: number): void;
}
interface Audio {
  state: string;
  currentTime: number;
  destination: Node;
  resume(): Promise<void>;
  createOscillator(): Osc;
  createGain(): Node & { gain: Param };
}

let ctx: Audio | null = null;

/** Plays one tone. Browsers start audio only after a user gesture; before that this is silent. */
export function beep(level: DeadlineAlert['level']): void {
  const AC = (globalThis as { AudioContext?: new () => Audio }).AudioContext;
  if (!AC) return;
  try {
    ctx ??= new AC();
    if (ctx.state === 'suspended') void ctx.resume();
    const { freq, ms } = TONES[level];
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    const t0 = ctx.currentTime;
    osc.type = level === 'warning' ? 'sine' : 'triangle';
    osc.frequency.value = freq;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.25, t0 + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + ms / 1000);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + ms / 1000 + 0.02);
  } catch {
    // no audio device: colour still warns
  }
}

/** Which new alert (if any) should sound: a breach wins over a warning in the same batch. */
export function alertToSound(
  next: readonly DeadlineAlert[],
  prev: readonly DeadlineAlert[],
): DeadlineAlert['level'] | null {
  if (next === prev || next.length === 0) return null;
  const seen = new Set(prev);
  let level: DeadlineAlert['level'] | null = null;
  for (const a of next) {
    if (seen.has(a)) break; // newest first: everything after is old
    if (a.level === 'breached') return 'breached';
    level = 'warning';
  }
  return level;
}

/** Subscribe to the store's alerts; returns the unsubscribe. */
export function startAlertSound(): () => void {
  useDesk.setState({ alertSound: loadAlertSound() });
  let last = 0;
  return useDesk.subscribe((s, prev) => {
    if (!s.alertSound || s.alerts === prev.alerts) return;
    const level = alertToSound(s.alerts, prev.alerts);
    const now = Date.now();
    if (!level || now - last < MIN_GAP_MS) return;
    last = now;
    beep(level);
  });
}
