// The I/O a CLI command gets, so commands are testable without a real terminal.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Resolves when the user asks to stop (Ctrl+C / SIGTERM). */
  stopSignal: Promise<void>;
}

export class UsageError extends Error {}

export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;
