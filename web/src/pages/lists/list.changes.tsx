// What one version of a list changed (added, changed, removed entries), paged by the server and
// filtered by kind, each linked to the entry's page.
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { ChangeKind, WatchlistChange } from '../../api/api.types.ts';
import { DataTable, useServerTable } from '../../ui/ui.table.tsx';
import { SelectFilter } from '../components/components.filters.tsx';
import { CHANGE_KINDS } from './lists.format.ts';

const col = createColumnHelper<WatchlistChange>();

export function ListChanges({
  listId,
  version,
  kind,
  onKind,
}: {
  listId: number;
  version: number;
  kind: ChangeKind | '';
  onKind(kind: ChangeKind | ''): void;
}) {
  const table = useServerTable<WatchlistChange>(
    `/api/lists/${listId}/versions/${version}/changes`,
    { kind },
    { prefix: 'c', limit: 50 },
  );
  const columns = useMemo(
    () => [
      col.accessor('kind', {
        header: 'Change',
        cell: (c) => <span className={`tag change-${c.getValue()}`}>{c.getValue()}</span>,
      }),
      col.accessor('entryId', {
        header: 'Entry id',
        cell: (c) => <span className="mono">{c.getValue()}</span>,
      }),
      col.accessor('name', {
        header: 'Name',
        cell: (c) => <Link to={`/lists/entries/${c.row.original.entryRowId}`}>{c.getValue()}</Link>,
      }),
      col.accessor('schema', { header: 'Kind' }),
    ],
    [],
  );
  return (
    <section aria-labelledby="list-changes" data-testid="list-changes">
      <h2 id="list-changes">Changes in version {version}</h2>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <SelectFilter
          id="change-kind"
          label="Change"
          value={kind}
          onChange={(v) => onKind(v as ChangeKind | '')}
          choices={CHANGE_KINDS.map((k) => ({ value: k, label: k }))}
        />
      </form>
      <DataTable
        table={table}
        columns={columns}
        caption={`Changes in version ${version}`}
        empty="No change."
      />
    </section>
  );
}
