// 统计分析: response time per stage, breach rate and % met, cut by one dimension over a date range.
import { useMemo, useState } from 'react';
import { REPORT_DIMENSIONS, type ReportDimension, type ReportFilter } from '../../shared/apiReports';
import { CHANNELS, QUESTION_TYPES, type Channel, type QuestionType } from '../../shared/model';
import { CHANNEL_LABELS, TYPE_LABELS, keyLabel, statsTable } from '../../shared/reports/tables';
import { useDesk } from '../store';
import { BarChart } from './Charts';
import { DataTable } from './DataTable';
import { rt } from './i18n';
import { localDate, parseLocalDate, tzOffsetMin } from './format';
import { exportReport, useReport } from './useReport';

const DIM_LABEL: Record<ReportDimension, [string, string]> = {
  stage: ['环节', 'Stage'],
  staff: ['人员', 'Staff'],
  role: ['岗位', 'Role'],
  type: ['问题类型', 'Question type'],
  channel: ['渠道', 'Channel'],
  hour: ['时段', 'Hour of day'],
  session: ['场次', 'Session'],
  day: ['日期', 'Day'],
};

export function CutsView() {
  const lang = useDesk((s) => s.lang);
  const today = localDate(Date.now());
  const [form, setForm] = useState({
    by: 'staff' as ReportDimension,
    from: localDate(Date.now() - 29 * 86_400_000),
    to: today,
    channel: '' as Channel | '',
    type: '' as QuestionType | '',
  });
  const [query, setQuery] = useState(form);
  const filter: ReportFilter = useMemo(() => {
    const f: ReportFilter = { tzOffsetMin: tzOffsetMin() };
    const from = parseLocalDate(query.from);
    const to = parseLocalDate(query.to, true);
    if (from !== undefined) f.from = from;
    if (to !== undefined) f.to = to;
    if (query.channel) f.channel = query.channel;
    if (query.type) f.type = query.type;
    return f;
  }, [query]);
  const stats = useReport('report:stats', { by: query.by, filter });
  const table = useMemo(() => (stats.data ? statsTable(stats.data) : null), [stats.data]);
  const chart = useMemo(() => {
    if (!stats.data) return null;
    const rows = stats.data.rows.filter((r) => r.stage === (stats.data!.by === 'stage' ? r.stage : 'ALL'));
    return {
      labels: rows.map((r) => (stats.data!.by === 'stage' ? r.stage : keyLabel(stats.data!.by, r.key))),
      values: rows.map((r) => r.metPct),
    };
  }, [stats.data]);
  const L = (p: [string, string]) => (lang === 'zh' ? p[0] : p[1]);
  return (
    <div className="report-page" data-testid="cuts">
      <form
        className="report-toolbar no-print"
        onSubmit={(e) => {
          e.preventDefault();
          setQuery(form);
        }}
      >
        <label className="field">
          <span>{rt(lang, 'reports.by')}</span>
          <select
            data-testid="cuts-by"
            value={form.by}
            onChange={(e) => setForm({ ...form, by: e.target.value as ReportDimension })}
          >
            {REPORT_DIMENSIONS.map((d) => (
              <option key={d} value={d}>
                {L(DIM_LABEL[d])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{rt(lang, 'reports.from')}</span>
          <input
            type="date"
            value={form.from}
            max={form.to}
            onChange={(e) => setForm({ ...form, from: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{rt(lang, 'reports.to')}</span>
          <input
            type="date"
            value={form.to}
            min={form.from}
            onChange={(e) => setForm({ ...form, to: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{rt(lang, 'reports.channel')}</span>
          <select
            value={form.channel}
            onChange={(e) => setForm({ ...form, channel: e.target.value as Channel | '' })}
          >
            <option value="">{rt(lang, 'reports.all')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {L(CHANNEL_LABELS[c])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{rt(lang, 'reports.type')}</span>
          <select
            value={form.type}
            onChange={(e) => setForm({ ...form, type: e.target.value as QuestionType | '' })}
          >
            <option value="">{rt(lang, 'reports.all')}</option>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {L(TYPE_LABELS[t])}
              </option>
            ))}
          </select>
        </label>
        <button className="btn primary" type="submit" data-testid="cuts-run">
          {rt(lang, 'reports.run')}
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="btn"
          disabled={!stats.data}
          onClick={() =>
            void exportReport({
              report: 'stats',
              format: 'xlsx',
              by: query.by,
              filter,
              lang,
              tzOffsetMin: tzOffsetMin(),
            })
          }
        >
          {rt(lang, 'reports.exportXlsx')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={!stats.data}
          onClick={() =>
            void exportReport({
              report: 'stats',
              format: 'csv',
              by: query.by,
              filter,
              lang,
              tzOffsetMin: tzOffsetMin(),
            })
          }
        >
          {rt(lang, 'reports.exportCsv')}
        </button>
      </form>
      {stats.error && <div className="error-box">{stats.error}</div>}
      {stats.loading && !stats.data && <div className="empty">{rt(lang, 'reports.loading')}</div>}
      {chart && chart.labels.length > 0 && (
        <div className="panel">
          <h2>{rt(lang, 'reports.metPctChart')}</h2>
          <BarChart labels={chart.labels} values={chart.values} name="% met" testId="cuts-chart" />
        </div>
      )}
      {table && <DataTable table={table} testId="cuts-table" />}
    </div>
  );
}
