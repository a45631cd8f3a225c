// Warnings, point deductions and the best-responder award (seed 002 五(二)(三); points from seed 001's
// 客服人员考评细则). Pure: the data comes in, proposals come out; Ops confirms or dismisses them.
import { z } from 'zod';
import type { StageId } from '../deadlines/types';
import { STAGE_IDS } from '../deadlines/types';

const MINUTE = 60_000;

export const reportRulesSchema = z
  .object({
    /** Stages whose breaches count against a person. */
    stages: z.array(z.enum(STAGE_IDS as [StageId, ...StageId[]])).min(1),
    /** 002 五(三)1: the first breach in a period → 口头警告 + 培训. */
    warnOnFirstBreach: z.boolean(),
    trainingNoteZh: z.string().max(500),
    trainingNoteEn: z.string().max(500),
    /** 002 五(三)2: breaches from this one on (in the period) cost points. 2 = the second breach. */
    deductFromBreach: z.number().int().min(1).max(100),
    /** 001 轻度违规 "未能及时有效的执行客服的工作 2-5 分/次". */
    pointsPerBreach: z.number().int().min(0).max(100),
    /** 001 中度违规 "未在流程控制时间内处理…超过 11~30 分钟 10 分/次". */
    mediumOverMinutes: z.number().min(0),
    mediumPoints: z.number().int().min(0).max(100),
    /** 001 重度违规 "…超过 30 分钟以上 20 分/次". */
    heavyOverMinutes: z.number().min(0),
    heavyPoints: z.number().int().min(0).max(100),
    /** 002 五(三)2 "因响应不及时导致客户投诉" / 001 "未能及时回复顾客申诉 5 分/次": a breach on a complaint costs at least this, even the first. */
    complaintPoints: z.number().int().min(0).max(100),
    /** 001 综合考评: every person starts a period at 100; below 60 fails. */
    baseScore: z.number().int().min(0).max(1000),
    passScore: z.number().int().min(0).max(1000),
    /** 002 五(二)1 最佳响应奖: who can be proposed. */
    awardMinDecided: z.number().int().min(1),
    awardMinMetPct: z.number().min(0).max(100),
    /** When at least awardMinRated ratings exist, the winner also needs this satisfaction (%). */
    awardMinRated: z.number().int().min(1),
    awardMinSatisfiedPct: z.number().min(0).max(100),
  })
  .strict();

export type ReportRules = z.infer<typeof reportRulesSchema>;

export const DEFAULT_RULES: ReportRules = {
  stages: [...STAGE_IDS],
  warnOnFirstBreach: true,
  trainingNoteZh: '口头警告;安排响应时限与时间管理培训(002 五(三)1)',
  trainingNoteEn: 'Verbal warning; training on response deadlines and time management (002 §5(3)1)',
  deductFromBreach: 2,
  pointsPerBreach: 2,
  mediumOverMinutes: 11,
  mediumPoints: 10,
  heavyOverMinutes: 30,
  heavyPoints: 20,
  complaintPoints: 5,
  baseScore: 100,
  passScore: 60,
  awardMinDecided: 20,
  awardMinMetPct: 90,
  awardMinRated: 5,
  awardMinSatisfiedPct: 80,
};

/** One breached deadline attributed to a person. */
export interface BreachItem {
  staff: string;
  stage: StageId;
  questionId: number;
  sessionId: number;
  dueAt: number;
  /** When it was finally met (late), or null when never. */
  metAt: number | null;
  /** The question is a complaint (质量投诉) or was escalated as one. */
  complaint: boolean;
}

/** What the award looks at for one person in the period. */
export interface StaffPeriod {
  staff: string;
  decided: number;
  met: number;
  breached: number;
  metPct: number | null;
  medianMs: number | null;
  meanMs: number | null;
  handled: number;
  rated: number;
  satisfiedPct: number | null;
}

export type ProposalKind = 'warning' | 'deduction' | 'award';

export interface ProposalItem {
  questionId: number;
  sessionId: number;
  stage: StageId;
  dueAt: number;
  /** How far past due: until met, or until `now` when never met. */
  overdueMs: number;
  points: number;
  why: 'first' | 'repeat' | 'medium' | 'heavy' | 'complaint';
}

export interface Proposal {
  /** Stable id of the proposal: kind + staff + period. Decisions refer to it. */
  key: string;
  kind: ProposalKind;
  staff: string;
  periodFrom: number;
  periodTo: number;
  points: number;
  reasonZh: string;
  reasonEn: string;
  items: ProposalItem[];
}

const fmtS = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)}`);
const fmtPct = (p: number | null) => (p === null ? '—' : `${p.toFixed(1)}%`);

export function proposalKey(kind: ProposalKind, staff: string, from: number, to: number): string {
  return `${kind}:${staff}:${from}:${to}`;
}

/** Points one breach costs under the rules (before the "first breach is a warning" rule). */
export function breachPoints(
  item: BreachItem,
  rules: ReportRules,
  now: number,
): { points: number; why: ProposalItem['why']; overdueMs: number } {
  const overdueMs = Math.max(0, (item.metAt ?? now) - item.dueAt);
  let points = rules.pointsPerBreach;
  let why: ProposalItem['why'] = 'repeat';
  if (overdueMs > rules.heavyOverMinutes * MINUTE) {
    points = rules.heavyPoints;
    why = 'heavy';
  } else if (overdueMs > rules.mediumOverMinutes * MINUTE) {
    points = rules.mediumPoints;
    why = 'medium';
  }
  if (item.complaint && rules.complaintPoints > points) {
    points = rules.complaintPoints;
    why = 'complaint';
  }
  return { points, why, overdueMs };
}

/**
 * Warnings and deductions for one period. Breaches are taken in due order per person: the first one
 * gives a warning with a training note; from `deductFromBreach` on each costs points; a breach on a
 * complaint costs points even when it is the first.
 */
export function disciplineProposals(
  breaches: readonly BreachItem[],
  rules: ReportRules,
  period: { from: number; to: number },
  now: number,
): Proposal[] {
  const counted = new Set(rules.stages);
  const byStaff = new Map<string, BreachItem[]>();
  for (const b of breaches) {
    if (!counted.has(b.stage)) continue;
    const list = byStaff.get(b.staff) ?? [];
    list.push(b);
    byStaff.set(b.staff, list);
  }
  const out: Proposal[] = [];
  for (const [staff, list] of [...byStaff].sort((a, b) => a[0].localeCompare(b[0]))) {
    list.sort((a, b) => a.dueAt - b.dueAt || a.questionId - b.questionId);
    const first = list[0];
    if (rules.warnOnFirstBreach) {
      const f = breachPoints(first, rules, now);
      out.push({
        key: proposalKey('warning', staff, period.from, period.to),
        kind: 'warning',
        staff,
        periodFrom: period.from,
        periodTo: period.to,
        points: 0,
        reasonZh: `本期首次超时:${first.stage} 问题 #${first.questionId}(超时 ${fmtS(f.overdueMs)} 秒)。${rules.trainingNoteZh}`,
        reasonEn: `First breach in the period: ${first.stage} on question #${first.questionId} (${fmtS(f.overdueMs)} s over). ${rules.trainingNoteEn}`,
        items: [{ ...pick(first), overdueMs: f.overdueMs, points: 0, why: 'first' }],
      });
    }
    const items: ProposalItem[] = [];
    list.forEach((b, i) => {
      const p = breachPoints(b, rules, now);
      const nth = i + 1;
      if (nth >= rules.deductFromBreach || b.complaint) {
        items.push({ ...pick(b), overdueMs: p.overdueMs, points: p.points, why: p.why });
      }
    });
    const points = items.reduce((s, it) => s + it.points, 0);
    if (items.length && points > 0) {
      const heavy = items.filter((i) => i.why === 'heavy').length;
      const medium = items.filter((i) => i.why === 'medium').length;
      const complaint = items.filter((i) => i.why === 'complaint').length;
      out.push({
        key: proposalKey('deduction', staff, period.from, period.to),
        kind: 'deduction',
        staff,
        periodFrom: period.from,
        periodTo: period.to,
        points,
        reasonZh:
          `本期超时 ${list.length} 次,扣 ${points} 分(${items.length} 次计分` +
          (heavy ? `,其中超 ${rules.heavyOverMinutes} 分钟 ${heavy} 次` : '') +
          (medium ? `,超 ${rules.mediumOverMinutes} 分钟 ${medium} 次` : '') +
          (complaint ? `,涉及投诉 ${complaint} 次` : '') +
          `)`,
        reasonEn:
          `${list.length} breaches in the period, ${points} points (${items.length} counted` +
          (heavy ? `; ${heavy} over ${rules.heavyOverMinutes} min` : '') +
          (medium ? `; ${medium} over ${rules.mediumOverMinutes} min` : '') +
          (complaint ? `; ${complaint} on complaints` : '') +
          `)`,
        items,
      });
    }
  }
  return out;
}

function pick(b: BreachItem) {
  return { questionId: b.questionId, sessionId: b.sessionId, stage: b.stage, dueAt: b.dueAt };
}

/** 最佳响应奖: the best eligible responder of the period, with the reason shown, or null. */
export function awardProposal(
  staff: readonly StaffPeriod[],
  rules: ReportRules,
  period: { from: number; to: number },
): Proposal | null {
  const eligible = staff.filter(
    (s) =>
      s.decided >= rules.awardMinDecided &&
      s.metPct !== null &&
      s.metPct >= rules.awardMinMetPct &&
      !(s.rated >= rules.awardMinRated && (s.satisfiedPct ?? 0) < rules.awardMinSatisfiedPct),
  );
  if (eligible.length === 0) return null;
  eligible.sort(
    (a, b) =>
      (b.metPct ?? 0) - (a.metPct ?? 0) ||
      (a.medianMs ?? Infinity) - (b.medianMs ?? Infinity) ||
      b.decided - a.decided ||
      a.staff.localeCompare(b.staff),
  );
  const w = eligible[0];
  const runner = eligible[1];
  const sat =
    w.rated > 0
      ? {
          zh: `,满意度 ${fmtPct(w.satisfiedPct)}(${w.rated} 个评价)`,
          en: `, satisfaction ${fmtPct(w.satisfiedPct)} (${w.rated} ratings)`,
        }
      : { zh: '', en: '' };
  const vs = runner
    ? {
        zh: `;次优 ${runner.staff} 按时率 ${fmtPct(runner.metPct)}、中位响应 ${fmtS(runner.medianMs)} 秒`,
        en: `; runner-up ${runner.staff}: ${fmtPct(runner.metPct)} met, median ${fmtS(runner.medianMs)} s`,
      }
    : { zh: '', en: '' };
  return {
    key: proposalKey('award', w.staff, period.from, period.to),
    kind: 'award',
    staff: w.staff,
    periodFrom: period.from,
    periodTo: period.to,
    points: 0,
    reasonZh: `最佳响应奖:按时率 ${fmtPct(w.metPct)}(${w.met}/${w.decided}),中位响应 ${fmtS(w.medianMs)} 秒,超时 ${w.breached} 次,处理 ${w.handled} 个问题${sat.zh}${vs.zh}`,
    reasonEn: `Best responder: ${fmtPct(w.metPct)} met (${w.met}/${w.decided}), median response ${fmtS(w.medianMs)} s, ${w.breached} breaches, ${w.handled} questions handled${sat.en}${vs.en}`,
    items: [],
  };
}

/** Period score under seed 001's 综合考评: base minus the proposed (or confirmed) deduction points. */
export function periodScore(rules: ReportRules, deductedPoints: number): { score: number; pass: boolean } {
  const score = rules.baseScore - deductedPoints;
  return { score, pass: score >= rules.passScore };
}
