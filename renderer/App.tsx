import { useEffect } from 'react';
import type { MessageKey } from './i18n';
import { ConnectionBanner } from './components/ConnectionBanner';
import { SeatDialog } from './components/SeatDialog';
import { StatusBar } from './components/StatusBar';
import { Toasts } from './components/Toasts';
import { CohostPane } from './panes/CohostPane';
import { HostPane } from './panes/HostPane';
import { OpsPane } from './panes/OpsPane';
import { SettingsPane } from './panes/SettingsPane';
import { SupportPane } from './panes/SupportPane';
import { startAlertSound } from './settings/alertSound';
import { hostQueue } from './store/reducers';
import { TABS, type TabId } from './store/slices';
import { setTab, useDesk, useT } from './store';

const PANES: Record<TabId, () => React.JSX.Element> = {
  host: HostPane,
  cohost: CohostPane,
  support: SupportPane,
  ops: OpsPane,
  settings: SettingsPane,
};

export function App() {
  const t = useT();
  const tab = useDesk((s) => s.tab);
  const seatDialog = useDesk((s) => s.seatDialogOpen || s.seat == null);
  const hostCount = useDesk((s) => hostQueue(s.questions).length);
  const lang = useDesk((s) => s.lang);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `LiveDesk ${t('app.title')}`;
  }, [lang, t]);

  useEffect(() => startAlertSound(), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.altKey) || e.metaKey || e.shiftKey) return;
      const n = Number(e.key);
      if (n >= 1 && n <= TABS.length) {
        e.preventDefault();
        setTab(TABS[n - 1]);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const Pane = PANES[tab];
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden />
          LiveDesk <span className="brand-zh">直播响应台</span>
        </div>
        <nav className="tabs" role="tablist">
          {TABS.map((id, i) => (
            <button
              key={id}
              role="tab"
              aria-selected={tab === id}
              className={tab === id ? 'on' : ''}
              data-testid={`tab-${id}`}
              onClick={() => setTab(id)}
              title={`Ctrl+${i + 1} / Alt+${i + 1}`}
            >
              {t(`tab.${id}` as MessageKey)}
              {id === 'host' && hostCount > 0 && (
                <span className="tab-count" data-testid="tab-host-count">
                  {hostCount}
                </span>
              )}
            </button>
          ))}
        </nav>
      </header>
      <ConnectionBanner />
      <main className="main">
        <Pane />
      </main>
      <StatusBar />
      <Toasts />
      {seatDialog && <SeatDialog />}
    </div>
  );
}
