// The window's copy of the knowledge base and of the latest handover. The KB is small (hundreds of
// entries): the reply box searches this copy as the user types. Kept current by the kb:changed /
// handover:updated events (both transports: startKnowledge is wired by renderer/api/desk.ts), and
// reloaded after a reconnect, so what was missed while offline is not missing.
import { useEffect } from 'react';
import { create } from 'zustand';
import { KB_CATEGORIES, type Handover, type KbChange, type KbEntry } from '../../shared/knowledge/types';
import { call } from '../api/desk';
import type { Transport } from '../api/types';

interface KnowledgeState {
  /** Live entries (null until the first load). */
  entries: KbEntry[] | null;
  /** The newest handover (undefined until loaded, null when none was written). */
  handover: Handover | null | undefined;
}

export const useKnowledge = create<KnowledgeState>()(() => ({ entries: null, handover: undefined }));

export function resetKnowledge(): void {
  useKnowledge.setState({ entries: null, handover: undefined });
}

/** The order of the service standard's categories (产品知识, 平台规则, 售后政策, 常见问题), then by title. */
const byTitle = (a: KbEntry, b: KbEntry) =>
  KB_CATEGORIES.indexOf(a.category) - KB_CATEGORIES.indexOf(b.category) ||
  a.title.localeCompare(b.title, 'zh-CN') ||
  a.id - b.id;

/** Apply one change made at any seat (a deleted entry leaves the live list, a restored one comes back). */
export function applyKbChange(c: KbChange): void {
  const list = useKnowledge.getState().entries;
  if (!list) return;
  const rest = list.filter((e) => e.id !== c.entry.id);
  useKnowledge.setState({ entries: c.entry.deletedAt == null ? [...rest, c.entry].sort(byTitle) : rest });
}

/** Newer handovers replace older ones; an acknowledgement updates the one shown. */
export function applyHandover(h: Handover): void {
  const cur = useKnowledge.getState().handover;
  if (!cur || h.id >= cur.id) useKnowledge.setState({ handover: h });
}

let kbInFlight: Promise<string | null> | null = null;
/** Fetch the live entries; resolves to an error message or null. */
export function loadKb(): Promise<string | null> {
  kbInFlight ??= call('kb:list', {})
    .then((r) => {
      if (r.ok) useKnowledge.setState({ entries: [...r.value].sort(byTitle) });
      return r.ok ? null : r.message;
    })
    .finally(() => {
      kbInFlight = null;
    });
  return kbInFlight;
}

export async function loadLatestHandover(): Promise<void> {
  const r = await call('handover:latest', {});
  if (r.ok) useKnowledge.setState({ handover: r.value });
}

/** Follow every seat's changes live; after a reconnect reload what this window had loaded. */
export function startKnowledge(api: Transport): () => void {
  let wasOpen = false;
  const offs = [
    api.on('kb:changed', applyKbChange),
    api.on('handover:updated', applyHandover),
    api.onConnection((status) => {
      const open = status.state === 'open';
      if (open && !wasOpen) {
        const st = useKnowledge.getState();
        if (st.entries) void loadKb();
        if (st.handover !== undefined) void loadLatestHandover();
      }
      wasOpen = open;
    }),
  ];
  return () => offs.forEach((off) => off());
}

/** The latest handover, loaded when a component shows it (then kept current by the events). */
export function useLatestHandover(): Handover | null | undefined {
  useEffect(() => {
    void loadLatestHandover();
  }, []);
  return useKnowledge((s) => s.handover);
}

/** The live entries, fetched when the caller mounts (so nothing from before the window opened is missing),
 * then kept current by the events. */
export function useKbEntries(): KbEntry[] | null {
  useEffect(() => {
    void loadKb();
  }, []);
  return useKnowledge((s) => s.entries);
}
