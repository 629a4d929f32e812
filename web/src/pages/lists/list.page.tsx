// One watch list (/lists/:id): its versions with what each added, changed and removed, the changes
// of one version (the current one unless another is picked; kept in the address with their kind and
// page), and a search of its entries.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { ChangeKind, Watchlist, WatchlistVersion } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber } from '../../ui/ui.format.ts';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';
import '../screening/screening.css';
import { ListChanges } from './list.changes.tsx';
import { ListEntries } from './list.entries.tsx';
import { ListVersions } from './list.versions.tsx';
import { CHANGE_KINDS, FORMAT_LABELS } from './lists.format.ts';

export default function ListPage() {
  const id = Number(useParams().id);
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const q = useQuery({
    queryKey: ['/api/lists', id],
    queryFn: ({ signal }) =>
      api<{ list: Watchlist; versions: WatchlistVersion[] }>(`/api/lists/${id}`, { signal }),
    enabled: !!session && Number.isInteger(id) && id > 0,
  });
  /** Changes the address, each filter's page going back to its first. */
  const update = (changes: Record<string, string>, resetOffset: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        next.delete(resetOffset);
        return next;
      },
      { replace: true },
    );
  if (!session)
    return (
      <>
        <PageTitle title="Watch list">Watch list</PageTitle>
        <SignInNotice what="the watch lists" />
      </>
    );
  if (q.error)
    return (
      <>
        <PageTitle title="Watch list">Watch list</PageTitle>
        <ErrorBox error={q.error} />
      </>
    );
  if (!q.data) return <Loading what="the list" />;
  const { list, versions } = q.data;
  const version = Number(params.get('version')) || list.currentVersion;
  const kindParam = params.get('kind') ?? '';
  const kind = (CHANGE_KINDS as string[]).includes(kindParam) ? (kindParam as ChangeKind) : '';
  return (
    <>
      <p className="breadcrumb">
        <Link to="/lists">Watch lists</Link>
      </p>
      <PageTitle title={list.name}>{list.name}</PageTitle>
      {list.description && <p>{list.description}</p>}
      <dl className="fields">
        <dt>Format</dt>
        <dd>{FORMAT_LABELS[list.format] ?? list.format}</dd>
        <dt>Current version</dt>
        <dd data-testid="current-version">{list.currentVersion}</dd>
        <dt>Entries</dt>
        <dd data-testid="entry-count">{formatNumber(list.entryCount)}</dd>
      </dl>
      <h2>Versions</h2>
      <ListVersions
        versions={versions}
        selected={version}
        onPick={(v, k) => update({ version: String(v), kind: k }, 'coffset')}
      />
      {versions.some((v) => v.version === version) && (
        <ListChanges
          listId={list.id}
          version={version}
          kind={kind}
          onKind={(k) => update({ kind: k }, 'coffset')}
        />
      )}
      <ListEntries listId={list.id} q={params.get('q') ?? ''} onQ={(v) => update({ q: v }, 'eoffset')} />
    </>
  );
}
