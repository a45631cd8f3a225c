// The learned part of the classifier (round 4): hashed character n-grams of the folded text plus the rule
// decisions as features → four linear heads (is-question, type, moderation, angry). Pure TypeScript, no
// Node APIs: the weights come from shared/classify/model/weights.ts, written by scripts/trainClassifier.ts.
// The same featurizer and the same combination policy run in the trainer (for cross-validation) and here.
import { TOPIC_TYPES } from './config';
import * as L from './lexicon';

/** Type labels in head order: the six topic types (rule index = TOPIC_TYPES index), then 'other'. */
export const TYPE_LABELS = [...TOPIC_TYPES, 'other'] as const;
export const MOD_LABELS = ['ok', 'spam', 'ads', 'abuse'] as const;
export const TYPE_OTHER = 6;

/** Columns of the weight matrix: question logit, 7 type logits, 4 moderation logits, angry logit. */
export const COL_Q = 0;
export const COL_TYPE = 1;
export const COL_MOD = 8;
export const COL_ANGRY = 12;
export const NCOLS = 13;

/** Dense rule features after the hash space. */
export const RF_BIAS = 0;
export const RF_Q = 1;
export const RF_WEAK = 2;
export const RF_ANGRY = 3;
export const RF_TYPE = 4; // 7
export const RF_MOD = 11; // 4
export const RF_FLOOD = 15;
export const RF_CAT = 16; // L.CAT_COUNT
export const RULE_FEATURES = RF_CAT + L.CAT_COUNT;

export interface ModelParams {
  /** log2 of the hash space. */
  bits: number;
  /** Longest character n-gram. */
  ngramMax: number;
}

/** Per head: model probability needed to overrule the rules (> 1 = rules only). */
export interface CombinePolicy {
  question: number;
  /** Bar for changing the type of a question … */
  type: number;
  /** … and of a statement (complaint / after_sales / other). */
  typeStatement: number;
  /** Bar for flagging a comment the rules left ok as ads (spam stays with the rules) … */
  moderation: number;
  /** … and as abuse (round 5; when absent, `moderation` is the bar for both). */
  abuse?: number;
  /** Bar for clearing a comment the rules flagged (spam / ads / abuse → ok). */
  unflag: number;
  /** Bars for adding / removing "angry". */
  angry: number;
  unangry: number;
}

export const RULES_ONLY_POLICY: CombinePolicy = {
  question: 2,
  type: 2,
  typeStatement: 2,
  moderation: 2,
  abuse: 2,
  unflag: 2,
  angry: 2,
  unangry: 2,
};

export interface LinearModel extends ModelParams {
  /** Int8 weights, (2^bits + RULE_FEATURES) × NCOLS, row-major by feature; weight = q × scales[column].
   * Kept as int8 in memory too: 0.85 MB stays in cache far better than 3.4 MB of floats. */
  q: Int8Array;
  scales: Float64Array;
  policy: CombinePolicy;
}

/** What the rules decided, plus the flags that keep config-driven behaviour in charge. */
export interface RuleDecision {
  q: number; // 0 | 1
  weak: number; // 0 | 1: only a weak question cue
  type: number; // index into TYPE_LABELS
  mod: number; // index into MOD_LABELS
  angry: number; // 0 | 1
  /** Moderation fixed by config or history: a blocked term, or a flood of repeats. */
  modFixed: number;
  /** An allow-list span matched: the model may not add ads / abuse. */
  allow: number;
  /** The rules saw a cue that counts only at high sensitivity (bare contact word, mild insult) and the
   * sensitivity is lower: the model may not flag the comment either. */
  gated: number;
  /** A room's own keyword (lexicons, changed type keywords) matched: the rules' type stands, and so does a
   * question the rules found. */
  customType: number;
  /** -1 low, 0 normal, 1 high. */
  sens: number;
}

export function newRuleDecision(): RuleDecision {
  return {
    q: 0,
    weak: 0,
    type: TYPE_OTHER,
    mod: 0,
    angry: 0,
    modFixed: 0,
    allow: 0,
    gated: 0,
    customType: 0,
    sens: 0,
  };
}

function mix(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  h = Math.imul(h, 0x297a2d39);
  h ^= h >>> 15;
  return h >>> 0;
}

/**
 * Hashed n-gram indices of a (folded, trimmed) text into `out`; returns how many were written.
 * Start and end of text are marked so "吗" at the end differs from "吗" inside. No allocation.
 */
export function ngramFeatures(text: string, bits: number, ngramMax: number, out: Int32Array): number {
  const mask = (1 << bits) - 1;
  const n = text.length;
  let k = 0;
  const limit = out.length;
  for (let i = -1; i < n; i++) {
    let h = 0x811c9dc5 | 0;
    for (let g = 0; g < ngramMax; g++) {
      const j = i + g;
      if (j > n) break;
      const c = j < 0 ? 0x02 : j === n ? 0x03 : text.charCodeAt(j);
      if (c === 0x20 && g === 0) break; // no n-gram starts with a space
      h = Math.imul(h ^ c, 0x01000193);
      if (g === 0 && j < 0) continue; // the start marker alone is not a feature
      if (k >= limit) return k;
      out[k++] = mix(h + g) & mask;
    }
  }
  return k;
}

/** Rule decision + keyword-category hits → dense rule feature indices (relative to the hash space). */
export function ruleFeatures(r: RuleDecision, catScore: Float64Array, out: Int32Array): number {
  let k = 0;
  out[k++] = RF_BIAS;
  if (r.q) out[k++] = RF_Q;
  if (r.weak) out[k++] = RF_WEAK;
  if (r.angry) out[k++] = RF_ANGRY;
  out[k++] = RF_TYPE + r.type;
  out[k++] = RF_MOD + r.mod;
  if (r.modFixed) out[k++] = RF_FLOOD;
  for (let i = 0; i < L.CAT_COUNT; i++) if (catScore[i] > 0) out[k++] = RF_CAT + i;
  return k;
}

/**
 * Raw scores (logits) of all heads into `z` (length NCOLS). The n-gram part is scaled by 1/√count so long
 * comments do not shout. The 13 columns are summed in locals (integers, so exact in any order): one pass over
 * each weight row, no typed-array store per add — this loop is the model's hot spot.
 */
export function scoreInto(
  m: LinearModel,
  ng: Int32Array,
  nNg: number,
  rf: Int32Array,
  nRf: number,
  z: Float64Array,
): void {
  const q = m.q;
  let a0 = 0,
    a1 = 0,
    a2 = 0,
    a3 = 0,
    a4 = 0,
    a5 = 0,
    a6 = 0,
    a7 = 0,
    a8 = 0,
    a9 = 0,
    a10 = 0,
    a11 = 0,
    a12 = 0;
  for (let i = 0; i < nNg; i++) {
    const o = ng[i] * NCOLS;
    a0 += q[o];
    a1 += q[o + 1];
    a2 += q[o + 2];
    a3 += q[o + 3];
    a4 += q[o + 4];
    a5 += q[o + 5];
    a6 += q[o + 6];
    a7 += q[o + 7];
    a8 += q[o + 8];
    a9 += q[o + 9];
    a10 += q[o + 10];
    a11 += q[o + 11];
    a12 += q[o + 12];
  }
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0,
    b4 = 0,
    b5 = 0,
    b6 = 0,
    b7 = 0,
    b8 = 0,
    b9 = 0,
    b10 = 0,
    b11 = 0,
    b12 = 0;
  const base = (1 << m.bits) * NCOLS;
  for (let i = 0; i < nRf; i++) {
    const o = base + rf[i] * NCOLS;
    b0 += q[o];
    b1 += q[o + 1];
    b2 += q[o + 2];
    b3 += q[o + 3];
    b4 += q[o + 4];
    b5 += q[o + 5];
    b6 += q[o + 6];
    b7 += q[o + 7];
    b8 += q[o + 8];
    b9 += q[o + 9];
    b10 += q[o + 10];
    b11 += q[o + 11];
    b12 += q[o + 12];
  }
  const s = nNg > 0 ? 1 / Math.sqrt(nNg) : 0;
  const k = m.scales;
  z[0] = k[0] * (a0 * s + b0);
  z[1] = k[1] * (a1 * s + b1);
  z[2] = k[2] * (a2 * s + b2);
  z[3] = k[3] * (a3 * s + b3);
  z[4] = k[4] * (a4 * s + b4);
  z[5] = k[5] * (a5 * s + b5);
  z[6] = k[6] * (a6 * s + b6);
  z[7] = k[7] * (a7 * s + b7);
  z[8] = k[8] * (a8 * s + b8);
  z[9] = k[9] * (a9 * s + b9);
  z[10] = k[10] * (a10 * s + b10);
  z[11] = k[11] * (a11 * s + b11);
  z[12] = k[12] * (a12 * s + b12);
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Logits → probabilities in place: sigmoid for the binary heads, softmax for type and moderation. */
export function toProbs(z: Float64Array): void {
  z[COL_Q] = sigmoid(z[COL_Q]);
  z[COL_ANGRY] = sigmoid(z[COL_ANGRY]);
  softmax(z, COL_TYPE, 7);
  softmax(z, COL_MOD, 4);
}

function softmax(z: Float64Array, from: number, n: number): void {
  let m = -Infinity;
  for (let i = from; i < from + n; i++) if (z[i] > m) m = z[i];
  let s = 0;
  for (let i = from; i < from + n; i++) {
    z[i] = Math.exp(z[i] - m);
    s += z[i];
  }
  for (let i = from; i < from + n; i++) z[i] /= s;
}

function argmax(z: Float64Array, from: number, n: number): number {
  let b = 0;
  for (let i = 1; i < n; i++) if (z[from + i] > z[from + b]) b = i;
  return b;
}

/** Final decisions: [isQuestion, type, moderation, angry]. */
export const OUT_Q = 0;
export const OUT_TYPE = 1;
export const OUT_MOD = 2;
export const OUT_ANGRY = 3;

/**
 * The combination policy (shared by the classifier and the trainer's cross-validation): the rules decide
 * unless the model is at least `policy.x` sure of something else. Config-driven decisions are never
 * overruled: blocked terms and floods keep their moderation, an allow-list span keeps ads / abuse off, a
 * room's own keywords keep the rules' type. Sensitivity moves the bar for flagging a comment by 0.05.
 * Costs are asymmetric: a missed angry viewer or complaint costs more than a second look, so the trainer
 * only lets the model add such concerns; `unflag` / `unangry` stay at 2 (never) and a complaint statement
 * is never cleared to "other".
 */
export function combine(r: RuleDecision, p: Float64Array, policy: CombinePolicy, out: Int32Array): void {
  // moderation
  let mod = r.mod;
  const mBest = argmax(p, COL_MOD, 4);
  const pm = p[COL_MOD + mBest];
  if (r.modFixed) {
    // a blocked term or a flood: config and history decide
  } else if (r.mod === 0) {
    // Each flag against its own bar (bars under 0.5 are allowed: the class need not be the most likely one).
    if (!r.allow && !r.gated) {
      const pAds = p[COL_MOD + 2];
      const pAbuse = p[COL_MOD + 3];
      const adsBar = policy.moderation - 0.05 * r.sens;
      const abuseBar = (policy.abuse ?? policy.moderation) - 0.05 * r.sens;
      if (pAds >= adsBar && (pAds >= pAbuse || pAbuse < abuseBar)) mod = 2;
      else if (pAbuse >= abuseBar) mod = 3;
    }
  } else if (mBest === 0 && pm >= policy.unflag + 0.05 * r.sens) mod = 0;
  // question
  let q = r.q;
  const pq = p[COL_Q];
  // A room's own keyword (customType) also keeps a rules' question a question: the model has never seen the
  // room's vocabulary ("雾霾蓝呢" in a room whose colours list has 雾霾蓝).
  if (r.q ? !r.customType && 1 - pq >= policy.question : pq >= policy.question) q = 1 - r.q;
  // type
  let type = r.type;
  const tBest = argmax(p, COL_TYPE, 7);
  const typeBar = q ? policy.type : policy.typeStatement;
  // A statement the rules call a complaint / after-sales case is never cleared to "other" (see below).
  const clears = !q && (r.type === 4 || r.type === 5) && tBest === TYPE_OTHER;
  if (!r.customType && !clears && tBest !== r.type && p[COL_TYPE + tBest] >= typeBar) type = tBest;
  // angry
  let angry = r.angry;
  const pa = p[COL_ANGRY];
  if (r.angry ? 1 - pa >= policy.unangry : pa >= policy.angry) angry = 1 - r.angry;
  // consistency, as in the rules
  if (mod !== 0) {
    q = 0;
    type = TYPE_OTHER;
    if (mod === 1 || mod === 2) angry = 0;
  }
  if (!q && type !== 4 && type !== 5) type = TYPE_OTHER;
  out[OUT_Q] = q;
  out[OUT_TYPE] = type;
  out[OUT_MOD] = mod;
  out[OUT_ANGRY] = angry;
}

// ---- weights file (base64 of int8 values, one scale per column) ----

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Decode(s: string): Uint8Array {
  const lut = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) lut[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 0x3d) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? lut[c] : -1;
    if (v < 0) throw new Error(`weights: bad base64 character at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

export function base64Encode(b: Uint8Array): string {
  let s = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    s += B64[v >> 18] + B64[(v >> 12) & 63] + B64[(v >> 6) & 63] + B64[v & 63];
  }
  if (i < b.length) {
    const v = (b[i] << 16) | ((i + 1 < b.length ? b[i + 1] : 0) << 8);
    s += B64[v >> 18] + B64[(v >> 12) & 63] + (i + 1 < b.length ? B64[(v >> 6) & 63] : '=') + '=';
  }
  return s;
}

export interface WeightsFile {
  format: 'livedesk-classifier-v1';
  bits: number;
  ngramMax: number;
  ruleFeatures: number;
  ncols: number;
  /** Per column: int8 value × scale = weight. */
  scales: number[];
  policy: CombinePolicy;
  /** base64 of Int8 values, (2^bits + ruleFeatures) × ncols, row-major by feature. */
  data: string;
  /** Free text: how and on what it was trained. */
  trainedOn: string;
}

/** Quantize float weights to int8 per column. */
export function encodeWeights(
  w: Float32Array,
  params: ModelParams,
  policy: CombinePolicy,
  trainedOn: string,
): WeightsFile {
  const scales = new Array<number>(NCOLS).fill(0);
  const rows = w.length / NCOLS;
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < NCOLS; c++) scales[c] = Math.max(scales[c], Math.abs(w[r * NCOLS + c]));
  for (let c = 0; c < NCOLS; c++) scales[c] = scales[c] > 0 ? scales[c] / 127 : 1;
  const q = new Uint8Array(w.length);
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i] / scales[i % NCOLS]) & 0xff;
  return {
    format: 'livedesk-classifier-v1',
    bits: params.bits,
    ngramMax: params.ngramMax,
    ruleFeatures: RULE_FEATURES,
    ncols: NCOLS,
    scales,
    policy,
    data: base64Encode(q),
    trainedOn,
  };
}

/** Load a weights file; throws a clear error when it does not fit this code. */
export function decodeWeights(f: WeightsFile): LinearModel {
  if (f.format !== 'livedesk-classifier-v1') throw new Error(`weights: unknown format ${String(f.format)}`);
  if (f.ncols !== NCOLS || f.ruleFeatures !== RULE_FEATURES)
    throw new Error(
      'weights: trained for a different feature layout — run npx tsx scripts/trainClassifier.ts',
    );
  const bytes = base64Decode(f.data);
  const n = ((1 << f.bits) + RULE_FEATURES) * NCOLS;
  if (bytes.length !== n) throw new Error(`weights: ${bytes.length} values, expected ${n}`);
  return {
    bits: f.bits,
    ngramMax: f.ngramMax,
    q: new Int8Array(bytes.buffer, bytes.byteOffset, n),
    scales: Float64Array.from(f.scales),
    policy: f.policy,
  };
}
