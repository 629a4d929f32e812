// Recent activity: the latest changes to records of the reader's cases, each with a link to the
// record (a component's link opens its item, which is looked up when the link is followed, so that
// the page load asks for nothing more than the counts).
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Component } from '../../api/api.types.ts';
import { formatDate, label } from '../../ui/ui.format.ts';
import type { RecentChange } from './overview.types.ts';

function ComponentLink({ id }: { id: number }) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="overview-link"
        onClick={async () => {
          try {
            const c = await api<Component>(`/api/components/${id}`);
            navigate(`/items/${c.itemId}`);
          } catch (e) {
            setError(e instanceof Error ? e.message : String(e));
          }
        }}
      >
        component #{id}
      </button>
      {error && <span className="field-error"> ({error})</span>}
    </>
  );
}

function Record({ e, caseTitle }: { e: RecentChange; caseTitle(id: number): string }) {
  const id = e.entityId;
  const what = `${label(e.entityType)}${id !== null ? ` #${id}` : ''}`;
  // A deleted record has no page any more; its case still has.
  if (id === null || e.action === 'delete')
    return e.caseId !== null ? (
      <>
        {what} in <Link to={`/cases/${e.caseId}`}>{caseTitle(e.caseId)}</Link>
      </>
    ) : (
      what
    );
  if (e.entityType === 'item') return <Link to={`/items/${id}`}>{what}</Link>;
  if (e.entityType === 'component') return <ComponentLink id={id} />;
  if (e.entityType === 'case')
    return (
      <Link to={`/cases/${id}`}>
        {what}: {caseTitle(id)}
      </Link>
    );
  if (e.caseId !== null)
    return (
      <>
        {what} in <Link to={`/cases/${e.caseId}`}>{caseTitle(e.caseId)}</Link>
      </>
    );
  return what;
}

export function RecentActivity({
  entries,
  signedIn,
  caseTitle,
}: {
  entries: RecentChange[];
  signedIn: boolean;
  caseTitle(id: number): string;
}) {
  if (entries.length === 0)
    return (
      <p className="muted">
        {signedIn
          ? 'No changes yet in your cases.'
          : 'Recent changes are shown to members of a case; published cases show no history.'}
      </p>
    );
  return (
    <table className="overview-recent">
      <caption className="visually-hidden">Recent changes</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Record</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.seq}>
            <td>
              <time dateTime={e.at}>{formatDate(e.at, 'time')}</time>
            </td>
            <td>{e.actor}</td>
            <td>{label(e.action)}</td>
            <td>
              <Record e={e} caseTitle={caseTitle} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
