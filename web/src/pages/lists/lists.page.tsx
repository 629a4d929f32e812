// The watch lists (/lists): each with its format, current version and number of entries, linked to
// its versions. Shared reference data: signed-in users only.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Watchlist } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate, formatNumber } from '../../ui/ui.format.ts';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';
import '../screening/screening.css';
import { FORMAT_LABELS } from './lists.format.ts';

export default function ListsPage() {
  const { session } = useSession();
  const q = useQuery({
    queryKey: ['/api/lists'],
    queryFn: ({ signal }) => api<{ rows: Watchlist[] }>('/api/lists', { signal }),
    enabled: !!session,
  });
  return (
    <>
      <PageTitle title="Watch lists">Watch lists</PageTitle>
      {!session ? (
        <SignInNotice what="the watch lists" />
      ) : (
        <>
          <p className="muted">
            Each import of a list is a new version; parties are screened again against what changed. Lists are
            imported with <code>teardown lists import</code>.
          </p>
          <ErrorBox error={q.error} />
          {q.isPending ? (
            <Loading what="the lists" />
          ) : (
            q.data && (
              <div className="data-table">
                <table data-testid="watchlists">
                  <caption className="visually-hidden">Watch lists</caption>
                  <thead>
                    <tr>
                      <th scope="col">List</th>
                      <th scope="col">Format</th>
                      <th scope="col">Current version</th>
                      <th scope="col">Entries</th>
                      <th scope="col">Updated</th>
                    </tr>
                  </thead>
                  <tbody>
                    {q.data.rows.map((l) => (
                      <tr key={l.id} data-list-id={l.id}>
                        <td>
                          <Link to={`/lists/${l.id}`}>{l.name}</Link>
                          {l.description && <div className="muted small">{l.description}</div>}
                        </td>
                        <td>{FORMAT_LABELS[l.format] ?? l.format}</td>
                        <td>{l.currentVersion}</td>
                        <td>{formatNumber(l.entryCount)}</td>
                        <td className="nowrap">{formatDate(l.updatedAt)}</td>
                      </tr>
                    ))}
                    {q.data.rows.length === 0 && (
                      <tr>
                        <td colSpan={5} className="empty">
                          No watch list has been imported.
                        </td>
                      </tr>
                    )}
                  </tbody>
                </table>
              </div>
            )
          )}
        </>
      )}
    </>
  );
}
