// Deciding one hit: the three decisions as buttons (also the keys m, n, u), each opening a note field
// that Enter confirms and Esc cancels. The note is optional; the decision is saved with it.
import { useEffect, useRef, useState } from 'react';
import type { Decision } from '../../api/api.types.ts';
import { STATUS_LABELS } from './screening.labels.ts';

const DECISIONS: { d: Decision; key: string }[] = [
  { d: 'match', key: 'm' },
  { d: 'not_match', key: 'n' },
  { d: 'unsure', key: 'u' },
];

export function DecisionButtons({ onPick, disabled }: { onPick(d: Decision): void; disabled: boolean }) {
  return (
    <div className="buttons decision-buttons">
      {DECISIONS.map(({ d, key }) => (
        <button
          key={d}
          type="button"
          className={d === 'match' ? 'danger' : 'secondary'}
          disabled={disabled}
          onClick={() => onPick(d)}
          aria-keyshortcuts={key}
        >
          {STATUS_LABELS[d].replace(/^./, (c) => c.toUpperCase())} <kbd>{key}</kbd>
        </button>
      ))}
    </div>
  );
}

export function DecisionNote({
  decision,
  saving,
  onConfirm,
  onCancel,
}: {
  decision: Decision;
  saving: boolean;
  onConfirm(note: string): void;
  onCancel(): void;
}) {
  const [note, setNote] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="decision-note"
      aria-label={`Decide: ${STATUS_LABELS[decision]}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!saving) onConfirm(note.trim());
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label htmlFor="decision-note">
        Note for “{STATUS_LABELS[decision]}”{' '}
        <span className="muted">(optional; Enter saves, Esc cancels)</span>
        <input
          id="decision-note"
          ref={input}
          type="text"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : `Save “${STATUS_LABELS[decision]}”`}
      </button>{' '}
      <button type="button" className="secondary" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
