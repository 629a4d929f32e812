// One watch-list entry (/lists/entries/:id): its names with their kinds, programs, countries,
// identifiers, birth dates, addresses and remarks, as the list published them, and in which versions
// it was added, last changed and removed.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { WatchlistEntryView } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';
import '../screening/screening.css';

function Values({ values, testId }: { values: string[]; testId: string }) {
  if (values.length === 0) return <span className="muted">none</span>;
  return <span data-testid={testId}>{values.join(', ')}</span>;
}

export default function EntryPage() {
  const id = Number(useParams().id);
  const { session } = useSession();
  const q = useQuery({
    queryKey: ['/api/lists/entries', id],
    queryFn: ({ signal }) => api<WatchlistEntryView>(`/api/lists/entries/${id}`, { signal }),
    enabled: !!session && Number.isInteger(id) && id > 0,
  });
  if (!session)
    return (
      <>
        <PageTitle title="Watch-list entry">Watch-list entry</PageTitle>
        <SignInNotice what="the watch lists" />
      </>
    );
  if (q.error)
    return (
      <>
        <PageTitle title="Watch-list entry">Watch-list entry</PageTitle>
        <ErrorBox error={q.error} />
      </>
    );
  if (!q.data) return <Loading what="the entry" />;
  const e = q.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/lists">Watch lists</Link> › <Link to={`/lists/${e.watchlistId}`}>{e.listName}</Link>
      </p>
      <PageTitle title={e.name}>{e.name}</PageTitle>
      {e.versionRemoved != null && (
        <p className="notice" data-testid="entry-removed">
          Removed from the list in version {e.versionRemoved}.
        </p>
      )}
      <dl className="fields" data-testid="entry-fields">
        <dt>List</dt>
        <dd>
          {e.listName} · id <span className="mono">{e.entryId}</span>
        </dd>
        <dt>Kind</dt>
        <dd>{e.schema}</dd>
        <dt>Names</dt>
        <dd>
          <ul className="entry-names" data-testid="entry-names">
            {e.names.map((n) => (
              <li key={`${n.kind}:${n.name}`}>
                {n.name}
                <span className="tag">{n.kind}</span>
              </li>
            ))}
          </ul>
        </dd>
        <dt>Programs</dt>
        <dd>
          <Values values={e.programs} testId="entry-programs" />
        </dd>
        <dt>Countries</dt>
        <dd>
          <Values values={e.countries} testId="entry-countries" />
        </dd>
        <dt>Identifiers</dt>
        <dd>
          {e.identifiers.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ul data-testid="entry-identifiers">
              {e.identifiers.map((i) => (
                <li key={`${i.type}:${i.value}`}>
                  {i.type}: <span className="mono">{i.value}</span>
                  {i.country && <span className="muted"> ({i.country})</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Birth dates</dt>
        <dd>
          <Values values={e.birthDates} testId="entry-birth-dates" />
        </dd>
        <dt>Addresses</dt>
        <dd>
          {e.addresses.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ul data-testid="entry-addresses">
              {e.addresses.map((a) => {
                const text = [a.address, a.city, a.country].filter(Boolean).join(', ');
                return <li key={text}>{text}</li>;
              })}
            </ul>
          )}
        </dd>
        <dt>Remarks</dt>
        <dd>
          {e.remarks.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            e.remarks.map((r) => (
              <p key={r} className="pre">
                {r}
              </p>
            ))
          )}
        </dd>
        <dt>Versions</dt>
        <dd>
          added in {e.versionAdded}, last changed in {e.versionChanged}
          {e.versionRemoved != null && `, removed in ${e.versionRemoved}`}
        </dd>
      </dl>
    </>
  );
}
