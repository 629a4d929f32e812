// The parts catalog (/parts): every part (maker + part number) with its category, HS-6 code, CHPL tier
// and how many components are of it; the server filters (text, tier, category, maker), sorts and
// pages, and the filters are in the address like the components list's. Signed-in users only.
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { CatalogPartRow, Organization } from '../../api/api.types.ts';
import { formatNumber } from '../../ui/ui.format.ts';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { DataTable, useServerTable } from '../../ui/ui.table.tsx';
import { DebouncedText, SelectFilter, useUrlFilters } from '../components/components.filters.tsx';
import { CHPL_TIERS, countryName, hs6Text, TierTag } from '../components/components.markings.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';
import { OrganizationSearch } from './parts.org-search.tsx';

const FILTERS = ['q', 'chplTier', 'category', 'makerOrgId'] as const;
const SORTABLE = ['number', 'maker', 'components'];
const col = createColumnHelper<CatalogPartRow>();

function MakerFilter({ orgId, onChange }: { orgId: string; onChange(v: string): void }) {
  const org = useQuery({
    queryKey: ['/api/organizations', Number(orgId)],
    queryFn: ({ signal }) => api<Organization>(`/api/organizations/${orgId}`, { signal }),
    enabled: /^\d+$/.test(orgId),
  });
  if (orgId)
    return (
      <div className="filter-chip">
        <span>
          Maker: <strong>{org.data?.name ?? `organization ${orgId}`}</strong>
        </span>{' '}
        <button type="button" className="secondary small" onClick={() => onChange('')}>
          Any maker
        </button>
      </div>
    );
  return (
    <OrganizationSearch id="f-maker" label="Maker" pickLabel="Only" onPick={(o) => onChange(String(o.id))} />
  );
}

export default function PartsPage() {
  const { session, loading } = useSession();
  const { values, set } = useUrlFilters(FILTERS);
  const table = useServerTable<CatalogPartRow>('/api/catalog/parts', values, { enabled: !!session });
  const columns = useMemo(
    () => [
      col.accessor('number', {
        header: 'Part number',
        cell: (c) => (
          <Link className="mono" to={`/parts/${c.row.original.id}`}>
            {c.getValue()}
          </Link>
        ),
      }),
      col.accessor('makerName', {
        id: 'maker',
        header: 'Maker',
        cell: (c) => {
          const id = c.row.original.makerOrgId;
          const name = c.getValue() ?? '';
          return id ? <Link to={`/makers/${id}`}>{name || `organization ${id}`}</Link> : name;
        },
      }),
      col.accessor('makerCountry', { header: 'Maker HQ', cell: (c) => countryName(c.getValue()) }),
      col.accessor('category', { header: 'Category', cell: (c) => c.getValue() ?? '' }),
      col.accessor('hs6', {
        header: 'HS-6',
        cell: (c) => <span className="mono nowrap">{hs6Text(c.getValue())}</span>,
      }),
      col.accessor('chplTier', { header: 'CHPL tier', cell: (c) => <TierTag tier={c.getValue()} /> }),
      col.accessor('components', { header: 'Components', cell: (c) => formatNumber(c.getValue()) }),
    ],
    [],
  );

  if (loading) return <Loading />;
  return (
    <>
      <PageTitle title="Parts">Parts</PageTitle>
      {!session ? (
        <SignInNotice what="the parts catalog" />
      ) : (
        <>
          <search aria-label="Filter parts">
            <form className="filters" onSubmit={(e) => e.preventDefault()}>
              <DebouncedText
                id="f-q"
                type="search"
                label="Part number or category"
                value={values.q}
                onCommit={(v) => set('q', v)}
              />
              <SelectFilter
                id="f-tier"
                label="CHPL tier"
                value={values.chplTier}
                onChange={(v) => set('chplTier', v)}
                choices={CHPL_TIERS.map((t) => ({ value: t, label: `tier ${t}` }))}
              />
              <DebouncedText
                id="f-category"
                label="Category (exact)"
                value={values.category}
                onCommit={(v) => set('category', v)}
              />
              <MakerFilter orgId={values.makerOrgId} onChange={(v) => set('makerOrgId', v)} />
            </form>
          </search>
          <p className="list-total" aria-live="polite" data-testid="parts-total">
            {table.page ? `${formatNumber(table.page.total)} parts` : ' '}
          </p>
          <DataTable
            table={table}
            columns={columns}
            caption="Parts"
            sortable={SORTABLE}
            empty="No part matches these filters."
          />
        </>
      )}
    </>
  );
}
