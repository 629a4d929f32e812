// A party's screening status on its page: not screened, clear, open hits, a confirmed match or unsure,
// when it was screened, and its hits, each linked to the review queue.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { PartyScreening } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate } from '../../ui/ui.format.ts';
import '../screening/screening.css';
import { PARTY_STATUS_LABELS, percent, STATUS_LABELS } from '../screening/screening.labels.ts';
import type { PartyKind } from './parties.kinds.ts';

export function ScreeningStatus({ kind, id }: { kind: PartyKind; id: number }) {
  const q = useQuery({
    queryKey: ['/api/screening/parties', kind, id],
    queryFn: ({ signal }) => api<PartyScreening>(`/api/screening/parties/${kind}/${id}`, { signal }),
  });
  const s = q.data;
  return (
    <section aria-labelledby="party-screening" className="screening-status" data-testid="screening-status">
      <h2 id="party-screening">Sanctions screening</h2>
      <ErrorBox error={q.error} />
      {s && (
        <>
          <p>
            <span
              className={`tag status-${s.status}`}
              data-testid="screening-status-value"
              data-status={s.status}
            >
              {PARTY_STATUS_LABELS[s.status]}
            </span>{' '}
            {s.screenedAt && <span className="muted">screened {formatDate(s.screenedAt)}</span>}
          </p>
          {s.hits.length > 0 && (
            <>
              <ul data-testid="screening-hits">
                {s.hits.map((h) => (
                  <li key={h.id}>
                    <Link to={`/screening?status=${h.status}&partyType=${kind}&partyId=${id}&hit=${h.id}`}>
                      {h.entryName}
                    </Link>{' '}
                    <span className="muted">
                      {h.listName} · {percent(h.score)} ·
                    </span>{' '}
                    <span className={`tag status-${h.status}`}>{STATUS_LABELS[h.status]}</span>
                    {h.entryChanged && <span className="tag">entry changed</span>}
                  </li>
                ))}
              </ul>
              <p>
                <Link to={`/screening?partyType=${kind}&partyId=${id}`}>Review this {kind}’s open hits</Link>
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
