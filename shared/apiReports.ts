// Report commands of the contract (Ops pane, session review, scorecards, export). Merged into
// shared/api.ts's commandSchemas / CommandResults; served by the main side's report service
// (electron/services/reports, a worker thread). Metrics are defined in docs/metrics.md.
import { z } from 'zod';
import type { Channel, QuestionType } from './model';
import { CHANNELS, QUESTION_TYPES, ROLES } from './model';
import type { StageId, StageRecord } from './deadlines/types';
import type { StageStats } from './reports/metrics';
import type { Proposal, ProposalKind, ReportRules } from './reports/rules';

const id = z.number().int().positive();
const epochMs = z.number().int().min(0).max(8.64e15);
/** Minutes east of UTC (China: 480). Cuts by hour and day use it. */
const tz = z.number().int().min(-840).max(840);

export const reportFilterSchema = z
  .object({
    /** Questions asked at or after this moment (epoch ms). */
    from: epochMs.optional(),
    /** Questions asked before this moment (epoch ms, exclusive). */
    to: epochMs.optional(),
    sessionId: id.optional(),
    channel: z.enum(CHANNELS as [Channel, ...Channel[]]).optional(),
    type: z.enum(QUESTION_TYPES as [QuestionType, ...QuestionType[]]).optional(),
    staff: z.string().trim().min(1).max(40).optional(),
    role: z.enum(ROLES as [string, ...string[]]).optional(),
    tzOffsetMin: tz.optional(),
  })
  .strict()
  .refine((f) => f.from === undefined || f.to === undefined || f.from < f.to, {
    message: '开始时间必须早于结束时间 / from must be before to',
    path: ['to'],
  });
export type ReportFilter = z.infer<typeof reportFilterSchema>;

export const REPORT_DIMENSIONS = [
  'stage',
  'staff',
  'role',
  'type',
  'channel',
  'hour',
  'session',
  'day',
] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

const periodSchema = z
  .object({ from: epochMs, to: epochMs, tzOffsetMin: tz.optional() })
  .strict()
  .refine((p) => p.from < p.to, {
    message: '开始时间必须早于结束时间 / from must be before to',
    path: ['to'],
  })
  .refine((p) => p.to - p.from <= 400 * 86_400_000, {
    message: '期间最长 400 天 / a period is at most 400 days',
    path: ['to'],
  });

const statsArgs = z
  .object({ filter: reportFilterSchema.optional(), by: z.enum(REPORT_DIMENSIONS).optional() })
  .strict();
const reviewArgs = z
  .object({
    sessionId: id,
    slowest: z.number().int().min(1).max(100).optional(),
    topAsked: z.number().int().min(1).max(100).optional(),
    tzOffsetMin: tz.optional(),
  })
  .strict();
const compareArgs = z.object({ a: id, b: id, tzOffsetMin: tz.optional() }).strict();

export const EXPORT_REPORTS = [
  'session-review',
  'compare',
  'stats',
  'scorecards',
  'decisions',
  'sessions',
] as const;
export type ExportReport = (typeof EXPORT_REPORTS)[number];

export const reportCommandSchemas = {
  'report:sessions': z
    .object({
      from: epochMs.optional(),
      to: epochMs.optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    })
    .strict(),
  'report:session-review': reviewArgs,
  'report:compare': compareArgs,
  'report:stats': statsArgs,
  'report:scorecards': periodSchema,
  'report:decide': z
    .object({
      key: z.string().trim().min(3).max(200),
      decision: z.enum(['confirmed', 'dismissed']),
      note: z.string().trim().max(500).optional(),
    })
    .strict(),
  'report:decisions': z
    .object({
      from: epochMs.optional(),
      to: epochMs.optional(),
      staff: z.string().trim().min(1).max(40).optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    })
    .strict(),
  'report:rules-get': z.object({}).strict(),
  /** The whole rule set (validated by shared/reports/rules reportRulesSchema). */
  'report:rules-set': z.object({ rules: z.unknown() }).strict(),
  'report:rate': z
    .object({
      questionId: id,
      score: z.number().int().min(1).max(5),
      source: z.enum(['followup', 'viewer_reply']),
      comment: z.string().trim().max(500).optional(),
    })
    .strict(),
  'report:export': z
    .object({
      report: z.enum(EXPORT_REPORTS),
      format: z.enum(['csv', 'xlsx']),
      lang: z.enum(['zh', 'en']).optional(),
      /** CSV holds one table: its id (default: every table, one after another). */
      table: z.string().max(40).optional(),
      sessionId: id.optional(),
      b: id.optional(),
      filter: reportFilterSchema.optional(),
      by: z.enum(REPORT_DIMENSIONS).optional(),
      period: periodSchema.optional(),
      tzOffsetMin: tz.optional(),
    })
    .strict(),
} as const;

// ---- results --------------------------------------------------------------------------------

export interface SessionSummary {
  id: number;
  title: string;
  startedAt: number;
  endedAt: number | null;
  questions: number;
}

export interface StageRow extends StageStats {
  stage: StageId;
}

export interface ReviewCounts {
  comments: number;
  questions: number;
  /** Sum of ask_count: every viewer who asked, merged repeats included. */
  asks: number;
  answeredOnAir: number;
  answeredByReply: number;
  handedOff: number;
  resolved: number;
  escalated: number;
  complaints: number;
  dismissed: number;
  /** Questions asked by more than one viewer (ask_count > 1). */
  repeated: number;
}

export interface Timeline {
  t0: number;
  bucketMs: number;
  /** Per bucket, comments per second. */
  comments: number[];
  /** Per bucket, new questions per second. */
  questions: number[];
  breaches: { at: number; stage: StageId; questionId: number }[];
}

export interface QuestionEventRow {
  id: number;
  action: string;
  actor: string;
  role: string;
  at: number;
  detail: string | null;
}

export interface SlowQuestion {
  id: number;
  text: string;
  nickname: string;
  channel: Channel;
  type: QuestionType;
  status: string;
  assignee: string | null;
  askedAt: number;
  askCount: number;
  /** The stage that ran furthest past its due moment, and by how much (ms; negative = met early). */
  worstStage: StageId;
  overdueMs: number;
  stages: StageRecord[];
  history: QuestionEventRow[];
}

export interface RepeatQuestion {
  questionId: number;
  text: string;
  type: QuestionType;
  askCount: number;
  /** Questions sharing the dup key in the session (a repeat after an answer is a new question). */
  questions: number;
  status: string;
}

export interface StaffRow {
  staff: string;
  role: string | null;
  /** Questions with at least one deadline attributed to this person. */
  handled: number;
  total: number;
  decided: number;
  met: number;
  breached: number;
  metPct: number | null;
  meanMs: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  breachesByStage: Partial<Record<StageId, number>>;
}

export interface SatisfactionSummary {
  rated: number;
  satisfied: number;
  satisfiedPct: number | null;
  meanScore: number | null;
  comments: {
    questionId: number;
    score: number;
    source: string;
    comment: string | null;
    by: string;
    at: number;
  }[];
}

export interface SessionReview {
  session: SessionSummary;
  counts: ReviewCounts;
  outcomes: { status: string; count: number }[];
  stages: StageRow[];
  timeline: Timeline;
  slowest: SlowQuestion[];
  topAsked: RepeatQuestion[];
  staff: StaffRow[];
  satisfaction: SatisfactionSummary;
  /** The moment "still open" was measured at. */
  asOf: number;
}

export interface CompareRow {
  metric: string;
  zh: string;
  en: string;
  a: number | null;
  b: number | null;
  delta: number | null;
}
export interface SessionComparison {
  a: SessionSummary;
  b: SessionSummary;
  rows: CompareRow[];
}

export interface StatsRow extends StageStats {
  /** Group key ('' when not grouped), e.g. a staff name, 'live', '14' for 14:00–15:00. */
  key: string;
  /** 'ALL' = every stage of the group together (percentiles across stages). */
  stage: StageId | 'ALL';
}
export interface StatsReport {
  by: ReportDimension;
  filter: ReportFilter;
  rows: StatsRow[];
}

export interface Decision {
  id: number;
  key: string;
  kind: ProposalKind;
  staff: string;
  periodFrom: number;
  periodTo: number;
  decision: 'confirmed' | 'dismissed';
  points: number;
  reason: string;
  note: string | null;
  by: string;
  role: string;
  at: number;
}

export interface Scorecard extends StaffRow {
  rated: number;
  satisfiedPct: number | null;
  warnings: number;
  /** Deduction points proposed (pending or confirmed; dismissed ones excluded). */
  points: number;
  score: number;
  pass: boolean;
  award: boolean;
}

export interface ScorecardReport {
  period: { from: number; to: number };
  rules: ReportRules;
  staff: Scorecard[];
  proposals: (Proposal & { decision: Decision | null })[];
  /** Unattributed breaches (e.g. a D1 nobody answered): the team's, not a person's. */
  unattributed: { stage: StageId; breached: number }[];
}

export interface Rating {
  id: number;
  questionId: number;
  sessionId: number;
  score: number;
  source: 'followup' | 'viewer_reply';
  comment: string | null;
  by: string;
  at: number;
}

export interface ExportFile {
  filename: string;
  mime: string;
  /** base64 for xlsx; the text (with a BOM) for csv. */
  encoding: 'base64' | 'utf8';
  data: string;
}

export interface ReportCommandResults {
  'report:sessions': SessionSummary[];
  'report:session-review': SessionReview;
  'report:compare': SessionComparison;
  'report:stats': StatsReport;
  'report:scorecards': ScorecardReport;
  'report:decide': Decision;
  'report:decisions': Decision[];
  'report:rules-get': ReportRules;
  'report:rules-set': ReportRules;
  'report:rate': Rating;
  'report:export': ExportFile;
}
