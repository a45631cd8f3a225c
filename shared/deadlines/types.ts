// Types of the response-deadline core (SPEC "Deadlines"; seed 002 section 三).
import type { Channel, Complexity, QuestionType } from '../model';

/**
 * D1..D7 are the SPEC table rows; C1 complaint accepted (10 min), C2 escalation answered by a
 * supervisor (30 min), C3 return visit 回访 (1 day).
 */
export type StageId = 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7' | 'C1' | 'C2' | 'C3';
export const STAGE_IDS: readonly StageId[] = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'C1', 'C2', 'C3'];

/** One stage's deadline: its own row in the database. */
export interface StageRecord {
  stage: StageId;
  /**
   * 1 for the first row of a stage. It grows when a stage repeats: D6 (every contact / progress
   * update starts the next window), C2 (a second escalation) and any stage opened again on reopen.
   * (questionId, stage, seq) is unique.
   */
  seq: number;
  startedAt: number;
  dueAt: number;
  warnAt: number;
  warnedAt: number | null;
  metAt: number | null;
  breachedAt: number | null;
  /** Seat name of who met it (null while open or when closed by dismissal). */
  metBy: string | null;
  /** Set when a stage stops mattering (question dismissed / merged) before being met or breached. */
  cancelledAt: number | null;
  policyVersion: number;
}

export type QuestionStatus =
  | 'open' // waiting for host / co-host (or support for DMs)
  | 'answered' // answered on air or by reply (simple); waiting for nothing
  | 'handed_off' // complex: handed to support, not claimed yet
  | 'claimed'
  | 'contacted' // first contact made with an ETA
  | 'resolved' // solution given; follow-up (D7) pending
  | 'closed'
  | 'escalated'
  | 'dismissed';

export interface StagePolicy {
  /** Window in ms. Must be > 0. */
  windowMs: number;
  /** Fraction of the window at which to warn, 0 < warnAt < 1. */
  warnRatio: number;
}

export interface Policy {
  version: number;
  stages: Record<StageId, StagePolicy>;
  /** Per question type and/or channel overrides, e.g. `{ 'after_sales': { D5: {...} } }`, key `type`, `channel:${ch}` or `${type}|${channel}`. */
  overrides: Record<string, Partial<Record<StageId, StagePolicy>>>;
}

export interface QuestionCore {
  id: number;
  status: QuestionStatus;
  type: QuestionType;
  complexity: Complexity;
  channel: Channel;
  askedAt: number;
  assignee: string | null;
  stages: StageRecord[];
}

export type DeskAction =
  | { kind: 'answer'; by: string; how: 'on_air' | 'reply'; text?: string }
  | { kind: 'handoff'; by: string; note: string }
  | { kind: 'claim'; by: string }
  | { kind: 'contact'; by: string; etaMinutes: number; text: string }
  | { kind: 'progress'; by: string; text: string; needsCoordination?: boolean }
  | { kind: 'resolve'; by: string; text: string }
  | { kind: 'followup'; by: string; text?: string }
  | { kind: 'close'; by: string }
  | { kind: 'reopen'; by: string }
  | { kind: 'reassign'; by: string; to: string }
  | { kind: 'dismiss'; by: string; reason: string }
  | { kind: 'escalate'; by: string; note: string }
  | { kind: 'supervisor_reply'; by: string; text: string }
  | { kind: 'accept_complaint'; by: string }
  | { kind: 'return_visit'; by: string; text: string };

export type DeskActionKind = DeskAction['kind'];

/** A warning or a breach produced when time advances. `at` is the due moment, not "now". */
export interface DeadlineAlert {
  questionId: number;
  stage: StageId;
  seq: number;
  level: 'warning' | 'breached';
  at: number;
}
