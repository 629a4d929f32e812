// One production batch (/lots/:partId/:lotCode): the same part and lot code seen in several items or
// cases, the unit a trace request asks about. Lists every item where the lot appears, within the
// cases the reader may read. Signed-in users only.
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Lot } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { Loading, PageTitle } from '../../ui/ui.status.tsx';
import { useCases } from '../components/components.cases.ts';
import { counted } from '../components/components.markings.tsx';
import { SignInNotice } from '../parties/parties.signin.tsx';

export default function LotPage() {
  const params = useParams();
  const partId = Number(params.partId);
  const lotCode = params.lotCode ?? '';
  const { session } = useSession();
  const cases = useCases();
  const valid = Number.isInteger(partId) && partId > 0 && lotCode !== '';
  const q = useQuery({
    queryKey: ['/api/catalog/lots', partId, lotCode],
    queryFn: ({ signal }) =>
      api<Lot>(`/api/catalog/lots/${partId}/${encodeURIComponent(lotCode)}`, { signal }),
    enabled: !!session && valid,
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  if (!session)
    return (
      <>
        <PageTitle title="Lot">Lot</PageTitle>
        <SignInNotice what="the parts catalog" />
      </>
    );
  if (!valid || (q.error instanceof ApiError && q.error.status === 404))
    return (
      <>
        <PageTitle title="Lot not found">Lot not found</PageTitle>
        <p>
          There is no such part or lot. <Link to="/parts">See the parts</Link>.
        </p>
      </>
    );
  if (q.error) return <ErrorBox error={q.error} title="The lot could not be read" />;
  const lot = q.data;
  if (!lot) return <Loading what="the lot" />;
  const itemCount = new Set(lot.items.map((i) => i.itemId)).size;
  const caseCount = new Set(lot.items.map((i) => i.caseId)).size;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/parts">Parts</Link> › <Link to={`/parts/${lot.partId}`}>{lot.number}</Link>
      </p>
      <PageTitle title={`Lot ${lot.lotCode} of ${lot.number}`}>
        Lot <span className="mono">{lot.lotCode}</span> of <span className="mono">{lot.number}</span>
        {lot.makerName && <span className="item-serial"> · {lot.makerName}</span>}
      </PageTitle>
      <p data-testid="lot-summary">
        One production batch: {counted(lot.items.length, 'component')} in {counted(itemCount, 'item')} of{' '}
        {counted(caseCount, 'case')}.
      </p>
      {lot.items.length === 0 ? (
        <p className="muted">No component you may read has this lot code.</p>
      ) : (
        <div className="data-table">
          <table data-testid="lot-items">
            <caption className="visually-hidden">Items where the lot appears</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Case</th>
                <th scope="col">Designation</th>
                <th scope="col">Recovered</th>
                <th scope="col">Component</th>
                <th scope="col">Date code</th>
              </tr>
            </thead>
            <tbody>
              {lot.items.map((i) => (
                <tr key={i.componentId} data-item-id={i.itemId}>
                  <td>
                    <Link className="nowrap" to={`/items/${i.itemId}`}>
                      item {i.itemId}
                    </Link>
                  </td>
                  <td>
                    <Link className="case-name" to={`/cases/${i.caseId}`}>
                      {cases.get(i.caseId)?.title ?? `case ${i.caseId}`}
                    </Link>
                  </td>
                  <td>{i.designation ?? ''}</td>
                  <td className="nowrap">{i.recoveredAt ?? ''}</td>
                  <td>#{i.componentId}</td>
                  <td className="mono">{i.dateCode ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
