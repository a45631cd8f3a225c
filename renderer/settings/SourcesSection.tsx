// 数据源: every stream source with its live figures, add / remove, demo room on or off.
import { useEffect, useState } from 'react';
import type { SourceStatus } from '../../shared/api';
import { sourceStateKey } from '../i18n';
import { applySources, tr, useDesk, useT } from '../store';
import { callInline } from './serverCall';
import {
  SOURCE_FORMATS,
  checkSourceDraft,
  formatInfo,
  type SourceDraft,
  type SourceDraftProblem,
  type SourceFormatId,
} from './sourceFormats';
import { ageSeconds } from './units';

const EMPTY: SourceDraft = {
  format: 'barragegrab',
  url: 'ws://127.0.0.1:8888',
  label: '',
  channel: '',
  stallSeconds: '30',
};

export function SourcesSection() {
  const t = useT();
  const sources = useDesk((s) => s.sources);
  const demoOn = sources.some((s) => s.id === 'demo');
  const [demoBusy, setDemoBusy] = useState(false);
  const [demoError, setDemoError] = useState<string | null>(null);

  useEffect(() => {
    void callInline('source:list', {}).then((r) => r.ok && applySources(r.value));
  }, []);

  const toggleDemo = async (enabled: boolean) => {
    setDemoBusy(true);
    const r = await callInline('source:set-demo', { enabled });
    setDemoBusy(false);
    setDemoError(r.ok ? null : r.message);
    if (r.ok) applySources(r.value);
  };

  return (
    <div className="settings-section" data-testid="settings-sources">
      <div className="section-head">
        <h2>{t('src.title')}</h2>
        <label className="switch">
          <input
            type="checkbox"
            data-testid="src-demo"
            checked={demoOn}
            disabled={demoBusy}
            onChange={(e) => void toggleDemo(e.target.checked)}
          />
          <span>{t('src.demo')}</span>
        </label>
      </div>
      {demoError && <div className="form-error">{demoError}</div>}
      <div className="panel">
        <table className="table" data-testid="src-table">
          <thead>
            <tr>
              <th>{t('ops.source')}</th>
              <th>{t('ops.state')}</th>
              <th className="num">{t('ops.rate')}</th>
              <th className="num">{t('ops.received')}</th>
              <th className="num">{t('ops.duplicates')}</th>
              <th className="num">{t('ops.rejected')}</th>
              <th className="num">{t('ops.reconnects')}</th>
              <th>{t('ops.lastMessage')}</th>
              <th className="actions-col">{t('src.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.length === 0 && (
              <tr>
                <td colSpan={9} className="muted">
                  {t('status.noSources')}
                </td>
              </tr>
            )}
            {sources.map((s) => (
              <SourceRow key={s.id} s={s} />
            ))}
          </tbody>
        </table>
      </div>
      <AddSource />
    </div>
  );
}

function Age({ at }: { at: number | null }) {
  const t = useT();
  const now = useDesk((s) => s.now);
  const age = ageSeconds(at, now);
  if (age == null) return <>{t('src.never')}</>;
  return <>{age < 120 ? t('src.ageSec', { n: age }) : t('src.ageMin', { n: Math.floor(age / 60) })}</>;
}

function SourceRow({ s }: { s: SourceStatus }) {
  const t = useT();
  const lang = useDesk((st) => st.lang);
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    const r = await callInline('source:remove', { id: s.id }, tr('src.removed'));
    if (r.ok) applySources(r.value);
    else setError(r.message);
    setConfirm(false);
  };
  return (
    <tr data-testid="src-row" data-source-id={s.id} data-state={s.state} data-url={s.url}>
      <td>
        <div>{s.label}</div>
        <div className="muted small src-url">
          {formatInfo(s.format)?.name[lang] ?? s.format} · {s.url}
        </div>
        {(s.error || error) && <div className="form-error small">{error ?? s.error}</div>}
      </td>
      <td className="nowrap" data-testid="src-state">
        <span className={`dot src-${s.state}`} /> {t(sourceStateKey(s.state))}
      </td>
      <td className="num">{s.perSecond.toFixed(1)}</td>
      <td className="num" data-testid="src-received">
        {s.received.toLocaleString()}
      </td>
      <td className="num">{s.duplicates.toLocaleString()}</td>
      <td className="num">{s.rejected.toLocaleString()}</td>
      <td className="num">{s.reconnects}</td>
      <td className="nowrap">
        <Age at={s.lastMessageAt} />
      </td>
      <td className="actions-col nowrap">
        {confirm ? (
          <span className="confirm">
            <span className="small">{t('src.confirmRemove', { label: s.label })}</span>
            <button className="btn danger" data-testid="src-remove-confirm" onClick={() => void remove()}>
              {t('src.confirm')}
            </button>
            <button className="btn ghost" onClick={() => setConfirm(false)}>
              {t('cohost.cancel')}
            </button>
          </span>
        ) : (
          <button className="btn ghost" data-testid="src-remove" onClick={() => setConfirm(true)}>
            {t('src.remove')}
          </button>
        )}
      </td>
    </tr>
  );
}

const PROBLEM_TEXT: Record<SourceDraftProblem, 'src.err.url' | 'src.err.channel' | 'src.err.stall'> = {
  url: 'src.err.url',
  channel: 'src.err.channel',
  stall: 'src.err.stall',
};

function AddSource() {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const [d, setD] = useState<SourceDraft>(EMPTY);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const info = formatInfo(d.format)!;
  const problems = checkSourceDraft(d);
  const show = (p: SourceDraftProblem) => tried && problems.includes(p);

  const setFormat = (format: SourceFormatId) => {
    const prevDefault = formatInfo(d.format)?.defaultUrl;
    const next = formatInfo(format)!;
    // Follow the format's usual address unless the user typed their own.
    const url = d.url.trim() === '' || d.url === prevDefault ? next.defaultUrl : d.url;
    setD({ ...d, format, url, channel: next.needsChannel ? d.channel : '' });
  };

  const submit = async () => {
    setTried(true);
    setServerError(null);
    if (problems.length) return;
    setBusy(true);
    const r = await callInline(
      'source:add',
      {
        format: d.format,
        url: d.url.trim(),
        label: d.label.trim() || undefined,
        channel: info.needsChannel && d.channel.trim() ? d.channel.trim() : undefined,
        stallSeconds: d.stallSeconds.trim() ? Number(d.stallSeconds) : undefined,
      },
      tr('src.added'),
    );
    setBusy(false);
    if (r.ok) {
      applySources(r.value);
      setD(EMPTY);
      setTried(false);
    } else setServerError(r.message);
  };

  return (
    <form
      className="panel add-source"
      data-testid="src-add-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2>{t('src.add')}</h2>
      <div className="form-grid">
        <label className="field">
          <span>{t('src.format')}</span>
          <select
            data-testid="src-format"
            value={d.format}
            onChange={(e) => setFormat(e.target.value as SourceFormatId)}
          >
            {SOURCE_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name[lang]} ({f.id})
              </option>
            ))}
          </select>
        </label>
        <label className="field wide">
          <span>{t('src.url')}</span>
          <input
            data-testid="src-url"
            value={d.url}
            spellCheck={false}
            className={show('url') ? 'invalid' : ''}
            onChange={(e) => setD({ ...d, url: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('src.label')}</span>
          <input
            data-testid="src-label"
            value={d.label}
            maxLength={60}
            onChange={(e) => setD({ ...d, label: e.target.value })}
          />
        </label>
        {info.needsChannel && (
          <label className="field">
            <span>{t('src.channel')}</span>
            <input
              data-testid="src-channel"
              value={d.channel}
              maxLength={100}
              className={show('channel') ? 'invalid' : ''}
              onChange={(e) => setD({ ...d, channel: e.target.value })}
            />
          </label>
        )}
        <label className="field narrow" title={t('src.stallHint')}>
          <span>{t('src.stall')}</span>
          <input
            data-testid="src-stall"
            inputMode="numeric"
            value={d.stallSeconds}
            className={show('stall') ? 'invalid' : ''}
            onChange={(e) => setD({ ...d, stallSeconds: e.target.value })}
          />
        </label>
      </div>
      <div className="row-actions">
        <span className="muted small grow" data-testid="src-hint">
          {info.hint[lang]}
        </span>
        <button type="submit" className="btn primary" data-testid="src-connect" disabled={busy}>
          {t('src.connect')}
        </button>
      </div>
      {tried &&
        problems.map((p) => (
          <div className="form-error" key={p}>
            {t(PROBLEM_TEXT[p])}
          </div>
        ))}
      {serverError && (
        <div className="form-error" data-testid="src-server-error">
          {serverError}
        </div>
      )}
    </form>
  );
}
