// First run (and "change seat"): who is at this seat. Default 主播 / host.
import { useState } from 'react';
import { ROLES, type Role } from '../../shared/model';
import { roleKey } from '../i18n';
import { chooseSeat } from '../api/desk';
import { setSeatDialog, useDesk, useT } from '../store';

export function SeatDialog() {
  const t = useT();
  const seat = useDesk((s) => s.seat);
  // A LAN seat opened without the right access code: say it here, where the eye is, not only behind the dialog.
  const denied = useDesk((s) => s.conn.state === 'denied');
  const [name, setName] = useState(seat?.name ?? '主播');
  const [role, setRole] = useState<Role>(seat?.role ?? 'host');
  const valid = name.trim().length > 0 && name.trim().length <= 40;
  return (
    <div className="modal-backdrop">
      <form
        className="modal"
        role="dialog"
        aria-modal
        aria-labelledby="seat-title"
        data-testid="seat-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void chooseSeat({ name: name.trim(), role });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && seat) setSeatDialog(false);
        }}
      >
        <h2 id="seat-title">{t('seat.title')}</h2>
        <p className="muted">{t('seat.hint')}</p>
        {denied && (
          <div className="form-error" role="alert" data-testid="seat-denied">
            {t('conn.denied')}
          </div>
        )}
        <label className="field">
          <span>{t('seat.name')}</span>
          <input
            autoFocus
            data-testid="seat-name"
            value={name}
            maxLength={40}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('seat.role')}</span>
          <select data-testid="seat-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(roleKey(r))}
              </option>
            ))}
          </select>
        </label>
        <div className="modal-actions">
          <button type="submit" className="btn primary" data-testid="seat-ok" disabled={!valid}>
            {t('seat.ok')}
          </button>
        </div>
      </form>
    </div>
  );
}
