// The item page (/items/:id): what was recovered, where and when, on whose word (provenance), its
// attribution to a design variant (the machine's reading with its reasons and the human decision
// that overrides it), photos, nested components with their markings, the chain of custody and the
// audit history.
// Editors of the item's case edit in place; everyone else reads it, visitors and non-members in the
// published form (coarse place, month), which the page says.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { AuditEntry, Case, RecoveredItem } from '../../api/api.types.ts';
import { AuditHistory } from '../../ui/ui.audit.tsx';
import { EditableFields } from '../../ui/ui.edit.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { designationOf, formatDate } from '../../ui/ui.format.ts';
import { DemoBadge, Loading, PageTitle } from '../../ui/ui.status.tsx';
import { ItemAttributionPanel } from './item.attribution.tsx';
import { ItemComponents } from './item.components.tsx';
import { ItemCustody } from './item.custody.tsx';
import { itemFields, provenanceFields } from './item.fields.tsx';
import { ItemPhotos } from './item.photos.tsx';

export default function ItemPage() {
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const { roleIn, canWrite, session, loading } = useSession();
  const key = ['/api/items', id];
  const q = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<RecoveredItem>(`/api/items/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0 && !loading,
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  const item = q.data;
  const c = useQuery({
    queryKey: ['/api/cases', item?.caseId],
    queryFn: ({ signal }) => api<Case>(`/api/cases/${item?.caseId}`, { signal }),
    enabled: item !== undefined,
  });
  const role = item ? roleIn(item.caseId) : null;
  const full = role !== null;
  const editable = item ? canWrite(item.caseId) : false;
  const fields = useMemo(() => itemFields(!full), [full]);
  const provenance = useMemo(() => provenanceFields(!full), [full]);

  if (!Number.isInteger(id) || id <= 0 || (q.error instanceof ApiError && q.error.status === 404))
    return (
      <>
        <PageTitle title="Item not found">Item not found</PageTitle>
        <p>
          There is no item {Number.isInteger(id) ? id : ''} that you can read.{' '}
          {!session && 'Signed out, you see only published cases. '}
          <Link to="/cases">See the cases</Link>.
        </p>
      </>
    );
  if (q.error) return <ErrorBox error={q.error} title="The item could not be read" />;
  if (!item) return <Loading what="the item" />;

  const designation = designationOf(item) || `Item ${item.id}`;
  const onSaved = (saved: RecoveredItem) => qc.setQueryData(key, saved);
  const caseTitle = c.data?.title ?? `case ${item.caseId}`;
  return (
    <>
      <PageTitle title={designation} actions={c.data?.isDemo ? <DemoBadge /> : undefined}>
        {designation}
        {item.serialNumber && (
          <span className="item-serial">
            {' '}
            · serial <span className="mono">{item.serialNumber}</span>
          </span>
        )}
      </PageTitle>
      <p className="item-sub">
        Item {item.id} ({item.itemType.replaceAll('_', ' ')}) in{' '}
        <Link to={`/cases/${item.caseId}`}>{caseTitle}</Link>
        {item.deletedAt && <strong> · deleted {formatDate(item.deletedAt)}</strong>}
      </p>
      {!full ? (
        <p className="notice" data-testid="read-only-notice">
          You are reading the <strong>published form</strong> of this item, read-only: the place is the centre
          of a grid cell of about 10 km, dates are given to the month, and sources, place names and notes are
          withheld.
          {!session && ' Members of the case who sign in see it in full.'}
        </p>
      ) : (
        !editable && (
          <p className="notice" data-testid="read-only-notice">
            You are a {role} of this case: you read the item in full but cannot change it.
          </p>
        )
      )}
      <div className="grid-2">
        <section aria-labelledby="item-fields">
          <h2 id="item-fields">The item</h2>
          <EditableFields
            record={item}
            fields={fields}
            path={`/api/items/${item.id}`}
            canEdit={editable}
            what="item fields"
            onSaved={onSaved}
          />
        </section>
        <section aria-labelledby="item-provenance">
          <h2 id="item-provenance">Provenance</h2>
          <EditableFields
            record={item}
            fields={provenance}
            path={`/api/items/${item.id}`}
            canEdit={editable}
            what="provenance"
            onSaved={onSaved}
          />
          <Recorded item={item} signedIn={session !== null && full} caseTitle={caseTitle} />
        </section>
      </div>
      <ItemAttributionPanel item={item} canEdit={editable} full={full} signedIn={session !== null} />
      <ItemPhotos caseId={item.caseId} itemId={item.id} canEdit={editable} full={full} />
      <ItemComponents itemId={item.id} canEdit={editable} full={full} recoveredAt={item.recoveredAt} />
      <ItemCustody itemId={item.id} full={full} />
      {full && <AuditHistory entityType="item" entityId={item.id} title="History of the item" />}
    </>
  );
}

/** Who recorded the item and when: the actor of its "create" entry (members only; an item loaded in
 * a batch, by an import or the demo, has its batch's entry instead of one of its own). */
function Recorded({
  item,
  signedIn,
  caseTitle,
}: {
  item: RecoveredItem;
  signedIn: boolean;
  caseTitle: string;
}) {
  // The same query as the history below: one request for both.
  const h = useQuery({
    queryKey: ['audit', 'item', item.id],
    queryFn: ({ signal }) =>
      api<{ entries: AuditEntry[] }>('/api/audit', {
        query: { entityType: 'item', entityId: item.id, limit: 200 },
        signal,
      }),
    enabled: signedIn,
  });
  const created = h.data?.entries.find((e) => e.action === 'create');
  return (
    <dl className="fields recorded">
      <dt>Recorded</dt>
      <dd>
        {formatDate(item.createdAt, 'time')}
        {signedIn &&
          h.data &&
          (created ? (
            <> by {created.actor}</>
          ) : (
            <span className="muted"> (loaded in a batch: an import or the demo load)</span>
          ))}
      </dd>
      <dt>Case</dt>
      <dd>
        <Link to={`/cases/${item.caseId}`}>{caseTitle}</Link>
      </dd>
    </dl>
  );
}
