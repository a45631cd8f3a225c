// 主播: the open live-room simple questions, big and calm. ↑/↓ select, Enter/Space answered on
// air, H hand off.
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Question } from '../../shared/api';
import { openStage } from '../lib/countdown';
import { run } from '../api/desk';
import { AskCount, TypeBadge } from '../components/Badges';
import { Countdown } from '../components/Countdown';
import { hostQueue, moveSelection } from '../store/reducers';
import { setHostSelected, tr, useDesk, useT } from '../store';
import { ViewerBadge } from '../components/ViewerBadge';

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

async function answer(q: Question) {
  await run('question:answer', { questionId: q.id, how: 'on_air' }, tr('host.answered'));
}
async function handoff(q: Question) {
  await run('question:handoff', { questionId: q.id, note: '' }, tr('host.handedOff'));
}

export function HostPane() {
  const t = useT();
  const queue = useDesk(useShallow((s) => hostQueue(s.questions)));
  const selected = useDesk((s) => s.hostSelected);
  const blocked = useDesk((s) => s.seatDialogOpen);
  const listRef = useRef<HTMLDivElement>(null);

  // Keep a valid selection as questions come and go.
  const ids = queue.map((q) => q.id);
  const current = selected != null && ids.includes(selected) ? selected : (ids[0] ?? null);
  useEffect(() => {
    if (current !== selected) setHostSelected(current);
  }, [current, selected]);

  useEffect(() => {
    if (blocked) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || isTypingTarget(e.target)) return;
      const q = queue.find((x) => x.id === current);
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setHostSelected(moveSelection(ids, current, e.key === 'ArrowDown' ? 1 : -1));
      } else if ((e.key === 'Enter' || e.key === ' ') && q) {
        // A focused button (e.g. a viewer's name after its history drawer closed) handles its own key.
        if (e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.tagName === 'A'))
          return;
        e.preventDefault();
        void answer(q);
      } else if ((e.key === 'h' || e.key === 'H') && q) {
        e.preventDefault();
        void handoff(q);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    listRef.current
      ?.querySelector(`[data-question-id="${current}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [current]);

  return (
    <section className="pane host-pane" data-testid="pane-host">
      <header className="pane-head">
        <h1>{t('tab.host')}</h1>
        <span className="pane-count" data-testid="host-count">
          {t('host.waiting', { n: queue.length })}
        </span>
        <span className="keys-hint">{t('host.keys')}</span>
      </header>
      {queue.length === 0 ? (
        <div className="empty big-empty" data-testid="host-empty">
          <div className="empty-title">{t('host.empty')}</div>
          <div className="empty-hint">{t('host.emptyHint')}</div>
        </div>
      ) : (
        <div className="host-list" ref={listRef} role="listbox" aria-label={t('tab.host')}>
          {queue.map((q) => (
            <HostCard key={q.id} q={q} selected={q.id === current} />
          ))}
        </div>
      )}
    </section>
  );
}

function HostCard({ q, selected }: { q: Question; selected: boolean }) {
  const t = useT();
  const stage = openStage(q.stages, 'D1') ?? openStage(q.stages);
  const late = useDesk((s) => (stage ? s.now >= stage.dueAt || stage.breachedAt != null : false));
  return (
    <article
      className={`host-card${selected ? ' selected' : ''}${late ? ' late' : ''}`}
      data-testid="host-question"
      data-question-id={q.id}
      role="option"
      aria-selected={selected}
      onClick={() => setHostSelected(q.id)}
    >
      <div className="host-main">
        <div className="host-meta">
          <ViewerBadge platform={q.platform} userId={q.userId} nickname={q.nickname} />
          <TypeBadge type={q.type} />
          <AskCount n={q.askCount} />
        </div>
        <div className="host-text">{q.text}</div>
        {selected && (
          <div className="host-actions">
            <button className="btn primary" data-testid="host-answer" onClick={() => void answer(q)}>
              {t('host.answer')} <kbd>Enter</kbd>
            </button>
            <button className="btn" data-testid="host-handoff" onClick={() => void handoff(q)}>
              {t('host.handoff')} <kbd>H</kbd>
            </button>
          </div>
        )}
      </div>
      <div className="host-timer">{stage && <Countdown stage={stage} size="xl" />}</div>
    </article>
  );
}
