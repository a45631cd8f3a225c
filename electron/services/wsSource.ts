// One stream source: a WebSocket client with a silence watchdog and reconnect with backoff + jitter.
import WebSocket from 'ws';
import type { SourceState, SourceStatus } from '../../shared/api';
import type { Comment } from '../../shared/model';
import { getAdapter } from '../../shared/sources/index';
import type { Reject, SourceAdapter } from '../../shared/sources/types';
import type { Clock, SourceConfig } from './types';

export interface SourceHandlers {
  onComments(sourceId: string, comments: Comment[]): void;
  onRejects?(sourceId: string, rejects: Reject[]): void;
  onStatus?(status: SourceStatus): void;
  log?(line: string): void;
}

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** 0..1: ± share of random jitter. */
  jitter?: number;
  random?: () => number;
}

/** Exponential backoff with jitter: attempt 0 → ~base, doubling up to max. */
export function backoffDelay(attempt: number, o: BackoffOptions = {}): number {
  const base = o.baseMs ?? 500;
  const max = o.maxMs ?? 30_000;
  const jitter = o.jitter ?? 0.3;
  const raw = Math.min(max, base * 2 ** Math.min(attempt, 20));
  const r = (o.random ?? Math.random)();
  return Math.max(0, Math.round(raw * (1 - jitter + 2 * jitter * r)));
}

const MAX_PAYLOAD = 16 * 1024 * 1024;

export class WsSource {
  readonly id: string;
  private readonly adapter: SourceAdapter;
  private ws: WebSocket | null = null;
  private state: SourceState = 'stopped';
  private attempt = 0;
  private received = 0;
  private rejected = 0;
  private duplicates = 0;
  private reconnects = 0;
  private lastMessageAt: number | null = null;
  private lastFrameAt = 0;
  private error: string | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private stopped = true;
  private rateWindow: number[] = [];
  private readonly stallMs: number;

  constructor(
    readonly config: SourceConfig,
    private readonly clock: Clock,
    private readonly handlers: SourceHandlers,
    private readonly backoff: BackoffOptions = {},
  ) {
    const adapter = getAdapter(config.format);
    if (!adapter) throw new Error(`未知的数据源格式 / unknown source format: ${config.format}`);
    if (!/^wss?:\/\//i.test(config.url))
      throw new Error(
        `数据源地址必须以 ws:// 或 wss:// 开头 / source URL must start with ws:// or wss://: ${config.url}`,
      );
    this.adapter = adapter;
    this.id = config.id ?? `${config.format}@${config.url}`;
    this.stallMs = Math.max(1, config.stallSeconds ?? 30) * 1000;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
    this.watchdog = setInterval(() => this.checkSilence(), Math.min(1000, this.stallMs / 4));
  }

  stop(): void {
    this.stopped = true;
    if (this.watchdog) clearInterval(this.watchdog);
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.watchdog = this.retryTimer = null;
    this.ws?.terminate();
    this.ws = null;
    if (this.state !== 'ended') this.setState('stopped');
  }

  /** The ingest service reports duplicates it dropped for this source. */
  countDuplicates(n: number): void {
    this.duplicates += n;
  }

  status(): SourceStatus {
    const now = this.clock.now();
    this.rateWindow = this.rateWindow.filter((t) => now - t < 5000);
    return {
      id: this.id,
      label: this.config.label ?? this.adapter.label,
      url: this.config.url,
      format: this.adapter.format,
      state: this.state,
      received: this.received,
      duplicates: this.duplicates,
      rejected: this.rejected,
      perSecond: Math.round((this.rateWindow.length / 5) * 10) / 10,
      lastMessageAt: this.lastMessageAt,
      reconnects: this.reconnects,
      error: this.error,
    };
  }

  private setState(s: SourceState, error: string | null = this.error): void {
    const changed = s !== this.state || error !== this.error;
    this.state = s;
    this.error = error;
    if (changed) this.handlers.onStatus?.(this.status());
  }

  private connect(): void {
    if (this.stopped) return;
    this.setState(this.attempt === 0 && this.reconnects === 0 ? 'connecting' : 'reconnecting');
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.config.url, { maxPayload: MAX_PAYLOAD, handshakeTimeout: 10_000 });
    } catch (e) {
      this.setState('failed', (e as Error).message);
      return;
    }
    this.ws = ws;
    this.lastFrameAt = this.clock.now();
    ws.on('open', () => {
      this.lastFrameAt = this.clock.now();
      this.setState('live', null);
      for (const f of this.adapter.handshake({ channel: this.config.channel ?? this.config.id })) ws.send(f);
    });
    ws.on('message', (data, isBinary) => {
      this.lastFrameAt = this.clock.now();
      this.attempt = 0;
      if (this.state !== 'live') this.setState('live', null);
      const frame = isBinary ? new Uint8Array(data as Buffer) : (data as Buffer).toString('utf8');
      const out = this.adapter.parse(frame, { now: this.clock.now() });
      for (const r of out.replies) ws.send(r);
      if (out.rejected.length) {
        this.rejected += out.rejected.length;
        this.handlers.onRejects?.(this.id, out.rejected);
      }
      if (out.comments.length) {
        this.received += out.comments.length;
        const now = this.clock.now();
        this.lastMessageAt = now;
        for (let i = 0; i < out.comments.length; i++) this.rateWindow.push(now);
        if (this.rateWindow.length > 50_000) this.rateWindow.splice(0, this.rateWindow.length - 50_000);
        this.handlers.onComments(this.id, out.comments);
      }
      if (out.ended) {
        this.handlers.log?.(`${this.id}: 直播已结束 / stream ended`);
        this.setState('ended');
        this.stopped = true;
        ws.close();
      } else if (out.reconnect) {
        ws.terminate();
      }
    });
    ws.on('error', (err) => {
      this.error = err.message;
      this.handlers.log?.(`${this.id}: ${err.message}`);
    });
    ws.on('close', () => {
      if (this.ws === ws) this.ws = null;
      this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer) return;
    const delay = backoffDelay(this.attempt, this.backoff);
    this.attempt++;
    this.reconnects++;
    this.setState('reconnecting');
    this.handlers.log?.(`${this.id}: 重连 / reconnecting in ${delay} ms`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private checkSilence(): void {
    if (this.stopped || !this.ws || this.state === 'reconnecting') return;
    const silent = this.clock.now() - this.lastFrameAt;
    if (silent >= this.stallMs) {
      this.handlers.log?.(`${this.id}: ${Math.round(silent / 1000)} s 无数据，重连 / silent, reconnecting`);
      this.setState('stalled');
      this.ws.terminate();
    }
  }
}
