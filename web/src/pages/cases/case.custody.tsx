// The chain of custody of the case's items, oldest first, as a timeline; a long one shows its start
// and opens in full on request.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { CustodyEvent, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate, formatNumber, label } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';

const FIRST = 25;

/** `published`: the reader gets the published form, whose dates are months (stored as their first day). */
export function CaseCustody({ caseId, published }: { caseId: number; published: boolean }) {
  const [all, setAll] = useState(false);
  const q = useQuery({
    queryKey: ['custody', { caseId }],
    queryFn: () => api<Page<CustodyEvent>>('/api/custody-events', { query: { caseId } }),
  });
  const rows = q.data?.rows ?? [];
  const shown = all ? rows : rows.slice(0, FIRST);
  return (
    <section aria-labelledby="case-custody-h">
      <h2 id="case-custody-h">Custody events</h2>
      <ErrorBox error={q.error} />
      {q.isPending ? (
        <Loading what="custody events" />
      ) : rows.length === 0 ? (
        <p className="muted">No custody events.</p>
      ) : (
        <>
          <ol className="timeline">
            {shown.map((e) => (
              <li key={e.id} className="timeline-event">
                <time dateTime={e.occurredAt}>{formatDate(e.occurredAt, published ? 'month' : null)}</time>{' '}
                <strong>{label(e.action)}</strong>
                {(e.fromParty || e.toParty) && (
                  <span>
                    {' '}
                    {e.fromParty ?? '?'} → {e.toParty ?? '?'}
                  </span>
                )}
                {e.place && <span className="muted"> at {e.place}</span>}
                {e.itemId !== null && (
                  <>
                    {' '}
                    · <Link to={`/items/${e.itemId}`}>item {e.itemId}</Link>
                  </>
                )}
                {e.notes && <div className="muted">{e.notes}</div>}
              </li>
            ))}
          </ol>
          {rows.length > FIRST && (
            <button type="button" className="secondary" onClick={() => setAll(!all)}>
              {all ? `Show the first ${FIRST}` : `Show all ${formatNumber(rows.length)} events`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
