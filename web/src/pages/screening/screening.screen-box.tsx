// "Screen a name": one name (with its kind and, optionally, a country) against every watch list through
// POST /api/screen, without recording anything; each result with its score and explanation.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { ScreenResponse, ScreenSchema } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Explanation } from './screening.explanation.tsx';
import { percent } from './screening.labels.ts';

const SCHEMAS: { value: ScreenSchema; label: string }[] = [
  { value: 'Any', label: 'any' },
  { value: 'Organization', label: 'organization' },
  { value: 'Person', label: 'person' },
  { value: 'Vessel', label: 'vessel' },
  { value: 'Aircraft', label: 'aircraft' },
];

export function ScreenBox() {
  const [name, setName] = useState('');
  const [schema, setSchema] = useState<ScreenSchema>('Any');
  const [country, setCountry] = useState('');
  const screen = useMutation({
    mutationFn: () =>
      api<ScreenResponse>('/api/screen', {
        body: {
          queries: [{ name: name.trim(), schema, ...(country.trim() ? { country: country.trim() } : {}) }],
          limit: 10,
        },
      }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim()) screen.mutate();
  };
  const answer = screen.data ? Object.values(screen.data.responses)[0] : undefined;
  return (
    <section aria-labelledby="screen-box" className="screen-box">
      <h2 id="screen-box">Screen a name</h2>
      <form className="filters" onSubmit={submit}>
        <label htmlFor="screen-name">
          Name
          <input
            id="screen-name"
            type="text"
            value={name}
            maxLength={500}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label htmlFor="screen-schema">
          Kind
          <select
            id="screen-schema"
            value={schema}
            onChange={(e) => setSchema(e.target.value as ScreenSchema)}
          >
            {SCHEMAS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="screen-country">
          Country (ISO code)
          <input
            id="screen-country"
            type="text"
            size={4}
            maxLength={2}
            value={country}
            onChange={(e) => setCountry(e.target.value.toUpperCase())}
          />
        </label>
        <button type="submit" disabled={screen.isPending || !name.trim()}>
          {screen.isPending ? 'Screening…' : 'Screen'}
        </button>
      </form>
      <ErrorBox error={screen.error} title="Not screened" />
      {answer && screen.data && (
        <div data-testid="screen-results" aria-live="polite">
          <p className="muted">
            {answer.results.length === 0
              ? 'No entry resembles this name.'
              : `${answer.results.filter((r) => r.match).length} above the threshold (${percent(screen.data.threshold)}), ${answer.results.length} shown.`}
          </p>
          <ol className="screen-results">
            {answer.results.map((r) => (
              <li key={r.id} data-match={r.match}>
                <Link to={`/lists/entries/${r.entryRowId}`}>{r.caption}</Link>{' '}
                <span className="muted">
                  {r.listName} · id <span className="mono">{r.entryId}</span> · matched “{r.matchedName}”
                </span>{' '}
                <strong>{percent(r.score)}</strong>{' '}
                {r.match && <span className="tag status-match">above threshold</span>}
                <details>
                  <summary>Why</summary>
                  <Explanation e={r.explanation} caption={r.caption} />
                </details>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
