// 场次复盘: one page per broadcast — counts, timeline with breaches, per-stage times, the slowest
// questions with their history, the most-asked questions, per-staff table, satisfaction. Printable.
import { useMemo, useState } from 'react';
import type { SessionReview as Review, SessionSummary } from '../../shared/apiReports';
import { reviewTables } from '../../shared/reports/tables';
import { STAGE_LABELS } from '../../shared/deadlines/labels';
import { useDesk } from '../store';
import { TimelineChart } from './Charts';
import { DataTable } from './DataTable';
import { rt } from './i18n';
import { exportReport, useReport } from './useReport';
import { tzOffsetMin } from './format';

export function SessionPicker(props: {
  sessions: SessionSummary[] | null;
  value: number | null;
  onChange: (id: number) => void;
  testId: string;
  label: string;
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(Number(e.target.value))}
      >
        {(props.sessions ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            #{s.id} {s.title} · {new Date(s.startedAt).toLocaleString()} · {s.questions}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Print (or save as PDF): every slow question's history opened first so it is on paper. */
function printReview() {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('.slow-q')) d.open = true;
  window.print();
}

export function SessionReviewView() {
  const lang = useDesk((s) => s.lang);
  const current = useDesk((s) => s.session?.sessionId ?? null);
  const sessions = useReport('report:sessions', { limit: 500 });
  const [picked, setPicked] = useState<number | null>(null);
  const sessionId = picked ?? current ?? sessions.data?.[0]?.id ?? null;
  const review = useReport(
    'report:session-review',
    sessionId === null ? null : { sessionId, slowest: 10, topAsked: 10, tzOffsetMin: tzOffsetMin() },
  );
  const r = review.data;
  const doExport = (format: 'csv' | 'xlsx', table?: string) =>
    sessionId !== null &&
    void exportReport({
      report: 'session-review',
      format,
      sessionId,
      lang,
      table,
      tzOffsetMin: tzOffsetMin(),
    });

  return (
    <div className="report-page" data-testid="session-review">
      <div className="report-toolbar no-print">
        <SessionPicker
          sessions={sessions.data}
          value={sessionId}
          onChange={setPicked}
          testId="review-session-select"
          label={rt(lang, 'reports.session')}
        />
        <button className="btn" onClick={() => void review.reload()} data-testid="review-refresh">
          {rt(lang, 'reports.refresh')}
        </button>
        <span className="spacer" />
        <button
          className="btn"
          onClick={() => doExport('xlsx')}
          disabled={!r}
          data-testid="review-export-xlsx"
        >
          {rt(lang, 'reports.exportXlsx')}
        </button>
        <button className="btn" onClick={() => doExport('csv')} disabled={!r} data-testid="review-export-csv">
          {rt(lang, 'reports.exportCsv')}
        </button>
        <button className="btn" onClick={printReview} disabled={!r} data-testid="review-print">
          {rt(lang, 'reports.print')}
        </button>
      </div>
      {sessions.data && sessions.data.length === 0 && (
        <div className="empty">{rt(lang, 'reports.noSessions')}</div>
      )}
      {review.error && <div className="error-box">{review.error}</div>}
      {!r && review.loading && <div className="empty">{rt(lang, 'reports.loading')}</div>}
      {r && <ReviewBody r={r} onExport={(t) => doExport('csv', t)} />}
    </div>
  );
}

function ReviewBody({ r, onExport }: { r: Review; onExport: (table: string) => void }) {
  const lang = useDesk((s) => s.lang);
  const tables = useMemo(() => reviewTables(r), [r]);
  const tile = (key: keyof Review['counts'], zh: string, en: string, tone = '') => (
    <div className={`tile ${tone}`} key={key}>
      <div className="tile-value" data-testid={`review-count-${key}`}>
        {r.counts[key].toLocaleString()}
      </div>
      <div className="tile-label">{lang === 'zh' ? zh : en}</div>
    </div>
  );
  const met = r.stages.reduce((s, x) => s + x.met, 0);
  const breached = r.stages.reduce((s, x) => s + x.breached, 0);
  const byId = Object.fromEntries(tables.map((t) => [t.id, t]));
  return (
    <>
      <h1 className="report-title" data-testid="review-title">
        {lang === 'zh' ? '场次复盘' : 'Session review'} · #{r.session.id} {r.session.title}
        <span className="muted small">
          {' '}
          {new Date(r.session.startedAt).toLocaleString()} —{' '}
          {r.session.endedAt ? new Date(r.session.endedAt).toLocaleString() : '…'}
        </span>
      </h1>
      <div className="tiles">
        {tile('comments', '评论', 'Comments')}
        {tile('questions', '问题', 'Questions')}
        {tile('answeredOnAir', '口播回答', 'Answered on air', 'good')}
        {tile('handedOff', '转交客服', 'Handed off')}
        {tile('resolved', '已解决', 'Resolved', 'good')}
        {tile('escalated', '已升级', 'Escalated', r.counts.escalated ? 'warn' : '')}
        {tile('complaints', '投诉', 'Complaints', r.counts.complaints ? 'bad' : '')}
        {tile('repeated', '重复提问', 'Repeated', '')}
        <div className={`tile ${met + breached === 0 ? '' : breached ? 'bad' : 'good'}`}>
          <div className="tile-value" data-testid="review-met-pct">
            {met + breached ? `${((100 * met) / (met + breached)).toFixed(1)}%` : '—'}
          </div>
          <div className="tile-label">
            {lang === 'zh' ? `按时率(超时 ${breached})` : `% met (${breached} breached)`}
          </div>
        </div>
        <div className="tile">
          <div className="tile-value" data-testid="review-satisfaction">
            {r.satisfaction.satisfiedPct === null ? '—' : `${r.satisfaction.satisfiedPct.toFixed(0)}%`}
          </div>
          <div className="tile-label">
            {lang === 'zh' ? `满意度(${r.satisfaction.rated} 评)` : `Satisfaction (${r.satisfaction.rated})`}
          </div>
        </div>
      </div>
      <div className="panel">
        <h2>{rt(lang, 'reports.timeline')}</h2>
        <TimelineChart
          timeline={r.timeline}
          labels={{
            comments: rt(lang, 'reports.commentsPerS'),
            questions: rt(lang, 'reports.questionsPerS'),
          }}
        />
      </div>
      <DataTable table={byId.stages} testId="review-stages" onExport={onExport} />
      <div className="panel" data-testid="review-slowest">
        <h2>{lang === 'zh' ? '最慢问题(含完整处理记录)' : 'Slowest questions (full history)'}</h2>
        {r.slowest.length === 0 && <div className="empty">—</div>}
        {r.slowest.map((q) => (
          <details key={q.id} className="slow-q">
            <summary>
              <span className="badge bad">{q.worstStage}</span> #{q.id}{' '}
              <span className="nick">{q.nickname}</span> {q.text}{' '}
              <span className="muted small">
                {q.overdueMs > 0
                  ? lang === 'zh'
                    ? `超时 ${(q.overdueMs / 1000).toFixed(0)} 秒`
                    : `${(q.overdueMs / 1000).toFixed(0)} s over`
                  : ''}
                {' · '}
                {(lang === 'zh' ? STAGE_LABELS[q.worstStage].zh : STAGE_LABELS[q.worstStage].en) ?? ''}
              </span>
            </summary>
            <ol className="history">
              {q.history.map((h) => (
                <li key={h.id}>
                  <span className="mono">{new Date(h.at).toLocaleTimeString()}</span> <b>{h.action}</b>{' '}
                  {h.actor} <span className="muted">({h.role})</span> {h.detail ?? ''}
                </li>
              ))}
            </ol>
          </details>
        ))}
      </div>
      <DataTable table={byId.topAsked} testId="review-top-asked" onExport={onExport} />
      <DataTable table={byId.staff} testId="review-staff" onExport={onExport} />
      <DataTable table={byId.outcomes} onExport={onExport} />
      <DataTable table={byId.ratings} onExport={onExport} />
      <p className="muted small">
        {rt(lang, 'reports.asOf')}: {new Date(r.asOf).toLocaleString()}
      </p>
    </>
  );
}
