// 识别规则: sensitivity, this show's word lists, keywords per question type, blocked terms (checked
// as they are typed) and the allow-list. Saving applies at once to new comments (no restart).
import { useEffect, useState } from 'react';
import type { BlockedAction, BlockedKind, BlockedTerm, ClassifierConfig } from '../../shared/classify/config';
import { SENSITIVITIES, TOPIC_TYPES } from '../../shared/classify/config';
import type { MessageKey } from '../i18n';
import { typeKey } from '../i18n';
import { applyClassifierConfig, setClassifierDraft, tr, useDesk, useT } from '../store';
import { FLOOD_LIMITS, checkBlockedTerm, checkFlood, termMatches, type TermProblem } from './classifierForm';
import { callInline } from './serverCall';
import { TagInput } from './TagInput';

const LEXICONS = ['products', 'sizes', 'colours', 'promotions'] as const;
const KINDS: BlockedKind[] = ['plain', 'wildcard', 'regex'];
const ACTIONS: BlockedAction[] = ['spam', 'ads', 'abuse'];

function problemText(p: TermProblem): string {
  return p.code === 'regex' ? tr('cls.term.regex', { detail: p.detail }) : tr(`cls.term.${p.code}`);
}

export function ClassifierSection() {
  const t = useT();
  const saved = useDesk((s) => s.classifierConfig);
  const editing = useDesk((s) => s.classifierDraft);
  const draft = editing ?? saved;
  const dirty = editing != null;
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [sample, setSample] = useState('');

  useEffect(() => {
    void callInline('classifier:get-config', {}).then((r) => r.ok && applyClassifierConfig(r.value));
  }, []);

  if (!draft || !saved) return <div className="muted">{t('settings.loading')}</div>;

  const edit = (next: ClassifierConfig) => {
    setClassifierDraft(next);
    setServerError(null);
  };
  const setTerm = (i: number, term: BlockedTerm) =>
    edit({ ...draft, blockedTerms: draft.blockedTerms.map((x, j) => (j === i ? term : x)) });
  const problems = draft.blockedTerms.map((b) => checkBlockedTerm(b));
  const floodProblems = checkFlood(draft.flood);
  const invalid = problems.filter(Boolean).length + floodProblems.length;
  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

  const save = async () => {
    setTried(true);
    if (invalid) return;
    setBusy(true);
    const r = await callInline('classifier:set-config', { config: draft }, tr('cls.saved'));
    setBusy(false);
    if (r.ok) {
      applyClassifierConfig(r.value);
      setClassifierDraft(null);
      setTried(false);
    } else setServerError(r.message);
  };
  const hits = sample ? draft.blockedTerms.filter((b) => termMatches(b, sample)).map((b) => b.pattern) : [];

  return (
    <div className="settings-section" data-testid="settings-classifier">
      <div className="section-head">
        <h2>{t('cls.title')}</h2>
        <span className="muted small">{t('cls.live')}</span>
        <span className="grow" />
        {dirty && <span className="unsaved">{t('settings.unsaved')}</span>}
        <button
          className="btn ghost"
          disabled={!dirty}
          onClick={() => {
            setClassifierDraft(null);
            setTried(false);
            setServerError(null);
          }}
        >
          {t('settings.discard')}
        </button>
        <button className="btn primary" data-testid="cls-save" disabled={busy} onClick={() => void save()}>
          {t('settings.save')}
        </button>
      </div>
      {tried && invalid > 0 && (
        <div className="form-error" data-testid="cls-errors">
          {t('settings.fixErrors', { n: invalid })}
        </div>
      )}
      {serverError && (
        <div className="form-error pre" data-testid="cls-server-error">
          {t('settings.serverError')}
          {'\n'}
          {serverError}
        </div>
      )}

      <div className="panel">
        <div className="section-head">
          <h2>{t('cls.sensitivity')}</h2>
          <div className="seg" role="radiogroup">
            {SENSITIVITIES.map((s) => (
              <button
                key={s}
                role="radio"
                aria-checked={draft.sensitivity === s}
                className={draft.sensitivity === s ? 'on' : ''}
                data-testid={`cls-sens-${s}`}
                onClick={() => edit({ ...draft, sensitivity: s })}
              >
                {t(`cls.sens.${s}`)}
              </button>
            ))}
          </div>
          <span className="muted small">{t('cls.sensHint')}</span>
        </div>
      </div>

      <div className="panel" data-testid="cls-flood">
        <h2>{t('cls.flood')}</h2>
        <p className="muted small">{t('cls.floodHint')}</p>
        <div className="row-actions flood-row">
          <label>
            {t('cls.floodWindow')}
            <input
              type="number"
              min={FLOOD_LIMITS.windowSec[0]}
              max={FLOOD_LIMITS.windowSec[1]}
              data-testid="cls-flood-window"
              aria-invalid={floodProblems.includes('window')}
              value={Number.isNaN(draft.flood.windowMs) ? '' : draft.flood.windowMs / 1000}
              onChange={(e) =>
                edit({ ...draft, flood: { ...draft.flood, windowMs: num(e.target.value) * 1000 } })
              }
            />
            {t('cls.floodSeconds')}
          </label>
          <label>
            {t('cls.floodRepeats')}
            <input
              type="number"
              min={FLOOD_LIMITS.repeats[0]}
              max={FLOOD_LIMITS.repeats[1]}
              data-testid="cls-flood-repeats"
              aria-invalid={floodProblems.includes('repeats')}
              value={Number.isNaN(draft.flood.maxRepeats) ? '' : draft.flood.maxRepeats}
              onChange={(e) => edit({ ...draft, flood: { ...draft.flood, maxRepeats: num(e.target.value) } })}
            />
          </label>
        </div>
        {floodProblems.map((p) => (
          <div key={p} className="field-error" data-testid={`cls-flood-error-${p}`}>
            {p === 'window'
              ? t('cls.floodWindowBad', { min: FLOOD_LIMITS.windowSec[0], max: FLOOD_LIMITS.windowSec[1] })
              : t('cls.floodRepeatsBad', { min: FLOOD_LIMITS.repeats[0], max: FLOOD_LIMITS.repeats[1] })}
          </div>
        ))}
      </div>

      <div className="panel">
        <h2>{t('cls.blocked')}</h2>
        <table className="table blocked-table" data-testid="cls-blocked">
          <thead>
            <tr>
              <th>{t('cls.pattern')}</th>
              <th>{t('cls.kind')}</th>
              <th>{t('cls.action')}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.blockedTerms.length === 0 && (
              <tr>
                <td colSpan={5} className="muted">
                  {t('cls.noBlocked')}
                </td>
              </tr>
            )}
            {draft.blockedTerms.map((b, i) => {
              const p = problems[i];
              return (
                <tr key={i} data-testid="cls-blocked-row">
                  <td>
                    <input
                      className={`text-input${p && (tried || b.pattern) ? ' invalid' : ''}`}
                      data-testid="cls-blocked-pattern"
                      value={b.pattern}
                      spellCheck={false}
                      maxLength={200}
                      onChange={(e) => setTerm(i, { ...b, pattern: e.target.value })}
                    />
                  </td>
                  <td>
                    <select
                      data-testid="cls-blocked-kind"
                      value={b.kind}
                      onChange={(e) => setTerm(i, { ...b, kind: e.target.value as BlockedKind })}
                    >
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`cls.kind.${k}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select
                      data-testid="cls-blocked-action"
                      value={b.action}
                      onChange={(e) => setTerm(i, { ...b, action: e.target.value as BlockedAction })}
                    >
                      {ACTIONS.map((a) => (
                        <option key={a} value={a}>
                          {t(`flag.${a}` as MessageKey)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="small" data-testid="cls-blocked-check">
                    {p ? (
                      (tried || b.pattern) && <span className="field-error">{problemText(p)}</span>
                    ) : (
                      <span className="ok-text">✓ {t('cls.term.ok')}</span>
                    )}
                  </td>
                  <td>
                    <button
                      className="btn ghost"
                      onClick={() =>
                        edit({ ...draft, blockedTerms: draft.blockedTerms.filter((_, j) => j !== i) })
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
            data-testid="cls-add-blocked"
            onClick={() =>
              edit({
                ...draft,
                blockedTerms: [...draft.blockedTerms, { kind: 'plain', pattern: '', action: 'spam' }],
              })
            }
          >
            + {t('cls.addBlocked')}
          </button>
          <input
            className="text-input grow"
            data-testid="cls-try"
            value={sample}
            placeholder={t('cls.tryPlaceholder')}
            onChange={(e) => setSample(e.target.value)}
          />
          {sample && (
            <span className={hits.length ? 'warn-text small' : 'muted small'} data-testid="cls-try-result">
              {hits.length ? t('cls.tryHit', { terms: hits.join('、') }) : t('cls.tryMiss')}
            </span>
          )}
        </div>
      </div>

      <div className="panel">
        <h2>{t('cls.allowList')}</h2>
        <TagInput
          testid="cls-allow"
          value={draft.allowList}
          onChange={(allowList) => edit({ ...draft, allowList })}
        />
      </div>

      <div className="panel">
        <h2>{t('cls.lexicons')}</h2>
        <div className="lexicon-grid">
          {LEXICONS.map((k) => (
            <label className="field" key={k}>
              <span>{t(`cls.lex.${k}`)}</span>
              <TagInput
                testid={`cls-lex-${k}`}
                value={draft.lexicons[k]}
                onChange={(list) => edit({ ...draft, lexicons: { ...draft.lexicons, [k]: list } })}
              />
            </label>
          ))}
        </div>
      </div>

      <div className="panel">
        <h2>{t('cls.typeKeywords')}</h2>
        {TOPIC_TYPES.map((type) => (
          <details key={type} className="kw-group" data-testid={`cls-kw-${type}`}>
            <summary>
              <span className={`type-${type}`}>{t(typeKey(type))}</span>{' '}
              <span className="muted small">{t('cls.count', { n: draft.typeKeywords[type].length })}</span>
            </summary>
            <TagInput
              value={draft.typeKeywords[type]}
              onChange={(list) => edit({ ...draft, typeKeywords: { ...draft.typeKeywords, [type]: list } })}
            />
          </details>
        ))}
      </div>
    </div>
  );
}
