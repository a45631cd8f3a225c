// 知识库: add / edit / delete (soft, restorable) / search the entries the reply boxes insert. Support,
// ops and supervisors edit; every seat reads. Each save goes to the server at once (no draft of the
// whole list): another seat's edit to the same entry is refused rather than overwritten.
import { useEffect, useMemo, useState } from 'react';
import { checkReply, reasonIn } from '../../shared/service/check';
import { isSearchable, rankEntries } from '../../shared/knowledge/search';
import {
  KB_CATEGORIES,
  KB_CATEGORY_LABELS,
  KB_DEFAULT_AUTHOR,
  KB_LIMITS,
  type KbCategory,
  type KbEntry,
} from '../../shared/knowledge/types';
import { validateKbEntry } from '../../shared/knowledge/validate';
import type { Role } from '../../shared/model';
import { call } from '../api/desk';
import { applyKbChange, loadKb, useKbEntries } from '../components/knowledgeStore';
import { loadServiceRules, useServiceRules } from '../components/serviceRules';
import { toast, tr, useDesk, useT } from '../store';
import { TagInput } from './TagInput';

const EDITORS: readonly Role[] = ['support', 'ops', 'supervisor'];

interface Draft {
  id: number | null;
  updatedAt: number | null;
  category: KbCategory;
  title: string;
  body: string;
  keywords: string[];
}

const blank = (category: KbCategory = 'faq'): Draft => ({
  id: null,
  updatedAt: null,
  category,
  title: '',
  body: '',
  keywords: [],
});

const when = (ts: number) =>
  new Date(ts).toLocaleString([], { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

export function KnowledgeSection() {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const role = useDesk((s) => s.seat?.role);
  const canEdit = role != null && EDITORS.includes(role);
  const live = useKbEntries();
  const [showDeleted, setShowDeleted] = useState(false);
  const [deleted, setDeleted] = useState<KbEntry[]>([]);
  const [filter, setFilter] = useState('');
  const [category, setCategory] = useState<KbCategory | ''>('');
  const [draft, setDraft] = useState<Draft | null>(null);

  const loadDeleted = async () => {
    const r = await call('kb:list', { includeDeleted: true });
    if (r.ok) setDeleted(r.value.filter((e) => e.deletedAt != null));
  };
  useEffect(() => {
    if (showDeleted) void loadDeleted();
  }, [showDeleted]);

  const rows = useMemo(() => {
    if (!live) return null;
    const cat = category || undefined;
    const base = isSearchable(filter)
      ? rankEntries(live, filter, { category: cat }).map((h) => h.entry)
      : live.filter((e) => !cat || e.category === cat);
    const gone = showDeleted
      ? isSearchable(filter)
        ? rankEntries(
            deleted.map((e) => ({ ...e, deletedAt: null })),
            filter,
            { category: cat },
          ).map((h) => deleted.find((d) => d.id === h.entry.id) as KbEntry)
        : deleted.filter((e) => !cat || e.category === cat)
      : [];
    return [...base, ...gone];
  }, [live, deleted, showDeleted, filter, category]);

  const remove = async (e: KbEntry) => {
    const r = await call('kb:delete', { id: e.id });
    if (!r.ok) return toast('error', `${tr('err.title')}: ${r.message}`);
    applyKbChange({ action: 'deleted', entry: r.value, by: '', role: 'ops' });
    if (showDeleted) void loadDeleted();
    toast('ok', tr('kb.deleted', { title: e.title }));
    if (draft?.id === e.id) setDraft(null);
  };
  const restore = async (e: KbEntry) => {
    const r = await call('kb:restore', { id: e.id });
    if (!r.ok) return toast('error', `${tr('err.title')}: ${r.message}`);
    applyKbChange({ action: 'restored', entry: r.value, by: '', role: 'ops' });
    void loadDeleted();
    toast('ok', tr('kb.restored', { title: e.title }));
  };

  return (
    <div className="settings-section" data-testid="settings-knowledge">
      <div className="section-head">
        <h2>{t('kb.title')}</h2>
        <span className="muted small">{t('kb.live')}</span>
        <span className="grow" />
        {canEdit && (
          <button
            className="btn primary"
            data-testid="kb-add"
            onClick={() => setDraft(blank(category || 'faq'))}
          >
            + {t('kb.add')}
          </button>
        )}
      </div>
      {!canEdit && (
        <div className="muted small" data-testid="kb-readonly">
          {t('kb.readOnly')}
        </div>
      )}

      {draft && <Editor draft={draft} setDraft={setDraft} />}

      <div className="panel">
        <div className="section-head kb-filters">
          <input
            className="text-input grow"
            data-testid="kb-filter"
            value={filter}
            maxLength={KB_LIMITS.query}
            placeholder={t('kb.filter')}
            onChange={(e) => setFilter(e.target.value)}
          />
          <select
            value={category}
            data-testid="kb-filter-category"
            aria-label={t('kb.category')}
            onChange={(e) => setCategory(e.target.value as KbCategory | '')}
          >
            <option value="">{t('kb.all')}</option>
            {KB_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {KB_CATEGORY_LABELS[c][lang]}
              </option>
            ))}
          </select>
          <label className="check">
            <input
              type="checkbox"
              checked={showDeleted}
              data-testid="kb-show-deleted"
              onChange={(e) => setShowDeleted(e.target.checked)}
            />{' '}
            {t('kb.showDeleted')}
          </label>
          <span className="muted small">{rows ? t('kb.count', { n: rows.length }) : ''}</span>
        </div>
        {rows == null ? (
          <div className="muted">{t('settings.loading')}</div>
        ) : (
          <table className="table kb-table" data-testid="kb-table">
            <thead>
              <tr>
                <th>{t('kb.category')}</th>
                <th>{t('kb.entryTitle')}</th>
                <th>{t('kb.body')}</th>
                <th>{t('kb.keywords')}</th>
                <th>{t('kb.updated')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.length === 0 && (
                <tr>
                  <td colSpan={6} className="muted">
                    {live && live.length === 0 && !filter ? t('kb.empty') : t('kb.none')}
                  </td>
                </tr>
              )}
              {rows.map((e) => (
                <tr
                  key={e.id}
                  data-testid="kb-row"
                  data-id={e.id}
                  className={e.deletedAt != null ? 'kb-deleted' : draft?.id === e.id ? 'kb-editing' : ''}
                >
                  <td>{KB_CATEGORY_LABELS[e.category][lang]}</td>
                  <td>
                    <b data-testid="kb-row-title">{e.title}</b>
                    {e.createdBy === KB_DEFAULT_AUTHOR && (
                      <span className="kb-default">{t('kb.default')}</span>
                    )}
                    {e.deletedAt != null && <span className="bad-text small"> {t('kb.deletedTag')}</span>}
                  </td>
                  <td className="kb-body-cell">{e.body}</td>
                  <td className="small">{e.keywords.join('、')}</td>
                  <td className="small muted">
                    {e.updatedBy === KB_DEFAULT_AUTHOR ? t('kb.default') : e.updatedBy}
                    <br />
                    {when(e.updatedAt)}
                  </td>
                  <td className="kb-actions">
                    {canEdit && e.deletedAt == null && (
                      <>
                        <button
                          className="btn small"
                          data-testid="kb-edit"
                          onClick={() =>
                            setDraft({
                              id: e.id,
                              updatedAt: e.updatedAt,
                              category: e.category,
                              title: e.title,
                              body: e.body,
                              keywords: e.keywords,
                            })
                          }
                        >
                          {t('kb.edit')}
                        </button>
                        <button
                          className="btn ghost small"
                          data-testid="kb-delete"
                          onClick={() => void remove(e)}
                        >
                          {t('kb.delete')}
                        </button>
                      </>
                    )}
                    {canEdit && e.deletedAt != null && (
                      <button className="btn small" data-testid="kb-restore" onClick={() => void restore(e)}>
                        {t('kb.restore')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

function Editor({ draft, setDraft }: { draft: Draft; setDraft: (d: Draft | null) => void }) {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const rules = useServiceRules((s) => s.rules);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  useEffect(() => {
    void loadServiceRules();
  }, []);

  const check = validateKbEntry({
    category: draft.category,
    title: draft.title,
    body: draft.body,
    keywords: draft.keywords,
  });
  const issues = rules && draft.body.trim() ? checkReply(draft.body, rules).issues : [];
  const edit = (p: Partial<Draft>) => {
    setDraft({ ...draft, ...p });
    setServerError(null);
  };

  const save = async () => {
    setTried(true);
    if (!check.ok || busy) return;
    setBusy(true);
    const r =
      draft.id == null
        ? await call('kb:create', check.value)
        : await call('kb:update', {
            id: draft.id,
            ...check.value,
            expectedUpdatedAt: draft.updatedAt ?? undefined,
          });
    setBusy(false);
    if (!r.ok) {
      setServerError(r.message);
      // A refused stale edit: fetch the current version so the user can see what changed.
      void loadKb();
      return;
    }
    applyKbChange({ action: draft.id == null ? 'created' : 'updated', entry: r.value, by: '', role: 'ops' });
    toast('ok', tr(draft.id == null ? 'kb.created' : 'kb.saved'));
    setDraft(null);
  };

  return (
    <div
      className="panel kb-editor"
      data-testid="kb-editor"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        } else if (e.key === 'Escape') setDraft(null);
      }}
    >
      <h2>{draft.id == null ? t('kb.add') : t('kb.editing', { id: draft.id })}</h2>
      <div className="kb-editor-grid">
        <label className="field">
          <span>{t('kb.category')}</span>
          <select
            data-testid="kb-edit-category"
            value={draft.category}
            onChange={(e) => edit({ category: e.target.value as KbCategory })}
          >
            {KB_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {KB_CATEGORY_LABELS[c][lang]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('kb.entryTitle')}</span>
          <input
            autoFocus
            className={`text-input${tried && !draft.title.trim() ? ' invalid' : ''}`}
            data-testid="kb-edit-title"
            value={draft.title}
            maxLength={KB_LIMITS.title}
            onChange={(e) => edit({ title: e.target.value })}
          />
        </label>
        <label className="field kb-keywords">
          <span>{t('kb.keywords')}</span>
          <TagInput
            testid="kb-edit-keywords"
            value={draft.keywords}
            placeholder={t('kb.keywordsHint')}
            onChange={(keywords) => edit({ keywords })}
          />
        </label>
      </div>
      <label className="field">
        <span>
          {t('kb.body')}{' '}
          <span className="muted small">
            {draft.body.length}/{KB_LIMITS.body}
          </span>
        </span>
        <textarea
          className={`text-area${tried && !draft.body.trim() ? ' invalid' : ''}`}
          data-testid="kb-edit-body"
          rows={3}
          maxLength={KB_LIMITS.body}
          value={draft.body}
          onChange={(e) => edit({ body: e.target.value })}
        />
      </label>
      {issues.length > 0 && (
        <ul className="reply-check" data-testid="kb-edit-issues">
          {issues.map((i) => (
            <li key={`${i.kind}.${i.index}`}>
              <span className="warn-text">⚠</span>
              {i.match && <mark className="reply-match">{i.match}</mark>}
              <span className="muted small">{reasonIn(lang, i.reason)}</span>
              {i.suggestion && <span className="reply-suggest">{t('svc.suggest', { s: i.suggestion })}</span>}
            </li>
          ))}
        </ul>
      )}
      {tried && !check.ok && (
        <div className="form-error pre" data-testid="kb-edit-errors">
          {check.errors.join('\n')}
        </div>
      )}
      {serverError && (
        <div className="form-error pre" role="alert" data-testid="kb-edit-server-error">
          {serverError}
        </div>
      )}
      <div className="row-actions">
        <span className="muted small grow">{t('kb.saveHint')}</span>
        <button className="btn ghost" onClick={() => setDraft(null)}>
          {t('cohost.cancel')}
        </button>
        <button className="btn primary" data-testid="kb-save" disabled={busy} onClick={() => void save()}>
          {t('settings.save')}
        </button>
      </div>
    </div>
  );
}
