// The Ops pane's 报表 Reports tab: session review, cuts, staff scorecards, comparison.
import { useState } from 'react';
import { useDesk } from '../store';
import { CompareView } from './CompareView';
import { CutsView } from './CutsView';
import { rt, type ReportKey } from './i18n';
import { ScorecardsView } from './ScorecardsView';
import { SessionReviewView } from './SessionReview';
import './reports.css';

const VIEWS: { id: string; label: ReportKey; View: () => React.JSX.Element }[] = [
  { id: 'review', label: 'reports.review', View: SessionReviewView },
  { id: 'cuts', label: 'reports.cuts', View: CutsView },
  { id: 'scorecards', label: 'reports.scorecards', View: ScorecardsView },
  { id: 'compare', label: 'reports.compare', View: CompareView },
];

export function ReportsView() {
  const lang = useDesk((s) => s.lang);
  const [view, setView] = useState('review');
  const { View } = VIEWS.find((v) => v.id === view) ?? VIEWS[0];
  return (
    <div className="reports-view" data-testid="reports-view">
      <nav className="subtabs no-print" role="tablist">
        {VIEWS.map((v) => (
          <button
            key={v.id}
            role="tab"
            aria-selected={view === v.id}
            className={view === v.id ? 'on' : ''}
            data-testid={`reports-tab-${v.id}`}
            onClick={() => setView(v.id)}
          >
            {rt(lang, v.label)}
          </button>
        ))}
      </nav>
      <View />
    </div>
  );
}
