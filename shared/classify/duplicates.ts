// Duplicate merging: the same question asked again (by the same or other viewers) within a window
// maps to the first question, so the desk shows one question with a count ("12 people asked …").
// Pure: time comes in as `now`; memory is bounded by `maxKeys` (oldest keys are dropped first).

export interface DuplicateIndexOptions {
  /** How long after the last ask a new ask still merges. Default 10 min. */
  windowMs?: number;
  /** Upper bound on remembered keys. Default 10,000. */
  maxKeys?: number;
}

interface Entry {
  questionId: number;
  lastAsk: number;
  askers: Set<string>;
  asks: number;
}

const MAX_ASKERS = 1000;

export class DuplicateIndex {
  readonly windowMs: number;
  readonly maxKeys: number;
  private readonly entries = new Map<string, Entry>();

  constructor(opts: DuplicateIndexOptions = {}) {
    this.windowMs = opts.windowMs ?? 10 * 60_000;
    this.maxKeys = opts.maxKeys ?? 10_000;
  }

  /**
   * The question this key merges into, if it was asked within the window. `asks` / `askers` count
   * the asks already recorded (before this one); `sameUser` says whether this viewer asked it already.
   */
  match(
    key: string,
    userId: string,
    now: number,
  ): { existingId: number | null; asks: number; askers: number; sameUser: boolean } {
    const e = this.entries.get(key);
    if (!e || now - e.lastAsk > this.windowMs)
      return { existingId: null, asks: 0, askers: 0, sameUser: false };
    return { existingId: e.questionId, asks: e.asks, askers: e.askers.size, sameUser: e.askers.has(userId) };
  }

  /**
   * Record an ask. Call it for a new question and again for every merged ask (with the existing id):
   * that keeps the window open while viewers keep asking.
   */
  add(key: string, questionId: number, userId: string, now: number): void {
    let e = this.entries.get(key);
    if (e && (e.questionId !== questionId || now - e.lastAsk > this.windowMs)) e = undefined;
    if (e) {
      this.entries.delete(key);
      e.lastAsk = Math.max(e.lastAsk, now);
      e.asks++;
      if (e.askers.size < MAX_ASKERS) e.askers.add(userId);
    } else {
      e = { questionId, lastAsk: now, askers: new Set([userId]), asks: 1 };
      this.entries.delete(key);
    }
    this.entries.set(key, e); // Map order = recency order
    while (this.entries.size > this.maxKeys) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** Drop keys whose window has passed (optional housekeeping; match() ignores them anyway). */
  prune(now: number): void {
    for (const [k, e] of this.entries) if (now - e.lastAsk > this.windowMs) this.entries.delete(k);
  }

  get size(): number {
    return this.entries.size;
  }
}
