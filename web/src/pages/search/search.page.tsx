// The global search: items, components, organizations and persons matching the words, grouped by type.
// The server folds look-alike letters and transliterates, so the query may be typed in any script.
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { SearchHit } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { DemoBadge, Loading, PageTitle } from '../../ui/ui.status.tsx';
import { useCases } from '../components/components.cases.ts';
import { HitLink } from './search.hit.tsx';

const TYPES: { type: SearchHit['type']; title: string; signedIn?: boolean }[] = [
  { type: 'item', title: 'Items' },
  { type: 'component', title: 'Components' },
  { type: 'organization', title: 'Organizations', signedIn: true },
  { type: 'person', title: 'Persons', signedIn: true },
];
const LIMIT = 25;

export default function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const type = params.get('type') ?? '';
  const { session, loading } = useSession();
  const cases = useCases();
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  // Visitors search the published cases only: organizations and persons are for signed-in users.
  const offered = TYPES.filter((t) => !t.signedIn || session);
  const types = type && offered.some((t) => t.type === type) ? type : undefined;

  const search = useQuery({
    queryKey: ['/api/search', q, types ?? '', !!session],
    queryFn: ({ signal }) =>
      api<{ q: string; hits: SearchHit[] }>('/api/search', { query: { q, types, limit: LIMIT }, signal }),
    enabled: q.length > 0 && !loading,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    setParams(next);
  };
  const setType = (t: string) => {
    const next = new URLSearchParams(params);
    if (t) next.set('type', t);
    else next.delete('type');
    setParams(next, { replace: true });
  };

  const hits = search.data?.hits ?? [];
  return (
    <>
      <PageTitle title={q ? `Search: ${q}` : 'Search'}>Search</PageTitle>
      <search aria-label="Search the registry">
        <form className="filters" onSubmit={submit}>
          <label htmlFor="search-q">
            Words
            <input
              id="search-q"
              type="search"
              size={40}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <label htmlFor="search-type">
            Type
            <select id="search-type" value={types ?? ''} onChange={(e) => setType(e.target.value)}>
              <option value="">all types</option>
              {offered.map((t) => (
                <option key={t.type} value={t.type}>
                  {t.title.toLowerCase()}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Search</button>
        </form>
      </search>
      <p className="muted search-help">
        Search ignores case and accents, folds letters that look alike across scripts and transliterates, so
        Cyrillic “МАХ” finds “MAX” and “Kalashnikov” finds “Калашников”. Up to {LIMIT} hits of each type are
        shown.{!session && ' Sign in to search organizations and persons too.'}
      </p>
      <ErrorBox error={search.error} />
      {!q ? (
        <p>Type some words to search items, components{session ? ', organizations and persons' : ''}.</p>
      ) : search.isPending ? (
        <Loading what="hits" />
      ) : hits.length === 0 ? (
        <p data-testid="search-none">Nothing found for “{q}”.</p>
      ) : (
        offered
          .filter((t) => !types || t.type === types)
          .map((t) => {
            const group = hits.filter((h) => h.type === t.type);
            if (group.length === 0) return null;
            return (
              <section key={t.type} aria-labelledby={`hits-${t.type}`} className="hit-group">
                <h2 id={`hits-${t.type}`}>
                  {t.title} <span className="muted">({group.length})</span>
                </h2>
                <ol className="hits" data-testid={`hits-${t.type}`}>
                  {group.map((h) => (
                    <li key={`${h.type}-${h.id}`} data-hit-id={h.id}>
                      <HitLink hit={h} />
                      {h.caseId !== null && cases.get(h.caseId)?.isDemo && (
                        <>
                          {' '}
                          <DemoBadge />
                        </>
                      )}
                      {h.snippet && <div className="snippet">{h.snippet}</div>}
                    </li>
                  ))}
                </ol>
              </section>
            );
          })
      )}
    </>
  );
}
