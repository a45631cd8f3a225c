import { useDesk, useT } from '../store';

/** Shown while the hub WebSocket is down; the store's 1 s tick re-renders the countdown. */
export function ConnectionBanner() {
  const t = useT();
  const conn = useDesk((s) => s.conn);
  useDesk((s) => s.now);
  if (conn.state === 'denied')
    return (
      <div className="banner" role="alert" data-testid="conn-denied">
        {t('conn.denied')}
      </div>
    );
  if (conn.state !== 'lost') return null;
  const s = conn.retryAt == null ? 0 : Math.max(0, Math.ceil((conn.retryAt - Date.now()) / 1000));
  return (
    <div className="banner" role="alert" data-testid="conn-banner">
      {t('conn.lost', { n: conn.attempt, s })}
    </div>
  );
}
