// An organization's or a person's recorded facts, as stored: names, identifiers, addresses, roles.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Organization, Party, Person } from '../../api/api.types.ts';
import { formatDate, label } from '../../ui/ui.format.ts';

const none = <span className="muted">none recorded</span>;
const list = (xs: string[]) => (xs.length ? xs.join(' · ') : none);

function ParentLink({ id }: { id: number }) {
  const q = useQuery({
    queryKey: ['/api/organizations', id],
    queryFn: ({ signal }) => api<Organization>(`/api/organizations/${id}`, { signal }),
  });
  return <Link to={`/organizations/${id}`}>{q.data?.name ?? `organization ${id}`}</Link>;
}

export function PartyFields({ party }: { party: Party & Partial<Organization> & Partial<Person> }) {
  return (
    <>
      <dl className="fields">
        <dt>Aliases</dt>
        <dd data-testid="party-aliases">{list(party.aliases)}</dd>
        {party.formerNames !== undefined && (
          <>
            <dt>Former names</dt>
            <dd>{list(party.formerNames)}</dd>
          </>
        )}
        {party.birthDate !== undefined && (
          <>
            <dt>Born</dt>
            <dd>{party.birthDate ? formatDate(party.birthDate) : none}</dd>
          </>
        )}
        <dt>Countries</dt>
        <dd>{list(party.countries)}</dd>
        <dt>Roles</dt>
        <dd>
          {party.roles.length
            ? party.roles.map((r) => (
                <span key={r} className="tag">
                  {label(r)}
                </span>
              ))
            : none}
        </dd>
        {party.parentId !== undefined && (
          <>
            <dt>Parent organization</dt>
            <dd>{party.parentId ? <ParentLink id={party.parentId} /> : none}</dd>
          </>
        )}
        <dt>Notes</dt>
        <dd className="party-notes">{party.notes ?? none}</dd>
      </dl>
      <h2>Identifiers</h2>
      {party.identifiers.length ? (
        <table className="compact">
          <caption className="visually-hidden">Identifiers</caption>
          <thead>
            <tr>
              <th scope="col">Scheme</th>
              <th scope="col">Value</th>
              <th scope="col">Country</th>
            </tr>
          </thead>
          <tbody>
            {party.identifiers.map((i) => (
              <tr key={`${i.scheme}:${i.value}:${i.country ?? ''}`}>
                <td>{i.scheme}</td>
                <td className="mono">{i.value}</td>
                <td>{i.country ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No identifiers recorded.</p>
      )}
      <h2>Addresses</h2>
      {party.addresses.length ? (
        <ul>
          {party.addresses.map((a) => (
            <li key={`${a.full}:${a.country ?? ''}`}>
              {a.full}
              {a.country ? ` (${a.country})` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No addresses recorded.</p>
      )}
    </>
  );
}
