// One search hit as a link to its page. A component has no page of its own: its hit links to the item
// it was found in, looked up once the hit is shown.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Component, SearchHit } from '../../api/api.types.ts';

function ComponentLink({ hit }: { hit: SearchHit }) {
  const q = useQuery({
    queryKey: ['/api/components', hit.id],
    queryFn: ({ signal }) => api<Component>(`/api/components/${hit.id}`, { signal }),
    staleTime: 60_000,
  });
  if (!q.data) return <span className="hit-title">{hit.title}</span>;
  return (
    <Link className="hit-title" to={`/items/${q.data.itemId}`}>
      {hit.title}
    </Link>
  );
}

export function HitLink({ hit }: { hit: SearchHit }) {
  if (hit.type === 'component') return <ComponentLink hit={hit} />;
  const to =
    hit.type === 'item'
      ? `/items/${hit.id}`
      : hit.type === 'organization'
        ? `/organizations/${hit.id}`
        : `/persons/${hit.id}`;
  return (
    <Link className="hit-title" to={to}>
      {hit.title}
    </Link>
  );
}
