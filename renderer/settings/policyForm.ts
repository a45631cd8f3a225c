// The deadline policy as an editable form: a draft of strings (what the inputs hold) built from a
// Policy, and the checks that turn it back into a Policy. The checks mirror the server's
// (shared/deadlines/policy.ts validatePolicy); the server checks again and its messages are shown too.
import type { Channel, QuestionType } from '../../shared/model';
import { CHANNELS, QUESTION_TYPES } from '../../shared/model';
import type { Policy, StageId, StagePolicy } from '../../shared/deadlines/types';
import { STAGE_IDS } from '../../shared/deadlines/types';
import { inputToMs, msToInput, pctToRatio, ratioToPct, type FieldProblem, type WindowInput } from './units';

export interface StageDraft {
  window: WindowInput;
  warnPct: string;
}

export type OverrideScope = 'type' | 'channel' | 'both';

export interface OverrideDraft {
  /** Stable React key; not part of the policy. */
  rowId: number;
  scope: OverrideScope;
  type: QuestionType;
  channel: Channel;
  stage: StageId;
  window: WindowInput;
  warnPct: string;
}

export interface PolicyDraft {
  version: number;
  stages: Record<StageId, StageDraft>;
  overrides: OverrideDraft[];
}

/** Where a problem is: `stage.D4.window`, `override.12.warn` (12 = rowId), `override.12.key`. */
export interface DraftError {
  field: string;
  problem: FieldProblem | 'duplicate';
}

let rowSeq = 0;
export const nextRowId = (): number => ++rowSeq;

const stageDraft = (p: StagePolicy): StageDraft => ({
  window: msToInput(p.windowMs),
  warnPct: ratioToPct(p.warnRatio),
});

export function overrideKey(row: Pick<OverrideDraft, 'scope' | 'type' | 'channel'>): string {
  if (row.scope === 'type') return row.type;
  if (row.scope === 'channel') return `channel:${row.channel}`;
  return `${row.type}|${row.channel}`;
}

/** Inverse of overrideKey; null for a key the server would not have accepted. */
export function parseOverrideKey(key: string): Pick<OverrideDraft, 'scope' | 'type' | 'channel'> | null {
  const isType = (v: string): v is QuestionType => (QUESTION_TYPES as readonly string[]).includes(v);
  const isChannel = (v: string): v is Channel => (CHANNELS as readonly string[]).includes(v);
  if (key.startsWith('channel:')) {
    const ch = key.slice('channel:'.length);
    return isChannel(ch) ? { scope: 'channel', type: 'other', channel: ch } : null;
  }
  const [t, ch, extra] = key.split('|');
  if (extra !== undefined) return null;
  if (ch === undefined) return isType(t) ? { scope: 'type', type: t, channel: 'live' } : null;
  return isType(t) && isChannel(ch) ? { scope: 'both', type: t, channel: ch } : null;
}

export function policyToDraft(policy: Policy): PolicyDraft {
  const stages = {} as Record<StageId, StageDraft>;
  for (const id of STAGE_IDS) stages[id] = stageDraft(policy.stages[id]);
  const overrides: OverrideDraft[] = [];
  for (const [key, perStage] of Object.entries(policy.overrides ?? {})) {
    const k = parseOverrideKey(key);
    if (!k) continue;
    for (const id of STAGE_IDS) {
      const p = perStage[id];
      if (p) overrides.push({ rowId: nextRowId(), ...k, stage: id, ...stageDraft(p) });
    }
  }
  return { version: policy.version, stages, overrides };
}

/** A new override row, starting from the stage's current default so the user only changes what differs. */
export function newOverride(draft: PolicyDraft, stage: StageId = 'D5'): OverrideDraft {
  const base = draft.stages[stage];
  return {
    rowId: nextRowId(),
    scope: 'type',
    type: 'after_sales',
    channel: 'live',
    stage,
    window: { ...base.window },
    warnPct: base.warnPct,
  };
}

export type DraftResult = { ok: true; policy: Policy } | { ok: false; errors: DraftError[] };

/** Check every field; on success the whole Policy (version is the one edited, the server bumps it). */
export function draftToPolicy(draft: PolicyDraft): DraftResult {
  const errors: DraftError[] = [];
  const read = (prefix: string, d: StageDraft): StagePolicy | null => {
    const w = inputToMs(d.window);
    const r = pctToRatio(d.warnPct);
    if (!w.ok) errors.push({ field: `${prefix}.window`, problem: w.problem });
    if (!r.ok) errors.push({ field: `${prefix}.warn`, problem: r.problem });
    return w.ok && r.ok ? { windowMs: w.value, warnRatio: r.value } : null;
  };
  const stages = {} as Record<StageId, StagePolicy>;
  for (const id of STAGE_IDS) {
    const p = read(`stage.${id}`, draft.stages[id]);
    if (p) stages[id] = p;
  }
  const overrides: Policy['overrides'] = {};
  for (const row of draft.overrides) {
    const key = overrideKey(row);
    const p = read(`override.${row.rowId}`, row);
    const slot = (overrides[key] ??= {});
    if (slot[row.stage]) {
      errors.push({ field: `override.${row.rowId}.key`, problem: 'duplicate' });
      continue;
    }
    if (p) slot[row.stage] = p;
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, policy: { version: draft.version, stages, overrides } };
}

/** Field → its first problem, for inline messages. */
export function errorMap(errors: readonly DraftError[]): Map<string, DraftError['problem']> {
  const m = new Map<string, DraftError['problem']>();
  for (const e of errors) if (!m.has(e.field)) m.set(e.field, e.problem);
  return m;
}
