// Which actions a Support card offers for a question, judged from its status and open stages the
// same way the deadline core (shared/deadlines/lifecycle.ts) accepts them, so the pane shows only
// what the server would allow. Order is display order.
import type { Question } from '../../shared/api';
import type { StageId } from '../../shared/deadlines/types';

export type SupportAction =
  | 'claim'
  | 'reply'
  | 'contact'
  | 'progress'
  | 'resolve'
  | 'followup'
  | 'accept'
  | 'escalate'
  | 'escalationReply'
  | 'returnVisit'
  | 'reassign'
  | 'close'
  | 'reopen';

const hasOpen = (q: Question, id: StageId) =>
  q.stages.some((s) => s.stage === id && s.metAt == null && s.cancelledAt == null);

export function supportActions(q: Question): SupportAction[] {
  const ended = q.status === 'closed' || q.status === 'dismissed';
  const flow = new Set<SupportAction>();
  const extra: SupportAction[] = [];
  // A complaint is accepted first (C1, 10 min), whatever else is still to do.
  if (hasOpen(q, 'C1')) flow.add('accept');
  if (!ended && q.assignee == null && ['handed_off', 'open', 'escalated'].includes(q.status)) {
    flow.add('claim');
  }
  if (q.status === 'open' && (hasOpen(q, 'D1') || hasOpen(q, 'D2') || hasOpen(q, 'D3'))) flow.add('reply');
  if (!ended && q.assignee != null && hasOpen(q, 'D4')) flow.add('contact');
  if (!ended && q.assignee != null && hasOpen(q, 'D5') && !hasOpen(q, 'D4')) flow.add('progress');
  if (!ended && q.assignee != null && hasOpen(q, 'D5')) flow.add('resolve');
  if (q.status !== 'dismissed' && hasOpen(q, 'D7')) flow.add('followup');
  if (hasOpen(q, 'C2')) flow.add('escalationReply');
  if (hasOpen(q, 'C3')) flow.add('returnVisit');
  // Escalation is for complaints, after-sales (compensation beyond policy), angry viewers, and work
  // support has taken on; a plain unclaimed question is claimed or answered first.
  const escalatable =
    q.angry ||
    q.type === 'complaint' ||
    q.type === 'after_sales' ||
    q.status === 'claimed' ||
    q.status === 'contacted' ||
    q.status === 'resolved';
  const canEscalate = !ended && !hasOpen(q, 'C2') && escalatable;
  if (!ended && q.status !== 'answered') extra.push('reassign');
  if (q.status === 'answered' || q.status === 'resolved') extra.push('close');
  if (['answered', 'resolved', 'closed', 'dismissed'].includes(q.status)) extra.push('reopen');
  // An angry viewer: escalation comes first, before the routine steps.
  if (canEscalate && q.angry) return ['escalate', ...flow, ...extra];
  return [...flow, ...(canEscalate ? (['escalate'] as SupportAction[]) : []), ...extra];
}
