// Buffers comments from all sources and hands them to the engine in batches: one SQLite
// transaction per batch keeps the write path fast at thousands of comments per second.
import type { Comment } from '../../shared/model';

export interface IngestQueueOptions {
  flushMs?: number;
  maxBatch?: number;
}

export class IngestQueue {
  private buf: { sourceId: string; c: Comment }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly flushMs: number;
  private readonly maxBatch: number;

  constructor(
    /** Called once per source per flush, in arrival order of each source's comments. */
    private readonly sink: (sourceId: string, batch: Comment[]) => void,
    opts: IngestQueueOptions = {},
  ) {
    this.flushMs = opts.flushMs ?? 50;
    this.maxBatch = opts.maxBatch ?? 1000;
  }

  push(sourceId: string, comments: readonly Comment[]): void {
    for (const c of comments) this.buf.push({ sourceId, c });
    if (this.buf.length >= this.maxBatch) this.flush();
    else if (!this.timer) this.timer = setTimeout(() => this.flush(), this.flushMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.buf.length) {
      const part = this.buf.splice(0, this.maxBatch);
      const bySource = new Map<string, Comment[]>();
      for (const p of part) {
        const list = bySource.get(p.sourceId);
        if (list) list.push(p.c);
        else bySource.set(p.sourceId, [p.c]);
      }
      for (const [sourceId, batch] of bySource) this.sink(sourceId, batch);
    }
  }

  get pending(): number {
    return this.buf.length;
  }
}
