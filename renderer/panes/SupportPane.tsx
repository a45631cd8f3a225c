// 客服: handed-off questions and DMs: claim → contact (ETA) → progress → resolve → follow-up,
// complaints (accept, escalate to a supervisor, return visit), reassign / close / reopen; each card
// with its stage countdowns and history. Only the actions the current status allows are offered.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Question, QuestionEvent } from '../../shared/api';
import type { StageRecord } from '../../shared/deadlines/types';
import { actionLabel, type MessageKey } from '../i18n';
import { run } from '../api/desk';
import { AskCount, StatusBadge, TypeBadge } from '../components/Badges';
import { Countdown } from '../components/Countdown';
import { InlineForm } from '../components/InlineForm';
import { ReplyBox } from '../components/ReplyBox';
import { Handover } from '../components/Handover';
import { stageDescription, stageName } from '../components/StageLabel';
import { supportQueue } from '../store/reducers';
import { supportActions, type SupportAction } from '../store/supportActions';
import { tr, useDesk, useT } from '../store';
import { ViewerBadge } from '../components/ViewerBadge';

type Mode =
  | 'contact'
  | 'progress'
  | 'resolve'
  | 'followup'
  | 'reply'
  | 'escalate'
  | 'escalationReply'
  | 'returnVisit'
  | 'reassign';

const SUPPORT_STAGES = new Set(['D2', 'D4', 'D5', 'D6', 'D7', 'C1', 'C2', 'C3']);

export function SupportPane() {
  const t = useT();
  const queue = useDesk(useShallow((s) => supportQueue(s.questions)));
  const [editing, setEditing] = useState<{ id: number; mode: Mode } | null>(null);
  return (
    <section className="pane support-pane" data-testid="pane-support">
      <header className="pane-head">
        <h1>{t('support.queue')}</h1>
        <span className="pane-count">{queue.length}</span>
        <Handover />
      </header>
      {queue.length === 0 ? (
        <div className="empty big-empty">
          <div className="empty-title">{t('support.empty')}</div>
        </div>
      ) : (
        <div className="support-grid">
          {queue.map((q) => (
            <SupportCard
              key={q.id}
              q={q}
              mode={editing?.id === q.id ? editing.mode : null}
              setMode={(mode) => setEditing(mode ? { id: q.id, mode } : null)}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function Stages({ stages }: { stages: StageRecord[] }) {
  const lang = useDesk((s) => s.lang);
  const shown = stages.filter((s) => SUPPORT_STAGES.has(s.stage) && s.cancelledAt == null);
  if (shown.length === 0) return null;
  return (
    <div className="stages">
      {shown.map((s) => (
        <span
          className="stage-tag"
          key={`${s.stage}.${s.seq}`}
          data-testid={`stage-${s.stage}`}
          title={stageDescription(lang, s.stage)}
        >
          <span className="muted small">
            {stageName(lang, s)}
            {s.seq > 1 ? ` #${s.seq}` : ''}
          </span>
          <Countdown stage={s} />
        </span>
      ))}
    </div>
  );
}

function History({ questionId }: { questionId: number }) {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const [events, setEvents] = useState<QuestionEvent[] | null>(null);
  const [open, setOpen] = useState(false);
  const toggle = async () => {
    if (open) return setOpen(false);
    setOpen(true);
    const list = await run('question:history', { questionId });
    setEvents(list);
  };
  return (
    <div className="history">
      <button className="link" data-testid="support-history" onClick={() => void toggle()}>
        {open ? t('support.hideHistory') : t('support.history')}
      </button>
      {open && events && (
        <ol className="history-list">
          {events.length === 0 && <li className="muted">{t('support.noHistory')}</li>}
          {events.map((e) => (
            <li key={e.id}>
              <span className="c-time">{new Date(e.at).toLocaleTimeString()}</span>
              <b>{actionLabel(lang, e.action)}</b>
              <span className="muted">{e.actor}</span>
              {e.detail && <span className="detail">{e.detail}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function SupportCard({
  q,
  mode,
  setMode,
}: {
  q: Question;
  mode: Mode | null;
  setMode: (m: Mode | null) => void;
}) {
  const t = useT();
  const seat = useDesk((s) => s.seat);
  const done = (ok: unknown) => {
    if (ok) setMode(null);
  };
  const mine = q.assignee != null && q.assignee === seat?.name;
  const actions = supportActions(q);
  const supervisor = seat?.role === 'supervisor';
  const id = { questionId: q.id };
  // The first routine step is the primary button; an angry viewer's escalation is marked as urgent.
  const primary = actions.find((a) => !['reassign', 'close', 'reopen'].includes(a));
  const cls = (a: SupportAction) =>
    `btn${a === 'escalate' && q.angry ? ' danger' : a === primary || (a === 'escalationReply' && supervisor) ? ' primary' : ['reassign', 'close', 'reopen'].includes(a) ? ' ghost' : ''}`;
  const button = (a: SupportAction) => {
    const b = BUTTONS[a];
    const onClick = 'mode' in b ? () => setMode(b.mode) : () => void run(b.command, id, tr(b.ok));
    return (
      <button key={a} className={cls(a)} data-testid={`support-${b.testid}`} onClick={onClick}>
        {t(b.label)}
      </button>
    );
  };
  return (
    <article
      className={`card s-card status-${q.status}${q.angry ? ' angry' : ''}${q.type === 'complaint' ? ' complaint' : ''}`}
      data-testid="support-question"
      data-question-id={q.id}
      data-status={q.status}
      data-angry={q.angry ? 'true' : undefined}
    >
      <div className="card-top">
        <StatusBadge status={q.status} />
        <TypeBadge type={q.type} />
        {q.angry && (
          <span className="badge angry-badge" data-testid="support-angry" title={q.reasons.join('\n')}>
            ⚠ {t('support.angry')}
          </span>
        )}
        <span className="badge channel">{t(`channel.${q.channel}`)}</span>
        <AskCount n={q.askCount} />
        <span className="grow" />
        <span className={`assignee${mine ? ' mine' : ''}`}>
          {q.assignee ? t('support.assignee', { name: q.assignee }) : t('support.unassigned')}
        </span>
      </div>
      <div className="card-text">
        <ViewerBadge platform={q.platform} userId={q.userId} nickname={q.nickname} />
        {q.text}
      </div>
      {q.handoffNote && <div className="note">{t('support.note', { note: q.handoffNote })}</div>}
      {q.etaMinutes != null && (
        <div className="muted small">{t('support.eta.value', { n: q.etaMinutes })}</div>
      )}
      <Stages stages={q.stages} />
      {mode == null ? (
        <div className="card-actions">{actions.map(button)}</div>
      ) : mode === 'contact' ? (
        <ReplyBox
          testid="form-contact"
          questionType={q.type}
          number={{ label: t('support.eta'), initial: 10, min: 1, max: 1440 }}
          initial={tr('support.contactDefault', { n: 10 })}
          placeholder={t('support.message')}
          submitLabel={t('support.contact')}
          onCancel={() => setMode(null)}
          onSubmit={async (text, etaMinutes) =>
            done(
              await run('question:contact', { questionId: q.id, etaMinutes, text }, tr('support.contacted')),
            )
          }
        />
      ) : mode === 'progress' ? (
        <ReplyBox
          testid="form-progress"
          questionType={q.type}
          placeholder={t('support.message')}
          submitLabel={t('support.progress')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(await run('question:progress', { questionId: q.id, text }, tr('support.progressed')))
          }
        />
      ) : mode === 'resolve' ? (
        <ReplyBox
          testid="form-resolve"
          questionType={q.type}
          placeholder={t('support.message')}
          submitLabel={t('support.resolve')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(await run('question:resolve', { questionId: q.id, text }, tr('support.resolved')))
          }
        />
      ) : mode === 'reply' ? (
        <ReplyBox
          testid="form-reply"
          questionType={q.type}
          placeholder={t('cohost.replyPlaceholder')}
          submitLabel={t('cohost.send')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(await run('question:answer', { questionId: q.id, how: 'reply', text }, tr('cohost.replied')))
          }
        />
      ) : mode === 'escalate' ? (
        <InlineForm
          testid="form-escalate"
          placeholder={t('support.escalateNote')}
          submitLabel={t('support.escalate')}
          onCancel={() => setMode(null)}
          onSubmit={async (note) =>
            done(await run('question:escalate', { questionId: q.id, note }, tr('support.escalated')))
          }
        />
      ) : mode === 'escalationReply' ? (
        <InlineForm
          testid="form-escalation-reply"
          placeholder={t('support.message')}
          submitLabel={t('support.escalationReply')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(
              await run(
                'question:escalation-reply',
                { questionId: q.id, text },
                tr('support.escalationReplied'),
              ),
            )
          }
        />
      ) : mode === 'returnVisit' ? (
        <ReplyBox
          testid="form-return-visit"
          questionType={q.type}
          initial={tr('support.returnVisitText')}
          placeholder={t('support.message')}
          submitLabel={t('support.returnVisit')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(await run('question:return-visit', { questionId: q.id, text }, tr('support.returnVisited')))
          }
        />
      ) : mode === 'reassign' ? (
        <InlineForm
          testid="form-reassign"
          placeholder={t('support.reassignTo')}
          submitLabel={t('support.reassign')}
          onCancel={() => setMode(null)}
          onSubmit={async (to) =>
            done(
              await run(
                'question:reassign',
                { questionId: q.id, to },
                tr('support.reassigned', { name: to }),
              ),
            )
          }
        />
      ) : (
        <ReplyBox
          testid="form-followup"
          questionType={q.type}
          initial={tr('support.followupText')}
          placeholder={t('support.message')}
          submitLabel={t('support.followup')}
          rating={{ label: t('support.rating'), clearLabel: t('support.ratingClear') }}
          onCancel={() => setMode(null)}
          onSubmit={async (text, score) => {
            const followed = await run(
              'question:followup',
              { questionId: q.id, text },
              tr('support.followedUp'),
            );
            // 满意度: recorded at follow-up when the viewer gave one (report:rate feeds the reports).
            if (followed && score > 0) {
              await run('report:rate', { questionId: q.id, score, source: 'followup' }, tr('support.rated'));
            }
            done(followed);
          }}
        />
      )}
      <History questionId={q.id} />
    </article>
  );
}

type IdOnlyCommand = 'question:claim' | 'question:accept-complaint' | 'question:close' | 'question:reopen';
type ButtonSpec = { label: MessageKey; testid: string } & (
  { mode: Mode } | { command: IdOnlyCommand; ok: MessageKey }
);

const BUTTONS: Record<SupportAction, ButtonSpec> = {
  claim: { label: 'support.claim', testid: 'claim', command: 'question:claim', ok: 'support.claimed' },
  reply: { label: 'cohost.reply', testid: 'reply', mode: 'reply' },
  contact: { label: 'support.contact', testid: 'contact', mode: 'contact' },
  progress: { label: 'support.progress', testid: 'progress', mode: 'progress' },
  resolve: { label: 'support.resolve', testid: 'resolve', mode: 'resolve' },
  followup: { label: 'support.followup', testid: 'followup', mode: 'followup' },
  accept: {
    label: 'support.accept',
    testid: 'accept-complaint',
    command: 'question:accept-complaint',
    ok: 'support.accepted',
  },
  escalate: { label: 'support.escalate', testid: 'escalate', mode: 'escalate' },
  escalationReply: { label: 'support.escalationReply', testid: 'escalation-reply', mode: 'escalationReply' },
  returnVisit: { label: 'support.returnVisit', testid: 'return-visit', mode: 'returnVisit' },
  reassign: { label: 'support.reassign', testid: 'reassign', mode: 'reassign' },
  close: { label: 'support.close', testid: 'close', command: 'question:close', ok: 'support.closed' },
  reopen: { label: 'support.reopen', testid: 'reopen', command: 'question:reopen', ok: 'support.reopened' },
};
