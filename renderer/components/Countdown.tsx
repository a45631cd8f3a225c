import type { StageRecord } from '../../shared/deadlines/types';
import { stageCountdown } from '../lib/countdown';
import { useDesk, useT } from '../store';

/** A live countdown to one stage's due time; colour follows warnAt / dueAt. */
export function Countdown({ stage, size = 'md' }: { stage: StageRecord; size?: 'md' | 'xl' }) {
  const now = useDesk((s) => s.now);
  const t = useT();
  const view = stageCountdown(stage, now);
  const late = view.level === 'over' || view.level === 'breached';
  const label =
    view.level === 'met'
      ? t('cd.met')
      : view.level === 'cancelled'
        ? t('cd.cancelled')
        : late
          ? t('cd.over')
          : null;
  const total = Math.max(1, stage.dueAt - stage.startedAt);
  const fraction = late ? 1 : Math.min(1, Math.max(0, 1 - view.remainingMs / total));
  return (
    <span
      className={`countdown cd-${view.level} cd-${size}`}
      data-testid="countdown"
      data-level={view.level}
      title={`${stage.stage} · ${new Date(stage.dueAt).toLocaleTimeString()}`}
    >
      <span className="cd-time">{view.text}</span>
      {label && <span className="cd-label">{label}</span>}
      {size === 'xl' && (
        <span className="cd-bar" aria-hidden>
          <span style={{ width: `${fraction * 100}%` }} />
        </span>
      )}
    </span>
  );
}
