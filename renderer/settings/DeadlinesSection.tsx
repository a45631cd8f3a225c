// 响应时限: one window + warning point per stage, overrides per type / channel, saved as a new
// policy version. Checked here first (same limits as the server), then by the server.
import { useEffect, useMemo, useState } from 'react';
import { CHANNELS, QUESTION_TYPES } from '../../shared/model';
import { STAGE_IDS, type StageId } from '../../shared/deadlines/types';
import { STAGE_LABELS, stageTitle } from '../../shared/deadlines/labels';
import type { Lang, MessageKey } from '../i18n';
import { typeKey } from '../i18n';
import { applyPolicy, setPolicyDraft, toast, tr, useDesk, useT } from '../store';
import { callInline } from './serverCall';
import {
  draftToPolicy,
  errorMap,
  newOverride,
  policyToDraft,
  type OverrideDraft,
  type OverrideScope,
  type PolicyDraft,
  type StageDraft,
} from './policyForm';
import { WINDOW_UNITS, formatSpan, inputToMs, pctToRatio, type WindowUnit } from './units';

type Errors = Map<string, string>;

export function DeadlinesSection() {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const policy = useDesk((s) => s.policy);
  const editing = useDesk((s) => s.policyDraft);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);

  useEffect(() => {
    void callInline('policy:get', {}).then((r) => r.ok && applyPolicy(r.value));
  }, []);
  // Not editing: show the policy in force (another seat may save a new one meanwhile).
  const inForce = useMemo(() => (policy ? policyToDraft(policy) : null), [policy]);
  const draft = editing ?? inForce;
  const dirty = editing != null;

  const check = useMemo(() => (draft ? draftToPolicy(draft) : null), [draft]);
  const errors: Errors = useMemo(() => {
    const m = new Map<string, string>();
    if (check && !check.ok)
      for (const [k, v] of errorMap(check.errors)) m.set(k, tr(`field.${v}` as MessageKey));
    return m;
  }, [check, lang]); // lang: tr() reads the language from the store

  if (!draft || !policy) return <div className="muted">{t('settings.loading')}</div>;

  const edit = (next: PolicyDraft) => {
    setPolicyDraft(next);
    setServerError(null);
  };
  const setStage = (id: StageId, d: StageDraft) => edit({ ...draft, stages: { ...draft.stages, [id]: d } });
  const setRow = (row: OverrideDraft) =>
    edit({ ...draft, overrides: draft.overrides.map((r) => (r.rowId === row.rowId ? row : r)) });

  const save = async () => {
    setTried(true);
    if (!check || !check.ok) return;
    setBusy(true);
    const r = await callInline('policy:set', { policy: check.policy });
    if (r.ok) toast('ok', tr('dl.saved', { n: r.value.version }));
    setBusy(false);
    if (r.ok) {
      applyPolicy(r.value);
      setPolicyDraft(null);
      setTried(false);
      setServerError(null);
    } else setServerError(r.message);
  };
  const discard = () => {
    setPolicyDraft(null);
    setTried(false);
    setServerError(null);
  };
  const shown = errors;

  return (
    <div className="settings-section" data-testid="settings-deadlines">
      <div className="section-head">
        <h2>{t('dl.title')}</h2>
        <span className="badge" data-testid="dl-version" data-version={policy.version}>
          {t('dl.version', { n: policy.version })}
        </span>
        <span className="grow" />
        {editing && editing.version < policy.version && (
          <span className="unsaved" data-testid="dl-stale">
            {t('dl.stale', { n: policy.version })}
          </span>
        )}
        {dirty && <span className="unsaved">{t('settings.unsaved')}</span>}
        <button className="btn ghost" disabled={!dirty} onClick={discard}>
          {t('settings.discard')}
        </button>
        <button className="btn primary" data-testid="dl-save" disabled={busy} onClick={() => void save()}>
          {t('settings.save')}
        </button>
      </div>
      <p className="muted small section-note">{t('dl.note')}</p>
      {tried && errors.size > 0 && (
        <div className="form-error" data-testid="dl-errors">
          {t('settings.fixErrors', { n: errors.size })}
        </div>
      )}
      {serverError && (
        <div className="form-error pre" data-testid="dl-server-error">
          {t('settings.serverError')}
          {'\n'}
          {serverError}
        </div>
      )}
      <div className="panel">
        <table className="table policy-table" data-testid="dl-table">
          <thead>
            <tr>
              <th>{t('dl.stage')}</th>
              <th>{t('dl.window')}</th>
              <th>{t('dl.warn')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {STAGE_IDS.map((id) => (
              <tr
                key={id}
                data-testid={`dl-row-${id}`}
                title={lang === 'zh' ? STAGE_LABELS[id].descZh : STAGE_LABELS[id].descEn}
              >
                <td>
                  <span className="stage-id">{id}</span>{' '}
                  <StageName id={id} d={draft.stages[id]} lang={lang} />
                </td>
                <td>
                  <WindowField
                    testid={`dl-${id}`}
                    d={draft.stages[id]}
                    onChange={(d) => setStage(id, d)}
                    error={shown.get(`stage.${id}.window`)}
                  />
                </td>
                <td>
                  <WarnField
                    testid={`dl-warn-${id}`}
                    d={draft.stages[id]}
                    onChange={(d) => setStage(id, d)}
                    error={shown.get(`stage.${id}.warn`)}
                  />
                </td>
                <td className="muted small nowrap">
                  <WarnPreview d={draft.stages[id]} lang={lang} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="panel">
        <div className="section-head">
          <h2>{t('dl.overrides')}</h2>
          <span className="muted small">{t('dl.overridesHint')}</span>
          <span className="grow" />
          <button
            className="btn"
            data-testid="dl-add-override"
            onClick={() => edit({ ...draft, overrides: [...draft.overrides, newOverride(draft)] })}
          >
            + {t('dl.addOverride')}
          </button>
        </div>
        {draft.overrides.length === 0 ? (
          <div className="muted small">{t('dl.noOverrides')}</div>
        ) : (
          <table className="table policy-table" data-testid="dl-overrides">
            <thead>
              <tr>
                <th>{t('dl.scope')}</th>
                <th>{t('dl.type')}</th>
                <th>{t('dl.channel')}</th>
                <th>{t('dl.stage')}</th>
                <th>{t('dl.window')}</th>
                <th>{t('dl.warn')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {draft.overrides.map((row) => (
                <OverrideRow
                  key={row.rowId}
                  row={row}
                  errors={shown}
                  keyError={errors.get(`override.${row.rowId}.key`)}
                  onChange={setRow}
                  onRemove={() =>
                    edit({ ...draft, overrides: draft.overrides.filter((r) => r.rowId !== row.rowId) })
                  }
                />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

/** What the stage requires, without a window: '给出解决方案' / 'Solution given'. */
const dutyName = (id: StageId, lang: Lang) => stageTitle(id, 1000)[lang].replace(/\s*\([^()]*\)$/, '');

function StageName({ id, d, lang }: { id: StageId; d: StageDraft; lang: Lang }) {
  const ms = inputToMs(d.window);
  return <span>{ms.ok ? stageTitle(id, ms.value)[lang] : STAGE_LABELS[id][lang]}</span>;
}

function WarnPreview({ d, lang }: { d: StageDraft; lang: Lang }) {
  const t = useT();
  const ms = inputToMs(d.window);
  const r = pctToRatio(d.warnPct);
  if (!ms.ok || !r.ok) return null;
  return <>{t('dl.warnAt', { t: formatSpan(ms.value * r.value, lang) })}</>;
}

function WindowField({
  d,
  onChange,
  error,
  testid,
}: {
  d: StageDraft;
  onChange: (d: StageDraft) => void;
  error?: string;
  testid: string;
}) {
  const t = useT();
  return (
    <div className="window-field">
      <input
        className={`num-input${error ? ' invalid' : ''}`}
        data-testid={`${testid}-window`}
        inputMode="decimal"
        value={d.window.value}
        onChange={(e) => onChange({ ...d, window: { ...d.window, value: e.target.value } })}
      />
      <select
        data-testid={`${testid}-unit`}
        value={d.window.unit}
        onChange={(e) => onChange({ ...d, window: { ...d.window, unit: e.target.value as WindowUnit } })}
      >
        {WINDOW_UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`unit.${u}` as MessageKey)}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" data-testid="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

function WarnField({
  d,
  onChange,
  error,
  testid,
}: {
  d: StageDraft;
  onChange: (d: StageDraft) => void;
  error?: string;
  testid: string;
}) {
  return (
    <div className="window-field">
      <input
        className={`num-input pct${error ? ' invalid' : ''}`}
        data-testid={testid}
        inputMode="decimal"
        value={d.warnPct}
        onChange={(e) => onChange({ ...d, warnPct: e.target.value })}
      />
      <span className="muted">%</span>
      {error && (
        <span className="field-error" data-testid="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

function OverrideRow({
  row,
  errors,
  keyError,
  onChange,
  onRemove,
}: {
  row: OverrideDraft;
  errors: Errors;
  keyError?: string;
  onChange: (r: OverrideDraft) => void;
  onRemove: () => void;
}) {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const p = `override.${row.rowId}`;
  return (
    <tr data-testid="dl-override-row">
      <td>
        <select
          data-testid="dl-ov-scope"
          value={row.scope}
          onChange={(e) => onChange({ ...row, scope: e.target.value as OverrideScope })}
        >
          {(['type', 'channel', 'both'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`dl.scope.${s}`)}
            </option>
          ))}
        </select>
        {keyError && (
          <div className="field-error" data-testid="field-error">
            {keyError}
          </div>
        )}
      </td>
      <td>
        <select
          data-testid="dl-ov-type"
          value={row.type}
          disabled={row.scope === 'channel'}
          onChange={(e) => onChange({ ...row, type: e.target.value as OverrideDraft['type'] })}
        >
          {QUESTION_TYPES.map((q) => (
            <option key={q} value={q}>
              {t(typeKey(q))}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          data-testid="dl-ov-channel"
          value={row.channel}
          disabled={row.scope === 'type'}
          onChange={(e) => onChange({ ...row, channel: e.target.value as OverrideDraft['channel'] })}
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel.${c}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          data-testid="dl-ov-stage"
          value={row.stage}
          onChange={(e) => onChange({ ...row, stage: e.target.value as StageId })}
        >
          {STAGE_IDS.map((id) => (
            <option key={id} value={id}>
              {id} {dutyName(id, lang)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <WindowField
          testid="dl-ov"
          d={row}
          onChange={(d) => onChange({ ...row, ...d })}
          error={errors.get(`${p}.window`)}
        />
      </td>
      <td>
        <WarnField
          testid="dl-ov-warn"
          d={row}
          onChange={(d) => onChange({ ...row, ...d })}
          error={errors.get(`${p}.warn`)}
        />
      </td>
      <td>
        <button className="btn ghost" data-testid="dl-ov-remove" onClick={onRemove}>
          {t('settings.remove')}
        </button>
      </td>
    </tr>
  );
}
