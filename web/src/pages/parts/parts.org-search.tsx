// Picking an organization by typing part of its name or an alias (GET /api/organizations?q=): the
// matches are listed as buttons once typing pauses, so that a maker filter or a resolution names an
// organization by its id, not by a spelling.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/api.client.ts';
import type { Organization, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { useDebounced } from '../components/components.reading.tsx';

const MATCHES = 8;

export function OrganizationSearch({
  id,
  label,
  onPick,
  pickLabel = 'Pick',
  exclude,
}: {
  id: string;
  label: string;
  onPick(o: Organization): void;
  /** The buttons' verb: "Pick", "Resolve to", "Merge into"… */
  pickLabel?: string;
  /** An organization not to offer (the one being merged). */
  exclude?: number;
}) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const r = useQuery({
    queryKey: ['/api/organizations', { q, limit: MATCHES }],
    queryFn: ({ signal }) =>
      api<Page<Organization>>('/api/organizations', { query: { q, limit: MATCHES }, signal }),
    enabled: q.length >= 2,
  });
  const rows = (r.data?.rows ?? []).filter((o) => o.id !== exclude);
  return (
    <div className="org-search">
      <label htmlFor={id}>
        {label}
        <input
          id={id}
          type="search"
          value={text}
          placeholder="name or alias"
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <ErrorBox error={r.error} />
      {q.length >= 2 && r.data && (
        <ul className="org-matches" aria-label={`Organizations matching “${q}”`}>
          {rows.length === 0 && <li className="muted">No organization matches.</li>}
          {rows.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className="secondary small"
                onClick={() => {
                  onPick(o);
                  setText('');
                }}
              >
                {pickLabel} {o.name}
              </button>
              {o.countries.length > 0 && <span className="muted"> {o.countries.join(', ')}</span>}
              {o.aliases.length > 0 && <span className="muted"> · {o.aliases.slice(0, 3).join(' · ')}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
