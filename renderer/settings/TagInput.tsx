// A list of words as removable chips plus a field: Enter or a comma adds, Backspace on an empty
// field removes the last chip, pasting a comma/new-line separated list adds them all.
import { useState } from 'react';
import { useT } from '../store';
import { addTags } from './classifierForm';

export function TagInput({
  value,
  onChange,
  testid,
  placeholder,
}: {
  value: readonly string[];
  onChange: (next: string[]) => void;
  testid?: string;
  placeholder?: string;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const commit = (raw: string) => {
    const next = addTags(value, raw);
    if (next.length !== value.length) onChange(next);
    setText('');
  };
  return (
    <div className="tag-input" data-testid={testid}>
      {value.map((tag, i) => (
        <span className="tag" key={`${tag}.${i}`}>
          {tag}
          <button
            type="button"
            className="tag-x"
            aria-label={t('cls.removeTag', { tag })}
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </span>
      ))}
      <input
        className="tag-field"
        value={text}
        placeholder={placeholder ?? t('cls.tagPlaceholder')}
        onChange={(e) => {
          const v = e.target.value;
          if (/[,，、\n]/.test(v)) commit(v);
          else setText(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            commit(text);
          } else if (e.key === 'Backspace' && text === '' && value.length > 0) {
            onChange(value.slice(0, -1));
          }
        }}
        onBlur={() => text.trim() && commit(text)}
      />
    </div>
  );
}
