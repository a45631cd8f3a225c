import { roleKey, sourceStateKey } from '../i18n';
import { setLang, setSeatDialog, useDesk, useT } from '../store';

function hms(ts: number): string {
  const d = new Date(ts);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

export function StatusBar() {
  const t = useT();
  const sources = useDesk((s) => s.sources);
  const seat = useDesk((s) => s.seat);
  const now = useDesk((s) => s.now);
  const lang = useDesk((s) => s.lang);
  const conn = useDesk((s) => s.conn.state);
  return (
    <footer className="statusbar" data-testid="statusbar">
      <div className="sb-sources">
        <span className="muted">{t('status.sources')}</span>
        {sources.length === 0 && <span className="muted">{t('status.noSources')}</span>}
        {sources.map((s) => (
          <span
            key={s.id}
            className="sb-source"
            title={s.error ?? s.url}
            data-testid="status-source"
            data-state={s.state}
          >
            <span className={`dot src-${s.state}`} />
            {s.label}
            <span className="muted">
              {t(sourceStateKey(s.state))} · {t('status.msgRate', { n: s.perSecond.toFixed(1) })}
            </span>
          </span>
        ))}
      </div>
      <span className="grow" />
      <span className={`sb-conn dot conn-${conn}`} title={conn} />
      <button
        className="sb-seat"
        data-testid="status-seat"
        onClick={() => setSeatDialog(true)}
        title={t('status.changeSeat')}
      >
        {seat ? `${seat.name} · ${t(roleKey(seat.role))}` : '—'}
      </button>
      <span className="sb-clock" data-testid="status-clock">
        {hms(now)}
      </span>
      <button
        className="sb-lang"
        data-testid="lang-toggle"
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.toggle')}
      </button>
    </footer>
  );
}
