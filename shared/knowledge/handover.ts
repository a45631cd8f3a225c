// Shift handover (交接): which questions the next shift inherits and how they read. Seed 001: 早班客服
// 下班前要和晚班客服做好工作交接 … 下班退号最后一件事：留言给下位值班人员 — the note is the 留言, and the
// open questions are listed for the writer, so nothing owed is forgotten.
import type { Question } from '../api';
import type { QuestionStatus, StageRecord } from '../deadlines/types';
import { STAGE_LABELS, STATUS_LABELS } from '../deadlines/labels';
import type { Handover, HandoverOwner, HandoverQuestion } from './types';

/** At most this many question ids are carried by one handover. */
export const HANDOVER_MAX_QUESTIONS = 500;

const WAITING: ReadonlySet<QuestionStatus> = new Set([
  'open',
  'handed_off',
  'claimed',
  'contacted',
  'escalated',
]);
const SUPPORT_STATUSES: ReadonlySet<QuestionStatus> = new Set([
  'handed_off',
  'claimed',
  'contacted',
  'escalated',
  'resolved',
  'closed',
]);

const runningStage = (s: StageRecord) => s.metAt === null && s.cancelledAt === null;

/**
 * Still owed something: waiting for an answer / support, or done but with a stage still running (the
 * follow-up after a solution, D7; a complaint's return visit, C3).
 */
export function isStillOpen(q: Pick<Question, 'status' | 'stages'>): boolean {
  if (WAITING.has(q.status)) return true;
  if (q.status === 'resolved' || q.status === 'closed') return q.stages.some(runningStage);
  return false;
}

/** Support owes DMs / chat-window questions and everything handed off; the host / co-host the rest. */
export function ownerOf(q: Pick<Question, 'status' | 'channel'>): HandoverOwner {
  return SUPPORT_STATUSES.has(q.status) || q.channel !== 'live' ? 'support' : 'host';
}

export function toHandoverQuestion(q: Question): HandoverQuestion {
  const running = q.stages.filter(runningStage);
  const next = running.reduce<StageRecord | null>((a, s) => (a && a.dueAt <= s.dueAt ? a : s), null);
  return {
    id: q.id,
    status: q.status,
    type: q.type,
    channel: q.channel,
    nickname: q.nickname,
    text: q.text,
    assignee: q.assignee,
    owner: ownerOf(q),
    nextStage: next?.stage ?? null,
    nextDueAt: next?.dueAt ?? null,
    breached: running.some((s) => s.breachedAt != null),
    stillOpen: isStillOpen(q),
  };
}

/** Most urgent first: support's, then breached, then the earliest due, then the oldest. */
export function compareHandoverQuestions(a: HandoverQuestion, b: HandoverQuestion): number {
  return (
    Number(b.stillOpen) - Number(a.stillOpen) ||
    Number(b.owner === 'support') - Number(a.owner === 'support') ||
    Number(b.breached) - Number(a.breached) ||
    (a.nextDueAt ?? Number.POSITIVE_INFINITY) - (b.nextDueAt ?? Number.POSITIVE_INFINITY) ||
    a.id - b.id
  );
}

/** The questions a handover written now carries, most urgent first. */
export function openQuestionsForHandover(questions: readonly Question[]): HandoverQuestion[] {
  return questions
    .filter(isStillOpen)
    .map(toHandoverQuestion)
    .sort(compareHandoverQuestions)
    .slice(0, HANDOVER_MAX_QUESTIONS);
}

/** Counts for the banner: still open now, of them owed by support, of them breached. */
export function handoverCounts(h: Pick<Handover, 'questions'>): {
  open: number;
  support: number;
  breached: number;
} {
  const open = h.questions.filter((q) => q.stillOpen);
  return {
    open: open.length,
    support: open.filter((q) => q.owner === 'support').length,
    breached: open.filter((q) => q.breached).length,
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** HH:MM in the given offset (minutes east of UTC), so the text is the same on every seat. */
function clock(ts: number, tzOffsetMin: number): string {
  const d = new Date(ts + tzOffsetMin * 60_000);
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/**
 * The handover as plain text (to copy into the team's chat or the 交接本): the note, then one line per
 * question still open — id, status, the stage due next and when, who asked what.
 */
export function handoverText(h: Handover, lang: 'zh' | 'en', tzOffsetMin = 480): string {
  const zh = lang === 'zh';
  const lines = [
    zh
      ? `交接 #${h.id} · ${h.author} · ${clock(h.createdAt, tzOffsetMin)}`
      : `Handover #${h.id} · ${h.author} · ${clock(h.createdAt, tzOffsetMin)}`,
    h.note,
  ];
  const open = h.questions.filter((q) => q.stillOpen);
  lines.push(zh ? `未结问题 ${open.length} 个：` : `${open.length} open question(s):`);
  for (const q of open) {
    const status = STATUS_LABELS[q.status][lang];
    const stage = q.nextStage
      ? `${STAGE_LABELS[q.nextStage][lang]} ${zh ? (q.breached ? '已超时' : '截止') : q.breached ? 'overdue since' : 'due'} ${clock(q.nextDueAt ?? 0, tzOffsetMin)}`
      : '';
    const who = q.assignee ? ` (${q.assignee})` : '';
    lines.push(`#${q.id} ${status}${who}${stage ? ` · ${stage}` : ''} · ${q.nickname}：${q.text}`);
  }
  return lines.join('\n');
}
