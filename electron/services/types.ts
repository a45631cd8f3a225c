// The main-side service surface that both transports (Electron IPC, hub WebSocket) and the CLI use.
import type { EventName, Events, Result } from '../../shared/api';
import type { Seat } from '../../shared/model';

export interface Clock {
  /** Epoch ms, monotonic (never goes backwards even if the wall clock is changed). */
  now(): number;
}

export interface SourceConfig {
  id?: string;
  url: string;
  format: string;
  label?: string;
  /** Twitch channel / blivechat room id for the handshake (default: the id). */
  channel?: string;
  /** Seconds of silence before the watchdog reconnects (default 30). */
  stallSeconds?: number;
}

export interface DeskOptions {
  /** Folder for the SQLite database (livedesk.db) unless dbFile is given. */
  dataDir: string;
  dbFile?: string;
  /** Start the built-in demo stream (simulator on 127.0.0.1, random port) and connect to it. */
  demo?: boolean;
  /** Comments per second of the demo stream. */
  demoRate?: number;
  sources?: SourceConfig[];
  /** Electron-ABI better-sqlite3 binary (see scripts/electronNative.mjs). */
  nativeBinding?: string;
  clock?: Clock;
  sessionTitle?: string;
}

export interface CallContext {
  seat: Seat;
}

export type EventListener = <E extends EventName>(name: E, payload: Events[E]) => void;

export interface DeskApp {
  readonly sessionId: number;
  readonly dbFile: string;
  /** Validate and run one contract command. Never throws: errors come back as data. */
  call(ctx: CallContext, name: string, rawArgs: unknown): Promise<Result<unknown>>;
  onEvent(listener: EventListener): () => void;
  close(): Promise<void>;
}
