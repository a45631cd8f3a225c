// The full comment stream, newest first, virtualized: only the rows in view are in the DOM.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DeskComment } from '../../shared/model';
import type { MessageKey } from '../i18n';
import { filterComments, isFlagged, isQuestionComment } from '../store/reducers';
import { setCommentFilter, useDesk, useT } from '../store';
import type { CommentFilter } from '../store/reducers';

const ROW = 40;
const OVERSCAN = 8;
const FILTERS: CommentFilter[] = ['all', 'questions', 'flagged'];

function clock(ts: number): string {
  const d = new Date(ts);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export function CommentStream() {
  const t = useT();
  const all = useDesk((s) => s.comments);
  const filter = useDesk((s) => s.commentFilter);
  const rows = useMemo(() => filterComments(all, filter), [all, filter]);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  const firstId = useRef<number | null>(null);

  // Rows are prepended: if the reader has scrolled down, keep what they are reading in place.
  useLayoutEffect(() => {
    const el = scroller.current;
    const prevFirst = firstId.current;
    firstId.current = rows[0]?.id ?? null;
    if (!el || prevFirst == null || el.scrollTop < 4) return;
    const shift = rows.findIndex((c) => c.id === prevFirst);
    if (shift > 0) el.scrollTop += shift * ROW;
  }, [rows]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const start = Math.max(0, Math.floor(view.top / ROW) - OVERSCAN);
  const end = Math.min(rows.length, Math.ceil((view.top + view.height) / ROW) + OVERSCAN);

  return (
    <div className="stream">
      <div className="stream-head">
        <h2>{t('cohost.stream')}</h2>
        <div className="seg" role="tablist">
          {FILTERS.map((f) => (
            <button
              key={f}
              role="tab"
              aria-selected={filter === f}
              className={filter === f ? 'on' : ''}
              data-testid={`filter-${f}`}
              onClick={() => setCommentFilter(f)}
            >
              {t(`cohost.filter.${f}` as MessageKey)}
            </button>
          ))}
        </div>
        <span className="muted small">{t('cohost.rows', { n: rows.length })}</span>
      </div>
      <div
        className="stream-scroll"
        ref={scroller}
        data-testid="comment-stream"
        onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      >
        {rows.length === 0 ? (
          <div className="empty">{t('cohost.noComments')}</div>
        ) : (
          <div style={{ height: rows.length * ROW, position: 'relative' }}>
            {rows.slice(start, end).map((c, i) => (
              <CommentRow key={c.id} c={c} top={(start + i) * ROW} />
            ))}
          </div>
        )}
      </div>
    </div>
  );
}

function CommentRow({ c, top }: { c: DeskComment; top: number }) {
  const t = useT();
  const cls = c.classification;
  const question = isQuestionComment(c);
  const flagged = isFlagged(c);
  const reasons = cls.reasons.join('\n');
  return (
    <div
      className={`comment${question ? ' is-question' : ''}${flagged ? ' is-flagged' : ''}${c.kind !== 'chat' ? ' is-event' : ''}`}
      style={{ top, height: ROW }}
      data-testid="comment-row"
      data-comment-id={c.id}
      title={reasons || undefined}
    >
      <span className="c-time">{clock(c.ts)}</span>
      <span className="c-nick">{c.nickname}</span>
      <span className="c-text">{c.text}</span>
      <span className="c-flags">
        {question && <span className="flag flag-q">{t('flag.question')}</span>}
        {cls.moderation !== 'ok' && (
          <span className={`flag flag-${cls.moderation}`} title={reasons} data-testid="comment-flag">
            {t(`flag.${cls.moderation}` as MessageKey)}
          </span>
        )}
        {cls.angry && (
          <span className="flag flag-angry" title={reasons}>
            {t('flag.angry')}
          </span>
        )}
      </span>
    </div>
  );
}
