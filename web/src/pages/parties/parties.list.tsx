// The list of organizations or of persons: search by name or alias, filter by role, sort by name, paged
// by the server. Signed-in users only; a visitor is told to sign in and no request is made.
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../api/api.session.tsx';
import type { Party } from '../../api/api.types.ts';
import { formatNumber, label } from '../../ui/ui.format.ts';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { DataTable, useServerTable } from '../../ui/ui.table.tsx';
import { DebouncedText, SelectFilter, useUrlFilters } from '../components/components.filters.tsx';
import { PARTY_ROLES, type PartyKind, partyKinds } from './parties.kinds.ts';
import { SignInNotice } from './parties.signin.tsx';

const FILTERS = ['q', 'role'] as const;
const col = createColumnHelper<Party>();
const FIRST_ALIASES = 3;

export function PartyList({ kind }: { kind: PartyKind }) {
  const k = partyKinds[kind];
  const { session, loading } = useSession();
  const { values, set } = useUrlFilters(FILTERS);
  const table = useServerTable<Party>(k.api, values, { enabled: !!session });
  const columns = useMemo(
    () => [
      col.accessor('name', {
        header: 'Name',
        cell: (c) => <Link to={`${k.page}/${c.row.original.id}`}>{c.getValue()}</Link>,
      }),
      col.accessor('aliases', {
        header: 'Aliases',
        cell: (c) => {
          const a = c.getValue();
          const more = a.length - FIRST_ALIASES;
          return `${a.slice(0, FIRST_ALIASES).join(' · ')}${more > 0 ? ` (+${more})` : ''}`;
        },
      }),
      col.accessor('countries', { header: 'Countries', cell: (c) => c.getValue().join(', ') }),
      col.accessor('roles', {
        header: 'Roles',
        cell: (c) =>
          c.getValue().map((r) => (
            <span key={r} className="tag">
              {label(r)}
            </span>
          )),
      }),
      col.accessor((p) => p.identifiers.length, { id: 'identifiers', header: 'Identifiers' }),
    ],
    [k.page],
  );

  if (loading) return <Loading />;
  return (
    <>
      <PageTitle title={k.title}>{k.title}</PageTitle>
      {!session ? (
        <SignInNotice what={k.many} />
      ) : (
        <>
          <search aria-label={`Filter ${k.many}`}>
            <form className="filters" onSubmit={(e) => e.preventDefault()}>
              <DebouncedText
                id="f-q"
                type="search"
                label="Name or alias"
                value={values.q}
                onCommit={(v) => set('q', v)}
              />
              <SelectFilter
                id="f-role"
                label="Role"
                value={values.role}
                onChange={(v) => set('role', v)}
                choices={PARTY_ROLES.map((r) => ({ value: r, label: label(r) }))}
              />
            </form>
          </search>
          <p className="list-total" aria-live="polite">
            {table.page ? `${formatNumber(table.page.total)} ${k.many}` : ' '}
          </p>
          <DataTable
            table={table}
            columns={columns}
            caption={k.title}
            sortable={['name']}
            empty={`No ${kind} matches.`}
          />
        </>
      )}
    </>
  );
}
