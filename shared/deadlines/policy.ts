// The service policy: one window per stage (SPEC "Deadlines", seed 002 section 三; complaints from
// seed 000), with overrides per question type and/or channel.
import { z } from 'zod';
import { CHANNELS, QUESTION_TYPES } from '../model';
import type { Channel, QuestionType } from '../model';
import { STAGE_IDS } from './types';
import type { Policy, StageId, StagePolicy } from './types';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
/** Longest window the policy editor accepts; anything longer is a typo (ms vs s). */
export const MAX_WINDOW_MS = 30 * DAY;
export const DEFAULT_WARN_RATIO = 0.7;

const w = (windowMs: number): StagePolicy => ({ windowMs, warnRatio: DEFAULT_WARN_RATIO });

export const DEFAULT_POLICY: Policy = {
  version: 1,
  stages: {
    D1: w(30 * SECOND),
    D2: w(60 * SECOND),
    D3: w(60 * SECOND),
    D4: w(120 * SECOND),
    D5: w(10 * MINUTE),
    D6: w(5 * MINUTE),
    D7: w(60 * SECOND),
    C1: w(10 * MINUTE),
    C2: w(30 * MINUTE),
    C3: w(DAY),
  },
  overrides: {},
};

/** Override keys from least to most specific: a `type|channel` entry beats a channel one, which beats a type one. */
export function overrideKeys(type: QuestionType, channel: Channel): string[] {
  return [type, `channel:${channel}`, `${type}|${channel}`];
}

/** The window that applies to one stage of a question of this type on this channel. */
export function resolveStage(
  policy: Policy,
  stage: StageId,
  type: QuestionType,
  channel: Channel,
): StagePolicy {
  let result: StagePolicy = policy.stages[stage];
  for (const key of overrideKeys(type, channel)) {
    const o = policy.overrides[key]?.[stage];
    if (o) result = { ...result, ...o };
  }
  return result;
}

/** A copy with the next version number; stages already opened keep the version they were opened under. */
export function bumpVersion(policy: Policy): Policy {
  return { ...policy, version: policy.version + 1 };
}

// ---- validation ----------------------------------------------------------------------------

const stagePolicySchema = z
  .object(
    {
      windowMs: z
        .number({ error: '时限必须是数字(毫秒) / window must be a number of milliseconds' })
        .int('时限必须是整数毫秒 / window must be a whole number of milliseconds')
        .positive('时限必须大于 0 / window must be greater than 0')
        .max(MAX_WINDOW_MS, '时限不能超过 30 天 / window cannot exceed 30 days'),
      warnRatio: z
        .number({ error: '预警比例必须是数字 / warning ratio must be a number' })
        .gt(0, '预警比例必须大于 0 / warning ratio must be greater than 0')
        .lt(1, '预警比例必须小于 1 / warning ratio must be less than 1'),
    },
    {
      error: (iss) =>
        iss.input === undefined
          ? '缺少该阶段的设置 / settings for this stage are missing'
          : '阶段设置必须是对象 / stage settings must be an object',
    },
  )
  .strict();

const stagesShape = Object.fromEntries(STAGE_IDS.map((id) => [id, stagePolicySchema])) as Record<
  StageId,
  typeof stagePolicySchema
>;

const validOverrideKeys = new Set<string>([
  ...QUESTION_TYPES,
  ...CHANNELS.map((c) => `channel:${c}`),
  ...QUESTION_TYPES.flatMap((t) => CHANNELS.map((c) => `${t}|${c}`)),
]);

const overrideKeySchema = z.string().refine((key) => validOverrideKeys.has(key), {
  error: (iss) =>
    `未知的覆盖键 "${String(iss.input)}"(应为 类型、channel:渠道 或 类型|渠道)/ unknown override key "${String(iss.input)}" (use <type>, channel:<channel> or <type>|<channel>)`,
});

const policySchema = z
  .object(
    {
      version: z
        .number({ error: '版本号必须是数字 / version must be a number' })
        .int('版本号必须是整数 / version must be a whole number')
        .min(1, '版本号至少为 1 / version must be at least 1'),
      stages: z.object(stagesShape, { error: '缺少阶段设置 / stages are missing' }).strict(),
      overrides: z
        .record(
          overrideKeySchema,
          z.partialRecord(z.enum(STAGE_IDS as [StageId, ...StageId[]]), stagePolicySchema),
          {
            error: (iss) =>
              iss.code === 'invalid_key' ? undefined : '覆盖设置必须是对象 / overrides must be an object',
          },
        )
        .default({}),
    },
    { error: '策略必须是对象 / the policy must be an object' },
  )
  .strict();

export type PolicyValidation = { ok: true; value: Policy } | { ok: false; errors: string[] };

/** Check a policy read from settings or a file. Every problem is listed, each prefixed with where it is. */
export function validatePolicy(raw: unknown): PolicyValidation {
  const parsed = policySchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data as Policy };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const where = i.path.length ? i.path.join('.') : '(policy)';
      let message = i.message;
      if (i.code === 'unrecognized_keys') {
        message = `未知字段 ${i.keys.join(', ')} / unknown field(s) ${i.keys.join(', ')}`;
      } else if (i.code === 'invalid_key') {
        message = i.issues[0]?.message ?? message;
      }
      return `${where}: ${message}`;
    }),
  };
}
