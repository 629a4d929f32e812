// The case's recovered items: paged, sorted and filtered by the server (the address holds paging,
// sorting and filters, so a view can be shared); each row opens the item's page.
import { createColumnHelper } from '@tanstack/react-table';
import { Link, useSearchParams } from 'react-router';
import type { RecoveredItem } from '../../api/api.types.ts';
import { designationOf, formatDate, label } from '../../ui/ui.format.ts';
import { DataTable, useServerTable } from '../../ui/ui.table.tsx';

const itemTypes = ['uav', 'loitering_munition', 'missile', 'other'] as const;
const col = createColumnHelper<RecoveredItem>();
// A first click sorts ascending whatever the first row holds (TanStack would guess from its value).
const asc = { sortDescFirst: false };
const columns = [
  col.accessor((i) => designationOf(i), {
    id: 'designation',
    header: 'Designation',
    ...asc,
    cell: (c) => (
      <Link to={`/items/${c.row.original.id}`}>{c.getValue() || `item ${c.row.original.id}`}</Link>
    ),
  }),
  col.accessor('serialNumber', {
    header: 'Serial',
    ...asc,
    cell: (c) => <span className="mono">{c.getValue()}</span>,
  }),
  col.accessor('itemType', { header: 'Type', ...asc, cell: (c) => label(c.getValue()) }),
  col.accessor('recoveredAt', {
    header: 'Recovered',
    ...asc,
    cell: (c) => formatDate(c.getValue(), c.row.original.recoveredPrecision),
  }),
  col.accessor('country', {
    header: 'Place',
    ...asc,
    cell: (c) => [c.row.original.placeName, c.getValue()].filter(Boolean).join(', '),
  }),
];
const sortable = ['designation', 'serialNumber', 'itemType', 'recoveredAt', 'country'];
const filterKeys = ['itemType', 'designation', 'recoveredFrom', 'recoveredTo'] as const;

export function CaseItems({ caseId }: { caseId: number }) {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? undefined]));
  const table = useServerTable<RecoveredItem>('/api/items', { caseId, ...filters }, { limit: 15 });
  // A changed filter starts again at the first page.
  const setFilter = (k: (typeof filterKeys)[number], v: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (v) next.set(k, v);
        else next.delete(k);
        next.delete('offset');
        return next;
      },
      { replace: true },
    );
  return (
    <section aria-labelledby="case-items-h">
      <h2 id="case-items-h">Items</h2>
      <search className="filters" aria-label="Filter the items">
        <label>
          Item type
          <select
            value={params.get('itemType') ?? ''}
            onChange={(e) => setFilter('itemType', e.target.value)}
          >
            <option value="">any</option>
            {itemTypes.map((t) => (
              <option key={t} value={t}>
                {label(t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Designation
          <input
            type="search"
            value={params.get('designation') ?? ''}
            onChange={(e) => setFilter('designation', e.target.value)}
          />
        </label>
        <label>
          Recovered from
          <input
            type="date"
            value={params.get('recoveredFrom') ?? ''}
            onChange={(e) => setFilter('recoveredFrom', e.target.value)}
          />
        </label>
        <label>
          Recovered to
          <input
            type="date"
            value={params.get('recoveredTo') ?? ''}
            onChange={(e) => setFilter('recoveredTo', e.target.value)}
          />
        </label>
      </search>
      <DataTable
        table={table}
        columns={columns}
        caption="Items of the case"
        sortable={sortable}
        empty="No items match."
      />
    </section>
  );
}
