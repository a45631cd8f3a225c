import { dismissToast, useDesk } from '../store';

export function Toasts() {
  const toasts = useDesk((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((x) => (
        <div
          key={x.id}
          className={`toast toast-${x.kind}`}
          data-testid="toast"
          data-kind={x.kind}
          role={x.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{x.text}</span>
          <button className="toast-x" aria-label="×" onClick={() => dismissToast(x.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
