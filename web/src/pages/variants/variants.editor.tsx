// The analyst's editor of the variant profile document: the whole text (YAML or JSON) in a text area,
// saved as a new version. The server parses it first; a bad document is refused with every problem at
// its line, column and field, nothing is saved and the version in force stays. Each problem's place
// is a button that puts the cursor there.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError, api, type Problem } from '../../api/api.client.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import type { ProfilesSaved } from '../attribution/attribution.types.ts';

/** The offset in `text` of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  let at = 0;
  for (let i = 0; i < Math.min(line - 1, lines.length); i++) at += lines[i].length + 1;
  return Math.min(text.length, at + Math.max(0, column - 1));
}

export function ProfileEditor({ text, inForce }: { text: string; inForce: number | null }) {
  const qc = useQueryClient();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(text);
  const save = useMutation({
    mutationFn: (body: { text: string }) => api<ProfilesSaved>('/api/variants', { method: 'PUT', body }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['/api/variants'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ text: value });
  };
  const goTo = (p: Problem) => {
    const el = area.current;
    if (!el || p.line === undefined) return;
    const at = offsetOf(value, p.line, p.column ?? 1);
    el.focus();
    el.setSelectionRange(at, Math.min(value.length, at + 1));
  };
  const problems = save.error instanceof ApiError ? save.error.problems : [];
  const placed = problems.length > 0 && save.error instanceof ApiError && save.error.status === 400;
  const errorId = `${id}-problems`;
  const changed = value !== text;
  return (
    <form className="profile-editor" aria-label="Edit the variant profile document" onSubmit={submit}>
      <label htmlFor={`${id}-text`}>
        Variant profile document (YAML or JSON)
        {changed && <span className="muted"> · edited, not saved</span>}
      </label>
      <textarea
        id={`${id}-text`}
        ref={area}
        className="mono"
        rows={24}
        spellCheck={false}
        value={value}
        aria-invalid={placed ? true : undefined}
        aria-describedby={placed ? errorId : undefined}
        onChange={(e) => {
          setValue(e.currentTarget.value);
          if (save.isSuccess) save.reset();
        }}
      />
      {placed ? (
        <div role="alert" className="error-box" id={errorId} data-testid="profile-problems">
          <strong>
            Not saved: {problems.length === 1 ? 'one problem' : `${problems.length} problems`} in the
            document.
            {inForce !== null ? ` Version ${inForce} stays in force.` : ' No version is in force yet.'}
          </strong>
          <ul className="problems">
            {problems.map((p, i) => (
              // Problems have no id; their order is the server's and stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i} data-line={p.line} data-column={p.column}>
                {p.line !== undefined ? (
                  <button type="button" className="link-button where" onClick={() => goTo(p)}>
                    line {p.line}, column {p.column ?? 1}
                  </button>
                ) : null}
                {p.path && <code className="where">{p.path}</code>}
                {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        save.error && <ErrorBox error={save.error} title="Not saved" />
      )}
      {save.data && (
        <p className="ok-box" role="status" data-testid="profile-saved">
          {save.data.created
            ? `Saved as version ${save.data.version.version}, now in force.`
            : `The same text as version ${save.data.version.version} in force: no new version was made.`}
        </p>
      )}
      <p className="edit-actions">
        <button type="submit" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save as a new version'}
        </button>{' '}
        <button
          type="button"
          className="secondary"
          disabled={!changed || save.isPending}
          onClick={() => {
            setValue(text);
            save.reset();
          }}
        >
          Undo my changes
        </button>
      </p>
    </form>
  );
}
