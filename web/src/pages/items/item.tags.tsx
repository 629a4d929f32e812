// The item's construction tags ("serial-stencilled", "foam-fuselage"), which variant profiles may
// look for: shown as tags, and edited by the case's editors as one comma-separated line (the server
// keeps them in order without repeats and names a tag it refuses). The tags the profiles in force
// name are offered as suggestions.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { api } from '../../api/api.client.ts';
import type { RecoveredItem } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { useProfiles } from './item.attribution-decide.tsx';

export const splitTags = (s: string) =>
  s
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

export function ItemTags({ item, canEdit }: { item: RecoveredItem; canEdit: boolean }) {
  const qc = useQueryClient();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState('');
  const profiles = useProfiles(canEdit && editing);
  const save = useMutation({
    mutationFn: (tags: string[] | null) =>
      api<RecoveredItem>(`/api/items/${item.id}`, { method: 'PATCH', body: { tags } }),
    onSuccess: async (saved) => {
      qc.setQueryData(['/api/items', item.id], saved);
      setEditing(false);
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['/api/items', item.id, 'attribution'] }),
        qc.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
  const tags = item.tags ?? [];
  const known = [
    ...new Set(
      (profiles.data?.document?.variants ?? []).flatMap((v) =>
        v.features.flatMap((f) => (f.kind === 'tag' && f.tag ? [f.tag] : [])),
      ),
    ),
  ].sort();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = splitTags(value);
    save.mutate(next.length ? next : null);
  };
  return (
    <div className="item-tags" data-testid="item-tags">
      <h3>Construction tags</h3>
      {!editing && (
        <p>
          {tags.length ? (
            tags.map((t) => (
              <span key={t} className="tag" data-tag={t}>
                {t}
              </span>
            ))
          ) : (
            <span className="muted">none recorded</span>
          )}{' '}
          {canEdit && (
            <button
              type="button"
              className="secondary small"
              onClick={() => {
                setValue(tags.join(', '));
                save.reset();
                setEditing(true);
              }}
            >
              Edit construction tags
            </button>
          )}
        </p>
      )}
      {editing && (
        <form className="tags-editor" aria-label="Edit construction tags" onSubmit={submit}>
          <ErrorBox error={save.error} title="Not saved" />
          <label htmlFor={`${id}-tags`}>
            Tags, separated by commas
            <input
              id={`${id}-tags`}
              type="text"
              value={value}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setValue(e.currentTarget.value)}
            />
          </label>
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save tags'}
          </button>
          <button type="button" className="secondary" onClick={() => setEditing(false)}>
            Cancel
          </button>
          <span id={`${id}-hint`} className="muted small">
            {known.length
              ? `Tags the variant profiles look for: ${known.join(', ')}.`
              : 'E.g. serial-stencilled.'}
          </span>
        </form>
      )}
    </div>
  );
}
