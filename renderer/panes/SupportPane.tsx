// 客服: handed-off questions and DMs: claim → contact (ETA) → progress → resolve → follow-up,
// each card with its stage countdowns and history.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Question, QuestionEvent } from '../../shared/api';
import type { StageRecord } from '../../shared/deadlines/types';
import { actionLabel } from '../i18n';
import { run } from '../api/desk';
import { AskCount, StatusBadge, TypeBadge } from '../components/Badges';
import { Countdown } from '../components/Countdown';
import { InlineForm } from '../components/InlineForm';
import { stageDescription, stageName } from '../components/StageLabel';
import { supportQueue } from '../store/reducers';
import { tr, useDesk, useT } from '../store';

type Mode = 'contact' | 'progress' | 'resolve' | 'followup' | 'reply';

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
  const working = q.status === 'claimed' || q.status === 'contacted';
  return (
    <article
      className={`card s-card status-${q.status}`}
      data-testid="support-question"
      data-question-id={q.id}
      data-status={q.status}
    >
      <div className="card-top">
        <StatusBadge status={q.status} />
        <TypeBadge type={q.type} />
        <span className="badge channel">{t(`channel.${q.channel}`)}</span>
        <AskCount n={q.askCount} />
        <span className="grow" />
        <span className={`assignee${mine ? ' mine' : ''}`}>
          {q.assignee ? t('support.assignee', { name: q.assignee }) : t('support.unassigned')}
        </span>
      </div>
      <div className="card-text">
        <span className="nick">{q.nickname}</span>
        {q.text}
      </div>
      {q.handoffNote && <div className="note">{t('support.note', { note: q.handoffNote })}</div>}
      {q.etaMinutes != null && (
        <div className="muted small">{t('support.eta.value', { n: q.etaMinutes })}</div>
      )}
      <Stages stages={q.stages} />
      {mode == null ? (
        <div className="card-actions">
          {(q.status === 'handed_off' || (q.status === 'open' && !q.assignee)) && (
            <button
              className="btn primary"
              data-testid="support-claim"
              onClick={() => void run('question:claim', { questionId: q.id }, tr('support.claimed'))}
            >
              {t('support.claim')}
            </button>
          )}
          {q.status === 'open' && (
            <button className="btn" onClick={() => setMode('reply')}>
              {t('cohost.reply')}
            </button>
          )}
          {q.status === 'claimed' && (
            <button className="btn primary" data-testid="support-contact" onClick={() => setMode('contact')}>
              {t('support.contact')}
            </button>
          )}
          {working && (
            <button className="btn" data-testid="support-progress" onClick={() => setMode('progress')}>
              {t('support.progress')}
            </button>
          )}
          {working && (
            <button
              className={`btn${q.status === 'contacted' ? ' primary' : ''}`}
              data-testid="support-resolve"
              onClick={() => setMode('resolve')}
            >
              {t('support.resolve')}
            </button>
          )}
          {q.status === 'resolved' && (
            <button
              className="btn primary"
              data-testid="support-followup"
              onClick={() => setMode('followup')}
            >
              {t('support.followup')}
            </button>
          )}
        </div>
      ) : mode === 'contact' ? (
        <InlineForm
          testid="form-contact"
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
        <InlineForm
          testid="form-progress"
          placeholder={t('support.message')}
          submitLabel={t('support.progress')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(await run('question:progress', { questionId: q.id, text }, tr('support.progressed')))
          }
        />
      ) : mode === 'resolve' ? (
        <InlineForm
          testid="form-resolve"
          placeholder={t('support.message')}
          submitLabel={t('support.resolve')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(await run('question:resolve', { questionId: q.id, text }, tr('support.resolved')))
          }
        />
      ) : mode === 'reply' ? (
        <InlineForm
          testid="form-reply"
          placeholder={t('cohost.replyPlaceholder')}
          submitLabel={t('cohost.send')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(await run('question:answer', { questionId: q.id, how: 'reply', text }, tr('cohost.replied')))
          }
        />
      ) : (
        <InlineForm
          testid="form-followup"
          initial={tr('support.followupText')}
          placeholder={t('support.message')}
          submitLabel={t('support.followup')}
          onCancel={() => setMode(null)}
          onSubmit={async (text) =>
            done(await run('question:followup', { questionId: q.id, text }, tr('support.followedUp')))
          }
        />
      )}
      <History questionId={q.id} />
    </article>
  );
}
