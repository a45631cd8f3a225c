// The full comment stream, newest first, virtualized: only the rows in view are in the DOM.
// Co-host moderation lives here too: hidden comments leave the stream (a 已隐藏 view shows them again),
// flagged ones are listed in 已上报, and the selected row takes keys (H hide, M mute, F flag, Enter history).
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DeskComment } from '../../shared/model';
import type { FlagRecord } from '../../shared/apiViewers';
import { formatRemaining, muteRemainingMs, viewerKey } from '../../shared/viewers/mute';
import type { MessageKey } from '../i18n';
import { filterComments, isFlagged, isQuestionComment } from '../store/reducers';
import { setCommentFilter, useDesk, useT } from '../store';
import type { CommentFilter } from '../store/reducers';
import { isHidden, openHistory, setStreamView, useViewerSync, useViewers } from '../viewers/state';
import { flagComment, hideComment, muteViewer, unhideComment, unmuteViewer } from '../viewers/actions';
import { ModerationControls } from './ModerationControls';
import { ViewerBadge } from './ViewerBadge';
import { ensureHistoryDrawer } from './ViewerHistory';

const ROW = 40;
const OVERSCAN = 8;
const FILTERS: CommentFilter[] = ['all', 'questions', 'flagged'];

function clock(ts: number): string {
  const d = new Date(ts);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** The 已隐藏 view: hidden comments still in the window plus the server's list, newest first. */
function hiddenRows(
  all: readonly DeskComment[],
  listed: readonly DeskComment[],
  hidden: Record<number, number | null>,
): DeskComment[] {
  const seen = new Set<number>();
  const out: DeskComment[] = [];
  for (const c of [...all, ...listed]) {
    if (seen.has(c.id) || !isHidden(c, hidden)) continue;
    seen.add(c.id);
    out.push(c);
  }
  return out.sort((a, b) => b.id - a.id);
}

export function CommentStream() {
  const t = useT();
  useViewerSync();
  const all = useDesk((s) => s.comments);
  const filter = useDesk((s) => s.commentFilter);
  const { hidden, hiddenList, hiddenTotal, flags, view, muteCount } = useViewers(
    useShallow((s) => ({
      hidden: s.hidden,
      hiddenList: s.hiddenList,
      hiddenTotal: s.hiddenTotal,
      flags: s.flags,
      view: s.streamView,
      muteCount: Object.keys(s.mutes).length,
    })),
  );
  const rows = useMemo(
    () =>
      view === 'hidden'
        ? hiddenRows(all, hiddenList, hidden)
        : filterComments(all, filter).filter((c) => !isHidden(c, hidden)),
    [all, filter, view, hidden, hiddenList],
  );
  const flaggedIds = useMemo(() => new Set(flags.map((f) => f.commentId)), [flags]);
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 600 });
  const [selected, setSelected] = useState<number | null>(null);
  const [showMutes, setShowMutes] = useState(false);
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
    const measure = () => setViewport({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [view === 'reported']);

  const start = Math.max(0, Math.floor(viewport.top / ROW) - OVERSCAN);
  const end = Math.min(rows.length, Math.ceil((viewport.top + viewport.height) / ROW) + OVERSCAN);

  const select = (id: number | null) => {
    setSelected(id);
    const el = scroller.current;
    const at = id == null ? -1 : rows.findIndex((c) => c.id === id);
    if (!el || at < 0) return;
    if (at * ROW < el.scrollTop) el.scrollTop = at * ROW;
    else if ((at + 1) * ROW > el.scrollTop + el.clientHeight) el.scrollTop = (at + 1) * ROW - el.clientHeight;
  };

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.altKey || e.metaKey) return;
    const at = selected == null ? -1 : rows.findIndex((c) => c.id === selected);
    const move = (d: number) => {
      e.preventDefault();
      if (rows.length === 0) return;
      select(rows[Math.min(rows.length - 1, Math.max(0, at < 0 ? 0 : at + d))].id);
    };
    if (e.key === 'ArrowDown' || e.key === 'j') return move(1);
    if (e.key === 'ArrowUp' || e.key === 'k') return move(-1);
    if (e.key === 'Escape') return setSelected(null);
    const c = at >= 0 ? rows[at] : null;
    if (!c || c.kind !== 'chat') return;
    const key = e.key.toLowerCase();
    const act = (fn: () => unknown) => {
      e.preventDefault();
      // Hiding / muting takes the row out of this view: the next row becomes the selection, so a run
      // of spam is one key per line.
      if (key !== 'f') {
        const next = rows[at + 1] ?? rows[at - 1];
        setSelected(next ? next.id : null);
      }
      void fn();
    };
    if (key === 'h' || key === 'u') {
      return act(() => (isHidden(c, hidden) ? unhideComment(c) : hideComment(c)));
    }
    if (key === 'm')
      return act(() => muteViewer(c, e.shiftKey ? null : 10, isHidden(c, hidden) ? undefined : c.id));
    if (key === 'f') return act(() => flagComment(c));
    if ((e.key === 'Enter' || e.key === ' ') && e.target === e.currentTarget) {
      e.preventDefault();
      ensureHistoryDrawer(e.currentTarget);
      openHistory({ platform: c.platform, userId: c.userId, nickname: c.nickname });
    }
  };

  const coreTab = (f: CommentFilter) => view === null && filter === f;
  return (
    <div className="stream">
      <div className="stream-head">
        <h2>{t('cohost.stream')}</h2>
        <div className="seg" role="tablist">
          {FILTERS.map((f) => (
            <button
              key={f}
              role="tab"
              aria-selected={coreTab(f)}
              className={coreTab(f) ? 'on' : ''}
              data-testid={`filter-${f}`}
              onClick={() => {
                setStreamView(null);
                setCommentFilter(f);
              }}
            >
              {t(`cohost.filter.${f}` as MessageKey)}
            </button>
          ))}
          <button
            role="tab"
            aria-selected={view === 'hidden'}
            className={view === 'hidden' ? 'on' : ''}
            data-testid="filter-hidden"
            title={t('mod.hiddenHint')}
            onClick={() => setStreamView('hidden')}
          >
            {t('mod.hiddenCount', { n: hiddenTotal })}
          </button>
          <button
            role="tab"
            aria-selected={view === 'reported'}
            className={view === 'reported' ? 'on' : ''}
            data-testid="filter-reported"
            onClick={() => setStreamView('reported')}
          >
            {t('mod.reportedCount', { n: flags.length })}
          </button>
        </div>
        <button
          type="button"
          className={`mute-chip${muteCount ? ' on' : ''}`}
          data-testid="mutes-toggle"
          aria-expanded={showMutes}
          onClick={() => setShowMutes((x) => !x)}
        >
          {t('mod.mutesCount', { n: muteCount })}
        </button>
        <span className="muted small">{view === 'reported' ? '' : t('cohost.rows', { n: rows.length })}</span>
      </div>
      {showMutes && <MuteList />}
      {view === 'reported' ? (
        <FlagList flags={flags} />
      ) : (
        <div
          className="stream-scroll"
          ref={scroller}
          tabIndex={0}
          role="listbox"
          aria-label={t('cohost.stream')}
          aria-activedescendant={selected != null ? `comment-${selected}` : undefined}
          data-testid="comment-stream"
          onKeyDown={onKey}
          onScroll={(e) =>
            setViewport({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
          }
        >
          {rows.length === 0 ? (
            <div className="empty">{t(view === 'hidden' ? 'mod.noHidden' : 'cohost.noComments')}</div>
          ) : (
            <div style={{ height: rows.length * ROW, position: 'relative' }}>
              {rows.slice(start, end).map((c, i) => (
                <CommentRow
                  key={c.id}
                  c={c}
                  top={(start + i) * ROW}
                  hidden={view === 'hidden'}
                  reported={flaggedIds.has(c.id)}
                  selected={selected === c.id}
                  onSelect={() => setSelected(c.id)}
                />
              ))}
            </div>
          )}
        </div>
      )}
      <div className="stream-foot muted small">{t('mod.keys')}</div>
    </div>
  );
}

function CommentRow({
  c,
  top,
  hidden,
  reported,
  selected,
  onSelect,
}: {
  c: DeskComment;
  top: number;
  hidden: boolean;
  reported: boolean;
  selected: boolean;
  onSelect: () => void;
}) {
  const t = useT();
  const cls = c.classification;
  const question = isQuestionComment(c);
  const flagged = isFlagged(c);
  const reasons = cls.reasons.join('\n');
  const chat = c.kind === 'chat';
  return (
    <div
      id={`comment-${c.id}`}
      role="option"
      aria-selected={selected}
      className={`comment${question ? ' is-question' : ''}${flagged ? ' is-flagged' : ''}${chat ? '' : ' is-event'}${selected ? ' selected' : ''}${hidden ? ' is-hidden' : ''}`}
      style={{ top, height: ROW }}
      data-testid="comment-row"
      data-comment-id={c.id}
      title={reasons || undefined}
      onClick={onSelect}
    >
      <span className="c-time">{clock(c.ts)}</span>
      <span className="c-viewer">
        <ViewerBadge platform={c.platform} userId={c.userId} nickname={c.nickname} compact />
      </span>
      <span className="c-text">{c.text}</span>
      <span className="c-flags">
        {reported && (
          <span className="flag flag-reported" data-testid="comment-reported">
            {t('mod.reported')}
          </span>
        )}
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
      {chat && (
        // The classifier's ads / abuse / spam decisions get one-click hide / mute at all times; every
        // other row shows the full set on hover, focus or selection.
        <span className={`c-mod${cls.moderation !== 'ok' && !hidden ? ' always' : ''}`}>
          <ModerationControls c={c} hidden={hidden} quick={cls.moderation !== 'ok' && !selected && !hidden} />
        </span>
      )}
    </div>
  );
}

function MuteList() {
  const t = useT();
  const now = useDesk((s) => s.now);
  const comments = useDesk((s) => s.comments);
  const mutes = useViewers(useShallow((s) => Object.values(s.mutes)));
  const nickOf = (userId: string, platform: string) =>
    comments.find((c) => c.userId === userId && c.platform === platform)?.nickname ?? userId;
  return (
    <div className="mute-list" data-testid="mute-list">
      {mutes.length === 0 && <div className="muted small">{t('mod.noMutes')}</div>}
      {mutes.map((m) => {
        const left = muteRemainingMs(m, now);
        const nickname = nickOf(m.userId, m.platform);
        return (
          <div key={viewerKey(m.platform, m.userId)} className="mute-row" data-testid="mute-row">
            <ViewerBadge platform={m.platform} userId={m.userId} nickname={nickname} />
            <span className="muted small">
              {left == null ? t('mod.mutedShow') : t('mod.left', { t: formatRemaining(left) })}
            </span>
            <span className="muted small">{t('mod.suppressed', { n: m.suppressed })}</span>
            <span className="muted small">{t('mod.by', { name: m.mutedBy })}</span>
            <span className="grow" />
            <button
              type="button"
              className="mod-btn"
              data-testid="mute-row-unmute"
              onClick={() => void unmuteViewer({ platform: m.platform, userId: m.userId, nickname })}
            >
              {t('mod.unmute')}
            </button>
          </div>
        );
      })}
    </div>
  );
}

function FlagList({ flags }: { flags: readonly FlagRecord[] }) {
  const t = useT();
  return (
    <div className="stream-scroll flag-list" data-testid="flag-list">
      {flags.length === 0 && <div className="empty">{t('mod.noReported')}</div>}
      {flags.map((f) => (
        <div key={f.actionId} className="flag-row" data-testid="flag-row" data-comment-id={f.commentId}>
          <span className="c-time">{clock(f.at)}</span>
          <ViewerBadge platform={f.platform} userId={f.userId} nickname={f.nickname} />
          <span className="c-text">{f.text}</span>
          {f.reason && <span className="badge">{f.reason}</span>}
          <span className="muted small">{t('mod.flaggedBy', { name: f.actor })}</span>
        </div>
      ))}
    </div>
  );
}
