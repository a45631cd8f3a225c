// 知识库 search for the reply box (Ctrl+K or the 知识库 button): type 2+ characters, results ranked with
// title hits first, filter by category (chips, or Alt+0…4), ↑↓ choose, Enter inserts the entry's text
// into the reply, Esc goes back to the reply. The search runs on the window's copy of the KB, fetched
// when the panel opens so edits made at other seats are in.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { QuestionType } from '../../shared/model';
import {
  countByCategory,
  highlightParts,
  isSearchable,
  preferredCategories,
  rankEntries,
  snippet,
} from '../../shared/knowledge/search';
import { KB_CATEGORIES, KB_CATEGORY_LABELS, KB_DEFAULT_AUTHOR } from '../../shared/knowledge/types';
import type { KbCategory, KbEntry } from '../../shared/knowledge/types';
import { useDesk, useT } from '../store';
import { loadKb, useKnowledge } from './knowledgeStore';

const MAX_SHOWN = 30;

export interface KnowledgeSearchProps {
  initialQuery?: string;
  questionType?: QuestionType;
  onPick(entry: KbEntry): void;
  onClose(): void;
}

function Marked({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlightParts(text, query).map((p, i) =>
        p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

export function KnowledgeSearch(p: KnowledgeSearchProps) {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const entries = useKnowledge((s) => s.entries);
  const [query, setQuery] = useState(p.initialQuery ?? '');
  const [category, setCategory] = useState<KbCategory | null>(null);
  const [sel, setSel] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    void loadKb().then(setError);
  }, []);

  const preferred = useMemo(() => preferredCategories(p.questionType), [p.questionType]);
  const all = useMemo(
    () => (entries ? rankEntries(entries, query, { preferred }) : []),
    [entries, query, preferred],
  );
  const counts = useMemo(() => countByCategory(all), [all]);
  const hits = useMemo(
    () => (category ? all.filter((h) => h.entry.category === category) : all).slice(0, MAX_SHOWN),
    [all, category],
  );
  const searchable = isSearchable(query);

  useEffect(() => setSel(0), [query, category]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [sel]);

  const chips: (KbCategory | null)[] = [null, ...KB_CATEGORIES];
  return (
    <div
      className="kb-search"
      data-testid="kb-search"
      role="dialog"
      aria-label={t('kb.search')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        } else if (e.altKey && /^[0-4]$/.test(e.key)) {
          e.preventDefault();
          setCategory(chips[Number(e.key)]);
        }
      }}
    >
      <div className="kb-search-head">
        <span className="kb-search-title">{t('kb.search')}</span>
        <input
          autoFocus
          className="text-field"
          data-testid="kb-query"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-autocomplete="list"
          aria-controls="kb-results"
          value={query}
          maxLength={100}
          placeholder={t('kb.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.nativeEvent.isComposing) return;
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const n = hits.length;
              if (n) setSel((s) => (s + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const chosen = hits[Math.min(sel, hits.length - 1)];
              if (chosen) p.onPick(chosen.entry);
            }
          }}
        />
        <button type="button" className="btn ghost small" onClick={p.onClose}>
          {t('cohost.cancel')}
        </button>
      </div>
      <div className="kb-chips" role="group" aria-label={t('kb.category')}>
        {chips.map((c, i) => (
          <button
            key={c ?? 'all'}
            type="button"
            className={`kb-chip${category === c ? ' on' : ''}`}
            aria-pressed={category === c}
            data-testid={`kb-chip-${c ?? 'all'}`}
            title={`Alt+${i}`}
            onClick={() => setCategory(c)}
          >
            {c ? KB_CATEGORY_LABELS[c][lang] : t('kb.all')}
            {searchable && <span className="kb-chip-n">{c ? counts[c] : all.length}</span>}
          </button>
        ))}
      </div>
      <div className="muted small">{t('kb.hint')}</div>
      {error && <div className="form-error">{error}</div>}
      <ul className="kb-results" id="kb-results" role="listbox" ref={list} data-testid="kb-results">
        {entries == null && !error && <li className="muted">{t('kb.loading')}</li>}
        {entries != null && !searchable && <li className="muted">{t('kb.typeMore')}</li>}
        {entries != null && searchable && hits.length === 0 && (
          <li className="muted" data-testid="kb-none">
            {t('kb.none')}
          </li>
        )}
        {hits.map((h, i) => (
          <li
            key={h.entry.id}
            role="option"
            aria-selected={i === sel}
            className={i === sel ? 'on' : ''}
            data-testid="kb-hit"
            data-id={h.entry.id}
            onMouseEnter={() => setSel(i)}
            onMouseDown={(e) => {
              e.preventDefault();
              p.onPick(h.entry);
            }}
          >
            <div className="kb-hit-head">
              <span className="quick-cat">{KB_CATEGORY_LABELS[h.entry.category][lang]}</span>
              <b className="kb-hit-title" data-testid="kb-hit-title">
                <Marked text={h.entry.title} query={query} />
              </b>
              {h.entry.createdBy === KB_DEFAULT_AUTHOR && (
                <span className="muted small">{t('kb.default')}</span>
              )}
            </div>
            <div className="kb-hit-body">
              <Marked text={i === sel ? h.entry.body : snippet(h.entry.body, query, 90)} query={query} />
            </div>
            {h.entry.keywords.length > 0 && (
              <div className="kb-hit-keys muted small">{h.entry.keywords.join(' · ')}</div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
