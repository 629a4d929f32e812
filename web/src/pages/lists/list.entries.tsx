// Searching a list's entries by name (any of their names), paged by the server.
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { WatchlistEntryView } from '../../api/api.types.ts';
import { DataTable, useServerTable } from '../../ui/ui.table.tsx';
import { DebouncedText } from '../components/components.filters.tsx';

const col = createColumnHelper<WatchlistEntryView>();

export function ListEntries({ listId, q, onQ }: { listId: number; q: string; onQ(q: string): void }) {
  const table = useServerTable<WatchlistEntryView>(
    `/api/lists/${listId}/entries`,
    { q },
    { prefix: 'e', limit: 25 },
  );
  const columns = useMemo(
    () => [
      col.accessor('entryId', {
        header: 'Entry id',
        cell: (c) => <span className="mono">{c.getValue()}</span>,
      }),
      col.accessor('name', {
        header: 'Name',
        cell: (c) => <Link to={`/lists/entries/${c.row.original.id}`}>{c.getValue()}</Link>,
      }),
      col.accessor('schema', { header: 'Kind' }),
      col.accessor('programs', { header: 'Programs', cell: (c) => c.getValue().join(', ') }),
      col.accessor('countries', { header: 'Countries', cell: (c) => c.getValue().join(', ') }),
    ],
    [],
  );
  return (
    <section aria-labelledby="list-entries">
      <h2 id="list-entries">Entries</h2>
      <search aria-label="Search the entries">
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <DebouncedText id="entry-q" type="search" label="Name" value={q} onCommit={onQ} />
        </form>
      </search>
      <DataTable table={table} columns={columns} caption="Entries of the list" empty="No entry matches." />
    </section>
  );
}
