// The designation's serial-number pattern: the regular expression its serials are read with (named
// groups `series` and `number`), or the default reading; analysts and administrators set, change or
// remove it, and a pattern the server refuses is said at the field, nothing changed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../../api/api.client.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import type { SerialPattern } from './production.types.ts';

const key = (d: string) => d.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export function SerialPatternBox({
  designation,
  pattern,
  signedIn,
  canEdit,
}: {
  designation: string;
  pattern: string | null;
  signedIn: boolean;
  canEdit: boolean;
}) {
  const qc = useQueryClient();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const all = useQuery({
    queryKey: ['/api/production', 'patterns'],
    queryFn: ({ signal }) => api<{ rows: SerialPattern[] }>('/api/production/patterns', { signal }),
    enabled: signedIn,
  });
  const stored = all.data?.rows.find((p) => key(p.designation) === key(designation));
  const done = async () => {
    setEditing(false);
    await qc.invalidateQueries({ queryKey: ['/api/production'] });
  };
  const path = `/api/production/patterns/${encodeURIComponent(designation)}`;
  const save = useMutation({
    mutationFn: (body: { pattern: string; note: string | null }) =>
      api<SerialPattern>(path, { method: 'PUT', body }),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () => api<SerialPattern>(path, { method: 'DELETE' }),
    onSuccess: done,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ pattern: text, note: note.trim() ? note : null });
  };
  const problems = save.error instanceof ApiError ? save.error.problems : [];
  const atPattern = problems.filter((p) => /(^|\.)pattern$/.test(p.path ?? ''));
  return (
    <div className="serial-pattern" data-testid="serial-pattern">
      <h3>Serial-number pattern</h3>
      <p>
        {pattern ? (
          <>
            Serials of {designation} are read with <code data-testid="pattern-in-use">{pattern}</code>
            {stored?.note && <span className="muted"> ({stored.note})</span>}.
          </>
        ) : (
          <>
            Serials of {designation} are read the default way: an optional series prefix, a separator, then
            the digits (“HW2-0417”).
          </>
        )}{' '}
        <span className="muted small">
          Letters are compared in capitals, with Cyrillic look-alike letters read as Latin.
        </span>
      </p>
      {canEdit && !editing && (
        <p className="edit-actions">
          <button
            type="button"
            className="secondary small"
            onClick={() => {
              setText(pattern ?? '^(?<series>[A-Z0-9]+)-(?<number>\\d+)$');
              setNote(stored?.note ?? '');
              save.reset();
              setEditing(true);
            }}
          >
            {pattern ? 'Change the pattern' : 'Set a pattern'}
          </button>{' '}
          {pattern && (
            <button
              type="button"
              className="secondary small"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Remove the pattern
            </button>
          )}
        </p>
      )}
      <ErrorBox error={remove.error} title="Not removed" />
      {editing && (
        <form
          className="pattern-form"
          aria-label="Edit the serial-number pattern"
          onSubmit={submit}
          noValidate
        >
          {save.error && atPattern.length === 0 && <ErrorBox error={save.error} title="Not saved" />}
          <label htmlFor={`${id}-pattern`}>
            Pattern (a regular expression with the named groups <code>number</code> and, optionally,{' '}
            <code>series</code>)
            <input
              id={`${id}-pattern`}
              type="text"
              className="mono"
              value={text}
              aria-invalid={atPattern.length ? true : undefined}
              aria-describedby={atPattern.length ? `${id}-error` : undefined}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          </label>
          {atPattern.length > 0 && (
            <p id={`${id}-error`} className="field-error" role="alert">
              Not saved: {atPattern.map((p) => p.message).join('; ')}
            </p>
          )}
          <label htmlFor={`${id}-note`}>
            Note (optional)
            <input
              id={`${id}-note`}
              type="text"
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          <p className="edit-actions">
            <button type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save the pattern'}
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </p>
        </form>
      )}
    </div>
  );
}
