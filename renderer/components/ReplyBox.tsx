// A reply to a viewer: the one-line form of InlineForm plus 快捷短语 and the 服务用语 check.
// Typing "/" (at the start or after a space/punctuation) opens the quick replies in the field itself:
// what follows the "/" searches them, ↑↓ choose, Enter inserts, Esc closes. Under the field, every
// flagged phrase shows with its suggestion (one click applies it). Sending a flagged reply asks once
// ("仍然发送"); it is never silently blocked. Ctrl+K (or the 知识库 button) searches the knowledge base
// (知识库); the picked entry's text goes where the caret (or the selected text) was.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { QuestionType } from '../../shared/model';
import { applySuggestion, checkReply, reasonIn } from '../../shared/service/check';
import { CATEGORY_LABELS, rankQuickReplies } from '../../shared/service/quickReplies';
import type { QuickReply, ReplyIssue } from '../../shared/service/types';
import type { KbEntry } from '../../shared/knowledge/types';
import { useDesk, useT } from '../store';
import type { InlineFormProps } from './InlineForm';
import { FormExtras } from './FormExtras';
import { KnowledgeSearch } from './KnowledgeSearch';
import { loadServiceRules, useServiceRules } from './serviceRules';

export interface ReplyBoxProps extends InlineFormProps {
  /** The question's type: its quick-reply category is listed first. */
  questionType?: QuestionType;
}

const SLASH_AFTER = /[\s，。！？；、,.!?;:：]/;
const MAX_ISSUES = 4;
const MAX_REPLY = 500;

export function ReplyBox(p: ReplyBoxProps) {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const rules = useServiceRules((s) => s.rules);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [text, setText] = useState(p.initial ?? '');
  const [num, setNum] = useState(p.number?.initial ?? 0);
  const [busy, setBusy] = useState(false);
  const [slash, setSlash] = useState<number | null>(null);
  const [caret, setCaret] = useState(0);
  const [sel, setSel] = useState(0);
  const [confirming, setConfirming] = useState(false);
  /** Knowledge-base search: open with the selection it will replace. */
  const [kb, setKb] = useState<{ start: number; end: number; query: string } | null>(null);

  useEffect(() => {
    void loadServiceRules();
  }, []);

  const picking = slash != null;
  const query = picking ? text.slice(slash + 1, Math.max(caret, slash + 1)) : '';
  const options = useMemo(
    () => (picking && rules ? rankQuickReplies(rules.quickReplies, query, p.questionType) : []),
    [picking, rules, query, p.questionType],
  );
  const issues = useMemo(
    () => (rules && !picking ? checkReply(text, rules).issues : []),
    [rules, text, picking],
  );

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [sel, picking]);

  const valid =
    (p.allowEmpty || text.trim().length > 0) && (!p.number || (num >= p.number.min && num <= p.number.max));

  const focusAt = (pos: number) =>
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(pos, pos);
    });

  const edit = (next: string, pos: number) => {
    setText(next);
    setCaret(pos);
    setConfirming(false);
  };

  const onChange = (next: string, pos: number) => {
    const typedSlash =
      next.length === text.length + 1 &&
      next[pos - 1] === '/' &&
      (pos === 1 || SLASH_AFTER.test(next[pos - 2]));
    if (typedSlash) {
      setSlash(pos - 1);
      setSel(0);
    } else if (slash != null && (next[slash] !== '/' || pos <= slash)) setSlash(null);
    edit(next, pos);
  };

  const pick = (q: QuickReply) => {
    if (slash == null) return;
    const end = slash + 1 + query.length;
    const next = text.slice(0, slash) + q.text + text.slice(end);
    setSlash(null);
    edit(next, slash + q.text.length);
    focusAt(slash + q.text.length);
  };

  const openPicker = () => {
    const next = `${text}/`;
    setSlash(text.length);
    setSel(0);
    edit(next, next.length);
    focusAt(next.length);
  };

  const openKb = () => {
    const el = input.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? start;
    setSlash(null);
    setKb({ start, end, query: text.slice(start, end).trim().slice(0, 100) });
  };

  const pickKb = (e: KbEntry) => {
    if (!kb) return;
    const next = (text.slice(0, kb.start) + e.body + text.slice(kb.end)).slice(0, MAX_REPLY);
    const pos = Math.min(kb.start + e.body.length, next.length);
    setKb(null);
    edit(next, pos);
    focusAt(pos);
  };

  const closeKb = () => {
    const pos = kb?.end ?? text.length;
    setKb(null);
    focusAt(pos);
  };

  const apply = (i: ReplyIssue) => {
    const next = applySuggestion(text, i);
    edit(next, next.length);
    focusAt(i.index + (i.suggestion?.length ?? 0));
  };

  const submit = async () => {
    if (!valid || busy || picking) return;
    if (issues.length > 0 && !confirming) {
      setConfirming(true);
      return;
    }
    setBusy(true);
    try {
      await p.onSubmit(text.trim(), num);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="reply-box" data-testid={p.testid}>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') p.onCancel();
          else if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
            e.preventDefault();
            openKb();
          }
        }}
      >
        <FormExtras rating={p.rating} number={p.number} value={num} onChange={setNum} />
        <input
          ref={input}
          autoFocus
          className={`text-field${issues.length ? ' flagged' : ''}`}
          data-testid="reply-text"
          value={text}
          placeholder={p.placeholder}
          maxLength={MAX_REPLY}
          role="combobox"
          aria-expanded={picking}
          aria-autocomplete="list"
          title={t('svc.quickHint')}
          onChange={(e) => onChange(e.target.value, e.target.selectionStart ?? e.target.value.length)}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart ?? 0)}
          onKeyDown={(e) => {
            // An IME (拼音) uses ↑↓ / Enter / Esc while composing: leave those keys to it.
            if (!picking || e.nativeEvent.isComposing) return;
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const n = options.length;
              if (n) setSel((s) => (s + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const chosen = options[Math.min(sel, options.length - 1)];
              if (chosen) pick(chosen);
              else setSlash(null);
            } else if (e.key === 'Escape') {
              e.stopPropagation();
              setSlash(null);
            }
          }}
        />
        <button type="submit" className="btn primary" disabled={!valid || busy || picking}>
          {p.submitLabel}
        </button>
        <button type="button" className="btn ghost" onClick={p.onCancel}>
          {t('cohost.cancel')}
        </button>
        <button
          type="button"
          className="btn ghost quick-btn"
          data-testid="quick-open"
          title={t('svc.quickHint')}
          onClick={openPicker}
        >
          / {t('svc.quick')}
        </button>
        <button
          type="button"
          className="btn ghost quick-btn"
          data-testid="kb-open"
          title={t('kb.openHint')}
          aria-keyshortcuts="Control+K"
          onClick={openKb}
        >
          {t('kb.search')}
        </button>
      </form>

      {kb && (
        <KnowledgeSearch
          initialQuery={kb.query}
          questionType={p.questionType}
          onPick={pickKb}
          onClose={closeKb}
        />
      )}

      {picking && (
        <div className="quick-picker">
          <div className="muted small">{t('svc.quickHint')}</div>
          <ul role="listbox" ref={list} data-testid="quick-picker">
            {options.length === 0 && <li className="muted">{t('svc.noQuick')}</li>}
            {options.map((q, i) => (
              <li
                key={q.id}
                role="option"
                aria-selected={i === sel}
                data-testid="quick-option"
                data-id={q.id}
                className={i === sel ? 'on' : ''}
                onMouseEnter={() => setSel(i)}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(q);
                }}
              >
                <span className="quick-cat">{CATEGORY_LABELS[q.category][lang]}</span>
                <span className="quick-text">{q.text}</span>
                {lang === 'en' && q.en && <span className="muted small quick-en">{q.en}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}

      {issues.length > 0 && (
        <ul className="reply-check" data-testid="reply-check" aria-live="polite">
          {issues.slice(0, MAX_ISSUES).map((i) => (
            <li key={`${i.kind}.${i.index}.${i.match}`} data-testid="reply-issue" data-kind={i.kind}>
              <span className="warn-text">⚠</span>
              {i.match ? <mark className="reply-match">{i.match}</mark> : null}
              <span className="muted small">{reasonIn(lang, i.reason)}</span>
              {i.suggestion != null && (
                <>
                  <span className="reply-suggest">
                    {i.match
                      ? t('svc.suggest', { s: i.suggestion })
                      : t('svc.addHonorific', { s: i.suggestion })}
                  </span>
                  <button
                    type="button"
                    className="btn small"
                    data-testid="reply-apply"
                    onClick={() => apply(i)}
                  >
                    {t('svc.apply')}
                  </button>
                </>
              )}
            </li>
          ))}
          {issues.length > MAX_ISSUES && <li className="muted small">…</li>}
        </ul>
      )}

      {confirming && issues.length > 0 && (
        <div className="reply-confirm" role="alert" data-testid="reply-confirm">
          <span>{t('svc.confirm', { n: issues.length })}</span>
          <button
            type="button"
            className="btn danger"
            data-testid="reply-send-anyway"
            disabled={busy}
            onClick={() => void submit()}
          >
            {t('svc.sendAnyway')}
          </button>
          <button
            type="button"
            className="btn ghost"
            onClick={() => {
              setConfirming(false);
              input.current?.focus();
            }}
          >
            {t('svc.edit')}
          </button>
        </div>
      )}
    </div>
  );
}
