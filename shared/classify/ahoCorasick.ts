// Aho–Corasick automaton over UTF-16 code units: every keyword of every list is found in one pass
// over the comment, whatever the number of keywords. Built once per config.

export interface Keyword {
  term: string;
  /** Category index (see lexicon.ts CAT_*). */
  cat: number;
  weight: number;
}

export class AhoCorasick {
  readonly keywords: Keyword[];
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: Int32Array;
  /** out[state] = keyword ids ending at this state, fail-chain outputs merged in. */
  private readonly out: (Int32Array | null)[];
  private readonly root: Int32Array;
  /** Transitions of the other states in one open-addressing table (state, char) → state: no Map lookup on
   * the hot path. Empty slots have state -1. */
  private readonly hState: Int32Array;
  private readonly hChar: Int32Array;
  private readonly hNext: Int32Array;
  private readonly hMask: number;

  constructor(keywords: Keyword[]) {
    // Drop empty and duplicate (term, cat) pairs so a hit is counted once; a duplicate keeps the
    // higher weight (a boundary phrase may repeat a plain keyword with more weight).
    const seen = new Map<string, number>();
    this.keywords = [];
    for (const k of keywords) {
      if (!k.term) continue;
      const id = `${k.cat}\u0000${k.term}`;
      const at = seen.get(id);
      if (at !== undefined) {
        if (k.weight > this.keywords[at].weight)
          this.keywords[at] = { ...this.keywords[at], weight: k.weight };
        continue;
      }
      seen.set(id, this.keywords.length);
      this.keywords.push(k);
    }
    const outLists: number[][] = [[]];
    this.keywords.forEach((k, idx) => {
      let s = 0;
      for (let i = 0; i < k.term.length; i++) {
        const c = k.term.charCodeAt(i);
        let t = this.next[s].get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          outLists.push([]);
          this.next[s].set(c, t);
        }
        s = t;
      }
      outLists[s].push(idx);
    });
    const n = this.next.length;
    const fail = new Int32Array(n);
    const queue: number[] = [];
    for (const t of this.next[0].values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of this.next[s]) {
        let f = fail[s];
        while (f !== 0 && !this.next[f].has(c)) f = fail[f];
        const g = this.next[f].get(c);
        fail[t] = g !== undefined && g !== t ? g : 0;
        for (const o of outLists[fail[t]]) outLists[t].push(o);
        queue.push(t);
      }
    }
    this.fail = fail;
    this.out = outLists.map((l) => (l.length ? Int32Array.from(l) : null));
    // Most steps restart at the root: a dense table for its transitions (0 = none) avoids a Map lookup.
    this.root = new Int32Array(65536);
    for (const [c, t] of this.next[0]) this.root[c] = t;
    let edges = 0;
    for (let st = 1; st < n; st++) edges += this.next[st].size;
    let cap = 16;
    while (cap < edges * 2) cap *= 2;
    this.hState = new Int32Array(cap).fill(-1);
    this.hChar = new Int32Array(cap);
    this.hNext = new Int32Array(cap);
    this.hMask = cap - 1;
    for (let st = 1; st < n; st++)
      for (const [c, t] of this.next[st]) {
        let h = AhoCorasick.slot(st, c) & this.hMask;
        while (this.hState[h] !== -1) h = (h + 1) & this.hMask;
        this.hState[h] = st;
        this.hChar[h] = c;
        this.hNext[h] = t;
      }
  }

  private static slot(state: number, c: number): number {
    return Math.imul(state ^ Math.imul(c, 0x9e3779b1), 0x85ebca6b) >>> 7;
  }

  /** Transition from a non-root state, or -1. */
  private step(state: number, c: number): number {
    const hs = this.hState;
    const mask = this.hMask;
    let h = AhoCorasick.slot(state, c) & mask;
    for (;;) {
      const st = hs[h];
      if (st === -1) return -1;
      if (st === state && this.hChar[h] === c) return this.hNext[h];
      h = (h + 1) & mask;
    }
  }

  /**
   * Scan `text`; for every keyword occurrence call onHit(keywordId, endIndexExclusive).
   * No allocation per call beyond what the callback does.
   */
  scan(text: string, onHit: (id: number, end: number) => void): void {
    let s = 0;
    const fail = this.fail;
    const out = this.out;
    const root = this.root;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // root[c] is 0 where the root has no transition: that is "stay at the root" too.
      let t = s === 0 ? root[c] : this.step(s, c);
      while (t < 0) {
        s = fail[s];
        t = s === 0 ? root[c] : this.step(s, c);
      }
      s = t;
      const o = out[s];
      if (o !== null) for (let j = 0; j < o.length; j++) onHit(o[j], i + 1);
    }
  }
}
