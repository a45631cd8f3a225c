import type { Question } from '../../shared/api';
import { typeKey, statusKey } from '../i18n';
import { useT } from '../store';

export function TypeBadge({ type }: { type: Question['type'] }) {
  const t = useT();
  return <span className={`badge type-${type}`}>{t(typeKey(type))}</span>;
}

export function StatusBadge({ status }: { status: Question['status'] }) {
  const t = useT();
  return <span className={`badge status status-${status}`}>{t(statusKey(status))}</span>;
}

export function AskCount({ n }: { n: number }) {
  const t = useT();
  if (n < 2) return null;
  return <span className="badge asks">{t('host.askers', { n })}</span>;
}
