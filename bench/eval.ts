// Classifier quality + throughput. Run: npx tsx bench/eval.ts   (npm run eval)
//   --errors   also list the development set's mistakes (for tuning; never offered for test.jsonl,
//              so the held-out figures stay honest)
//   --dev-only skip the held-out set (use while tuning, so its figures are not watched while tuning)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../shared/classify';
import type { Classification, QuestionType } from '../shared/model';
import { QUESTION_TYPES } from '../shared/model';

interface Row {
  text: string;
  isQuestion: boolean;
  type: QuestionType;
  complexity: 'simple' | 'complex';
  moderation: 'ok' | 'spam' | 'ads' | 'abuse';
  angry: boolean;
  lang: string;
  user?: string;
  ts?: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, '..', 'test', 'fixtures', 'classify');

function load(name: string): Row[] {
  return readFileSync(join(fixtures, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

class PR {
  tp = 0;
  fp = 0;
  fn = 0;
  add(gold: boolean, pred: boolean) {
    if (gold && pred) this.tp++;
    else if (pred) this.fp++;
    else if (gold) this.fn++;
  }
  get p() {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : 1;
  }
  get r() {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : 1;
  }
  get f1() {
    return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0;
  }
}

const f = (x: number) => x.toFixed(3);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

interface Target {
  label: string;
  value: number;
  min: number;
}

function evaluate(name: string, rows: Row[], showErrors: boolean): Target[] {
  const clf = createClassifier();
  const q = new PR();
  const qByLang: Record<string, PR> = {};
  const mod: Record<'spam' | 'ads' | 'abuse', PR> = { spam: new PR(), ads: new PR(), abuse: new PR() };
  const angry = new PR();
  const perType: Record<string, { n: number; ok: number }> = {};
  let typeOkQ = 0;
  let nQ = 0;
  let typeOkAll = 0;
  let cxOk = 0;
  const errors: string[] = [];
  for (const r of rows) {
    const c: Classification = clf.classify({ text: r.text, userId: r.user, ts: r.ts });
    q.add(r.isQuestion, c.isQuestion);
    (qByLang[r.lang] ??= new PR()).add(r.isQuestion, c.isQuestion);
    for (const k of ['spam', 'ads', 'abuse'] as const) mod[k].add(r.moderation === k, c.moderation === k);
    angry.add(r.angry, c.angry);
    if (c.type === r.type) typeOkAll++;
    if (r.isQuestion) {
      nQ++;
      const t = (perType[r.type] ??= { n: 0, ok: 0 });
      t.n++;
      if (c.type === r.type) {
        typeOkQ++;
        t.ok++;
      }
      if (c.complexity === r.complexity) cxOk++;
    }
    if (showErrors) {
      const diffs: string[] = [];
      if (c.isQuestion !== r.isQuestion) diffs.push(`q ${r.isQuestion}→${c.isQuestion}`);
      if (c.type !== r.type) diffs.push(`type ${r.type}→${c.type}`);
      if (c.moderation !== r.moderation) diffs.push(`mod ${r.moderation}→${c.moderation}`);
      if (c.angry !== r.angry) diffs.push(`angry ${r.angry}→${c.angry}`);
      if (r.isQuestion && c.complexity !== r.complexity) diffs.push(`cx ${r.complexity}→${c.complexity}`);
      if (diffs.length) errors.push(`${pad(diffs.join(', '), 40)} ${r.text}   [${c.reasons.join(' | ')}]`);
    }
  }
  const typeAccQ = nQ ? typeOkQ / nQ : 1;
  console.log(
    `\n=== ${name}: ${rows.length} comments (${new Set(rows.map((r) => r.text)).size} distinct texts) ===`,
  );
  console.log(`${pad('metric', 34)}${pad('precision', 11)}${pad('recall', 9)}${pad('F1', 8)}support`);
  const line = (label: string, m: PR) =>
    console.log(`${pad(label, 34)}${pad(f(m.p), 11)}${pad(f(m.r), 9)}${pad(f(m.f1), 8)}${m.tp + m.fn}`);
  line('is-question', q);
  for (const [l, m] of Object.entries(qByLang)) line(`  is-question (${l})`, m);
  line('moderation: spam', mod.spam);
  line('moderation: ads (contact/引流)', mod.ads);
  line('moderation: abuse (辱骂)', mod.abuse);
  line('angry', angry);
  console.log(`${pad('type accuracy (gold questions)', 34)}${f(typeAccQ)}   (${typeOkQ}/${nQ})`);
  for (const t of QUESTION_TYPES) {
    const s = perType[t];
    if (s) console.log(`${pad(`  ${t}`, 34)}${f(s.ok / s.n)}   (${s.ok}/${s.n})`);
  }
  console.log(`${pad('type accuracy (all comments)', 34)}${f(typeOkAll / rows.length)}`);
  console.log(`${pad('complexity accuracy (gold questions)', 34)}${f(nQ ? cxOk / nQ : 1)}`);
  if (showErrors) {
    console.log(`\n--- ${name}: ${errors.length} comments with a mistake ---`);
    for (const e of errors) console.log(e);
  }
  return [
    { label: 'question F1', value: q.f1, min: 0.9 },
    { label: 'type accuracy', value: typeAccQ, min: 0.85 },
    { label: 'abuse precision', value: mod.abuse.p, min: 0.9 },
    { label: 'abuse recall', value: mod.abuse.r, min: 0.9 },
    { label: 'ads precision', value: mod.ads.p, min: 0.9 },
    { label: 'ads recall', value: mod.ads.r, min: 0.9 },
  ];
}

function throughput(texts: string[]): number {
  const clf = createClassifier();
  const N = 300_000;
  const inputs = Array.from({ length: N }, (_, i) => ({
    text: texts[i % texts.length],
    userId: `u${i % 5000}`,
    ts: 1_763_000_000_000 + i * 10,
  }));
  for (let i = 0; i < 20_000; i++) clf.classify(inputs[i]); // warm-up (JIT)
  const t0 = performance.now();
  let questions = 0;
  for (let i = 0; i < N; i++) if (clf.classify(inputs[i]).isQuestion) questions++;
  const ms = performance.now() - t0;
  if (questions < 0) console.log(questions); // keep the result alive
  return (N / ms) * 1000;
}

const showErrors = process.argv.includes('--errors');
const dev = load('dev.jsonl');
const test = load('test.jsonl');
evaluate('DEVELOPMENT set dev.jsonl (rules were tuned on it)', dev, showErrors);
if (process.argv.includes('--dev-only')) process.exit(0);
const targets = evaluate('HELD-OUT set test.jsonl (never tuned on)', test, false);
const cps = throughput([...dev, ...test].map((r) => r.text));
console.log(
  `\n=== throughput (one core, single-threaded loop, ${[...dev, ...test].length} texts cycled) ===`,
);
console.log(`${Math.round(cps).toLocaleString('en-US')} comments/s`);
targets.push({ label: 'throughput (comments/s)', value: cps, min: 100_000 });
console.log('\n=== targets (held-out set) ===');
for (const t of targets) {
  const v = t.min > 1 ? Math.round(t.value).toLocaleString('en-US') : f(t.value);
  const m = t.min > 1 ? t.min.toLocaleString('en-US') : f(t.min);
  console.log(
    `${pad(t.label, 28)}${pad(v, 12)} target ≥ ${pad(m, 10)} ${t.value >= t.min ? 'MET' : 'SHORT'}`,
  );
}
