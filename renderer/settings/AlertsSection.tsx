// 提醒: deadline colours (always on) and the optional warning sound.
import { useDesk, useT } from '../store';
import { beep, setAlertSound } from './alertSound';

export function AlertsSection() {
  const t = useT();
  const on = useDesk((s) => s.alertSound);
  return (
    <div className="settings-section" data-testid="settings-alerts">
      <div className="section-head">
        <h2>{t('al.title')}</h2>
      </div>
      <div className="panel">
        <h2>{t('al.sound')}</h2>
        <p className="muted small section-note">{t('al.soundHint')}</p>
        <div className="row-actions">
          <label className="switch">
            <input
              type="checkbox"
              data-testid="al-sound"
              checked={on}
              onChange={(e) => setAlertSound(e.target.checked)}
            />
            <span>{t('al.on')}</span>
          </label>
          <button className="btn" onClick={() => beep('warning')}>
            ♪ {t('al.tryWarn')}
          </button>
          <button className="btn" onClick={() => beep('breached')}>
            ♪ {t('al.tryBreach')}
          </button>
        </div>
      </div>
      <div className="panel">
        <h2>{t('al.colours')}</h2>
        <div className="row-actions">
          <span className="countdown cd-ok">0:42 · {t('al.ok')}</span>
          <span className="countdown cd-warn">0:09 · {t('al.warn')}</span>
          <span className="countdown cd-over">-0:05 · {t('al.over')}</span>
        </div>
      </div>
    </div>
  );
}
