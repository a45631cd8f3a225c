// Generates the report benchmark database: a year of daily 3-hour shows, ≥ 1,000,000 questions and
// ≥ 10,000,000 comments, with per-stage deadlines, the action log, staff and some ratings, shaped like
// the desk engine writes them. Fast path for the generator only: synchronous=OFF, journal_mode=OFF,
// one transaction per ~50k rows, prepared statements, explicit ids, monotonic keys (B-tree appends).
// Cached under bench/out/, keyed by GENERATOR_VERSION and the size; written to a temp name, renamed when done.
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from '../../db/migrations/index';
import { createRng } from '../../shared/sim/prng';

export const GENERATOR_VERSION = 1;

export interface GenOptions {
  days: number;
  commentsPerDay: number;
  /** Fraction of comments that are questions. */
  questionRatio: number;
  seed: number;
  /** First show starts here (epoch ms). */
  start: number;
}

export const FULL: GenOptions = {
  days: 365,
  commentsPerDay: 27_400, // 365 × 27,400 = 10,001,000 comments
  questionRatio: 0.1, // ≈ 1,000,100 questions
  seed: 20261123,
  start: Date.UTC(2025, 10, 1, 12, 0, 0), // 20:00 in China
};

const S = 1000;
const MIN = 60 * S;
const SHOW_MS = 3 * 3600 * S;
const HOSTS = ['主播安安', '主播贝贝', '主播CC'];
const COHOSTS = ['助播小美', '助播小雨', '助播阿杰', '助播豆豆'];
const SUPPORT = [
  '客服阿强',
  '客服丽丽',
  '客服小周',
  '客服娜娜',
  '客服大伟',
  '客服小陈',
  '客服Amy',
  '客服婷婷',
  '客服阿豪',
  '客服小林',
];
const SUPERVISOR = '主管王姐';
const TYPES = ['product', 'price', 'purchase', 'shipping', 'after_sales', 'complaint', 'other'] as const;
const TYPE_W = [0.3, 0.22, 0.14, 0.12, 0.12, 0.04, 0.06];
const SIMPLE_TEXT: Record<string, string[]> = {
  product: ['这个有几个码', '面料是什么', '有没有黑色', '适合多高的人', '尺码偏大吗'],
  price: ['多少钱', '有优惠券吗', '今天有折扣吗', '满减怎么算'],
  purchase: ['链接在哪', '怎么下单', '几号链接', '能拍两件吗'],
  shipping: ['什么时候发货', '发什么快递', '能到新疆吗'],
  other: ['主播好美', '今天几点下播', '求讲解'],
};
const COMPLEX_TEXT: Record<string, string[]> = {
  after_sales: ['我要退货', '收到的尺码不对怎么换', '订单号 123 没收到', '退款什么时候到'],
  complaint: ['质量太差了', '衣服破洞了要赔偿', '客服一直不回'],
};
const CHAT = ['哈哈哈', '来了来了', '666', '好看', '主播晚上好', '已拍', '冲冲冲', '蹲一个'];

export function dbPathFor(outDir: string, o: GenOptions): string {
  return `${outDir}/reports-v${GENERATOR_VERSION}-${o.days}d-${o.commentsPerDay}c-${o.seed}.db`;
}

/** Returns the cached database file, generating it first when missing. */
export function ensureBenchDb(outDir: string, o: GenOptions, log: (s: string) => void): string {
  const file = dbPathFor(outDir, o);
  if (existsSync(file)) {
    log(`使用缓存 / using cached ${file}`);
    return file;
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.partial`;
  rmSync(tmp, { force: true });
  generate(tmp, o, log);
  renameSync(tmp, file);
  return file;
}

function lognormal(rng: () => number, medianMs: number, sigma: number): number {
  // Box–Muller
  const u = Math.max(1e-12, rng());
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
  return Math.round(medianMs * Math.exp(sigma * z));
}

export function generate(file: string, o: GenOptions, log: (s: string) => void): void {
  const t0 = performance.now();
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
  db.pragma('foreign_keys = OFF');
  migrate(db, 1);
  const rng = createRng(o.seed);
  const pickW = () => {
    let r = rng();
    for (let i = 0; i < TYPES.length; i++) if ((r -= TYPE_W[i]) < 0) return TYPES[i];
    return 'other';
  };
  const pick = <T>(a: readonly T[]) => a[Math.floor(rng() * a.length)];

  const insSession = db.prepare('INSERT INTO sessions (id, title, started_at, ended_at) VALUES (?, ?, ?, ?)');
  const insComment = db.prepare(
    `INSERT INTO comments (id, session_id, platform, msg_id, room_id, user_id, nickname, text, channel, kind, platform_ts, ts,
       is_question, qtype, question_id) VALUES (?, ?, 'sim', ?, 'room1', ?, ?, ?, ?, 'chat', NULL, ?, ?, ?, ?)`,
  );
  const insQuestion = db.prepare(
    `INSERT INTO questions (id, session_id, comment_id, platform, channel, user_id, nickname, text, qtype, complexity, angry,
       reasons, status, assignee, handoff_note, eta_minutes, ask_count, dup_key, asked_at, updated_at)
     VALUES (?, ?, ?, 'sim', ?, ?, ?, ?, ?, ?, 0, '[]', ?, ?, NULL, NULL, ?, ?, ?, ?)`,
  );
  const insDeadline = db.prepare(
    `INSERT INTO deadlines (question_id, stage, seq, started_at, due_at, warn_at, warned_at, met_at, breached_at, met_by,
       cancelled_at, policy_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
  );
  const insEvent = db.prepare(
    'INSERT INTO question_events (question_id, session_id, action, actor, role, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  // ratings is a v2 table: buffered, written after migration 002.
  const ratings: unknown[][] = [];
  const insStaff = db.prepare('INSERT INTO staff (name, role, first_seen, last_seen) VALUES (?, ?, ?, ?)');
  for (const n of HOSTS) insStaff.run(n, 'host', o.start, o.start);
  for (const n of COHOSTS) insStaff.run(n, 'cohost', o.start, o.start);
  for (const n of SUPPORT) insStaff.run(n, 'support', o.start, o.start);
  insStaff.run(SUPERVISOR, 'supervisor', o.start, o.start);

  let commentId = 0;
  let questionId = 0;
  let rows = 0;
  let ratingsLeft = 0;
  const total = o.days * o.commentsPerDay;
  const begin = () => db.exec('BEGIN');
  const commit = () => db.exec('COMMIT');
  begin();
  const tick = () => {
    if (++rows % 50_000 === 0) {
      commit();
      begin();
    }
  };

  /** Writes one stage row; returns when it was met (or null). */
  const stage = (
    q: number,
    st: string,
    seq: number,
    start: number,
    windowMs: number,
    who: string | null,
    median: number,
    pNever: number,
  ): number | null => {
    const due = start + windowMs;
    const warn = start + Math.round(windowMs * 0.7);
    const never = rng() < pNever;
    const met = never || !who ? null : start + Math.max(500, lognormal(rng, median, 0.6));
    const breached = met === null || met > due ? due : null;
    const warned = met === null || met > warn ? warn : null;
    insDeadline.run(q, st, seq, start, due, warn, warned, met, breached, met === null ? null : who, null);
    tick();
    return met;
  };
  const event = (
    q: number,
    s: number,
    action: string,
    actor: string,
    role: string,
    at: number,
    detail: string | null,
  ) => {
    insEvent.run(q, s, action, actor, role, at, detail);
    tick();
  };

  for (let day = 0; day < o.days; day++) {
    const sid = day + 1;
    const showStart = o.start + day * 86_400_000;
    insSession.run(sid, `直播 第${sid}场`, showStart, showStart + SHOW_MS);
    const host = HOSTS[day % HOSTS.length];
    const cohosts = [COHOSTS[day % 4], COHOSTS[(day + 1) % 4]];
    const support = [0, 1, 2, 3].map((i) => SUPPORT[(day * 3 + i) % SUPPORT.length]);
    const dupCount = new Map<string, number>();
    for (let i = 0; i < o.commentsPerDay; i++) {
      const ts = showStart + Math.floor((i / o.commentsPerDay) * SHOW_MS) + Math.floor(rng() * 300);
      commentId++;
      const user = `u${Math.floor(rng() * 200_000)}`;
      if (rng() >= o.questionRatio) {
        insComment.run(
          commentId,
          sid,
          commentId.toString(36).padStart(8, '0'),
          user,
          `观众${user}`,
          pick(CHAT),
          'live',
          ts,
          0,
          null,
          null,
        );
        tick();
        continue;
      }
      const type = pickW();
      const complex = type === 'after_sales' || type === 'complaint';
      const text = complex ? pick(COMPLEX_TEXT[type]) : pick(SIMPLE_TEXT[type]);
      const channel = complex
        ? rng() < 0.6
          ? 'live'
          : 'dm'
        : rng() < 0.85
          ? 'live'
          : rng() < 0.6
            ? 'dm'
            : 'chat';
      const qid = ++questionId;
      const dupKey = `${type}:${text}`;
      const asks = dupCount.get(dupKey) ?? 0;
      dupCount.set(dupKey, asks + 1);
      insComment.run(
        commentId,
        sid,
        commentId.toString(36).padStart(8, '0'),
        user,
        `观众${user}`,
        text,
        channel,
        ts,
        1,
        type,
        qid,
      );
      tick();
      const cohost = pick(cohosts);
      const sup = pick(support);
      let status = 'answered';
      let assignee: string | null = null;
      event(qid, sid, 'ask', `观众${user}`, 'viewer', ts, text);
      if (!complex) {
        if (channel === 'live') {
          const who = rng() < 0.35 ? host : cohost;
          const met = stage(qid, 'D1', 1, ts, 30 * S, who, 12 * S, 0.04);
          if (met)
            event(
              qid,
              sid,
              'answer',
              who,
              who === host ? 'host' : 'cohost',
              met,
              rng() < 0.5 ? 'on_air' : 'reply: 好的亲',
            );
          else status = rng() < 0.5 ? 'dismissed' : 'open';
        } else {
          const met = stage(qid, 'D2', 1, ts, 60 * S, sup, 25 * S, 0.03);
          if (met) event(qid, sid, 'answer', sup, 'support', met, 'reply: 亲,您好');
          else status = 'open';
        }
      } else {
        assignee = sup;
        const handoff = stage(qid, 'D3', 1, ts, 60 * S, cohost, 25 * S, 0.01) ?? ts + 90 * S;
        event(qid, sid, 'handoff', cohost, 'cohost', handoff, '转客服');
        event(qid, sid, 'claim', sup, 'support', handoff + 5 * S, null);
        const contact = stage(qid, 'D4', 1, handoff, 120 * S, sup, 50 * S, 0.02) ?? handoff + 200 * S;
        event(qid, sid, 'contact', sup, 'support', contact, 'ETA 10 min: 您好,正在核实');
        let last = contact;
        const reps = Math.floor(rng() * 3);
        for (let k = 1; k <= reps; k++) {
          last = stage(qid, 'D6', k, last, 5 * MIN, sup, 3 * MIN, 0.02) ?? last + 6 * MIN;
          event(qid, sid, 'progress', sup, 'support', last, '正在处理');
        }
        const solved = stage(qid, 'D5', 1, handoff, 10 * MIN, sup, 6 * MIN, 0.02);
        if (type === 'complaint') {
          stage(qid, 'C1', 1, ts, 10 * MIN, sup, 3 * MIN, 0.01);
          if (rng() < 0.2) {
            stage(qid, 'C2', 1, ts + 4 * MIN, 30 * MIN, SUPERVISOR, 12 * MIN, 0.05);
            event(qid, sid, 'escalate', sup, 'support', ts + 4 * MIN, '要求赔偿');
          }
        }
        if (solved) {
          event(qid, sid, 'resolve', sup, 'support', solved, '已处理');
          const fu = stage(qid, 'D7', 1, solved, 60 * S, sup, 20 * S, 0.03);
          status = fu ? 'closed' : 'resolved';
          if (fu) {
            event(qid, sid, 'followup', sup, 'support', fu, '请问还有其他问题吗');
            if (rng() < 0.3) ratingsLeft++;
          }
          if (ratingsLeft > 0) {
            ratingsLeft--;
            const score = rng() < 0.85 ? 4 + Math.round(rng()) : 1 + Math.floor(rng() * 3);
            ratings.push([
              qid,
              sid,
              score,
              rng() < 0.7 ? 'followup' : 'viewer_reply',
              score >= 4 ? '满意' : '太慢了',
              sup,
              (fu ?? solved) + 10 * S,
            ]);
          }
        } else status = 'contacted';
      }
      insQuestion.run(
        qid,
        sid,
        commentId,
        channel,
        user,
        `观众${user}`,
        text,
        type,
        complex ? 'complex' : 'simple',
        status,
        assignee,
        1 + (asks > 0 && rng() < 0.3 ? Math.floor(rng() * 4) : 0),
        dupKey,
        ts,
        ts,
      );
      tick();
    }
    if ((day + 1) % 10 === 0 || day + 1 === o.days) {
      const secs = (performance.now() - t0) / 1000;
      log(
        `  生成 / generating: ${day + 1}/${o.days} 天 days, ${commentId.toLocaleString()}/${total.toLocaleString()} comments, ` +
          `${questionId.toLocaleString()} questions, ${secs.toFixed(0)} s`,
      );
    }
  }
  commit();
  log('  建立报表索引 / building the report indexes (migration 002)…');
  const ti = performance.now();
  migrate(db, 2);
  const insRating = db.prepare(
    `INSERT INTO ratings (question_id, session_id, score, source, comment, rated_by, rated_role, at)
     VALUES (?, ?, ?, ?, ?, ?, 'support', ?)`,
  );
  db.transaction(() => {
    for (const r of ratings) insRating.run(...r);
  })();
  log(`  索引完成 / indexes built in ${((performance.now() - ti) / 1000).toFixed(1)} s`);
  db.exec('ANALYZE');
  db.pragma('journal_mode = WAL');
  db.close();
  log(`  完成 / done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
