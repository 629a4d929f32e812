// The chain of custody of an item, oldest first: what was done, from whom to whom, where. Readers of
// the published form get months and no parties or places (the server leaves them out).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api.client.ts';
import type { CustodyEvent, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate, label } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';

export function ItemCustody({ itemId, full }: { itemId: number; full: boolean }) {
  const q = useQuery({
    queryKey: ['/api/custody-events', { itemId }],
    queryFn: ({ signal }) => api<Page<CustodyEvent>>('/api/custody-events', { query: { itemId }, signal }),
  });
  const events = [...(q.data?.rows ?? [])].sort(
    (a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id,
  );
  return (
    <section aria-labelledby="item-custody">
      <h2 id="item-custody">Chain of custody</h2>
      {q.isPending && <Loading what="the chain of custody" />}
      <ErrorBox error={q.error} />
      {q.data && events.length === 0 && <p className="muted">No custody events recorded.</p>}
      {!full && events.length > 0 && (
        <p className="muted">Published form: dates to the month; parties, places and notes withheld.</p>
      )}
      {events.length > 0 && (
        <ol className="custody-timeline">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.occurredAt}>{formatDate(e.occurredAt, full ? null : 'month')}</time>
              <strong className="custody-action">{label(e.action)}</strong>
              {(e.fromParty || e.toParty) && (
                <span>
                  {e.fromParty ?? '—'} → {e.toParty ?? '—'}
                </span>
              )}
              {e.place && <span className="muted">at {e.place}</span>}
              {e.notes && <span className="custody-notes">{e.notes}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
