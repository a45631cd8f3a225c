// Every report as flat tables with Chinese and English column names: the one shape the window's
// tables, the CSV export and the XLSX export all read, so they always show the same figures.
import type {
  Decision,
  ScorecardReport,
  SessionComparison,
  SessionReview,
  SessionSummary,
  StatsReport,
} from '../apiReports';
import { STAGE_IDS } from '../deadlines/types';
import { STAGE_LABELS, STATUS_LABELS } from '../deadlines/labels';
import type { QuestionStatus } from '../deadlines/types';

export type ColumnKind = 'text' | 'int' | 'seconds' | 'pct' | 'time' | 'num';
export interface Column {
  key: string;
  zh: string;
  en: string;
  kind: ColumnKind;
}
export type Cell = string | number | null;
export interface ReportTable {
  id: string;
  zh: string;
  en: string;
  columns: Column[];
  rows: Record<string, Cell>[];
}

const c = (key: string, zh: string, en: string, kind: ColumnKind = 'text'): Column => ({ key, zh, en, kind });

const STAT_COLUMNS: Column[] = [
  c('total', '期限数', 'Deadlines', 'int'),
  c('met', '按时', 'Met', 'int'),
  c('breached', '超时', 'Breached', 'int'),
  c('late', '超时后完成', 'Met late', 'int'),
  c('open', '进行中', 'Open', 'int'),
  c('cancelled', '已取消', 'Cancelled', 'int'),
  c('warned', '已预警', 'Warned', 'int'),
  c('metPct', '按时率', '% met', 'pct'),
  c('breachPct', '超时率', 'Breach rate', 'pct'),
  c('meanMs', '平均响应(秒)', 'Mean response (s)', 'seconds'),
  c('medianMs', '中位响应(秒)', 'Median response (s)', 'seconds'),
  c('p90Ms', 'P90 响应(秒)', 'P90 response (s)', 'seconds'),
  c('maxMs', '最长响应(秒)', 'Max response (s)', 'seconds'),
];

const DIMENSION_LABEL: Record<string, [string, string]> = {
  stage: ['', ''],
  staff: ['人员', 'Staff'],
  role: ['岗位', 'Role'],
  type: ['问题类型', 'Question type'],
  channel: ['渠道', 'Channel'],
  hour: ['时段', 'Hour'],
  session: ['场次', 'Session'],
  day: ['日期', 'Day'],
};

export const CHANNEL_LABELS: Record<string, [string, string]> = {
  live: ['直播间评论', 'Live comments'],
  dm: ['私信', 'Private message'],
  chat: ['客服窗口', 'Support chat'],
};
export const TYPE_LABELS: Record<string, [string, string]> = {
  product: ['产品信息/尺码', 'Product / size'],
  price: ['价格/优惠', 'Price / promotion'],
  purchase: ['购买流程/链接', 'How to buy'],
  shipping: ['发货/物流', 'Shipping'],
  after_sales: ['退换货/售后', 'Returns / after-sales'],
  complaint: ['质量投诉', 'Quality complaint'],
  other: ['其他', 'Other'],
};
export const ROLE_LABELS: Record<string, [string, string]> = {
  host: ['主播', 'Host'],
  cohost: ['助播', 'Co-host'],
  support: ['客服', 'Support'],
  ops: ['运营', 'Ops'],
  supervisor: ['主管', 'Supervisor'],
};

const stageName = (s: string) =>
  s === 'ALL' ? '全部 All' : `${s} ${STAGE_LABELS[s as keyof typeof STAGE_LABELS]?.zh ?? ''}`;

/** A label for a group key of a dimension, bilingual ("直播间评论 Live comments"). */
export function keyLabel(by: string, key: string): string {
  if (by === 'channel' && CHANNEL_LABELS[key]) return CHANNEL_LABELS[key].join(' ');
  if (by === 'type' && TYPE_LABELS[key]) return TYPE_LABELS[key].join(' ');
  if (by === 'role') return ROLE_LABELS[key]?.join(' ') ?? '(未归属 unattributed)';
  if (by === 'staff' && key === '') return '(未归属 unattributed)';
  if (by === 'hour') return `${key.padStart(2, '0')}:00`;
  return key;
}

export function statsTable(r: StatsReport): ReportTable {
  const [zh, en] = DIMENSION_LABEL[r.by];
  const cols = r.by === 'stage' ? [] : [c('key', zh, en)];
  return {
    id: 'stats',
    zh: '响应统计',
    en: 'Response statistics',
    columns: [...cols, c('stage', '环节', 'Stage'), ...STAT_COLUMNS],
    rows: r.rows.map((row) => ({
      ...pickStats(row),
      key: keyLabel(r.by, row.key),
      stage: stageName(row.stage),
    })),
  };
}

function pickStats(s: object): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const col of STAT_COLUMNS) out[col.key] = (s as Record<string, Cell>)[col.key] ?? null;
  return out;
}

export function sessionsTable(rows: SessionSummary[]): ReportTable {
  return {
    id: 'sessions',
    zh: '场次',
    en: 'Sessions',
    columns: [
      c('id', '场次编号', 'Session', 'int'),
      c('title', '标题', 'Title'),
      c('startedAt', '开始', 'Started', 'time'),
      c('endedAt', '结束', 'Ended', 'time'),
      c('questions', '问题数', 'Questions', 'int'),
    ],
    rows: rows.map((s) => ({ ...s })),
  };
}

const COUNT_ROWS: [string, string, string][] = [
  ['comments', '评论数', 'Comments'],
  ['questions', '问题数', 'Questions'],
  ['asks', '提问人次', 'Asks (incl. repeats)'],
  ['answeredOnAir', '口播回答', 'Answered on air'],
  ['answeredByReply', '文字回复', 'Answered by reply'],
  ['handedOff', '转交客服', 'Handed off'],
  ['resolved', '已解决', 'Resolved'],
  ['escalated', '已升级', 'Escalated'],
  ['complaints', '投诉', 'Complaints'],
  ['dismissed', '已忽略', 'Dismissed'],
  ['repeated', '重复提问的问题', 'Repeated questions'],
];

export function staffColumns(): Column[] {
  return [
    c('staff', '人员', 'Staff'),
    c('role', '岗位', 'Role'),
    c('handled', '处理问题数', 'Questions handled', 'int'),
    c('decided', '已判定期限', 'Decided deadlines', 'int'),
    c('met', '按时', 'Met', 'int'),
    c('breached', '超时', 'Breached', 'int'),
    c('metPct', '按时率', '% met', 'pct'),
    c('meanMs', '平均响应(秒)', 'Mean response (s)', 'seconds'),
    c('medianMs', '中位响应(秒)', 'Median response (s)', 'seconds'),
    c('p90Ms', 'P90 响应(秒)', 'P90 response (s)', 'seconds'),
    ...STAGE_IDS.map((s) => c(`b_${s}`, `${s} 超时`, `${s} breaches`, 'int')),
  ];
}

function staffCells(r: SessionReview['staff'][number]): Record<string, Cell> {
  const row: Record<string, Cell> = {
    staff: r.staff,
    role: r.role ? (ROLE_LABELS[r.role]?.join(' ') ?? r.role) : null,
    handled: r.handled,
    decided: r.decided,
    met: r.met,
    breached: r.breached,
    metPct: r.metPct,
    meanMs: r.meanMs,
    medianMs: r.medianMs,
    p90Ms: r.p90Ms,
  };
  for (const s of STAGE_IDS) row[`b_${s}`] = r.breachesByStage[s] ?? 0;
  return row;
}

export function reviewTables(r: SessionReview): ReportTable[] {
  return [
    {
      id: 'counts',
      zh: '场次概况',
      en: 'Overview',
      columns: [c('metric', '指标', 'Metric'), c('value', '数值', 'Value', 'num')],
      rows: [
        { metric: '场次 Session', value: `#${r.session.id} ${r.session.title}` },
        ...COUNT_ROWS.map(([k, zh, en]) => ({
          metric: `${zh} ${en}`,
          value: r.counts[k as keyof typeof r.counts],
        })),
        { metric: '满意度 Satisfaction %', value: r.satisfaction.satisfiedPct },
        { metric: '评价数 Ratings', value: r.satisfaction.rated },
      ],
    },
    {
      id: 'stages',
      zh: '各环节时效',
      en: 'Deadlines by stage',
      columns: [c('stage', '环节', 'Stage'), ...STAT_COLUMNS],
      rows: r.stages.map((s) => ({ ...pickStats(s), stage: stageName(s.stage) })),
    },
    {
      id: 'outcomes',
      zh: '处理结果',
      en: 'Outcomes',
      columns: [c('status', '状态', 'Status'), c('count', '问题数', 'Questions', 'int')],
      rows: r.outcomes.map((o) => {
        const l = STATUS_LABELS[o.status as QuestionStatus];
        return { status: l ? `${l.zh} ${l.en}` : o.status, count: o.count };
      }),
    },
    {
      id: 'slowest',
      zh: '最慢问题',
      en: 'Slowest questions',
      columns: [
        c('id', '问题编号', 'Question', 'int'),
        c('askedAt', '提问时间', 'Asked', 'time'),
        c('nickname', '观众', 'Viewer'),
        c('text', '内容', 'Text'),
        c('type', '类型', 'Type'),
        c('worstStage', '最差环节', 'Worst stage'),
        c('overdueMs', '超时(秒)', 'Over due (s)', 'seconds'),
        c('status', '状态', 'Status'),
        c('assignee', '负责人', 'Assignee'),
        c('history', '处理记录', 'History'),
      ],
      rows: r.slowest.map((q) => ({
        id: q.id,
        askedAt: q.askedAt,
        nickname: q.nickname,
        text: q.text,
        type: TYPE_LABELS[q.type]?.[0] ?? q.type,
        worstStage: q.worstStage,
        overdueMs: q.overdueMs,
        status: STATUS_LABELS[q.status as QuestionStatus]?.zh ?? q.status,
        assignee: q.assignee,
        history: q.history.map((h) => `${h.action}@${h.actor}`).join(' → '),
      })),
    },
    {
      id: 'topAsked',
      zh: '高频问题',
      en: 'Most-asked questions',
      columns: [
        c('questionId', '问题编号', 'Question', 'int'),
        c('text', '内容', 'Text'),
        c('type', '类型', 'Type'),
        c('askCount', '提问人次', 'Asks', 'int'),
        c('questions', '问题条数', 'Questions', 'int'),
      ],
      rows: r.topAsked.map((q) => ({ ...q, type: TYPE_LABELS[q.type]?.[0] ?? q.type })),
    },
    { id: 'staff', zh: '人员表现', en: 'Staff', columns: staffColumns(), rows: r.staff.map(staffCells) },
    {
      id: 'ratings',
      zh: '满意度评价',
      en: 'Satisfaction ratings',
      columns: [
        c('questionId', '问题编号', 'Question', 'int'),
        c('score', '评分(1-5)', 'Score (1–5)', 'int'),
        c('source', '来源', 'Source'),
        c('comment', '评价内容', 'Comment'),
        c('by', '记录人', 'Recorded by'),
        c('at', '时间', 'At', 'time'),
      ],
      rows: r.satisfaction.comments.map((x) => ({ ...x })),
    },
  ];
}

export function compareTable(r: SessionComparison): ReportTable {
  return {
    id: 'compare',
    zh: '场次对比',
    en: 'Session comparison',
    columns: [
      c('metric', '指标', 'Metric'),
      c('a', `#${r.a.id} ${r.a.title}`, `#${r.a.id} ${r.a.title}`, 'num'),
      c('b', `#${r.b.id} ${r.b.title}`, `#${r.b.id} ${r.b.title}`, 'num'),
      c('delta', '差值 (B−A)', 'Change (B−A)', 'num'),
    ],
    rows: r.rows.map((x) => ({ metric: `${x.zh} ${x.en}`, a: x.a, b: x.b, delta: x.delta })),
  };
}

export function scorecardTables(r: ScorecardReport): ReportTable[] {
  const cols = staffColumns();
  return [
    {
      id: 'scorecards',
      zh: '人员考核',
      en: 'Staff scorecards',
      columns: [
        ...cols.slice(0, 10),
        c('satisfiedPct', '满意度', 'Satisfaction', 'pct'),
        c('warnings', '警告', 'Warnings', 'int'),
        c('points', '扣分', 'Points deducted', 'int'),
        c('score', '考核分', 'Score', 'int'),
        c('pass', '是否及格', 'Pass'),
        c('award', '最佳响应奖', 'Best responder'),
        ...cols.slice(10),
      ],
      rows: r.staff.map((s) => ({
        ...staffCells(s),
        satisfiedPct: s.satisfiedPct,
        warnings: s.warnings,
        points: s.points,
        score: s.score,
        pass: s.pass ? '是 yes' : '否 no',
        award: s.award ? '★' : '',
      })),
    },
    {
      id: 'proposals',
      zh: '奖惩建议',
      en: 'Proposed warnings and awards',
      columns: [
        c('kind', '类型', 'Kind'),
        c('staff', '人员', 'Staff'),
        c('points', '扣分', 'Points', 'int'),
        c('reason', '依据', 'Reason'),
        c('decision', '处理', 'Decision'),
        c('by', '处理人', 'Decided by'),
        c('at', '处理时间', 'Decided at', 'time'),
      ],
      rows: r.proposals.map((p) => ({
        kind: KIND_LABELS[p.kind].join(' '),
        staff: p.staff,
        points: p.points,
        reason: `${p.reasonZh} / ${p.reasonEn}`,
        decision: p.decision ? DECISION_LABELS[p.decision.decision].join(' ') : '待处理 pending',
        by: p.decision?.by ?? null,
        at: p.decision?.at ?? null,
      })),
    },
  ];
}

export const KIND_LABELS: Record<string, [string, string]> = {
  warning: ['口头警告/培训', 'Warning + training'],
  deduction: ['绩效扣分', 'Point deduction'],
  award: ['最佳响应奖', 'Best responder award'],
};
export const DECISION_LABELS: Record<string, [string, string]> = {
  confirmed: ['已确认', 'Confirmed'],
  dismissed: ['已驳回', 'Dismissed'],
};

export function decisionsTable(rows: Decision[]): ReportTable {
  return {
    id: 'decisions',
    zh: '奖惩记录',
    en: 'Decision log',
    columns: [
      c('at', '时间', 'At', 'time'),
      c('kind', '类型', 'Kind'),
      c('staff', '人员', 'Staff'),
      c('decision', '处理', 'Decision'),
      c('points', '扣分', 'Points', 'int'),
      c('reason', '依据', 'Reason'),
      c('note', '备注', 'Note'),
      c('by', '处理人', 'Decided by'),
      c('periodFrom', '期间开始', 'Period from', 'time'),
      c('periodTo', '期间结束', 'Period to', 'time'),
    ],
    rows: rows.map((d) => ({
      ...d,
      kind: KIND_LABELS[d.kind]?.join(' ') ?? d.kind,
      decision: DECISION_LABELS[d.decision]?.join(' ') ?? d.decision,
    })),
  };
}
