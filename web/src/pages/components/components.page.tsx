// Every component the reader may see, over a million rows: the server filters, sorts and pages; the
// filters and the page are in the address. Each row links to the item the component was found in.
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../api/api.session.tsx';
import type { Component } from '../../api/api.types.ts';
import { formatNumber, label } from '../../ui/ui.format.ts';
import { DemoBadge, PageTitle } from '../../ui/ui.status.tsx';
import { DataTable, useServerTable } from '../../ui/ui.table.tsx';
import { useCases } from './components.cases.ts';
import { DebouncedText, SelectFilter, useUrlFilters } from './components.filters.tsx';
import { CHPL_TIERS } from './components.markings.tsx';

// The server's enumeration of subsystems (src/evidence/evidence.schema.ts).
const SUBSYSTEMS = ['navigation', 'propulsion', 'power', 'datalink', 'flight_control', 'airframe', 'other'];
const SORTABLE = ['partNumber', 'maker', 'subsystem', 'category', 'dateCode', 'itemId'];
const FILTERS = [
  'q',
  'maker',
  'partNumber',
  'subsystem',
  'category',
  'dateCode',
  'caseId',
  'makerOrgId',
  'partId',
  'chplTier',
  'dateFrom',
  'dateTo',
  'lotCode',
] as const;

const col = createColumnHelper<Component>();

export default function ComponentsPage() {
  const { values, set } = useUrlFilters(FILTERS);
  const cases = useCases();
  const { session } = useSession();
  const table = useServerTable<Component>('/api/components', values);

  const columns = useMemo(
    () => [
      col.accessor('partNumber', {
        header: 'Part number',
        cell: (c) => {
          const partId = c.row.original.partId;
          // The catalog is shared reference data, readable when signed in.
          return partId && session ? (
            <Link to={`/parts/${partId}`}>{c.getValue() ?? `part ${partId}`}</Link>
          ) : (
            (c.getValue() ?? '')
          );
        },
      }),
      col.accessor('maker', {
        header: 'Maker',
        cell: (c) => {
          const orgId = c.row.original.makerOrgId;
          // Organizations are shared reference data, readable when signed in.
          return orgId && session ? (
            <Link to={`/makers/${orgId}`}>{c.getValue() ?? `organization ${orgId}`}</Link>
          ) : (
            (c.getValue() ?? '')
          );
        },
      }),
      col.accessor('subsystem', { header: 'Subsystem', cell: (c) => label(c.getValue()) }),
      col.accessor('category', { header: 'Category', cell: (c) => c.getValue() ?? '' }),
      col.accessor('dateCode', {
        header: 'Date code',
        cell: (c) => (
          <>
            {c.getValue() ?? ''}
            {c.row.original.dateAmbiguous && (
              <span className="tag flag-tag flag-date-ambiguous" title="more than one decade is possible">
                ambiguous
              </span>
            )}
          </>
        ),
      }),
      col.accessor('lotCode', { header: 'Lot', cell: (c) => c.getValue() ?? '' }),
      col.accessor('markingRaw', {
        header: 'Marking',
        cell: (c) => {
          const m = c.getValue().replace(/\s+/g, ' ').trim();
          return (
            <span className="mono marking-short" title={c.getValue()}>
              {m.length > 40 ? `${m.slice(0, 40)}…` : m}
            </span>
          );
        },
      }),
      col.accessor('itemId', {
        header: 'Item',
        cell: (c) => (
          <Link className="nowrap" to={`/items/${c.getValue()}`}>
            item {c.getValue()}
          </Link>
        ),
      }),
      col.accessor('caseId', {
        header: 'Case',
        cell: (c) => {
          const k = cases.get(c.getValue());
          return k ? (
            <Link className="case-name" to={`/cases/${k.id}`} title={k.title}>
              {k.title}
            </Link>
          ) : (
            `case ${c.getValue()}`
          );
        },
      }),
    ],
    [cases, session],
  );

  const rows = table.page?.rows ?? [];
  const showsDemo = rows.some((r) => cases.get(r.caseId)?.isDemo);
  return (
    <>
      <PageTitle title="Components" actions={showsDemo ? <DemoBadge /> : undefined}>
        Components
      </PageTitle>
      <search aria-label="Filter components">
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <DebouncedText
            id="f-q"
            type="search"
            label="Search text"
            value={values.q}
            onCommit={(v) => set('q', v)}
            placeholder="marking, maker, part…"
          />
          <DebouncedText
            id="f-maker"
            label="Maker (exact)"
            value={values.maker}
            onCommit={(v) => set('maker', v)}
          />
          <DebouncedText
            id="f-part"
            label="Part number (exact)"
            value={values.partNumber}
            onCommit={(v) => set('partNumber', v)}
          />
          <SelectFilter
            id="f-subsystem"
            label="Subsystem"
            value={values.subsystem}
            onChange={(v) => set('subsystem', v)}
            choices={SUBSYSTEMS.map((s) => ({ value: s, label: label(s) }))}
          />
          <DebouncedText
            id="f-category"
            label="Category (exact)"
            value={values.category}
            onCommit={(v) => set('category', v)}
          />
          <DebouncedText
            id="f-datecode"
            label="Date code"
            value={values.dateCode}
            onCommit={(v) => set('dateCode', v)}
            size={8}
          />
          <SelectFilter
            id="f-case"
            label="Case"
            value={values.caseId}
            onChange={(v) => set('caseId', v)}
            choices={[...cases.values()].map((c) => ({ value: String(c.id), label: c.title }))}
          />
          <SelectFilter
            id="f-tier"
            label="CHPL tier"
            value={values.chplTier}
            onChange={(v) => set('chplTier', v)}
            choices={CHPL_TIERS.map((t) => ({ value: t, label: `tier ${t}` }))}
          />
          <DebouncedText
            id="f-date-from"
            label="Date code from"
            value={values.dateFrom}
            onCommit={(v) => set('dateFrom', v)}
            placeholder="YYYY-MM-DD"
            size={10}
          />
          <DebouncedText
            id="f-date-to"
            label="Date code until"
            value={values.dateTo}
            onCommit={(v) => set('dateTo', v)}
            placeholder="YYYY-MM-DD"
            size={10}
          />
          <DebouncedText
            id="f-lot"
            label="Lot code"
            value={values.lotCode}
            onCommit={(v) => set('lotCode', v)}
            size={10}
          />
          {values.makerOrgId && (
            <div className="filter-chip">
              <span>
                Maker: <Link to={`/makers/${values.makerOrgId}`}>organization {values.makerOrgId}</Link>
              </span>{' '}
              <button type="button" className="secondary small" onClick={() => set('makerOrgId', '')}>
                Any maker
              </button>
            </div>
          )}
          {values.partId && (
            <div className="filter-chip">
              <span>
                Part: <Link to={`/parts/${values.partId}`}>part {values.partId}</Link>
              </span>{' '}
              <button type="button" className="secondary small" onClick={() => set('partId', '')}>
                Any part
              </button>
            </div>
          )}
        </form>
      </search>
      <p className="list-total" aria-live="polite" data-testid="components-total">
        {table.page ? `${formatNumber(table.page.total)} components` : ' '}
      </p>
      <DataTable
        table={table}
        columns={columns}
        caption="Components"
        sortable={SORTABLE}
        empty="No component matches these filters."
      />
    </>
  );
}
