// One report table (shared/reports/tables) as an HTML table, with its own CSV export button.
import type { ReportTable } from '../../shared/reports/tables';
import { useDesk } from '../store';
import { colName, fmtCell } from './format';

export function DataTable(props: {
  table: ReportTable;
  testId?: string;
  onExport?: (tableId: string) => void;
}) {
  const lang = useDesk((s) => s.lang);
  const { table } = props;
  return (
    <div className="panel report-table" data-testid={props.testId ?? `report-table-${table.id}`}>
      <div className="report-table-head">
        <h2>{lang === 'zh' ? table.zh : table.en}</h2>
        {props.onExport && (
          <button className="btn small no-print" onClick={() => props.onExport!(table.id)} title="CSV">
            CSV
          </button>
        )}
      </div>
      {table.rows.length === 0 ? (
        <div className="empty">—</div>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th key={c.key} className={c.kind === 'text' ? '' : 'num'}>
                    {colName(c, lang)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {table.columns.map((c) => (
                    <td key={c.key} className={c.kind === 'text' ? 'wrap' : 'num'}>
                      {fmtCell(c, r[c.key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
