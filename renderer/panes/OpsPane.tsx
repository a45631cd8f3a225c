// 运营: live counts, source status, recent breaches.
import { lazy, Suspense, useMemo, useState } from 'react';

// The reports (uPlot charts, tables, export) load on first use: the live panes start faster.
const ReportsView = lazy(() => import('../reports/ReportsView').then((m) => ({ default: m.ReportsView })));
import type { DeskCounts } from '../../shared/api';
import type { StageId } from '../../shared/deadlines/types';
import { sourceStateKey, type MessageKey } from '../i18n';
import { stageName } from '../components/StageLabel';
import { Handover } from '../components/Handover';
import { metPercent } from '../store/reducers';
import { useDesk, useT } from '../store';

const TILES: { key: keyof DeskCounts; label: MessageKey; id: string; tone?: string }[] = [
  { key: 'comments', label: 'ops.comments', id: 'comments' },
  { key: 'questions', label: 'ops.questions', id: 'questions' },
  { key: 'open', label: 'ops.open', id: 'open', tone: 'accent' },
  { key: 'answered', label: 'ops.answered', id: 'answered', tone: 'good' },
  { key: 'handedOff', label: 'ops.handedOff', id: 'handed-off' },
  { key: 'resolved', label: 'ops.resolved', id: 'resolved', tone: 'good' },
  { key: 'deadlinesMet', label: 'ops.met', id: 'met', tone: 'good' },
  { key: 'deadlinesBreached', label: 'ops.breached', id: 'breached', tone: 'bad' },
  { key: 'warnings', label: 'ops.warnings', id: 'warnings', tone: 'warn' },
];

function hms(ts: number | null): string {
  return ts == null ? '—' : new Date(ts).toLocaleTimeString();
}

export function OpsPane() {
  const t = useT();
  const counts = useDesk((s) => s.counts);
  const session = useDesk((s) => s.session);
  const pct = counts ? metPercent(counts.deadlinesMet, counts.deadlinesBreached) : null;
  const [sub, setSub] = useState<'live' | 'reports'>('live');
  const subtabs = (
    <nav className="ops-subtabs" role="tablist">
      <button
        className={`btn ${sub === 'live' ? 'primary' : 'ghost'}`}
        onClick={() => setSub('live')}
        data-testid="ops-sub-live"
      >
        实时 Live
      </button>
      <button
        className={`btn ${sub === 'reports' ? 'primary' : 'ghost'}`}
        onClick={() => setSub('reports')}
        data-testid="ops-sub-reports"
      >
        报表 Reports
      </button>
    </nav>
  );
  if (sub === 'reports') {
    return (
      <section className="pane ops-pane" data-testid="pane-ops">
        <header className="pane-head">{subtabs}</header>
        <Suspense fallback={<div className="reports-loading">{t('settings.loading')}</div>}>
          <ReportsView />
        </Suspense>
      </section>
    );
  }
  return (
    <section className="pane ops-pane" data-testid="pane-ops">
      <header className="pane-head">
        <h1>{t('ops.counts')}</h1>
        {session && (
          <span className="pane-count">
            {t('ops.session', { title: session.title, time: hms(session.startedAt) })}
          </span>
        )}
        {subtabs}
        <Handover />
      </header>
      <div className="tiles">
        {TILES.map((tile) => (
          <div className={`tile ${counts && counts[tile.key] > 0 ? (tile.tone ?? '') : ''}`} key={tile.id}>
            <div className="tile-value" data-testid={`ops-count-${tile.id}`}>
              {counts ? counts[tile.key].toLocaleString() : '—'}
            </div>
            <div className="tile-label">{t(tile.label)}</div>
          </div>
        ))}
        <div className={`tile pct ${pct == null ? '' : pct >= 90 ? 'good' : pct >= 70 ? 'warn' : 'bad'}`}>
          <div className="tile-value" data-testid="ops-count-met-pct">
            {pct == null ? '—' : `${pct}%`}
          </div>
          <div className="tile-label">{t('ops.metPct')}</div>
        </div>
      </div>
      <div className="ops-columns">
        <SourcesTable />
        <Breaches />
      </div>
    </section>
  );
}

function SourcesTable() {
  const t = useT();
  const sources = useDesk((s) => s.sources);
  return (
    <div className="panel">
      <h2>{t('ops.sources')}</h2>
      <table className="table" data-testid="ops-sources">
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
          </tr>
        </thead>
        <tbody>
          {sources.length === 0 && (
            <tr>
              <td colSpan={8} className="muted">
                {t('status.noSources')}
              </td>
            </tr>
          )}
          {sources.map((s) => (
            <tr key={s.id} title={s.error ?? s.url}>
              <td>
                {s.label} <span className="muted small">{s.format}</span>
              </td>
              <td>
                <span className={`dot src-${s.state}`} /> {t(sourceStateKey(s.state))}
              </td>
              <td className="num">{s.perSecond.toFixed(1)}</td>
              <td className="num">{s.received.toLocaleString()}</td>
              <td className="num">{s.duplicates.toLocaleString()}</td>
              <td className="num">{s.rejected.toLocaleString()}</td>
              <td className="num">{s.reconnects}</td>
              <td>{hms(s.lastMessageAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface BreachRow {
  key: string;
  questionId: number;
  stage: StageId;
  window: number;
  at: number;
  text: string;
  nickname: string;
}

function Breaches() {
  const t = useT();
  const lang = useDesk((s) => s.lang);
  const alerts = useDesk((s) => s.alerts);
  const questions = useDesk((s) => s.questions);
  const rows = useMemo(() => {
    const byKey = new Map<string, BreachRow>();
    const add = (questionId: number, stage: StageId, seq: number, at: number, window: number) => {
      const key = `${questionId}.${stage}.${seq}`;
      if (byKey.has(key)) return;
      const q = questions[questionId];
      byKey.set(key, {
        key,
        questionId,
        stage,
        window,
        at,
        text: q?.text ?? `#${questionId}`,
        nickname: q?.nickname ?? '',
      });
    };
    // Stage records carry the window; prefer them, then alerts for questions not loaded here.
    for (const q of Object.values(questions))
      for (const s of q.stages)
        if (s.breachedAt != null) add(q.id, s.stage, s.seq, s.dueAt, s.dueAt - s.startedAt);
    for (const a of alerts) {
      if (a.level !== 'breached') continue;
      const rec = questions[a.questionId]?.stages.find((s) => s.stage === a.stage && s.seq === a.seq);
      add(a.questionId, a.stage, a.seq, a.at, rec ? rec.dueAt - rec.startedAt : 0);
    }
    return [...byKey.values()].sort((a, b) => b.at - a.at).slice(0, 30);
  }, [alerts, questions]);
  return (
    <div className="panel">
      <h2>{t('ops.breaches')}</h2>
      {rows.length === 0 ? (
        <div className="empty">{t('ops.noBreaches')}</div>
      ) : (
        <table className="table" data-testid="ops-breaches">
          <thead>
            <tr>
              <th>{t('ops.at')}</th>
              <th>{t('ops.stage')}</th>
              <th>{t('ops.question')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td className="nowrap">{hms(r.at)}</td>
                <td className="nowrap">
                  <span className="badge bad">{r.stage}</span>{' '}
                  {r.window > 0 ? stageName(lang, { stage: r.stage, startedAt: 0, dueAt: r.window }) : ''}
                </td>
                <td className="ellipsis">
                  <span className="nick">{r.nickname}</span> {r.text}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
