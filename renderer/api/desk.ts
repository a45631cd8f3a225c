// Wires a transport into the store: events → store, (re)connect → seat:set + resync, and the one
// interval that drives every countdown. `run()` is how components send commands.
import type { CommandArgs, CommandName, CommandResults, Question } from '../../shared/api';
import type { Seat } from '../../shared/model';
import {
  applyAlert,
  applyClassifierConfig,
  applyPolicy,
  applyCounts,
  applyQuestions,
  applySession,
  applySources,
  queueComments,
  replaceComments,
  setConn,
  tick,
  toast,
  tr,
  useDesk,
} from '../store';
import type { Transport } from './types';
import { setServiceRules } from '../components/serviceRules';
import { startViewers } from '../viewers/state';
import { startKnowledge } from '../components/knowledgeStore';

const ACTIVE_STATUSES = ['open', 'handed_off', 'claimed', 'contacted', 'resolved', 'escalated'] as const;
const SEAT_KEY = 'livedesk.seat';

let transport: Transport | null = null;

/** The bit of Web Storage the seat needs (typed here so node-side tests compile without DOM types). */
export interface SeatStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function browserStorage(): SeatStorage | undefined {
  try {
    return (globalThis as { localStorage?: SeatStorage }).localStorage;
  } catch {
    return undefined; // storage disabled
  }
}

export function loadSeat(storage: Pick<SeatStorage, 'getItem'> | undefined = browserStorage()): Seat | null {
  try {
    const raw = storage?.getItem(SEAT_KEY);
    if (!raw) return null;
    const seat = JSON.parse(raw) as Partial<Seat>;
    if (typeof seat.name !== 'string' || !seat.name.trim() || typeof seat.role !== 'string') return null;
    return { name: seat.name, role: seat.role };
  } catch {
    return null;
  }
}

export function startDesk(api: Transport): () => void {
  transport = api;
  const offs = [
    api.on('comment:batch', (batch) => queueComments(batch)),
    api.on('question:updated', (q) => applyQuestions([q])),
    api.on('stats:updated', (c) => applyCounts(c)),
    api.on('source:status', (s) => applySources(s)),
    api.on('deadline:alert', (a) => applyAlert(a)),
    api.on('app:ready', () => void resync(api)),
    // Another seat saved the policy or the classifier rules: follow it live.
    api.on('policy:updated', (p) => applyPolicy(p)),
    api.on('classifier:updated', (c) => applyClassifierConfig(c)),
    api.on('service:updated', (r) => setServiceRules(r)),
    startViewers(api), // moderation + viewer tags (renderer/viewers/state.ts)
    startKnowledge(api), // knowledge base + handover (renderer/components/knowledgeStore.ts)
    api.onConnection((status) => {
      const wasOpen = useDesk.getState().conn.state === 'open';
      setConn(status);
      if (status.state === 'open' && !wasOpen) {
        const seat = useDesk.getState().seat;
        if (seat) void sendSeat(api, seat);
        void resync(api);
      }
    }),
  ];
  const timer = setInterval(() => tick(Date.now()), 1000);
  return () => {
    clearInterval(timer);
    for (const off of offs) off();
    transport = null;
  };
}

async function sendSeat(api: Transport, seat: Seat): Promise<void> {
  const r = await api.invoke('seat:set', seat);
  if (!r.ok) toast('error', `${tr('err.title')}: ${r.error.message}`);
}

/** Fetch everything the panes show; used after every (re)connect so nothing missed stays missing. */
async function resync(api: Transport): Promise<void> {
  const sentAt = Date.now();
  const info = await api.invoke('session:info', {});
  if (info.ok) applySession(info.value, Math.round((sentAt + Date.now()) / 2));
  const [questions, comments] = await Promise.all([
    api.invoke('question:list', { statuses: [...ACTIVE_STATUSES], limit: 2000 }),
    api.invoke('comment:recent', { limit: 500 }),
  ]);
  if (questions.ok) applyQuestions(questions.value);
  if (comments.ok) replaceComments(comments.value);
  const failed = [info, questions, comments].find((r) => !r.ok);
  if (failed && !failed.ok && useDesk.getState().conn.state === 'open') {
    toast('error', `${tr('err.title')}: ${failed.error.message}`);
  }
}

/** Choose / change the seat: remembered in localStorage and sent to the main side. */
export async function chooseSeat(seat: Seat): Promise<void> {
  try {
    browserStorage()?.setItem(SEAT_KEY, JSON.stringify(seat));
  } catch {
    // private mode: the seat still applies for this window
  }
  useDesk.setState({ seat, seatDialogOpen: false });
  if (transport && useDesk.getState().conn.state === 'open') await sendSeat(transport, seat);
}

function isQuestion(v: unknown): v is Question {
  return typeof v === 'object' && v !== null && 'stages' in v && 'status' in v && 'askCount' in v;
}

/** Send one command and get its result as data (no toast): for forms that show errors inline. */
export async function call<K extends CommandName>(
  name: K,
  args: CommandArgs<K>,
): Promise<{ ok: true; value: CommandResults[K] } | { ok: false; message: string }> {
  if (!transport) return { ok: false, message: tr('err.connection') };
  try {
    const result = await transport.invoke(name, args);
    if (!result.ok) return { ok: false, message: result.error.message };
    if (isQuestion(result.value)) applyQuestions([result.value]);
    return { ok: true, value: result.value };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

/**
 * Send one command. Errors become a toast (never thrown); question results go into the store at
 * once so the pane reacts before the broadcast event arrives. Resolves to the value or null.
 */
export async function run<K extends CommandName>(
  name: K,
  args: CommandArgs<K>,
  okText?: string,
): Promise<CommandResults[K] | null> {
  if (!transport) {
    toast('error', tr('err.connection'));
    return null;
  }
  let result;
  try {
    result = await transport.invoke(name, args);
  } catch (err) {
    toast('error', `${tr('err.title')}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
  if (!result.ok) {
    const msg = result.error.message;
    toast(
      'error',
      result.error.code === 'conflict' ? tr('err.conflict', { msg }) : `${tr('err.title')}: ${msg}`,
    );
    return null;
  }
  if (isQuestion(result.value)) applyQuestions([result.value]);
  if (okText) toast('ok', okText);
  return result.value;
}
