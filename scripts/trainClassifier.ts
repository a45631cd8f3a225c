// Train the learned part of the comment classifier (rounds 4–5). Run: npx tsx scripts/trainClassifier.ts
//   Deterministic (seeded PRNG, fixed fold assignment). Trains on dev + test + blind + blind2 + blind3 (all
//   spent as held-out sets by earlier rounds). Never opens blind4.jsonl (round 5's held-out set).
//   1. runs the rules over every set (in file order, so flood rows see their history) and records the rule
//      decisions and keyword-category hits as features;
//   2. 5-fold cross-validation (folds by distinct folded text, so duplicates never straddle folds) over a
//      small grid of n-gram range, hash size, L2 and rule-feature dropout; the combination policy
//      (how sure the model must be to overrule the rules, per head) is chosen on the out-of-fold predictions;
//   3. retrains the chosen setting on everything and writes shared/classify/model/weights.ts.
//   --quick   a smaller grid   --no-write   do not write the weights   --json FILE   write the CV summary
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../shared/classify/classifier';
import {
  COL_ANGRY,
  COL_MOD,
  COL_Q,
  COL_TYPE,
  MOD_LABELS,
  NCOLS,
  OUT_ANGRY,
  OUT_MOD,
  OUT_Q,
  OUT_TYPE,
  RULE_FEATURES,
  TYPE_LABELS,
  combine,
  encodeWeights,
  ngramFeatures,
  ruleFeatures,
  toProbs,
  RULES_ONLY_POLICY,
  type CombinePolicy,
  type RuleDecision,
} from '../shared/classify/learned';
import { compact, fold } from '../shared/classify/normalize';

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'test', 'fixtures', 'classify');
const SETS = ['dev.jsonl', 'test.jsonl', 'blind.jsonl', 'blind2.jsonl', 'blind3.jsonl'] as const;
/** blind2 and blind3 (held-out sets of rounds 3 and 4): the rules were written on dev/test/blind, so the folds
 * of these two are the fairer CV estimate (round 5 broadened the rules' ads/abuse lists after reading their
 * errors too, so even these flatter the rules somewhat). */
const FAIR_SETS = [3, 4];
const K = 5;
const SEED = 20261123;

interface Row {
  set: number;
  text: string;
  q: number;
  type: number;
  mod: number;
  angry: number; // -1 = unlabelled
  rule: RuleDecision;
  rf: Int32Array;
  fold: number;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function loadRows(): Row[] {
  const rows: Row[] = [];
  SETS.forEach((name, set) => {
    let cur: { rule: RuleDecision; rf: Int32Array; text: string } | null = null;
    const clf = createClassifier(undefined, {
      model: null,
      trace: (rule, catScore, text) => {
        const rf = new Int32Array(RULE_FEATURES);
        const n = ruleFeatures(rule, catScore, rf);
        cur = { rule: { ...rule }, rf: rf.slice(0, n), text };
      },
    });
    for (const l of readFileSync(join(fixtures, name), 'utf8').split('\n')) {
      if (!l.trim()) continue;
      let o: Record<string, unknown>;
      try {
        o = JSON.parse(l) as Record<string, unknown>;
      } catch {
        continue;
      }
      if (typeof o.text !== 'string' || typeof o.isQuestion !== 'boolean') continue;
      const user = typeof o.user === 'string' || typeof o.user === 'number' ? String(o.user) : undefined;
      clf.classify({ text: o.text, userId: user, ts: typeof o.ts === 'number' ? o.ts : undefined });
      const t = cur as { rule: RuleDecision; rf: Int32Array; text: string } | null;
      if (!t) throw new Error('trace not called');
      const type = TYPE_LABELS.indexOf((o.type ?? 'other') as (typeof TYPE_LABELS)[number]);
      const mod = MOD_LABELS.indexOf((o.moderation ?? 'ok') as (typeof MOD_LABELS)[number]);
      if (type < 0 || mod < 0) continue;
      rows.push({
        set,
        text: t.text,
        q: o.isQuestion ? 1 : 0,
        type,
        mod,
        angry: typeof o.angry === 'boolean' ? (o.angry ? 1 : 0) : -1,
        rule: t.rule,
        rf: t.rf,
        fold: strHash(compact(fold(o.text)) || o.text) % K,
      });
    }
  });
  return rows;
}

interface HP {
  bits: number;
  ngramMax: number;
  l2: number;
  dropout: number;
  epochs: number;
  lr: number;
  /** Weight of a flagged comment (spam / ads / abuse) in the moderation loss. */
  modWeight: number;
  /** Round 5: the moderation head sees the rule features only with this probability (else n-grams + bias). */
  modRuleKeep: number;
}

function featurizeAll(rows: Row[], bits: number, ngramMax: number): Int32Array[] {
  const buf = new Int32Array(4096);
  return rows.map((r) => buf.slice(0, ngramFeatures(r.text, bits, ngramMax, buf)));
}

/** Multinomial / binary logistic regression, AdaGrad, L2 on touched rows, rule-feature dropout. */
function train(rows: Row[], ng: Int32Array[], idx: number[], hp: HP): Float32Array {
  const H = 1 << hp.bits;
  const nF = H + RULE_FEATURES;
  const w = new Float32Array(nF * NCOLS);
  const G = new Float32Array(nF * NCOLS).fill(1e-6);
  const rnd = mulberry32(SEED ^ hp.bits ^ (hp.ngramMax << 8));
  const order = idx.slice();
  const z = new Float64Array(NCOLS);
  const err = new Float64Array(NCOLS);
  for (let ep = 0; ep < hp.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (const ri of order) {
      const r = rows[ri];
      const f = ng[ri];
      const drop = rnd() < hp.dropout;
      const nRf = drop ? 1 : r.rf.length; // rf[0] is the bias
      const s = f.length ? 1 / Math.sqrt(f.length) : 0;
      z.fill(0);
      for (let i = 0; i < f.length; i++) {
        const o = f[i] * NCOLS;
        for (let c = 0; c < NCOLS; c++) z[c] += w[o + c];
      }
      for (let c = 0; c < NCOLS; c++) z[c] *= s;
      for (let i = 0; i < nRf; i++) {
        const o = (H + r.rf[i]) * NCOLS;
        for (let c = 0; c < NCOLS; c++) z[c] += w[o + c];
      }
      toProbs(z);
      err[COL_Q] = z[COL_Q] - r.q;
      for (let k = 0; k < 7; k++) err[COL_TYPE + k] = z[COL_TYPE + k] - (r.type === k ? 1 : 0);
      const mw = r.mod !== 0 ? hp.modWeight : 1;
      for (let k = 0; k < 4; k++) err[COL_MOD + k] = mw * (z[COL_MOD + k] - (r.mod === k ? 1 : 0));
      err[COL_ANGRY] = r.angry < 0 ? 0 : z[COL_ANGRY] - r.angry;
      const modRules = rnd() < hp.modRuleKeep;
      const upd = (o: number, x: number, rule = false) => {
        for (let c = 0; c < NCOLS; c++) {
          if (rule && !modRules && c >= COL_MOD && c < COL_MOD + 4) continue;
          const g = err[c] * x + hp.l2 * w[o + c];
          G[o + c] += g * g;
          w[o + c] -= (hp.lr * g) / Math.sqrt(G[o + c]);
        }
      };
      for (let i = 0; i < f.length; i++) upd(f[i] * NCOLS, s);
      for (let i = 0; i < nRf; i++) upd((H + r.rf[i]) * NCOLS, 1, i > 0);
    }
  }
  return w;
}

function predict(w: Float32Array, bits: number, r: Row, f: Int32Array, z: Float64Array): void {
  const H = 1 << bits;
  z.fill(0);
  for (let i = 0; i < f.length; i++) {
    const o = f[i] * NCOLS;
    for (let c = 0; c < NCOLS; c++) z[c] += w[o + c];
  }
  const s = f.length ? 1 / Math.sqrt(f.length) : 0;
  for (let c = 0; c < NCOLS; c++) z[c] *= s;
  for (let i = 0; i < r.rf.length; i++) {
    const o = (H + r.rf[i]) * NCOLS;
    for (let c = 0; c < NCOLS; c++) z[c] += w[o + c];
  }
  toProbs(z);
}

interface Metrics {
  qF1: number;
  typeAcc: number;
  /** Type accuracy over all comments (statements included). */
  typeAll: number;
  abuseP: number;
  abuseR: number;
  adsP: number;
  adsR: number;
  spamP: number;
  spamR: number;
  angryP: number;
  angryR: number;
  angryF1: number;
  n: number;
}

function prf(tp: number, fp: number, fn: number) {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** The eval's figures for rows `sel`, given final decisions `dec` (4 ints per row). */
function metrics(rows: Row[], sel: number[], dec: Int32Array): Metrics {
  const cnt = { q: [0, 0, 0], a: [0, 0, 0], spam: [0, 0, 0], ads: [0, 0, 0], abuse: [0, 0, 0] };
  const add = (c: number[], g: boolean, p: boolean) => {
    if (g && p) c[0]++;
    else if (p) c[1]++;
    else if (g) c[2]++;
  };
  let nQ = 0;
  let tOk = 0;
  let tAll = 0;
  for (const i of sel) {
    const r = rows[i];
    const o = i * 4;
    add(cnt.q, r.q === 1, dec[o + OUT_Q] === 1);
    if (r.angry >= 0) add(cnt.a, r.angry === 1, dec[o + OUT_ANGRY] === 1);
    add(cnt.spam, r.mod === 1, dec[o + OUT_MOD] === 1);
    add(cnt.ads, r.mod === 2, dec[o + OUT_MOD] === 2);
    add(cnt.abuse, r.mod === 3, dec[o + OUT_MOD] === 3);
    if (dec[o + OUT_TYPE] === r.type) tAll++;
    if (r.q) {
      nQ++;
      if (dec[o + OUT_TYPE] === r.type) tOk++;
    }
  }
  const q = prf(cnt.q[0], cnt.q[1], cnt.q[2]);
  const a = prf(cnt.a[0], cnt.a[1], cnt.a[2]);
  const sp = prf(cnt.spam[0], cnt.spam[1], cnt.spam[2]);
  const ad = prf(cnt.ads[0], cnt.ads[1], cnt.ads[2]);
  const ab = prf(cnt.abuse[0], cnt.abuse[1], cnt.abuse[2]);
  return {
    qF1: q.f1,
    typeAcc: nQ ? tOk / nQ : 1,
    typeAll: sel.length ? tAll / sel.length : 1,
    abuseP: ab.p,
    abuseR: ab.r,
    adsP: ad.p,
    adsR: ad.r,
    spamP: sp.p,
    spamR: sp.r,
    angryP: a.p,
    angryR: a.r,
    angryF1: a.f1,
    n: sel.length,
  };
}

function decide(rows: Row[], probs: Float64Array, policy: CombinePolicy): Int32Array {
  const dec = new Int32Array(rows.length * 4);
  const out = new Int32Array(4);
  for (let i = 0; i < rows.length; i++) {
    combine(rows[i].rule, probs.subarray(i * NCOLS, (i + 1) * NCOLS), policy, out);
    dec.set(out, i * 4);
  }
  return dec;
}

const RULES_ONLY: CombinePolicy = RULES_ONLY_POLICY;
const BARS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2];
/** Ads / abuse bars: 0.5 or lower. Since round 5 the rules' ads / abuse lists were broadened after reading the
 * errors of every trained-on set, so the rules catch nearly all flagged rows there and CV cannot see what the
 * model adds on new text (a higher bar, or "never", always looks as good). Round 4's held-out run showed that
 * bar 0.5 adds recall on unseen text at no real precision cost (blind3 ads 0.857 → 0.886 recall at 0.984 precision,
 * abuse 0.739 → 0.862 at 0.971 → 0.967), so 0.5 is the ceiling and CV decides only whether to go lower. */
const MOD_BARS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const MIN_P = 0.95;
const MOD_TOL = 0.002;
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
const modScore = (m: Metrics) => (f1(m.abuseP, m.abuseR) + f1(m.adsP, m.adsR) + f1(m.spamP, m.spamR)) / 3;
const typeAll = (m: Metrics) => m.typeAll;
const total = (m: Metrics) => m.qF1 + m.typeAcc + modScore(m) + m.angryF1;

/** Greedy per head (moderation, question, type, angry; twice): the bar that maximizes that head's figure. */
function choosePolicy(rows: Row[], probs: Float64Array, sel: number[]): CombinePolicy {
  const pol: CombinePolicy = { ...RULES_ONLY };
  const heads: [keyof CombinePolicy, (m: Metrics) => number][] = [
    // The model may add concerns, not clear the rules' (asymmetric costs): unflag / unangry stay at 2.
    // Round 5: ads and abuse have their own bars (bars under 0.5 allowed), each the highest bar whose F1 is
    // within 0.002 of the best among the bars that keep precision ≥ 0.95: a lower bar must earn its place.
    ['moderation', (m) => (m.adsP >= MIN_P ? 10 + f1(m.adsP, m.adsR) : f1(m.adsP, m.adsR))],
    ['abuse', (m) => (m.abuseP >= MIN_P ? 10 + f1(m.abuseP, m.abuseR) : f1(m.abuseP, m.abuseR))],
    ['question', (m) => m.qF1],
    ['type', (m) => m.typeAcc],
    ['typeStatement', typeAll],
    ['angry', (m) => m.angryF1],
  ];
  for (let pass = 0; pass < 2; pass++) {
    for (const [h, fig] of heads) {
      let best = pol[h] ?? 2;
      let bestV = -1;
      const modHead = h === 'moderation' || h === 'abuse';
      // Moderation bars are tried from the top, so a lower bar is taken only for a gain above the tolerance.
      for (const b of modHead ? [...MOD_BARS].reverse() : BARS) {
        const v = fig(metrics(rows, sel, decide(rows, probs, { ...pol, [h]: b })));
        if (v > bestV + (modHead ? MOD_TOL : 1e-9)) {
          bestV = v;
          best = b;
        }
      }
      pol[h] = best;
    }
  }
  return pol;
}

function crossValidate(rows: Row[], ng: Int32Array[], hp: HP): Float64Array {
  const probs = new Float64Array(rows.length * NCOLS);
  const z = new Float64Array(NCOLS);
  for (let k = 0; k < K; k++) {
    const trainIdx: number[] = [];
    const testIdx: number[] = [];
    rows.forEach((r, i) => (r.fold === k ? testIdx : trainIdx).push(i));
    const w = train(rows, ng, trainIdx, hp);
    for (const i of testIdx) {
      predict(w, hp.bits, rows[i], ng[i], z);
      probs.set(z, i * NCOLS);
    }
  }
  return probs;
}

const fmt = (m: Metrics) =>
  `qF1 ${m.qF1.toFixed(3)}  type ${m.typeAcc.toFixed(3)}  abuse ${m.abuseP.toFixed(3)}/${m.abuseR.toFixed(3)}  ` +
  `ads ${m.adsP.toFixed(3)}/${m.adsR.toFixed(3)}  spam ${m.spamP.toFixed(3)}/${m.spamR.toFixed(3)}  ` +
  `angry ${m.angryP.toFixed(3)}/${m.angryR.toFixed(3)}`;

/** Mean of the per-fold figures over `sel` (what eval prints as the cross-validated estimate). */
function foldMean(rows: Row[], sel: number[], dec: Int32Array): Metrics {
  const per = Array.from({ length: K }, (_, k) =>
    metrics(
      rows,
      sel.filter((i) => rows[i].fold === k),
      dec,
    ),
  );
  const m = { ...per[0] };
  for (const key of Object.keys(m) as (keyof Metrics)[])
    m[key] = per.reduce((s, x) => s + x[key], 0) / (key === 'n' ? 1 : K);
  return m;
}

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const t0 = performance.now();
const rows = loadRows();
const all = rows.map((_, i) => i);
const fair = all.filter((i) => FAIR_SETS.includes(rows[i].set));
console.log(
  `rows: ${rows.length} (${SETS.map((s, k) => `${s} ${rows.filter((r) => r.set === k).length}`).join(', ')})`,
);
const rulesDec = decide(rows, new Float64Array(rows.length * NCOLS), RULES_ONLY);
const rulesAll = foldMean(rows, all, rulesDec);
const rulesFair = foldMean(rows, fair, rulesDec);
console.log(`rules only, all sets (rules were tuned on dev/test/blind): ${fmt(rulesAll)}`);
console.log(`rules only, blind2+3 rows                                 : ${fmt(rulesFair)}`);

const grid: HP[] = [];
// Round 4's earlier grids (README): bits 15/16 × n≤2/3 × L2 0/1e-5/1e-4 × dropout 0/0.5/1 settled on 16 bits,
// n≤3, L2 1e-5; then n≤3/4 × dropout 0.5/0.75 × epochs 10/20 × flagged weight 1/3 pointed to the upper
// edges of dropout, epochs and weight; grid 3 chose dropout 0.9, 20 epochs, weight 5. Round 5 keeps those and
// tries a heavier weight on flagged comments (ads / abuse recall).
for (const bits of [16])
  for (const ngramMax of [3])
    for (const l2 of [1e-5])
      for (const dropout of [0.9])
        for (const epochs of [20])
          for (const modWeight of [5])
            for (const modRuleKeep of quick ? [1] : [1, 0])
              grid.push({ bits, ngramMax, l2, dropout, epochs, lr: 0.15, modWeight, modRuleKeep });

interface Result {
  hp: HP;
  policy: CombinePolicy;
  fairM: Metrics;
  allM: Metrics;
  score: number;
}
const results: Result[] = [];
const ngCache = new Map<string, Int32Array[]>();
for (const hp of grid) {
  const key = `${hp.bits}/${hp.ngramMax}`;
  if (!ngCache.has(key)) ngCache.set(key, featurizeAll(rows, hp.bits, hp.ngramMax));
  const ng = ngCache.get(key)!;
  const probs = crossValidate(rows, ng, hp);
  // Policy chosen on the out-of-fold predictions of the rows the rules never saw.
  const policy = choosePolicy(rows, probs, fair);
  const dec = decide(rows, probs, policy);
  const fairM = foldMean(rows, fair, dec);
  const allM = foldMean(rows, all, dec);
  const res = { hp, policy, fairM, allM, score: total(fairM) };
  results.push(res);
  // How the ads / abuse bars trade precision for recall on the fair rows (printed for the README).
  const sweep = MOD_BARS.filter((b) => b <= 1)
    .map((b) => {
      const m = foldMean(rows, fair, decide(rows, probs, { ...policy, moderation: b, abuse: b }));
      const d = decide(rows, probs, { ...policy, moderation: b, abuse: b });
      const added = [0, 0, 0, 0]; // ads right / wrong, abuse right / wrong: flags the model added (all rows)
      for (let i = 0; i < rows.length; i++) {
        const f = d[i * 4 + OUT_MOD];
        if (rows[i].rule.mod !== 0 || f < 2) continue;
        added[(f === 2 ? 0 : 2) + (rows[i].mod === f ? 0 : 1)]++;
      }
      return (
        `${b}: ads ${m.adsP.toFixed(3)}/${m.adsR.toFixed(3)} abuse ${m.abuseP.toFixed(3)}/${m.abuseR.toFixed(3)}` +
        `   added by the model (all rows): ads ${added[0]} right ${added[1]} wrong, abuse ${added[2]} right ${added[3]} wrong`
      );
    })
    .join('\n      ');
  console.log(`   bar sweep (blind2+3 folds):\n      ${sweep}`);
  console.log(
    `bits ${hp.bits} n≤${hp.ngramMax} l2 ${hp.l2} drop ${hp.dropout} ep ${hp.epochs} modW ${hp.modWeight} modRules ${hp.modRuleKeep}: score ${res.score.toFixed(4)} ` +
      `policy ${JSON.stringify(policy)}\n   blind2+3 folds: ${fmt(fairM)}\n   all folds:    ${fmt(allM)}`,
  );
}
results.sort((a, b) => b.score - a.score);
const best = results[0];
const rulesScore = total(rulesFair);
console.log(`\nbest: ${JSON.stringify(best.hp)} policy ${JSON.stringify(best.policy)}`);
console.log(
  `CV score (blind2+3 folds, sum of qF1 + type + moderation F1 + angry F1): model ${best.score.toFixed(4)} vs rules ${rulesScore.toFixed(4)}`,
);

const summary = {
  generated: 'npx tsx scripts/trainClassifier.ts',
  folds: K,
  fairSets: FAIR_SETS.map((k) => SETS[k]),
  rulesOnly: { fairFolds: rulesFair, allFolds: rulesAll },
  chosen: { hp: best.hp, policy: best.policy, fairFolds: best.fairM, allFolds: best.allM },
};
const jsonAt = argv.indexOf('--json');
if (jsonAt >= 0) writeFileSync(argv[jsonAt + 1], JSON.stringify(summary, null, 2) + '\n');

if (best.score <= rulesScore) {
  console.log('The model does not beat the rules in cross-validation: weights NOT written.');
} else if (!argv.includes('--no-write')) {
  const key = `${best.hp.bits}/${best.hp.ngramMax}`;
  const w = train(rows, ngCache.get(key)!, all, best.hp);
  const file = encodeWeights(
    w,
    { bits: best.hp.bits, ngramMax: best.hp.ngramMax },
    best.policy,
    `dev+test+blind+blind2+blind3 (${rows.length} rows), ${JSON.stringify(best.hp)}, seed ${SEED}`,
  );
  const cv = JSON.stringify(summary);
  const src =
    `// Generated by scripts/trainClassifier.ts — do not edit. Int8 weights (base64), one scale per column.\n` +
    `import type { WeightsFile } from '../learned';\n\n` +
    `/** Cross-validation summary of this model (mean over ${K} folds). */\n` +
    `export const CV_SUMMARY = ${cv};\n\n` +
    `export const WEIGHTS: WeightsFile = ${JSON.stringify(file)};\n`;
  const out = join(here, '..', 'shared', 'classify', 'model', 'weights.ts');
  // Formatted like the rest of the repo, so `prettier --check` stays clean after a retrain.
  const prettier = await import('prettier');
  const opts = (await prettier.resolveConfig(out)) ?? {};
  writeFileSync(out, await prettier.format(src, { ...opts, filepath: out }));
  console.log(`wrote ${out} (${(src.length / 1024).toFixed(0)} KB)`);
}
console.log(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
