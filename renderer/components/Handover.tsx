// 交接班: at the end of a shift a seat writes a note; the open questions (unanswered, or owed by support)
// go with it automatically. The next shift sees the newest unacknowledged handover as a banner and
// confirms it (who and when are recorded); the history lists every handover. Mounted in a pane header:
// the buttons sit in the header row, the banner takes the row below it.
import { useEffect, useRef, useState } from 'react';
import { STAGE_LABELS } from '../../shared/deadlines/labels';
import { handoverCounts, handoverText } from '../../shared/knowledge/handover';
import type { Handover as HandoverT, HandoverQuestion } from '../../shared/knowledge/types';
import type { Role } from '../../shared/model';
import { call, run } from '../api/desk';
import { roleKey } from '../i18n';
import { toast, tr, useDesk, useT } from '../store';
import { StatusBadge } from './Badges';
import { applyHandover, useLatestHandover } from './knowledgeStore';

const SHOWN_IN_BANNER = 6;

const hm = (ts: number) => new Date(ts).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const when = (ts: number) =>
  new Date(ts).toLocaleString([], { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

function roleName(role: string): string {
  return ['host', 'cohost', 'support', 'ops', 'supervisor'].includes(role) ? tr(roleKey(role as Role)) : role;
}

export function HandoverQuestionLine({ q }: { q: HandoverQuestion }) {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  return (
    <li
      className={`ho-q${q.stillOpen ? '' : ' done'}${q.stillOpen && q.breached ? ' breached' : ''}`}
      data-testid="handover-question"
      data-question-id={q.id}
      data-open={q.stillOpen}
    >
      <span className="ho-q-id">#{q.id}</span>
      <StatusBadge status={q.status} />
      <span className="ho-owner">{t(q.owner === 'support' ? 'ho.owner.support' : 'ho.owner.host')}</span>
      {q.assignee && <span className="muted small">{q.assignee}</span>}
      {q.stillOpen && q.nextStage && (
        <span className={q.breached ? 'bad-text small' : 'muted small'}>
          {STAGE_LABELS[q.nextStage][lang]} ·{' '}
          {q.breached
            ? t('ho.overdue', { time: hm(q.nextDueAt ?? 0) })
            : t('ho.due', { time: hm(q.nextDueAt ?? 0) })}
        </span>
      )}
      {!q.stillOpen && <span className="ok-text small">{t('ho.done')}</span>}
      <span className="ho-q-text">
        {q.nickname}：{q.text}
      </span>
    </li>
  );
}

async function copyText(h: HandoverT): Promise<void> {
  const lang = useDesk.getState().lang;
  try {
    await navigator.clipboard.writeText(handoverText(h, lang, -new Date().getTimezoneOffset()));
    toast('ok', tr('ho.copied'));
  } catch {
    toast('error', tr('ho.copyFailed'));
  }
}

async function acknowledge(h: HandoverT): Promise<void> {
  const r = await run('handover:ack', { id: h.id }, tr('ho.acked'));
  if (r) applyHandover(r);
}

function Banner({ h }: { h: HandoverT }) {
  const t = useT();
  const counts = handoverCounts(h);
  const open = h.questions.filter((q) => q.stillOpen);
  return (
    <section
      className="handover-banner"
      role="region"
      aria-label={t('ho.pending')}
      data-testid="handover-banner"
    >
      <div className="handover-banner-head">
        <b className="handover-flag">{t('ho.pending')}</b>
        <span>{t('ho.from', { name: h.author, role: roleName(h.role), time: when(h.createdAt) })}</span>
        <span className={counts.breached ? 'bad-text' : 'muted'} data-testid="handover-counts">
          {t('ho.counts', { n: counts.open, s: counts.support, b: counts.breached })}
        </span>
        <span className="grow" />
        <button className="btn ghost small" onClick={() => void copyText(h)}>
          {t('ho.copy')}
        </button>
        <button className="btn primary" data-testid="handover-ack" onClick={() => void acknowledge(h)}>
          ✓ {t('ho.ack')}
        </button>
      </div>
      <p className="handover-note" data-testid="handover-note">
        {h.note}
      </p>
      {open.length > 0 && (
        <ul className="ho-list">
          {open.slice(0, SHOWN_IN_BANNER).map((q) => (
            <HandoverQuestionLine key={q.id} q={q} />
          ))}
          {open.length > SHOWN_IN_BANNER && (
            <li className="muted small">{t('ho.more', { n: open.length - SHOWN_IN_BANNER })}</li>
          )}
        </ul>
      )}
    </section>
  );
}

export function Handover() {
  const t = useT();
  const seat = useDesk((s) => s.seat);
  const latest = useLatestHandover();
  const [dialog, setDialog] = useState<'write' | 'history' | null>(null);
  const pending = latest != null && latest.acknowledgedAt == null;
  const mine = pending && latest.author === seat?.name;
  return (
    <div className="handover-bar" data-testid="handover-bar">
      <span className="handover-actions">
        {mine && (
          <span className="muted small" data-testid="handover-waiting">
            {t('ho.yours')}
          </span>
        )}
        <button className="btn" data-testid="handover-write" onClick={() => setDialog('write')}>
          {t('ho.write')}
        </button>
        <button className="btn ghost" data-testid="handover-history" onClick={() => setDialog('history')}>
          {t('ho.history')}
        </button>
      </span>
      {pending && !mine && <Banner h={latest} />}
      {dialog && <HandoverDialog tab={dialog} setTab={setDialog} onClose={() => setDialog(null)} />}
    </div>
  );
}

function HandoverDialog({
  tab,
  setTab,
  onClose,
}: {
  tab: 'write' | 'history';
  setTab: (t: 'write' | 'history') => void;
  onClose: () => void;
}) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // Esc closes wherever the focus is (the history tab has no field to hold it).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  useEffect(() => {
    if (!box.current?.contains(document.activeElement)) box.current?.focus();
  }, [tab]);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={box}
        tabIndex={-1}
        className="modal handover-modal"
        role="dialog"
        aria-modal
        aria-labelledby="handover-title"
        data-testid="handover-dialog"
      >
        <div className="handover-modal-head">
          <h2 id="handover-title">{t('ho.title')}</h2>
          <nav className="handover-tabs" role="tablist">
            <button
              role="tab"
              aria-selected={tab === 'write'}
              className={`btn ${tab === 'write' ? 'primary' : 'ghost'}`}
              data-testid="handover-tab-write"
              onClick={() => setTab('write')}
            >
              {t('ho.write')}
            </button>
            <button
              role="tab"
              aria-selected={tab === 'history'}
              className={`btn ${tab === 'history' ? 'primary' : 'ghost'}`}
              data-testid="handover-tab-history"
              onClick={() => setTab('history')}
            >
              {t('ho.history')}
            </button>
          </nav>
          <span className="grow" />
          <button className="btn ghost" onClick={onClose} aria-label={t('ho.close')}>
            ✕
          </button>
        </div>
        {tab === 'write' ? <WriteForm onDone={onClose} /> : <History />}
      </div>
    </div>
  );
}

function WriteForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<HandoverQuestion[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('handover:preview', {}).then((r) => {
      if (r.ok) setPreview(r.value.questions);
      else setError(r.message);
    });
  }, []);

  const submit = async () => {
    if (busy) return;
    if (!note.trim()) {
      setError(tr('ho.noteRequired'));
      return;
    }
    setBusy(true);
    const r = await call('handover:create', { note });
    setBusy(false);
    if (!r.ok) return setError(r.message);
    applyHandover(r.value);
    toast('ok', tr('ho.submitted', { n: r.value.questionIds.length }));
    onDone();
  };

  return (
    <form
      className="handover-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label className="field">
        <span>{t('ho.note')}</span>
        <textarea
          autoFocus
          className="text-area"
          data-testid="handover-text"
          rows={5}
          maxLength={2000}
          value={note}
          placeholder={t('ho.notePlaceholder')}
          onChange={(e) => {
            setNote(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            }
          }}
        />
      </label>
      <div className="muted small" data-testid="handover-preview-count">
        {preview == null
          ? t('settings.loading')
          : preview.length === 0
            ? t('ho.noOpen')
            : t('ho.willCarry', { n: preview.length })}
      </div>
      {preview && preview.length > 0 && (
        <ul className="ho-list ho-scroll" data-testid="handover-preview">
          {preview.map((q) => (
            <HandoverQuestionLine key={q.id} q={q} />
          ))}
        </ul>
      )}
      {error && (
        <div className="form-error" role="alert" data-testid="handover-error">
          {error}
        </div>
      )}
      <div className="modal-actions">
        <span className="muted small grow">{t('ho.keys')}</span>
        <button type="submit" className="btn primary" data-testid="handover-submit" disabled={busy}>
          {t('ho.submit')}
        </button>
      </div>
    </form>
  );
}

function History() {
  const t = useT();
  const seat = useDesk((s) => s.seat);
  const [list, setList] = useState<HandoverT[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    void call('handover:list', { limit: 30 }).then((r) => (r.ok ? setList(r.value) : setError(r.message)));
  useEffect(load, []);
  if (error) return <div className="form-error">{error}</div>;
  if (!list) return <div className="muted">{t('settings.loading')}</div>;
  if (list.length === 0) return <div className="empty">{t('ho.none')}</div>;
  return (
    <ol className="ho-history ho-scroll" data-testid="handover-list">
      {list.map((h) => {
        const c = handoverCounts(h);
        return (
          <li key={h.id} data-testid="handover-item" data-id={h.id}>
            <div className="ho-history-head">
              <b>#{h.id}</b>
              <span>{t('ho.from', { name: h.author, role: roleName(h.role), time: when(h.createdAt) })}</span>
              <span className="muted small">
                {t('ho.counts', { n: c.open, s: c.support, b: c.breached })}
              </span>
              <span className="grow" />
              {h.acknowledgedAt != null ? (
                <span className="ok-text small" data-testid="handover-acked">
                  {t('ho.ackedBy', { name: h.acknowledgedBy ?? '?', time: when(h.acknowledgedAt) })}
                </span>
              ) : (
                <>
                  <span className="warn-text small">{t('ho.unacked')}</span>
                  {h.author !== seat?.name && (
                    <button
                      className="btn small"
                      onClick={() => void acknowledge(h).then(load)}
                      data-testid="handover-item-ack"
                    >
                      {t('ho.ack')}
                    </button>
                  )}
                </>
              )}
              <button className="btn ghost small" onClick={() => void copyText(h)}>
                {t('ho.copy')}
              </button>
            </div>
            <p className="handover-note">{h.note}</p>
            {h.questions.length > 0 && (
              <details>
                <summary className="muted small">{t('ho.questions', { n: h.questions.length })}</summary>
                <ul className="ho-list">
                  {h.questions.map((q) => (
                    <HandoverQuestionLine key={q.id} q={q} />
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
