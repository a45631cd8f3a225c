// The viewer history drawer (观众历史): tags (add / remove, presets, suggestions), mute state, counts
// and the viewer's earlier comments and questions across shows, newest first, paged.
// It lives in a small React root of its own (created on first use) so it stays open whatever pane or
// virtualized row opened it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useShallow } from 'zustand/react/shallow';
import type { ViewerHistory as History } from '../../shared/apiViewers';
import { formatRemaining, muteRemainingMs, viewerKey } from '../../shared/viewers/mute';
import { PRESET_TAGS, tagTone } from '../../shared/viewers/tags';
import { call } from '../api/desk';
import { actionLabel } from '../i18n';
import { useDesk, useT } from '../store';
import { closeHistory, useViewers, type ViewerRef } from '../viewers/state';
import { addTag, muteViewer, removeTag, unmuteViewer } from '../viewers/actions';
import { StatusBadge, TypeBadge } from './Badges';

const PAGE = 20;
const NO_TAGS: string[] = [];

let mounted = false;
let opener: HTMLElement | null = null;

/** Mount the drawer once; remember what opened it so closing returns the focus there. */
export function ensureHistoryDrawer(from?: HTMLElement | null): void {
  opener = from ?? null;
  if (mounted || typeof document === 'undefined') return;
  mounted = true;
  const host = document.createElement('div');
  host.id = 'viewer-history-root';
  document.body.appendChild(host);
  createRoot(host).render(<HistoryDrawerHost />);
}

function HistoryDrawerHost() {
  const v = useViewers((s) => s.history);
  if (!v) return null;
  return <HistoryDrawer key={viewerKey(v.platform, v.userId)} v={v} />;
}

function dateTime(ts: number): string {
  const d = new Date(ts);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function HistoryDrawer({ v }: { v: ViewerRef }) {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const now = useDesk((s) => s.now);
  const key = viewerKey(v.platform, v.userId);
  const tags = useViewers(useShallow((s) => s.tags[key] ?? NO_TAGS));
  const vocabulary = useViewers((s) => s.vocabulary);
  const mute = useViewers((s) => s.mutes[key] ?? null);
  const [data, setData] = useState<History | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [tagText, setTagText] = useState('');
  const [tagError, setTagError] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const tagInput = useRef<HTMLInputElement>(null);

  const load = useCallback(
    async (more: boolean) => {
      setLoading(true);
      const cursor = more ? data?.nextCursor : undefined;
      const r = await call('viewer:history', {
        platform: v.platform,
        userId: v.userId,
        limit: PAGE,
        ...(cursor ? { cursor } : {}),
      });
      setLoading(false);
      if (!r.ok) {
        setError(r.message);
        return;
      }
      setError(null);
      setData((prev) => (more && prev ? { ...r.value, items: [...prev.items, ...r.value.items] } : r.value));
    },
    [v.platform, v.userId, data?.nextCursor],
  );

  useEffect(() => {
    void load(false);
    closeRef.current?.focus();
    // Once per viewer: the drawer is keyed by viewer, so another viewer remounts it.
  }, []);

  const close = () => {
    closeHistory();
    if (opener?.isConnected) opener.focus();
  };

  // Escape closes the drawer wherever the focus is (a clicked preset chip disappears and takes the
  // focus with it).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      closeHistory();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const submitTag = async (tag: string) => {
    const err = await addTag(v, tag);
    setTagError(err);
    if (!err) setTagText('');
    tagInput.current?.focus();
  };

  const suggested = (data?.suggested ?? []).filter((s) => !tags.includes(s));
  const presets = PRESET_TAGS.filter((p) => !tags.includes(p) && !suggested.includes(p));
  const counts = data?.counts;
  const remaining = mute ? muteRemainingMs(mute, now) : null;

  return (
    <aside
      className="viewer-drawer"
      role="dialog"
      aria-labelledby="viewer-drawer-title"
      data-testid="viewer-history"
      onKeyDown={(e) => {
        // The panes listen on window for their own keys (Enter = answered…): keep ours in here.
        e.stopPropagation();
        if (e.key === 'Escape') close();
      }}
    >
      <header className="vd-head">
        <div>
          <h2 id="viewer-drawer-title">{data?.nickname ?? v.nickname}</h2>
          <div className="muted small">
            {t('viewer.history')} · {v.platform} · {v.userId}
          </div>
        </div>
        <button
          ref={closeRef}
          type="button"
          className="close"
          data-testid="viewer-history-close"
          aria-label={t('viewer.close')}
          title={`${t('viewer.close')} (Esc)`}
          onClick={close}
        >
          ×
        </button>
      </header>

      <section className="vd-section">
        <h3>{t('viewer.tags')}</h3>
        <div className="vd-tags">
          {tags.length === 0 && <span className="muted small">{t('viewer.noTags')}</span>}
          {tags.map((tag) => (
            <span key={tag} className={`vtag vtag-${tagTone(tag)} vd-tag`} data-testid="vd-tag">
              {tag}
              <button
                type="button"
                className="vd-tag-x"
                data-testid="vd-tag-remove"
                aria-label={t('viewer.removeTag', { tag })}
                title={t('viewer.removeTag', { tag })}
                onClick={() => void removeTag(v, tag)}
              >
                ×
              </button>
            </span>
          ))}
        </div>
        {suggested.length > 0 && (
          <div className="vd-suggest" data-testid="vd-suggested">
            <span className="muted small">{t('viewer.suggest')}</span>
            {suggested.map((tag) => (
              <button
                key={tag}
                type="button"
                className="vtag vtag-suggest"
                data-testid="vd-suggest-add"
                title={t('viewer.suggestAdd', { tag })}
                onClick={() => void submitTag(tag)}
              >
                +{tag}
              </button>
            ))}
          </div>
        )}
        <div className="vd-presets">
          {presets.map((tag) => (
            <button
              key={tag}
              type="button"
              className={`vtag vtag-${tagTone(tag)} vtag-add`}
              data-testid="vd-preset"
              onClick={() => void submitTag(tag)}
            >
              +{tag}
            </button>
          ))}
        </div>
        <form
          className="vd-tag-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submitTag(tagText);
          }}
        >
          <input
            ref={tagInput}
            data-testid="vd-tag-input"
            list="viewer-tag-vocabulary"
            value={tagText}
            maxLength={40}
            placeholder={t('viewer.tagPlaceholder')}
            aria-label={t('viewer.addTag')}
            aria-invalid={tagError ? true : undefined}
            onChange={(e) => {
              setTagText(e.target.value);
              setTagError(null);
            }}
          />
          <datalist id="viewer-tag-vocabulary">
            {vocabulary.map((tag) => (
              <option key={tag} value={tag} />
            ))}
          </datalist>
          <button type="submit" className="btn" data-testid="vd-tag-add" disabled={!tagText.trim()}>
            {t('viewer.addTag')}
          </button>
        </form>
        {tagError && (
          <div className="vd-error" role="alert" data-testid="vd-tag-error">
            {tagError}
          </div>
        )}
      </section>

      <section className="vd-section vd-mute">
        {mute ? (
          <>
            <span className="vtag vtag-muted" data-testid="vd-muted">
              {remaining == null ? t('mod.mutedShow') : t('mod.mutedFor', { t: formatRemaining(remaining) })}
            </span>
            <span className="muted small">{t('mod.suppressed', { n: mute.suppressed })}</span>
            <span className="grow" />
            <button
              type="button"
              className="btn"
              data-testid="vd-unmute"
              onClick={() => void unmuteViewer(v)}
            >
              {t('mod.unmute')}
            </button>
          </>
        ) : (
          <>
            <span className="muted small">{t('mod.notMuted')}</span>
            <span className="grow" />
            <button
              type="button"
              className="btn"
              data-testid="vd-mute10"
              onClick={() => void muteViewer(v, 10)}
            >
              {t('mod.mute10')}
            </button>
            <button
              type="button"
              className="btn"
              data-testid="vd-mute-show"
              onClick={() => void muteViewer(v, null)}
            >
              {t('mod.muteShow')}
            </button>
          </>
        )}
      </section>

      {counts && (
        <section className="vd-counts" data-testid="vd-counts">
          <span>{t('viewer.counts.comments', { n: counts.comments })}</span>
          <span>{t('viewer.counts.questions', { n: counts.questions })}</span>
          <span>{t('viewer.counts.sessions', { n: counts.sessions })}</span>
          {counts.complaints > 0 && (
            <span className="bad">{t('viewer.counts.complaints', { n: counts.complaints })}</span>
          )}
          {counts.hidden > 0 && <span>{t('viewer.counts.hidden', { n: counts.hidden })}</span>}
          {counts.firstSeen != null && (
            <span className="muted">{t('viewer.firstSeen', { d: dateTime(counts.firstSeen) })}</span>
          )}
        </section>
      )}

      <section className="vd-items">
        <h3>{t('viewer.items')}</h3>
        {error && (
          <div className="vd-error" role="alert">
            {error}
          </div>
        )}
        <ol className="vd-list" data-testid="vd-items">
          {data?.items.map((it) => (
            <li
              key={it.commentId}
              className={`vd-item${it.hiddenAt != null ? ' is-hidden' : ''}`}
              data-testid="vd-item"
            >
              <div className="vd-item-meta">
                <span className="mono">{dateTime(it.ts)}</span>
                <span className="vd-session" title={it.sessionTitle}>
                  {it.sessionTitle}
                </span>
                {it.channel !== 'live' && <span className="badge">{t(`channel.${it.channel}`)}</span>}
                {it.moderation !== 'ok' && (
                  <span className={`flag flag-${it.moderation}`}>{t(`flag.${it.moderation}`)}</span>
                )}
                {it.angry && <span className="flag flag-angry">{t('flag.angry')}</span>}
                {it.hiddenAt != null && <span className="flag">{t('mod.hidden')}</span>}
              </div>
              <div className="vd-text">{it.text}</div>
              {it.question && (
                <div className="vd-q" data-testid="vd-question">
                  <TypeBadge type={it.question.type} />
                  <StatusBadge status={it.question.status} />
                  {it.question.merged && <span className="badge">{t('viewer.merged')}</span>}
                  {it.question.answeredBy ? (
                    <span className="muted small">
                      {t('viewer.answeredBy', {
                        name: it.question.answeredBy.actor,
                        how: actionLabel(lang, it.question.answeredBy.action),
                      })}
                    </span>
                  ) : (
                    it.question.assignee && (
                      <span className="muted small">
                        {t('viewer.assignee', { name: it.question.assignee })}
                      </span>
                    )
                  )}
                </div>
              )}
            </li>
          ))}
        </ol>
        {data && data.items.length === 0 && <div className="empty">{t('viewer.empty')}</div>}
        {data?.nextCursor && (
          <button
            type="button"
            className="btn vd-more"
            data-testid="vd-more"
            disabled={loading}
            onClick={() => void load(true)}
          >
            {loading ? t('viewer.loading') : t('viewer.loadMore')}
          </button>
        )}
        {!data && loading && <div className="empty">{t('viewer.loading')}</div>}
      </section>
    </aside>
  );
}
