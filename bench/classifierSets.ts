// The labelled comment sets of the classifier and what each one is for (rounds 6–7). With no 'validation'
// set (round 7), the trainer chooses settings and bars on out-of-fold predictions over the honest rows. One list, read by
// scripts/trainClassifier.ts (which sets it trains on, which one chooses the model's bars) and by
// bench/eval.ts (what it prints under which heading). The held-out set is named here and opened by the
// eval only, for aggregate figures.

export type SetRole = 'train' | 'validation';

export interface LabelledSet {
  file: string;
  role: SetRole;
  /** The rules were written or broadened after reading this set (dev / test / blind … blind3): the rules'
   * decisions there are nearly always right, so they say nothing about how far the rules can be trusted on
   * new text. The trainer hides the rule features on these rows (see `fitRuleKeep`). */
  rulesFit: boolean;
  note: string;
}

export const SETS: readonly LabelledSet[] = [
  { file: 'dev.jsonl', role: 'train', rulesFit: true, note: 'written with the rules; trained on' },
  { file: 'test.jsonl', role: 'train', rulesFit: true, note: 'held out in round 1; trained on' },
  { file: 'blind.jsonl', role: 'train', rulesFit: true, note: 'held out in round 2; trained on' },
  { file: 'blind2.jsonl', role: 'train', rulesFit: true, note: 'held out in round 3; trained on' },
  { file: 'blind3.jsonl', role: 'train', rulesFit: true, note: 'held out in round 4; trained on' },
  {
    file: 'blind4.jsonl',
    role: 'train',
    rulesFit: false,
    note: 'held out in round 5; trained on in round 6 (the rules never saw it)',
  },
  { file: 'train6a.jsonl', role: 'train', rulesFit: false, note: 'round 6 training set, abuse-rich' },
  { file: 'train6b.jsonl', role: 'train', rulesFit: false, note: 'round 6 training set, ads-rich' },
  { file: 'train6c.jsonl', role: 'train', rulesFit: false, note: 'round 6 training set, general rooms' },
  { file: 'train6d.jsonl', role: 'train', rulesFit: false, note: 'round 6 training set, English / mixed' },
  { file: 'train6e.jsonl', role: 'train', rulesFit: false, note: 'round 6 training set, hard boundaries' },
  {
    file: 'blind5.jsonl',
    role: 'train',
    rulesFit: false,
    note: 'validation of round 6 (bars chosen on it); trained on in round 7',
  },
];

/** The held-out set (rounds 6–7): read by bench/eval.ts only, aggregate figures only, never by the trainer. */
export const HELD_OUT = 'blind6.jsonl';
