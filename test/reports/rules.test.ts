import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULES,
  awardProposal,
  breachPoints,
  disciplineProposals,
  periodScore,
  reportRulesSchema,
  type BreachItem,
  type StaffPeriod,
} from '../../shared/reports/rules';

const MIN = 60_000;
const period = { from: 0, to: 30 * 86_400_000 };
const b = (o: Partial<BreachItem>): BreachItem => ({
  staff: '阿强',
  stage: 'D4',
  questionId: 1,
  sessionId: 1,
  dueAt: 1_000_000,
  metAt: 1_000_000 + MIN,
  complaint: false,
  ...o,
});

describe('warning / deduction rules (002 五(三), points from 001)', () => {
  it('the default rules are valid', () => {
    expect(reportRulesSchema.safeParse(DEFAULT_RULES).success).toBe(true);
  });

  it('a first breach gives a warning with a training note and no points', () => {
    const out = disciplineProposals([b({})], DEFAULT_RULES, period, 2_000_000);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'warning', staff: '阿强', points: 0 });
    expect(out[0].reasonZh).toContain('口头警告');
    expect(out[0].items[0]).toMatchObject({ questionId: 1, why: 'first', overdueMs: MIN });
  });

  it('repeated breaches cost points from the second on, by how late they were', () => {
    const now = 100 * MIN;
    const out = disciplineProposals(
      [
        b({ questionId: 3, dueAt: 3 * MIN, metAt: 3 * MIN + 12 * MIN }), // 3rd by due: 12 min over → 10
        b({ questionId: 1, dueAt: 1 * MIN, metAt: 2 * MIN }), // 1st: warning
        b({ questionId: 2, dueAt: 2 * MIN, metAt: 2 * MIN + 30_000 }), // 2nd: 30 s over → 2
        b({ questionId: 4, dueAt: 4 * MIN, metAt: null }), // never met: 96 min over at `now` → 20
        b({ staff: '丽丽', questionId: 5, dueAt: 5 * MIN }),
      ],
      DEFAULT_RULES,
      period,
      now,
    );
    const ded = out.find((p) => p.kind === 'deduction' && p.staff === '阿强')!;
    expect(ded.points).toBe(2 + 10 + 20);
    expect(ded.items.map((i) => [i.questionId, i.points, i.why])).toEqual([
      [2, 2, 'repeat'],
      [3, 10, 'medium'],
      [4, 20, 'heavy'],
    ]);
    expect(out.find((p) => p.kind === 'warning' && p.staff === '阿强')!.items[0].questionId).toBe(1);
    // 丽丽 has one breach: a warning only.
    expect(out.filter((p) => p.staff === '丽丽').map((p) => p.kind)).toEqual(['warning']);
    expect(periodScore(DEFAULT_RULES, ded.points)).toEqual({ score: 68, pass: true });
    expect(periodScore(DEFAULT_RULES, 41)).toEqual({ score: 59, pass: false });
  });

  it('a breach on a complaint costs points even when it is the first', () => {
    const out = disciplineProposals([b({ complaint: true })], DEFAULT_RULES, period, 0);
    expect(out.map((p) => [p.kind, p.points])).toEqual([
      ['warning', 0],
      ['deduction', 5],
    ]);
  });

  it('the tiers are configurable and exclusive at their boundary', () => {
    const rules = { ...DEFAULT_RULES, mediumOverMinutes: 5, mediumPoints: 7 };
    expect(breachPoints(b({ metAt: b({}).dueAt + 5 * MIN }), rules, 0).points).toBe(2); // exactly 5 min: not over
    expect(breachPoints(b({ metAt: b({}).dueAt + 5 * MIN + 1 }), rules, 0).points).toBe(7);
  });

  it('stages left out of the rules do not count', () => {
    const out = disciplineProposals([b({ stage: 'C3' })], { ...DEFAULT_RULES, stages: ['D1'] }, period, 0);
    expect(out).toEqual([]);
  });
});

describe('best responder award (最佳响应奖)', () => {
  const sp = (o: Partial<StaffPeriod>): StaffPeriod => ({
    staff: 'x',
    decided: 100,
    met: 95,
    breached: 5,
    metPct: 95,
    medianMs: 10_000,
    meanMs: 12_000,
    handled: 80,
    rated: 0,
    satisfiedPct: null,
    ...o,
  });
  it('proposes the highest % met; a tie goes to the faster median; the reason shows the figures', () => {
    const p = awardProposal(
      [
        sp({ staff: '甲', metPct: 98, met: 98, breached: 2, medianMs: 15_000 }),
        sp({ staff: '乙', metPct: 98, met: 98, breached: 2, medianMs: 9_000 }),
        sp({ staff: '丙', metPct: 99.5, decided: 10, met: 10 }), // too few to be eligible
      ],
      DEFAULT_RULES,
      period,
    )!;
    expect(p.staff).toBe('乙');
    expect(p.reasonZh).toContain('按时率 98.0%(98/100)');
    expect(p.reasonZh).toContain('中位响应 9.0 秒');
    expect(p.reasonZh).toContain('次优 甲');
  });
  it('low satisfaction disqualifies when enough ratings exist; nobody eligible → no award', () => {
    expect(
      awardProposal([sp({ staff: '甲', rated: 10, satisfiedPct: 50 })], DEFAULT_RULES, period),
    ).toBeNull();
    expect(awardProposal([sp({ staff: '甲', metPct: 80 })], DEFAULT_RULES, period)).toBeNull();
  });
});
