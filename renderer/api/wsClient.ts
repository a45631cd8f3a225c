// The browser / LAN-seat transport: the shared contract over one WebSocket (hub wire format).
// Reconnects with capped exponential backoff; requests made while the socket is down fail
// at once with a readable error instead of hanging.
import type {
  CommandArgs,
  CommandName,
  CommandResults,
  EventName,
  Events,
  Result,
  WireMessage,
  WireRequest,
} from '../../shared/api';
import { ACCESS_DENIED_CLOSE } from '../../shared/apiNames';
import type { ConnectionListener, ConnectionStatus, Transport } from './types';

export interface WsClientOptions {
  url: string;
  /** Backoff after the n-th failed attempt (n starts at 1). */
  backoffMs?: (attempt: number) => number;
  /** For tests: the WebSocket constructor (defaults to the global one). */
  WebSocketImpl?: typeof WebSocket;
  lostMessage?: () => string;
}

export const defaultBackoff = (attempt: number): number =>
  Math.min(10_000, 500 * 2 ** Math.min(attempt - 1, 5)) * (0.85 + Math.random() * 0.3);

type Pending = (result: Result<unknown>) => void;

export class WsClient implements Transport {
  private ws: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly queued: WireRequest[] = [];
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  private readonly statusListeners = new Set<ConnectionListener>();
  private status: ConnectionStatus = { state: 'connecting', attempt: 0, retryAt: null };
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private readonly backoff: (attempt: number) => number;
  private readonly WS: typeof WebSocket;

  constructor(private readonly opts: WsClientOptions) {
    this.backoff = opts.backoffMs ?? defaultBackoff;
    this.WS = opts.WebSocketImpl ?? WebSocket;
    this.open();
  }

  invoke<K extends CommandName>(name: K, args: CommandArgs<K>): Promise<Result<CommandResults[K]>> {
    return new Promise((resolve) => {
      if (this.closed || this.status.state === 'lost') {
        resolve(this.lostResult());
        return;
      }
      const req: WireRequest = { t: 'req', id: this.nextId++, name, args };
      this.pending.set(req.id, resolve as Pending);
      if (this.ws && this.ws.readyState === this.WS.OPEN) this.ws.send(JSON.stringify(req));
      else this.queued.push(req);
    });
  }

  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    const fn = listener as (payload: unknown) => void;
    set.add(fn);
    return () => set.delete(fn);
  }

  onConnection(listener: ConnectionListener): () => void {
    this.statusListeners.add(listener);
    listener(this.status);
    return () => this.statusListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.ws?.close();
    this.failPending();
  }

  private lostResult(): Result<never> {
    return {
      ok: false,
      error: { code: 'internal', message: this.opts.lostMessage?.() ?? 'connection lost' },
    };
  }

  private setStatus(status: ConnectionStatus): void {
    this.status = status;
    for (const l of [...this.statusListeners]) l(status);
  }

  private open(): void {
    if (this.closed) return;
    const attempt = this.status.attempt;
    this.setStatus({ state: 'connecting', attempt, retryAt: null });
    let ws: WebSocket;
    try {
      ws = new this.WS(this.opts.url);
    } catch {
      this.scheduleRetry();
      return;
    }
    this.ws = ws;
    ws.onopen = () => {
      this.setStatus({ state: 'open', attempt: 0, retryAt: null });
      // Listeners (seat:set, resync) ran synchronously above and queued their requests first.
      for (const req of this.queued.splice(0)) ws.send(JSON.stringify(req));
    };
    ws.onmessage = (ev) => this.handle(ev.data);
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.failPending();
      if (ev?.code === ACCESS_DENIED_CLOSE) {
        // A wrong or missing access code does not fix itself: say so instead of retrying forever.
        this.closed = true;
        this.setStatus({ state: 'denied', attempt: this.status.attempt, retryAt: null });
        return;
      }
      this.scheduleRetry();
    };
    ws.onerror = () => {
      // onclose follows; nothing else to do.
    };
  }

  private scheduleRetry(): void {
    if (this.closed) return;
    const attempt = this.status.attempt + 1;
    const delay = this.backoff(attempt);
    this.setStatus({ state: 'lost', attempt, retryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private failPending(): void {
    const lost = this.lostResult();
    this.queued.length = 0;
    for (const resolve of this.pending.values()) resolve(lost);
    this.pending.clear();
  }

  private handle(data: unknown): void {
    if (typeof data !== 'string') return;
    let msg: WireMessage;
    try {
      msg = JSON.parse(data) as WireMessage;
    } catch {
      return;
    }
    if (msg.t === 'res') {
      const resolve = this.pending.get(msg.id);
      if (!resolve) return;
      this.pending.delete(msg.id);
      resolve(msg.result);
    } else if (msg.t === 'evt') {
      const set = this.listeners.get(msg.name);
      if (!set) return;
      for (const l of [...set]) {
        try {
          l(msg.payload);
        } catch (err) {
          console.error(`livedesk: listener for ${msg.name} failed`, err);
        }
      }
    }
  }
}
