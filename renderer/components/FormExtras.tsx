// The optional fields in front of a one-line form's text: a 1–5 rating (满意度; 0 = not rated) or a
// number (ETA minutes). Shared by InlineForm (internal notes) and ReplyBox (replies to viewers).
import type { InlineFormProps } from './InlineForm';

export function FormExtras(p: {
  rating?: InlineFormProps['rating'];
  number?: InlineFormProps['number'];
  value: number;
  onChange: (n: number) => void;
}) {
  const { value, onChange } = p;
  return (
    <>
      {p.rating && (
        <span className="rating-field" role="radiogroup" aria-label={p.rating.label}>
          <span>{p.rating.label}</span>
          {[1, 2, 3, 4, 5].map((n) => (
            <button
              key={n}
              type="button"
              role="radio"
              aria-checked={value === n}
              data-testid={`rating-${n}`}
              className={`star${value >= n ? ' on' : ''}`}
              onClick={() => onChange(value === n ? 0 : n)}
              title={`${n}`}
            >
              ★
            </button>
          ))}
          {value > 0 && (
            <button type="button" className="btn ghost small" onClick={() => onChange(0)}>
              {p.rating.clearLabel}
            </button>
          )}
        </span>
      )}
      {p.number && (
        <label className="num-field">
          <span>{p.number.label}</span>
          <input
            type="number"
            min={p.number.min}
            max={p.number.max}
            value={value}
            onChange={(e) => onChange(Number(e.target.value))}
          />
        </label>
      )}
    </>
  );
}
