// Where an organization appears: the cases whose components name it as their maker (with counts), and
// those components, paged by the server, each linked to the item it was found in. Only what the
// reader may read is counted.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import type { Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber, label } from '../../ui/ui.format.ts';
import { DemoBadge, Loading } from '../../ui/ui.status.tsx';
import { DataTable, type ServerTable } from '../../ui/ui.table.tsx';
import { useCases } from '../components/components.cases.ts';

interface AppearanceRow {
  id: number;
  itemId: number;
  caseId: number;
  partNumber: string | null;
  maker: string | null;
  subsystem: string;
  category: string | null;
}
interface AppearancesAnswer {
  cases: { caseId: number; title: string; components: number }[];
  components: Page<AppearanceRow>;
}

const LIMIT = 25;
const col = createColumnHelper<AppearanceRow>();
const columns = [
  col.accessor('partNumber', { header: 'Part number', cell: (c) => c.getValue() ?? '' }),
  col.accessor('maker', { header: 'Maker as marked', cell: (c) => c.getValue() ?? '' }),
  col.accessor('subsystem', { header: 'Subsystem', cell: (c) => label(c.getValue()) }),
  col.accessor('category', { header: 'Category', cell: (c) => c.getValue() ?? '' }),
  col.accessor('itemId', {
    header: 'Item',
    cell: (c) => <Link to={`/items/${c.getValue()}`}>item {c.getValue()}</Link>,
  }),
];

export function Appearances({ orgId }: { orgId: number }) {
  const [params, setParams] = useSearchParams();
  const offset = Number(params.get('aoffset') ?? 0) || 0;
  const cases = useCases();
  const q = useQuery({
    queryKey: ['/api/organizations/appearances', orgId, offset],
    queryFn: ({ signal }) =>
      api<AppearancesAnswer>(`/api/organizations/${orgId}/appearances`, {
        query: { limit: LIMIT, offset },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
  // The appearances' components are one server-paged list; the shared table shows and pages it.
  const table: ServerTable<AppearanceRow> = {
    page: q.data?.components,
    loading: q.isPending,
    fetching: q.isFetching,
    error: null,
    offset,
    limit: LIMIT,
    sorting: [],
    setOffset: (o) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (o > 0) next.set('aoffset', String(o));
          else next.delete('aoffset');
          return next;
        },
        { replace: true },
      ),
    setSorting: () => {},
  };
  return (
    <section aria-labelledby="appearances-h">
      <h2 id="appearances-h">Where it appears</h2>
      <ErrorBox error={q.error} />
      {q.isPending ? (
        <Loading what="where it appears" />
      ) : q.data && q.data.cases.length === 0 ? (
        <p className="muted">No component you may read names this organization as its maker.</p>
      ) : (
        q.data && (
          <>
            <ul className="appearance-cases" data-testid="appearance-cases">
              {q.data.cases.map((c) => (
                <li key={c.caseId}>
                  <Link to={`/cases/${c.caseId}`}>{c.title}</Link>:{' '}
                  <span data-testid="appearance-count">{formatNumber(c.components)}</span> components
                  {cases.get(c.caseId)?.isDemo && (
                    <>
                      {' '}
                      <DemoBadge />
                    </>
                  )}
                </li>
              ))}
            </ul>
            <DataTable table={table} columns={columns} caption="Components made by this organization" />
          </>
        )
      )}
    </section>
  );
}
