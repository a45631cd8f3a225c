// 服务用语: the forbidden phrases with their suggested wording, the honorifics a reply should carry,
// and the quick replies (快捷短语). Checked here as typed (same validation as the server); saving
// applies to every seat's next reply.
import { useEffect, useMemo, useState } from 'react';
import { checkReply, reasonIn } from '../../shared/service/check';
import { DEFAULT_SERVICE_RULES } from '../../shared/service/defaults';
import { CATEGORY_LABELS } from '../../shared/service/quickReplies';
import { QUICK_REPLY_CATEGORIES } from '../../shared/service/types';
import type {
  ForbiddenPhrase,
  QuickReply,
  QuickReplyCategory,
  ServiceRules,
} from '../../shared/service/types';
import { validateServiceRules } from '../../shared/service/validate';
import { setServiceRules, useServiceRules, loadServiceRules } from '../components/serviceRules';
import { tr, useDesk, useT } from '../store';
import { callInline } from './serverCall';
import { TagInput } from './TagInput';

/** Drop empty exception words left by a trailing comma before validating or saving. */
function tidy(r: ServiceRules): ServiceRules {
  const words = (l: string[]) => l.map((s) => s.trim()).filter(Boolean);
  return {
    ...r,
    forbidden: r.forbidden.map((f) => ({ ...f, except: words(f.except) })),
    honorifics: {
      ...r.honorifics,
      informal: r.honorifics.informal.map((i) => ({ ...i, except: words(i.except) })),
    },
  };
}

export function ServiceSection() {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const saved = useServiceRules((s) => s.rules);
  const [draft, setDraft] = useState<ServiceRules | null>(null);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [sample, setSample] = useState('');

  useEffect(() => {
    void loadServiceRules();
  }, []);

  const rules = draft ?? saved;
  const check = useMemo(() => (rules ? validateServiceRules(tidy(rules)) : null), [rules]);
  if (!rules) return <div className="muted">{t('settings.loading')}</div>;
  const dirty = draft != null;
  const edit = (next: ServiceRules) => {
    setDraft(next);
    setServerError(null);
  };
  const setPhrase = (i: number, f: ForbiddenPhrase) =>
    edit({ ...rules, forbidden: rules.forbidden.map((x, j) => (j === i ? f : x)) });
  const setQuick = (i: number, q: QuickReply) =>
    edit({ ...rules, quickReplies: rules.quickReplies.map((x, j) => (j === i ? q : x)) });

  const save = async () => {
    setTried(true);
    if (!check?.ok) return;
    setBusy(true);
    const r = await callInline('service:set-rules', { rules: check.value }, tr('svc.saved'));
    setBusy(false);
    if (r.ok) {
      setServiceRules(r.value);
      setDraft(null);
      setTried(false);
    } else setServerError(r.message);
  };
  const sampleIssues = sample ? checkReply(sample, rules).issues : [];

  return (
    <div className="settings-section" data-testid="settings-service">
      <div className="section-head">
        <h2>{t('svc.title')}</h2>
        <span className="muted small">{t('svc.live')}</span>
        <span className="grow" />
        {dirty && <span className="unsaved">{t('settings.unsaved')}</span>}
        <button className="btn ghost" onClick={() => edit(DEFAULT_SERVICE_RULES)}>
          {t('svc.resetDefaults')}
        </button>
        <button
          className="btn ghost"
          disabled={!dirty}
          onClick={() => {
            setDraft(null);
            setTried(false);
            setServerError(null);
          }}
        >
          {t('settings.discard')}
        </button>
        <button className="btn primary" data-testid="svc-save" disabled={busy} onClick={() => void save()}>
          {t('settings.save')}
        </button>
      </div>
      {tried && check && !check.ok && (
        <div className="form-error pre" data-testid="svc-errors">
          {t('settings.fixErrors', { n: check.errors.length })}
          {'\n'}
          {check.errors.join('\n')}
        </div>
      )}
      {serverError && (
        <div className="form-error pre" data-testid="svc-server-error">
          {t('settings.serverError')}
          {'\n'}
          {serverError}
        </div>
      )}

      <div className="panel">
        <div className="section-head">
          <h2>{t('svc.try')}</h2>
          <input
            className="text-input grow"
            data-testid="svc-try"
            value={sample}
            placeholder={t('svc.tryPlaceholder')}
            onChange={(e) => setSample(e.target.value)}
          />
        </div>
        {sample && (
          <div className="small" data-testid="svc-try-result">
            {sampleIssues.length === 0 ? (
              <span className="ok-text">{t('svc.tryOk')}</span>
            ) : (
              <ul className="reply-check">
                {sampleIssues.map((i) => (
                  <li key={`${i.index}.${i.match}`}>
                    <span className="warn-text">⚠</span>
                    {i.match && <mark className="reply-match">{i.match}</mark>}
                    <span className="muted">{reasonIn(lang, i.reason)}</span>
                    {i.suggestion && (
                      <span className="reply-suggest">{t('svc.suggest', { s: i.suggestion })}</span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>

      <div className="panel">
        <h2>{t('svc.forbidden')}</h2>
        <table className="table blocked-table service-table" data-testid="svc-forbidden">
          <thead>
            <tr>
              <th>{t('svc.pattern')}</th>
              <th>{t('svc.kind')}</th>
              <th>{t('svc.suggestion')}</th>
              <th>{t('svc.reason')}</th>
              <th>{t('svc.except')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.forbidden.length === 0 && (
              <tr>
                <td colSpan={6} className="muted">
                  {t('svc.noForbidden')}
                </td>
              </tr>
            )}
            {rules.forbidden.map((f, i) => (
              <tr key={i} data-testid="svc-forbidden-row">
                <td>
                  <input
                    className={`text-input${tried && !f.pattern.trim() ? ' invalid' : ''}`}
                    data-testid="svc-pattern"
                    value={f.pattern}
                    maxLength={50}
                    onChange={(e) => setPhrase(i, { ...f, pattern: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    value={f.kind}
                    onChange={(e) => setPhrase(i, { ...f, kind: e.target.value as ForbiddenPhrase['kind'] })}
                  >
                    <option value="plain">{t('svc.kind.plain')}</option>
                    <option value="wildcard">{t('svc.kind.wildcard')}</option>
                  </select>
                </td>
                <td>
                  <input
                    className={`text-input${tried && !f.suggestion.trim() ? ' invalid' : ''}`}
                    data-testid="svc-suggestion"
                    value={f.suggestion}
                    maxLength={100}
                    onChange={(e) => setPhrase(i, { ...f, suggestion: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    className="text-input"
                    value={f.reason}
                    maxLength={200}
                    onChange={(e) => setPhrase(i, { ...f, reason: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    className="text-input"
                    value={f.except.join('，')}
                    onChange={(e) => setPhrase(i, { ...f, except: e.target.value.split(/[,，、;；]/) })}
                  />
                </td>
                <td>
                  <button
                    className="btn ghost"
                    onClick={() => edit({ ...rules, forbidden: rules.forbidden.filter((_, j) => j !== i) })}
                  >
                    {t('settings.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="row-actions">
          <button
            className="btn"
            data-testid="svc-add-forbidden"
            onClick={() =>
              edit({
                ...rules,
                forbidden: [
                  ...rules.forbidden,
                  { pattern: '', kind: 'plain', suggestion: '', reason: '', except: [] },
                ],
              })
            }
          >
            + {t('svc.addForbidden')}
          </button>
        </div>
      </div>

      <div className="panel">
        <h2>{t('svc.honorifics')}</h2>
        <div className="lexicon-grid">
          <label className="field">
            <span>{t('svc.expected')}</span>
            <TagInput
              testid="svc-expected"
              value={rules.honorifics.expected}
              onChange={(expected) => edit({ ...rules, honorifics: { ...rules.honorifics, expected } })}
            />
          </label>
          <label className="field">
            <span>{t('svc.prefix')}</span>
            <input
              className="text-input"
              value={rules.honorifics.prefix}
              maxLength={20}
              onChange={(e) =>
                edit({ ...rules, honorifics: { ...rules.honorifics, prefix: e.target.value } })
              }
            />
          </label>
          <label className="field">
            <span>{t('svc.minLength')}</span>
            <input
              className="num-input"
              type="number"
              min={0}
              max={100}
              value={rules.honorifics.minLength}
              onChange={(e) =>
                edit({ ...rules, honorifics: { ...rules.honorifics, minLength: Number(e.target.value) } })
              }
            />
          </label>
        </div>
      </div>

      <div className="panel">
        <h2>{t('svc.quickReplies')}</h2>
        <table className="table blocked-table service-table" data-testid="svc-quick">
          <thead>
            <tr>
              <th>{t('svc.category')}</th>
              <th>{t('svc.text')}</th>
              <th>{t('svc.en')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.quickReplies.map((q, i) => {
              const issues = q.text ? checkReply(q.text, rules).issues : [];
              return (
                <tr key={q.id} data-testid="svc-quick-row">
                  <td>
                    <select
                      value={q.category}
                      onChange={(e) => setQuick(i, { ...q, category: e.target.value as QuickReplyCategory })}
                    >
                      {QUICK_REPLY_CATEGORIES.map((c) => (
                        <option key={c} value={c}>
                          {CATEGORY_LABELS[c][lang]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      className={`text-input wide${tried && !q.text.trim() ? ' invalid' : ''}`}
                      data-testid="svc-quick-text"
                      value={q.text}
                      maxLength={500}
                      onChange={(e) => setQuick(i, { ...q, text: e.target.value })}
                    />
                    {issues.length > 0 && (
                      <div className="warn-text small">
                        ⚠ {issues.map((x) => x.match || x.reason).join('、')}
                      </div>
                    )}
                  </td>
                  <td>
                    <input
                      className="text-input"
                      value={q.en ?? ''}
                      maxLength={500}
                      onChange={(e) => setQuick(i, { ...q, en: e.target.value || undefined })}
                    />
                  </td>
                  <td>
                    <button
                      className="btn ghost"
                      onClick={() =>
                        edit({ ...rules, quickReplies: rules.quickReplies.filter((_, j) => j !== i) })
                      }
                    >
                      {t('settings.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="row-actions">
          <button
            className="btn"
            data-testid="svc-add-quick"
            onClick={() =>
              edit({
                ...rules,
                quickReplies: [
                  ...rules.quickReplies,
                  { id: `q-${Date.now().toString(36)}`, category: 'greeting', text: '' },
                ],
              })
            }
          >
            + {t('svc.addQuick')}
          </button>
        </div>
      </div>
    </div>
  );
}
