// 场次对比: two sessions side by side.
import { useMemo, useState } from 'react';
import { compareTable } from '../../shared/reports/tables';
import { useDesk } from '../store';
import { DataTable } from './DataTable';
import { rt } from './i18n';
import { SessionPicker } from './SessionReview';
import { exportReport, useReport } from './useReport';

export function CompareView() {
  const lang = useDesk((s) => s.lang);
  const sessions = useReport('report:sessions', { limit: 500 });
  const [a, setA] = useState<number | null>(null);
  const [b, setB] = useState<number | null>(null);
  const list = sessions.data ?? [];
  const ia = a ?? list[1]?.id ?? list[0]?.id ?? null;
  const ib = b ?? list[0]?.id ?? null;
  const cmp = useReport('report:compare', ia !== null && ib !== null ? { a: ia, b: ib } : null);
  const table = useMemo(() => (cmp.data ? compareTable(cmp.data) : null), [cmp.data]);
  return (
    <div className="report-page" data-testid="compare">
      <div className="report-toolbar no-print">
        <SessionPicker
          sessions={sessions.data}
          value={ia}
          onChange={setA}
          testId="compare-a"
          label={rt(lang, 'reports.a')}
        />
        <SessionPicker
          sessions={sessions.data}
          value={ib}
          onChange={setB}
          testId="compare-b"
          label={rt(lang, 'reports.b')}
        />
        <span className="spacer" />
        <button
          className="btn"
          disabled={!cmp.data}
          onClick={() =>
            ia && ib && void exportReport({ report: 'compare', format: 'xlsx', sessionId: ia, b: ib, lang })
          }
        >
          {rt(lang, 'reports.exportXlsx')}
        </button>
      </div>
      {cmp.error && <div className="error-box">{cmp.error}</div>}
      {table && <DataTable table={table} testId="compare-table" />}
    </div>
  );
}
