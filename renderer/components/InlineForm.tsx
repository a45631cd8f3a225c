// A one-line text form that sits inside a card: Enter sends, Escape cancels.
import { useState } from 'react';
import { useT } from '../store';
import { FormExtras } from './FormExtras';

export interface InlineFormProps {
  placeholder: string;
  submitLabel: string;
  initial?: string;
  /** Allow sending an empty value (e.g. a handoff note). */
  allowEmpty?: boolean;
  /** Extra numeric field (ETA minutes). */
  number?: { label: string; initial: number; min: number; max: number };
  /** Optional 1–5 rating (满意度); 0 = not rated. Passed to onSubmit as the number. */
  rating?: { label: string; clearLabel: string };
  onSubmit: (text: string, n: number) => Promise<unknown>;
  onCancel: () => void;
  testid?: string;
}

export function InlineForm(p: InlineFormProps) {
  const t = useT();
  const [text, setText] = useState(p.initial ?? '');
  const [num, setNum] = useState(p.number?.initial ?? 0);
  const [busy, setBusy] = useState(false);
  const valid =
    (p.allowEmpty || text.trim().length > 0) && (!p.number || (num >= p.number.min && num <= p.number.max));
  const submit = async () => {
    if (!valid || busy) return;
    setBusy(true);
    try {
      await p.onSubmit(text.trim(), num);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="inline-form"
      data-testid={p.testid}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') p.onCancel();
      }}
    >
      <FormExtras rating={p.rating} number={p.number} value={num} onChange={setNum} />
      <input
        autoFocus
        className="text-field"
        value={text}
        placeholder={p.placeholder}
        maxLength={500}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className="btn primary" disabled={!valid || busy}>
        {p.submitLabel}
      </button>
      <button type="button" className="btn ghost" onClick={p.onCancel}>
        {t('cohost.cancel')}
      </button>
    </form>
  );
}
