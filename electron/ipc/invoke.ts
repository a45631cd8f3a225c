// IPC dispatch for the Electron entry: sender check, contract check, seat tracking, event fan-out.
import { isCommandName, isEventName } from '../../shared/apiNames';
import type { EventName, Events, Result } from '../../shared/api';
import type { Seat } from '../../shared/model';
import type { DeskApp } from '../services/types';
import { isTrustedSender } from './security';
import type { SenderInfo } from './security';

export const INVOKE_CHANNEL = 'livedesk:invoke';
export const EVENT_CHANNEL = 'livedesk:event';

/** The seat of one window; `seat:set` replaces `current`. */
export interface SeatRef {
  current: Seat;
}

export function defaultSeat(username: string | null | undefined): Seat {
  const name = (username ?? '').trim().slice(0, 40);
  return { name: name || '主播', role: 'host' };
}

export type DeskCaller = Pick<DeskApp, 'call'>;
export type InvokeHandler = (sender: SenderInfo, name: unknown, args: unknown) => Promise<Result<unknown>>;

/**
 * One handler per window. Refuses foreign frames and names outside the contract before the desk
 * sees them; the desk validates the arguments. Never throws.
 */
export function createInvokeHandler(desk: DeskCaller | Promise<DeskCaller>, seatRef: SeatRef): InvokeHandler {
  return async (sender, name, args) => {
    if (!isTrustedSender(sender)) {
      return {
        ok: false,
        error: { code: 'bad_request', message: 'IPC refused: sender is not the LiveDesk window' },
      };
    }
    if (!isCommandName(name)) {
      const shown = typeof name === 'string' ? name.slice(0, 64) : typeof name;
      return { ok: false, error: { code: 'unknown_command', message: `Unknown command: ${shown}` } };
    }
    try {
      const result = await (await desk).call({ seat: { ...seatRef.current } }, name, args);
      if (name === 'seat:set' && result.ok) seatRef.current = { ...(result.value as Seat) };
      return result;
    } catch (err) {
      // DeskApp.call never throws by contract; a failed start (rejected desk promise) ends up here.
      return {
        ok: false,
        error: { code: 'internal', message: err instanceof Error ? err.message : String(err) },
      };
    }
  };
}

export interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** Desk listener that forwards contract events to every live window, and nothing else. */
export function createEventForwarder(targets: () => Iterable<EventTarget>) {
  return <E extends EventName>(name: E, payload: Events[E]): void => {
    if (!isEventName(name)) return;
    for (const target of targets()) {
      if (target.isDestroyed()) continue;
      try {
        target.send(EVENT_CHANNEL, name, payload);
      } catch {
        // A window closing between isDestroyed() and send(): nothing to deliver to.
      }
    }
  };
}
