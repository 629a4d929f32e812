// Tables over lists of any size: TanStack Table renders, the server pages, sorts and filters (a
// million components never come to the browser). Paging and sorting live in the address, so that a
// view can be shared and the back button works.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { api, type Query } from '../api/api.client.ts';
import type { Page } from '../api/api.types.ts';
import { ErrorBox } from './ui.error.tsx';
import { formatNumber } from './ui.format.ts';

export interface ServerTable<T> {
  page: Page<T> | undefined;
  loading: boolean;
  fetching: boolean;
  error: unknown;
  offset: number;
  limit: number;
  sorting: SortingState;
  setOffset(offset: number): void;
  setSorting(s: SortingState): void;
}

/** A server-side list bound to the address: `?offset=&limit=&sort=&order=` plus the given filters
 * (which reset the offset when they change, by being part of the caller's own search params). */
export function useServerTable<T>(
  path: string,
  filters: Query,
  options: { limit?: number; prefix?: string; enabled?: boolean } = {},
): ServerTable<T> {
  const [params, setParams] = useSearchParams();
  const p = options.prefix ?? '';
  const offset = Number(params.get(`${p}offset`) ?? 0) || 0;
  const limit = Number(params.get(`${p}limit`) ?? options.limit ?? 50) || 50;
  const sort = params.get(`${p}sort`);
  const order = params.get(`${p}order`) === 'desc' ? 'desc' : 'asc';
  const query: Query = { ...filters, offset, limit, ...(sort ? { sort, order } : {}) };
  const q = useQuery({
    queryKey: [path, query],
    queryFn: ({ signal }) => api<Page<T>>(path, { query, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v === null) next.delete(`${p}${k}`);
            else next.set(`${p}${k}`, v);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams, p],
  );
  const sorting = useMemo<SortingState>(
    () => (sort ? [{ id: sort, desc: order === 'desc' }] : []),
    [sort, order],
  );
  return {
    page: q.data,
    loading: q.isPending,
    fetching: q.isFetching,
    error: q.error,
    offset,
    limit,
    sorting,
    setOffset: (o) => update({ offset: o > 0 ? String(o) : null }),
    setSorting: (s) =>
      update({ sort: s[0]?.id ?? null, order: s[0] ? (s[0].desc ? 'desc' : 'asc') : null, offset: null }),
  };
}

export interface DataTableProps<T> {
  table: ServerTable<T>;
  // Column value types differ per column; TanStack's own examples type the array this way.
  // biome-ignore lint/suspicious/noExplicitAny: heterogeneous column value types
  columns: ColumnDef<T, any>[];
  caption: string;
  /** Column ids the server can sort by. */
  sortable?: string[];
  empty?: string;
}

export function DataTable<T>({ table: t, columns, caption, sortable = [], empty }: DataTableProps<T>) {
  const rows = t.page?.rows ?? [];
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    state: { sorting: t.sorting },
    enableSortingRemoval: true,
    onSortingChange: (updater) => t.setSorting(typeof updater === 'function' ? updater(t.sorting) : updater),
  });
  const total = t.page?.total ?? 0;
  const last = Math.min(t.offset + rows.length, total);
  return (
    <div className="data-table" aria-busy={t.fetching}>
      <ErrorBox error={t.error} />
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => {
                const canSort = sortable.includes(h.column.id);
                const dir = h.column.getIsSorted();
                return (
                  <th
                    key={h.id}
                    scope="col"
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                  >
                    {canSort ? (
                      <button type="button" className="sort" onClick={h.column.getToggleSortingHandler()}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ' ↕'}</span>
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((r) => (
            <tr key={r.id}>
              {r.getVisibleCells().map((c) => (
                <td key={c.id}>{flexRender(c.column.columnDef.cell, c.getContext())}</td>
              ))}
            </tr>
          ))}
          {!t.loading && rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                {empty ?? 'Nothing found.'}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <nav className="pager" aria-label={`${caption}: pages`}>
        <button
          type="button"
          disabled={t.offset === 0}
          onClick={() => t.setOffset(Math.max(0, t.offset - t.limit))}
        >
          Previous
        </button>
        <span data-testid="pager-status">
          {t.loading
            ? 'Loading…'
            : total === 0
              ? 'none'
              : `${formatNumber(t.offset + 1)}–${formatNumber(last)} of ${formatNumber(total)}`}
        </span>
        <button type="button" disabled={last >= total} onClick={() => t.setOffset(t.offset + t.limit)}>
          Next
        </button>
      </nav>
    </div>
  );
}
