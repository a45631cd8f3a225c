// 人员考核: per staff per period — handled, % met, breaches by stage, average response — and the
// proposed warnings, deductions and best-responder award, which Ops confirms or dismisses (logged).
import { useMemo, useState } from 'react';
import { monthRange, lastDays } from '../../shared/reports/time';
import { KIND_LABELS, DECISION_LABELS, decisionsTable, scorecardTables } from '../../shared/reports/tables';
import { call } from '../api/desk';
import { toast, useDesk } from '../store';
import { DataTable } from './DataTable';
import { rt } from './i18n';
import { tzOffsetMin } from './format';
import { exportReport, useReport } from './useReport';

type PeriodKind = 'thisMonth' | 'lastMonth' | 'last30';

function periodOf(kind: PeriodKind, now: number) {
  const tz = tzOffsetMin();
  if (kind === 'last30') return lastDays(now, tz, 30);
  return monthRange(now, tz, kind === 'lastMonth' ? -1 : 0);
}

export function ScorecardsView() {
  const lang = useDesk((s) => s.lang);
  const [kind, setKind] = useState<PeriodKind>('thisMonth');
  const period = useMemo(() => ({ ...periodOf(kind, Date.now()), tzOffsetMin: tzOffsetMin() }), [kind]);
  const cards = useReport('report:scorecards', period);
  const log = useReport('report:decisions', { limit: 200 });
  const tables = useMemo(() => (cards.data ? scorecardTables(cards.data) : null), [cards.data]);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const decide = async (key: string, decision: 'confirmed' | 'dismissed') => {
    const r = await call('report:decide', { key, decision, note: notes[key] || undefined });
    if (!r.ok) toast('error', r.message);
    else toast('ok', DECISION_LABELS[decision][lang === 'zh' ? 0 : 1]);
    await Promise.all([cards.reload(), log.reload()]);
  };
  const L = (p: [string, string]) => (lang === 'zh' ? p[0] : p[1]);
  return (
    <div className="report-page" data-testid="scorecards">
      <div className="report-toolbar no-print">
        <label className="field">
          <span>{rt(lang, 'reports.period')}</span>
          <select
            data-testid="scorecards-period"
            value={kind}
            onChange={(e) => setKind(e.target.value as PeriodKind)}
          >
            <option value="thisMonth">{rt(lang, 'reports.thisMonth')}</option>
            <option value="lastMonth">{rt(lang, 'reports.lastMonth')}</option>
            <option value="last30">{rt(lang, 'reports.last30')}</option>
          </select>
        </label>
        <span className="muted small">
          {new Date(period.from).toLocaleDateString()} — {new Date(period.to - 1).toLocaleDateString()}
        </span>
        <span className="spacer" />
        <button
          className="btn"
          disabled={!cards.data}
          onClick={() =>
            void exportReport({
              report: 'scorecards',
              format: 'xlsx',
              period,
              lang,
              tzOffsetMin: tzOffsetMin(),
            })
          }
        >
          {rt(lang, 'reports.exportXlsx')}
        </button>
        <button
          className="btn"
          disabled={!cards.data}
          onClick={() =>
            void exportReport({
              report: 'scorecards',
              format: 'csv',
              period,
              lang,
              tzOffsetMin: tzOffsetMin(),
            })
          }
        >
          {rt(lang, 'reports.exportCsv')}
        </button>
      </div>
      {cards.error && <div className="error-box">{cards.error}</div>}
      {cards.loading && !cards.data && <div className="empty">{rt(lang, 'reports.loading')}</div>}
      {tables && <DataTable table={tables[0]} testId="scorecards-table" />}
      {cards.data && (
        <div className="panel" data-testid="proposals">
          <h2>{rt(lang, 'reports.proposals')}</h2>
          {cards.data.proposals.length === 0 && (
            <div className="empty">{rt(lang, 'reports.noProposals')}</div>
          )}
          {cards.data.proposals.map((p) => (
            <div key={p.key} className={`proposal ${p.kind}`} data-testid={`proposal-${p.kind}-${p.staff}`}>
              <div className="proposal-head">
                <span
                  className={`badge ${p.kind === 'award' ? 'good' : p.kind === 'deduction' ? 'bad' : 'warn'}`}
                >
                  {L(KIND_LABELS[p.kind])}
                </span>{' '}
                <b>{p.staff}</b> {p.points > 0 && <span className="bad">−{p.points}</span>}
                <span className="spacer" />
                {p.decision ? (
                  <span className="muted small" data-testid="proposal-decision">
                    {L(DECISION_LABELS[p.decision.decision])} · {p.decision.by} ·{' '}
                    {new Date(p.decision.at).toLocaleString()}
                  </span>
                ) : (
                  <span className="muted small">{rt(lang, 'reports.pending')}</span>
                )}
              </div>
              <div className="proposal-reason">{lang === 'zh' ? p.reasonZh : p.reasonEn}</div>
              <div className="proposal-actions no-print">
                <input
                  placeholder={rt(lang, 'reports.note')}
                  value={notes[p.key] ?? ''}
                  maxLength={500}
                  onChange={(e) => setNotes({ ...notes, [p.key]: e.target.value })}
                />
                <button className="btn small" onClick={() => void decide(p.key, 'confirmed')}>
                  {rt(lang, 'reports.confirm')}
                </button>
                <button className="btn small" onClick={() => void decide(p.key, 'dismissed')}>
                  {rt(lang, 'reports.dismiss')}
                </button>
              </div>
            </div>
          ))}
          {cards.data.unattributed.length > 0 && (
            <p className="muted small">
              {rt(lang, 'reports.unattributed')}:{' '}
              {cards.data.unattributed.map((u) => `${u.stage} × ${u.breached}`).join(', ')}
            </p>
          )}
        </div>
      )}
      {log.data && <DataTable table={decisionsTable(log.data)} testId="decision-log" />}
    </div>
  );
}
