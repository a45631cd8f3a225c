// Moderation (hidden comments, mutes, flags) and viewer tags in the window: a small zustand store of
// its own, fed by the viewer:* / moderation:* events and refetched on every (re)connect. The
// transitions are pure functions (unit-tested in test/renderer/viewers.test.ts).
import { useEffect } from 'react';
import { create } from 'zustand';
import type { DeskComment } from '../../shared/model';
import type {
  FlagRecord,
  ModeratedComment,
  ModerationState,
  ModerationUpdate,
  ViewerTagList,
  ViewerTags,
} from '../../shared/apiViewers';
import { viewerKey, type ViewerMute } from '../../shared/viewers/mute';
import type { Transport } from '../api/types';
import { toast, tr, useDesk } from '../store';

export const HIDDEN_CAP = 500;
export const FLAG_CAP = 200;

export type StreamView = 'hidden' | 'reported' | null;

export interface ViewerRef {
  platform: string;
  userId: string;
  nickname: string;
}

export interface ViewersState {
  /** viewerKey → tag names, in the order they were added. */
  tags: Record<string, string[]>;
  /** Presets first, then the team's own tags. */
  vocabulary: string[];
  /** Explicit hidden state by comment id (null = shown again); overrides a comment's own hiddenAt. */
  hidden: Record<number, number | null>;
  /** This show's hidden comments, newest first (for the 已隐藏 view). */
  hiddenList: ModeratedComment[];
  hiddenTotal: number;
  /** viewerKey → active mute. */
  mutes: Record<string, ViewerMute>;
  /** Flags for the supervisor, newest first. */
  flags: FlagRecord[];
  /** The co-host stream's moderation views (besides the core filters). */
  streamView: StreamView;
  /** The viewer whose history drawer is open. */
  history: ViewerRef | null;
}

export function initialViewers(): ViewersState {
  return {
    tags: {},
    vocabulary: ['潜在客户', '投诉用户', '老客户'],
    hidden: {},
    hiddenList: [],
    hiddenTotal: 0,
    mutes: {},
    flags: [],
    streamView: null,
    history: null,
  };
}

export const useViewers = create<ViewersState>()(() => initialViewers());
const set = useViewers.setState;

export function resetViewers(): void {
  set(initialViewers(), true);
}

// ---- pure transitions ---------------------------------------------------------------------------

export function isHidden(c: DeskComment, hidden: Record<number, number | null>): boolean {
  const h = hidden[c.id];
  if (h !== undefined) return h !== null;
  return (c as Partial<ModeratedComment>).hiddenAt != null;
}

export function fromState(s: ModerationState, prev: ViewersState): Partial<ViewersState> {
  const hidden: Record<number, number | null> = {};
  for (const c of s.hidden) hidden[c.id] = c.hiddenAt;
  const mutes: Record<string, ViewerMute> = {};
  for (const m of s.mutes) mutes[viewerKey(m.platform, m.userId)] = m;
  // Keep explicit "shown again" marks the server list cannot express.
  for (const [id, h] of Object.entries(prev.hidden)) if (h === null && !(id in hidden)) hidden[+id] = null;
  return { hidden, hiddenList: s.hidden, hiddenTotal: s.hiddenTotal, mutes, flags: s.flags };
}

export function fromTagList(list: ViewerTagList): Partial<ViewersState> {
  const tags: Record<string, string[]> = {};
  for (const v of list.viewers) tags[viewerKey(v.platform, v.userId)] = v.tags.map((t) => t.tag);
  return { tags, vocabulary: list.vocabulary };
}

export function withTags(s: ViewersState, v: ViewerTags): Partial<ViewersState> {
  const key = viewerKey(v.platform, v.userId);
  const tags = { ...s.tags };
  if (v.tags.length) tags[key] = v.tags.map((t) => t.tag);
  else delete tags[key];
  const fresh = v.tags.map((t) => t.tag).filter((t) => !s.vocabulary.includes(t));
  return fresh.length ? { tags, vocabulary: [...s.vocabulary, ...fresh] } : { tags };
}

/** Apply one moderation update. Idempotent: the command's result and its event both arrive. */
export function withUpdate(s: ViewersState, u: ModerationUpdate): Partial<ViewersState> {
  const out: Partial<ViewersState> = {};
  if (u.comments.length) {
    const hidden = { ...s.hidden };
    let list = s.hiddenList;
    let total = s.hiddenTotal;
    for (const c of u.comments) {
      hidden[c.id] = c.hiddenAt;
      const listed = list.some((x) => x.id === c.id);
      if (c.hiddenAt !== null && !listed) {
        list = [c, ...list].sort((a, b) => b.id - a.id).slice(0, HIDDEN_CAP);
        total++;
      } else if (c.hiddenAt === null && listed) {
        list = list.filter((x) => x.id !== c.id);
        total = Math.max(0, total - 1);
      }
    }
    Object.assign(out, { hidden, hiddenList: list, hiddenTotal: total });
  }
  const key = viewerKey(u.platform, u.userId);
  if (u.action === 'unmute' || (u.action === 'mute' && !u.mute)) {
    if (key in s.mutes) {
      const mutes = { ...s.mutes };
      delete mutes[key];
      out.mutes = mutes;
    }
  } else if (u.mute) {
    out.mutes = { ...s.mutes, [key]: u.mute };
  }
  if (u.flag && !s.flags.some((f) => f.actionId === u.flag!.actionId)) {
    out.flags = [u.flag, ...s.flags].slice(0, FLAG_CAP);
  }
  return out;
}

/** Comments a mute hid on arrival: list them and count them against the mute. */
export function withBatch(s: ViewersState, batch: readonly DeskComment[]): Partial<ViewersState> | null {
  const arrivedHidden = batch.filter(
    (c) => (c as Partial<ModeratedComment>).hiddenAt != null,
  ) as ModeratedComment[];
  if (arrivedHidden.length === 0) return null;
  const fresh = arrivedHidden.filter((c) => !s.hiddenList.some((x) => x.id === c.id));
  const mutes = { ...s.mutes };
  for (const c of fresh) {
    const key = viewerKey(c.platform, c.userId);
    const m = mutes[key];
    if (m) mutes[key] = { ...m, suppressed: m.suppressed + 1 };
  }
  const hiddenList = [...fresh].reverse().concat(s.hiddenList).slice(0, HIDDEN_CAP);
  return { hiddenList, hiddenTotal: s.hiddenTotal + fresh.length, mutes };
}

// ---- store updates ------------------------------------------------------------------------------

export function applyModeration(u: ModerationUpdate): void {
  set((s) => withUpdate(s, u));
}
export function applyTags(v: ViewerTags): void {
  set((s) => withTags(s, v));
}
export function setStreamView(streamView: StreamView): void {
  set({ streamView });
}
export function openHistory(v: ViewerRef): void {
  set({ history: v });
}
export function closeHistory(): void {
  set({ history: null });
}

// The state is fetched when the first component that shows it mounts (a window on Ops / Settings
// never needs it), then again after every reconnect.
let wanted = false;
let refresh: (() => Promise<void>) | null = null;

/** Components that show tags / moderation state call this once; the first call fetches it. */
export function useViewerSync(): void {
  useEffect(() => {
    if (wanted) return;
    wanted = true;
    void refresh?.();
  }, []);
}

/** Subscribe the window to moderation and tag events; refetch on every (re)connect once wanted. */
export function startViewers(api: Transport): () => void {
  let open = false;
  const load = async () => {
    if (!open) return;
    const [state, tags] = await Promise.all([
      api.invoke('moderation:state', {}),
      api.invoke('viewer:tag-list', {}),
    ]);
    if (state.ok && state.value) set((s) => fromState(state.value, s));
    if (tags.ok && tags.value) set(fromTagList(tags.value));
  };
  refresh = load;
  let wasOpen = false;
  const offs = [
    api.on('moderation:updated', (u) => {
      applyModeration(u);
      // Flags are for the supervisor: tell a supervisor seat at once, wherever they are in the app.
      const seat = useDesk.getState().seat;
      if (u.flag && seat?.role === 'supervisor' && seat.name !== u.actor) {
        toast('error', tr('mod.flagToast', { actor: u.actor, nick: u.flag.nickname, text: u.flag.text }));
      }
    }),
    api.on('viewer:tags-updated', (v) => applyTags(v)),
    api.on('comment:batch', (batch) => {
      const next = withBatch(useViewers.getState(), batch);
      if (next) set(next);
    }),
    api.on('app:ready', () => {
      if (wanted) void load();
    }),
    api.onConnection((status) => {
      open = status.state === 'open';
      if (open && !wasOpen && wanted) void load();
      wasOpen = open;
    }),
  ];
  return () => {
    for (const off of offs) off();
    if (refresh === load) refresh = null;
  };
}
