// A hand-made broadcast whose every report figure is computed by hand in the tests (see the comments).
import type { Database } from 'better-sqlite3';

export const T0 = Date.UTC(2026, 10, 1, 12, 0, 0); // 20:00 in China (UTC+8)
export const S = 1000;
export const NOW = T0 + 2 * 3600 * S;

interface Stage {
  stage: string;
  start: number; // seconds after T0
  window: number; // seconds
  met?: number; // seconds after start
  by?: string;
  cancelled?: number;
  warned?: boolean;
}
interface Q {
  id: number;
  session: number;
  type: string;
  channel: 'live' | 'dm' | 'chat';
  complexity: 'simple' | 'complex';
  at: number; // seconds after T0
  status: string;
  assignee?: string;
  askCount?: number;
  dupKey?: string;
  text: string;
  stages: Stage[];
  events: [string, string, string, number, string?][]; // action, actor, role, seconds after T0, detail
}

/**
 * Session 1 (T0 … T0+1h), staff 小美 (cohost), 主播王 (host), 阿强 (support), 丽丽 (support):
 *  D1: q1 met 10 s (小美), q2 met 20 s (小美), q3 met 40 s late (主播王), q4 never (breached, nobody), q8 cancelled
 *  q5 after-sales: D3 50 s (小美), D4 100 s (阿强), D5 700 s late (阿强), D7 30 s (阿强)
 *  q6 complaint, assigned 阿强: D3 30 s (小美), D4 never met (breached → 阿强), C1 300 s (丽丽)
 *  q7 chat: D2 45 s (丽丽)
 * Session 2 (next day): q9 D1 met 5 s (小美).
 */
export const QUESTIONS: Q[] = [
  q(
    1,
    'product',
    0,
    'answered',
    [{ stage: 'D1', start: 0, window: 30, met: 10, by: '小美' }],
    [['answer', '小美', 'cohost', 10, 'on_air']],
    { askCount: 3, dupKey: 'size' },
  ),
  q(
    2,
    'price',
    60,
    'answered',
    [{ stage: 'D1', start: 60, window: 30, met: 20, by: '小美', warned: true }],
    [['answer', '小美', 'cohost', 80, 'reply: 今天 99 元']],
  ),
  q(
    3,
    'purchase',
    120,
    'answered',
    [{ stage: 'D1', start: 120, window: 30, met: 40, by: '主播王', warned: true }],
    [['answer', '主播王', 'host', 160, 'on_air']],
    { askCount: 2, dupKey: 'link' },
  ),
  q(4, 'product', 180, 'open', [{ stage: 'D1', start: 180, window: 30, warned: true }], []),
  {
    id: 5,
    session: 1,
    type: 'after_sales',
    channel: 'live',
    complexity: 'complex',
    at: 240,
    status: 'closed',
    assignee: '阿强',
    text: '我要退货',
    stages: [
      { stage: 'D3', start: 240, window: 60, met: 50, by: '小美' },
      { stage: 'D4', start: 290, window: 120, met: 100, by: '阿强' },
      { stage: 'D5', start: 290, window: 600, met: 700, by: '阿强', warned: true },
      { stage: 'D7', start: 990, window: 60, met: 30, by: '阿强' },
    ],
    events: [
      ['handoff', '小美', 'cohost', 290, '订单 123'],
      ['claim', '阿强', 'support', 300],
      ['contact', '阿强', 'support', 390, 'ETA 10 min: 您好'],
      ['resolve', '阿强', 'support', 990, '已退款'],
      ['followup', '阿强', 'support', 1020],
    ],
  },
  {
    id: 6,
    session: 1,
    type: 'complaint',
    channel: 'live',
    complexity: 'complex',
    at: 370,
    status: 'escalated',
    assignee: '阿强',
    text: '质量太差了',
    stages: [
      { stage: 'D3', start: 370, window: 60, met: 30, by: '小美' },
      { stage: 'C1', start: 370, window: 600, met: 300, by: '丽丽' },
      { stage: 'D4', start: 400, window: 120, warned: true },
    ],
    events: [
      ['handoff', '小美', 'cohost', 400, '投诉'],
      ['claim', '阿强', 'support', 410],
      ['accept_complaint', '丽丽', 'support', 670],
      ['escalate', '丽丽', 'support', 700, '要求赔偿'],
    ],
  },
  {
    id: 7,
    session: 1,
    type: 'shipping',
    channel: 'chat',
    complexity: 'simple',
    at: 500,
    status: 'answered',
    text: '什么时候发货',
    stages: [{ stage: 'D2', start: 500, window: 60, met: 45, by: '丽丽' }],
    events: [['answer', '丽丽', 'support', 545, 'reply: 48 小时内']],
  },
  q(
    8,
    'other',
    600,
    'dismissed',
    [{ stage: 'D1', start: 600, window: 30, cancelled: 5 }],
    [['dismiss', '小美', 'cohost', 605, '重复']],
    { askCount: 2, dupKey: 'size' },
  ),
  {
    ...q(
      9,
      'product',
      86400,
      'answered',
      [{ stage: 'D1', start: 86400, window: 30, met: 5, by: '小美' }],
      [['answer', '小美', 'cohost', 86405, 'on_air']],
    ),
    session: 2,
  },
];

function q(
  id: number,
  type: string,
  at: number,
  status: string,
  stages: Stage[],
  events: Q['events'],
  extra: Partial<Q> = {},
): Q {
  return {
    id,
    session: 1,
    type,
    channel: 'live',
    complexity: 'simple',
    at,
    status,
    text: `问题${id}`,
    stages,
    events,
    ...extra,
  };
}

/** Comments of session 1: 10 in the first second, 5 at 100 s (questions' own comments come on top). */
export function loadFixture(db: Database): void {
  db.transaction(() => {
    db.prepare('INSERT INTO sessions (id, title, started_at, ended_at) VALUES (1, ?, ?, ?)').run(
      'A 场',
      T0,
      T0 + 3600 * S,
    );
    db.prepare('INSERT INTO sessions (id, title, started_at, ended_at) VALUES (2, ?, ?, ?)').run(
      'B 场',
      T0 + 86400 * S,
      T0 + 90000 * S,
    );
    const staff = db.prepare('INSERT INTO staff (name, role, first_seen, last_seen) VALUES (?, ?, ?, ?)');
    for (const [n, r] of [
      ['小美', 'cohost'],
      ['主播王', 'host'],
      ['阿强', 'support'],
      ['丽丽', 'support'],
    ])
      staff.run(n, r, T0, T0);
    const com = db.prepare(
      `INSERT INTO comments (session_id, platform, msg_id, room_id, user_id, nickname, text, channel, kind, platform_ts, ts, is_question)
       VALUES (?, 'sim', ?, 'r1', ?, ?, ?, ?, 'chat', NULL, ?, ?)`,
    );
    let m = 0;
    for (let i = 0; i < 10; i++) com.run(1, `c${++m}`, `u${m}`, `观众${m}`, '哈哈', 'live', T0 + i * 100, 0);
    for (let i = 0; i < 5; i++) com.run(1, `c${++m}`, `u${m}`, `观众${m}`, '来了', 'live', T0 + 100 * S, 0);
    const qs = db.prepare(
      `INSERT INTO questions (id, session_id, comment_id, platform, channel, user_id, nickname, text, qtype, complexity, status,
         assignee, ask_count, dup_key, asked_at, updated_at)
       VALUES (?, ?, ?, 'sim', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const dl = db.prepare(
      `INSERT INTO deadlines (question_id, stage, seq, started_at, due_at, warn_at, warned_at, met_at, breached_at, met_by, cancelled_at, policy_version)
       VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
    );
    const ev = db.prepare(
      'INSERT INTO question_events (question_id, session_id, action, actor, role, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const x of QUESTIONS) {
      const cid = Number(
        com.run(x.session, `q${x.id}`, `v${x.id}`, `观众Q${x.id}`, x.text, x.channel, T0 + x.at * S, 1)
          .lastInsertRowid,
      );
      qs.run(
        x.id,
        x.session,
        cid,
        x.channel,
        `v${x.id}`,
        `观众Q${x.id}`,
        x.text,
        x.type,
        x.complexity,
        x.status,
        x.assignee ?? null,
        x.askCount ?? 1,
        x.dupKey ?? null,
        T0 + x.at * S,
        T0 + x.at * S,
      );
      ev.run(x.id, x.session, 'ask', `观众Q${x.id}`, 'viewer', T0 + x.at * S, x.text);
      for (const s of x.stages) {
        const start = T0 + s.start * S;
        const due = start + s.window * S;
        const met = s.met === undefined ? null : start + s.met * S;
        const cancelled = s.cancelled === undefined ? null : start + s.cancelled * S;
        const breached = cancelled === null && (met === null || met > due) ? due : null;
        const warn = start + Math.round(s.window * 0.7) * S;
        dl.run(
          x.id,
          s.stage,
          start,
          due,
          warn,
          s.warned ? warn : null,
          met,
          breached,
          met === null ? null : s.by,
          cancelled,
        );
      }
      for (const [action, actor, role, at, detail] of x.events)
        ev.run(x.id, x.session, action, actor, role, T0 + at * S, detail ?? null);
    }
    const rate = db.prepare(
      `INSERT INTO ratings (question_id, session_id, score, source, comment, rated_by, rated_role, at) VALUES (?, 1, ?, ?, ?, ?, 'support', ?)`,
    );
    rate.run(5, 5, 'followup', '很满意', '阿强', T0 + 1030 * S);
    rate.run(6, 2, 'viewer_reply', '太慢了', '丽丽', T0 + 1500 * S);
  })();
}
