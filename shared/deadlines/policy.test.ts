import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  STAGE_IDS,
  applyAction,
  bumpVersion,
  resolveStage,
  startQuestion,
  validatePolicy,
} from './index';
import type { Policy, StageId } from './index';

const T0 = Date.UTC(2026, 10, 23, 12, 0, 0);
const clone = (p: Policy): Policy => JSON.parse(JSON.stringify(p)) as Policy;

describe('DEFAULT_POLICY', () => {
  it.each([
    ['D1', 30_000],
    ['D2', 60_000],
    ['D3', 60_000],
    ['D4', 120_000],
    ['D5', 600_000],
    ['D6', 300_000],
    ['D7', 60_000],
    ['C1', 600_000],
    ['C2', 1_800_000],
    ['C3', 86_400_000],
  ] as const)('%s: %i ms, warning at 70 %%', (stage, windowMs) => {
    expect(DEFAULT_POLICY.stages[stage]).toEqual({ windowMs, warnRatio: 0.7 });
  });

  it('is version 1, has no overrides and passes its own validation', () => {
    expect([DEFAULT_POLICY.version, DEFAULT_POLICY.overrides]).toEqual([1, {}]);
    expect(validatePolicy(DEFAULT_POLICY)).toEqual({ ok: true, value: DEFAULT_POLICY });
  });
});

describe('resolveStage overrides', () => {
  const policy: Policy = {
    ...DEFAULT_POLICY,
    overrides: {
      after_sales: { D5: { windowMs: 20 * 60_000, warnRatio: 0.7 } },
      'channel:dm': {
        D5: { windowMs: 15 * 60_000, warnRatio: 0.5 },
        D2: { windowMs: 90_000, warnRatio: 0.8 },
      },
      'after_sales|dm': { D5: { windowMs: 30 * 60_000, warnRatio: 0.9 } },
      'price|live': { D1: { windowMs: 20_000, warnRatio: 0.5 } },
    },
  };

  it.each([
    ['D5', 'shipping', 'live', 600_000, 0.7], // no override
    ['D5', 'after_sales', 'live', 1_200_000, 0.7], // type
    ['D5', 'shipping', 'dm', 900_000, 0.5], // channel beats nothing
    ['D5', 'shipping', 'chat', 600_000, 0.7], // channel:dm does not touch chat
    ['D5', 'after_sales', 'chat', 1_200_000, 0.7], // type only
    ['D5', 'after_sales', 'dm', 1_800_000, 0.9], // type|channel beats both
    ['D2', 'after_sales', 'dm', 90_000, 0.8], // channel where type|channel has nothing for this stage
    ['D1', 'price', 'live', 20_000, 0.5],
    ['D1', 'product', 'live', 30_000, 0.7],
  ] as const)('%s for %s on %s → %i ms @ %f', (stage, type, channel, windowMs, warnRatio) => {
    expect(resolveStage(policy, stage, type, channel)).toEqual({ windowMs, warnRatio });
  });

  it('a channel override beats a type override', () => {
    const p: Policy = {
      ...DEFAULT_POLICY,
      overrides: {
        product: { D2: { windowMs: 45_000, warnRatio: 0.7 } },
        'channel:chat': { D2: { windowMs: 75_000, warnRatio: 0.7 } },
      },
    };
    expect(resolveStage(p, 'D2', 'product', 'chat').windowMs).toBe(75_000);
    expect(resolveStage(p, 'D2', 'product', 'dm').windowMs).toBe(45_000);
  });

  it('stages opened under the override carry its window and the policy version', () => {
    const p = bumpVersion(policy);
    const q = startQuestion(
      { id: 1, type: 'price', complexity: 'simple', channel: 'live', askedAt: T0 },
      p,
      T0,
    );
    expect(q.stages[0]).toMatchObject({
      stage: 'D1',
      dueAt: T0 + 20_000,
      warnAt: T0 + 10_000,
      policyVersion: 2,
    });
    const dm = startQuestion(
      { id: 2, type: 'after_sales', complexity: 'complex', channel: 'dm', askedAt: T0 },
      p,
      T0,
    );
    expect(dm.stages.map((s) => [s.stage, s.dueAt - T0, s.warnAt - T0])).toEqual([
      ['D4', 120_000, 84_000],
      ['D5', 1_800_000, 1_620_000],
    ]);
  });

  it('a policy change applies to stages opened afterwards only', () => {
    const q = startQuestion(
      { id: 3, type: 'other', complexity: 'complex', channel: 'live', askedAt: T0 },
      DEFAULT_POLICY,
      T0,
    );
    const v2 = bumpVersion({
      ...DEFAULT_POLICY,
      stages: { ...DEFAULT_POLICY.stages, D4: { windowMs: 180_000, warnRatio: 0.5 } },
    });
    const r = applyAction(q, { kind: 'handoff', by: 'host', note: '' }, v2, T0 + 10_000);
    if (!r.ok) throw new Error(r.message);
    expect(r.q.stages.map((s) => [s.stage, s.policyVersion, s.dueAt - s.startedAt])).toEqual([
      ['D3', 1, 60_000],
      ['D4', 2, 180_000],
      ['D5', 2, 600_000],
    ]);
  });
});

describe('bumpVersion', () => {
  it('returns a copy with the next version, leaving the original alone', () => {
    const p = clone(DEFAULT_POLICY);
    const next = bumpVersion(p);
    expect([p.version, next.version, next.stages]).toEqual([1, 2, p.stages]);
    expect(bumpVersion(next).version).toBe(3);
  });
});

describe('validatePolicy', () => {
  const withStage = (stage: StageId, value: unknown) => {
    const p = clone(DEFAULT_POLICY) as unknown as { stages: Record<string, unknown> };
    p.stages[stage] = value;
    return p;
  };
  const errorsOf = (raw: unknown): string[] => {
    const r = validatePolicy(raw);
    if (r.ok) throw new Error('expected validation to fail');
    return r.errors;
  };

  it.each([
    [
      'zero window',
      withStage('D1', { windowMs: 0, warnRatio: 0.7 }),
      'stages.D1.windowMs: 时限必须大于 0 / window must be greater than 0',
    ],
    [
      'negative window',
      withStage('D6', { windowMs: -5, warnRatio: 0.7 }),
      'stages.D6.windowMs: 时限必须大于 0 / window must be greater than 0',
    ],
    [
      'fractional window',
      withStage('D2', { windowMs: 1.5, warnRatio: 0.7 }),
      'stages.D2.windowMs: 时限必须是整数毫秒 / window must be a whole number of milliseconds',
    ],
    [
      'huge window',
      withStage('C3', { windowMs: 31 * 86_400_000, warnRatio: 0.7 }),
      'stages.C3.windowMs: 时限不能超过 30 天 / window cannot exceed 30 days',
    ],
    [
      'text window',
      withStage('D3', { windowMs: '60s', warnRatio: 0.7 }),
      'stages.D3.windowMs: 时限必须是数字(毫秒) / window must be a number of milliseconds',
    ],
    [
      'warnRatio 0',
      withStage('D4', { windowMs: 1000, warnRatio: 0 }),
      'stages.D4.warnRatio: 预警比例必须大于 0 / warning ratio must be greater than 0',
    ],
    [
      'warnRatio 1',
      withStage('D5', { windowMs: 1000, warnRatio: 1 }),
      'stages.D5.warnRatio: 预警比例必须小于 1 / warning ratio must be less than 1',
    ],
    [
      'missing stage',
      withStage('D7', undefined),
      'stages.D7: 缺少该阶段的设置 / settings for this stage are missing',
    ],
    [
      'stage not an object',
      withStage('C1', 600),
      'stages.C1: 阶段设置必须是对象 / stage settings must be an object',
    ],
    ['version 0', { ...DEFAULT_POLICY, version: 0 }, 'version: 版本号至少为 1 / version must be at least 1'],
    ['not an object', 'hello', '(policy): 策略必须是对象 / the policy must be an object'],
    ['no stages', { version: 1 }, 'stages: 缺少阶段设置 / stages are missing'],
    [
      'unknown stage',
      withStage('D8' as StageId, { windowMs: 1, warnRatio: 0.5 }),
      'stages: 未知字段 D8 / unknown field(s) D8',
    ],
    [
      'unknown override key',
      { ...DEFAULT_POLICY, overrides: { vip: {} } },
      'overrides.vip: 未知的覆盖键 "vip"(应为 类型、channel:渠道 或 类型|渠道)/ unknown override key "vip" (use <type>, channel:<channel> or <type>|<channel>)',
    ],
    [
      'unknown stage in override',
      { ...DEFAULT_POLICY, overrides: { price: { D9: { windowMs: 1, warnRatio: 0.5 } } } },
      'overrides.price: 未知字段 D9 / unknown field(s) D9',
    ],
    [
      'bad window in override',
      { ...DEFAULT_POLICY, overrides: { 'complaint|dm': { C1: { windowMs: 0, warnRatio: 0.5 } } } },
      'overrides.complaint|dm.C1.windowMs: 时限必须大于 0 / window must be greater than 0',
    ],
  ])('%s', (_name, raw, message) => {
    expect(errorsOf(raw)).toEqual([message]);
  });

  it('lists every problem at once', () => {
    const raw = withStage('D1', { windowMs: 0, warnRatio: 1.5 });
    (raw as unknown as { version: number }).version = -1;
    expect(errorsOf(raw)).toHaveLength(3);
  });

  it('accepts valid overrides for every key form and fills in missing overrides', () => {
    const { overrides: _omit, ...noOverrides } = DEFAULT_POLICY;
    expect(validatePolicy(noOverrides)).toEqual({ ok: true, value: DEFAULT_POLICY });
    const raw = {
      ...DEFAULT_POLICY,
      overrides: {
        complaint: { C1: { windowMs: 300_000, warnRatio: 0.5 } },
        'channel:chat': { D2: { windowMs: 45_000, warnRatio: 0.6 } },
        'shipping|dm': { D5: { windowMs: 900_000, warnRatio: 0.8 } },
      },
    };
    expect(validatePolicy(raw)).toEqual({ ok: true, value: raw });
  });

  it('covers every stage id', () => {
    for (const id of STAGE_IDS)
      expect(errorsOf(withStage(id, undefined))).toEqual([
        `stages.${id}: 缺少该阶段的设置 / settings for this stage are missing`,
      ]);
  });
});
