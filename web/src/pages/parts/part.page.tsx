// One catalog part (/parts/:id): its maker, category, HS-6 code and CHPL tier (with the list entry it
// falls under, cited), export-control notes, and where it was found: cases, items, lots, and its date
// codes on a timeline against the recovery dates. Analysts and administrators edit the category, the
// HS-6 code and the notes in place. Signed-in users only (shared reference data).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Fragment, useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { CatalogPart, PartFound } from '../../api/api.types.ts';
import { EditableFields, type FieldSpec } from '../../ui/ui.edit.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { counted, countryName, hs6Text, TierTag } from '../components/components.markings.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';
import { DateStats, FoundCases, FoundItems, FoundLots } from './part.found.tsx';
import { DateTimeline } from './part.timeline.tsx';

const HS6_ORIGIN: Record<string, string> = {
  rule: 'from the category rule',
  human: 'set by an analyst',
};

function partFields(): FieldSpec<CatalogPart>[] {
  return [
    { name: 'category', label: 'Category', kind: 'text' },
    {
      name: 'hs6',
      label: 'HS-6 code',
      kind: 'text',
      monospace: true,
      hint: 'six digits, e.g. 8542.31; set here it overrides the category rule',
      show: (p) =>
        p.hs6 ? (
          <>
            {hs6Text(p.hs6)}{' '}
            {p.hs6Origin && <span className="origin">{HS6_ORIGIN[p.hs6Origin] ?? p.hs6Origin}</span>}
          </>
        ) : (
          ''
        ),
    },
    { name: 'exportNotes', label: 'Export-control notes', kind: 'textarea' },
    { name: 'notes', label: 'Notes', kind: 'textarea' },
  ];
}

export default function PartPage() {
  const id = Number(useParams().id);
  const qc = useQueryClient();
  const { session } = useSession();
  const valid = Number.isInteger(id) && id > 0;
  const key = ['/api/catalog/parts', id];
  const q = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<CatalogPart>(`/api/catalog/parts/${id}`, { signal }),
    enabled: !!session && valid,
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  const found = useQuery({
    queryKey: ['/api/catalog/parts/found', id],
    queryFn: ({ signal }) => api<PartFound>(`/api/catalog/parts/${id}/found`, { signal }),
    enabled: !!session && valid && q.isSuccess,
  });
  const fields = useMemo(partFields, []);

  if (!session)
    return (
      <>
        <PageTitle title="Part">Part</PageTitle>
        <SignInNotice what="the parts catalog" />
      </>
    );
  if (!valid || (q.error instanceof ApiError && q.error.status === 404))
    return (
      <>
        <PageTitle title="Part not found">Part not found</PageTitle>
        <p>
          There is no part {valid ? id : ''} in the catalog. <Link to="/parts">See the parts</Link>.
        </p>
      </>
    );
  if (q.error) return <ErrorBox error={q.error} title="The part could not be read" />;
  const part = q.data;
  if (!part) return <Loading what="the part" />;
  const role = session.user.instanceRole;
  const canEdit = role === 'analyst' || role === 'admin';
  const f = found.data;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/parts">Parts</Link>
      </p>
      <PageTitle title={`${part.number}${part.makerName ? ` · ${part.makerName}` : ''}`}>
        <span className="mono">{part.number}</span>
        {part.makerName && <span className="item-serial"> · {part.makerName}</span>}
      </PageTitle>
      <div className="grid-2">
        <section aria-labelledby="part-what">
          <h2 id="part-what">The part</h2>
          <dl className="fields">
            <dt>Maker</dt>
            <dd data-testid="part-maker">
              {part.makerOrgId ? (
                <Link to={`/makers/${part.makerOrgId}`}>
                  {part.makerName ?? `organization ${part.makerOrgId}`}
                </Link>
              ) : (
                (part.makerName ?? <span className="muted">not known</span>)
              )}
              {part.makerCountry && <span className="muted"> · {countryName(part.makerCountry)}</span>}
            </dd>
            <dt>Base part</dt>
            <dd className="mono">{part.base ?? <span className="muted">—</span>}</dd>
            <dt>CHPL tier</dt>
            <dd data-testid="part-tier">
              {part.chplTier ? (
                <>
                  <TierTag tier={part.chplTier} /> {part.chplDescription}
                </>
              ) : (
                <span className="muted">
                  {part.hs6 ? 'not on the Common High Priority List' : 'not known (no HS-6 code)'}
                </span>
              )}
            </dd>
            {part.controls?.map((c) => (
              <Fragment key={`${c.list}:${c.hs6}`}>
                <dt>Listed in</dt>
                <dd className="small">{c.citation}</dd>
              </Fragment>
            ))}
          </dl>
          <EditableFields
            record={part}
            fields={fields}
            path={`/api/catalog/parts/${part.id}`}
            canEdit={canEdit}
            what="part"
            onSaved={(saved) => {
              qc.setQueryData(key, saved);
              void qc.invalidateQueries({ queryKey: ['/api/catalog/parts'] });
            }}
          />
        </section>
        <section aria-labelledby="part-dates">
          <h2 id="part-dates">Date codes</h2>
          {f ? <DateStats found={f} /> : <Loading what="date codes" />}
        </section>
      </div>
      <ErrorBox error={found.error} />
      {f && (
        <>
          <section aria-labelledby="part-found">
            <h2 id="part-found">Where it was found</h2>
            {f.items.length === 0 ? (
              <p className="muted">No component you may read is of this part.</p>
            ) : (
              <>
                <p className="muted" data-testid="found-total">
                  {counted(f.items.length, 'component')} in{' '}
                  {counted(new Set(f.items.map((i) => i.itemId)).size, 'item')} of{' '}
                  {counted(f.cases.length, 'case')}.
                </p>
                <FoundCases found={f} />
                <FoundItems found={f} partId={part.id} />
              </>
            )}
          </section>
          <section aria-labelledby="part-timeline">
            <h2 id="part-timeline">Date codes on a timeline</h2>
            <DateTimeline items={f.items} />
          </section>
          <section aria-labelledby="part-lots">
            <h2 id="part-lots">Lots</h2>
            <FoundLots found={f} partId={part.id} />
          </section>
        </>
      )}
    </>
  );
}
