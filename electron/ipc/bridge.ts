// The object the preload exposes as `window.livedesk`. Pure: the preload passes in ipcRenderer.
import { isCommandName, isEventName } from '../../shared/apiNames';
import type { EventName, Events, LiveDeskApi, Result } from '../../shared/api';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './invoke';

/** The slice of ipcRenderer the bridge uses. */
export interface BridgeTransport {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type AnyListener = (payload: unknown) => void;

export function createBridge(transport: BridgeTransport): LiveDeskApi {
  const listeners = new Map<EventName, Set<AnyListener>>();
  let subscribed = false;

  // One IPC subscription for all events; the Electron event object never reaches the page.
  const dispatch = (_event: unknown, name: unknown, payload: unknown) => {
    if (!isEventName(name)) return;
    const set = listeners.get(name);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(payload);
      } catch (err) {
        console.error(`livedesk: listener for "${name}" threw`, err);
      }
    }
  };

  const invoke = async (name: string, args: unknown): Promise<Result<unknown>> => {
    if (!isCommandName(name)) {
      const shown = typeof name === 'string' ? name.slice(0, 64) : typeof name;
      return { ok: false, error: { code: 'unknown_command', message: `Unknown command: ${shown}` } };
    }
    try {
      return (await transport.invoke(INVOKE_CHANNEL, name, args)) as Result<unknown>;
    } catch (err) {
      return {
        ok: false,
        error: { code: 'internal', message: err instanceof Error ? err.message : String(err) },
      };
    }
  };

  const on = (name: string, listener: AnyListener): (() => void) => {
    if (!isEventName(name)) throw new TypeError(`livedesk.on: unknown event "${String(name).slice(0, 64)}"`);
    if (typeof listener !== 'function') throw new TypeError('livedesk.on: listener must be a function');
    if (!subscribed) {
      transport.on(EVENT_CHANNEL, dispatch as (event: unknown, ...args: unknown[]) => void);
      subscribed = true;
    }
    let set = listeners.get(name);
    if (!set) listeners.set(name, (set = new Set()));
    // Wrap so the same function subscribed twice gets two independent unsubscribes.
    const entry: AnyListener = (payload) => listener(payload);
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  };

  return {
    invoke: invoke as LiveDeskApi['invoke'],
    on: on as unknown as LiveDeskApi['on'],
  } satisfies LiveDeskApi;
}

export type { Events };
