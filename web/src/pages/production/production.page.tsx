// Production estimates (/production?designation=…&caseId=…&level=…&lagDays=…): how many items of an
// assessed designation had been made up to now, from the serial numbers of the recovered items the
// reader may see, per series: serial against recovery date, the estimate with its exact interval, the
// Bayesian posterior, the estimate with an unknown start, production by past month ends with the past
// rate, every note and assumption, the declared targets with the probability each was met, and for
// analysts the serial pattern and the targets to edit. Past production only: there is no forecast.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { ApiError, api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber } from '../../ui/ui.format.ts';
import { DemoBadge, Loading, PageTitle } from '../../ui/ui.status.tsx';
import { useCases } from '../components/components.cases.ts';
import { Assumptions } from './production.assumptions.tsx';
import { ProductionControls, useProductionParams } from './production.controls.tsx';
import { SerialFlags } from './production.flags.tsx';
import { SERIES_COLOURS, seriesName } from './production.format.ts';
import { SerialPatternBox } from './production.pattern.tsx';
import { SerialChart, seriesColours } from './production.serials.tsx';
import { SeriesSection } from './production.series.tsx';
import { DeclaredTargets } from './production.targets.tsx';
import type { Designation, ProductionAssessment, ProductionParams } from './production.types.ts';
import './production.css';

export default function ProductionPage() {
  const { session } = useSession();
  const [p, set] = useProductionParams();
  const cases = useCases();
  const designations = useQuery({
    queryKey: ['/api/production', 'designations'],
    queryFn: ({ signal }) => api<{ rows: Designation[] }>('/api/production/designations', { signal }),
  });
  const waiting = p?.prior === 'uniform' && p.priorMax === undefined;
  const q = useQuery({
    queryKey: ['/api/production', p],
    queryFn: ({ signal }) =>
      api<ProductionAssessment>('/api/production', { query: { ...(p as ProductionParams) }, signal }),
    enabled: p !== null && !waiting,
    placeholderData: keepPreviousData,
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  const role = session?.user.instanceRole;
  const canEdit = role === 'analyst' || role === 'admin';
  const a = q.data;
  const shown = a && p && a.designation === p.designation ? a : undefined;
  const demo = shown?.observations.some((o) => cases.get(o.caseId)?.isDemo) ?? false;
  const colours = shown ? seriesColours(shown) : new Map<string, string>();
  return (
    <>
      <PageTitle
        title={p ? `Production · ${p.designation}` : 'Production estimates'}
        actions={demo ? <DemoBadge /> : undefined}
      >
        Production estimates{p && <>: {p.designation}</>}
      </PageTitle>
      <p className="muted">
        How many items of a designation had been made up to now, estimated from the serial numbers read on the
        recovered items you may see, per series, with the uncertainty stated. Past production only: nothing
        here looks beyond the last recovery.
      </p>
      <ProductionControls
        p={p}
        designations={designations.data?.rows ?? []}
        cases={[...cases.values()]}
        set={set}
      />
      {designations.error && (
        <ErrorBox error={designations.error} title="The designations could not be read" />
      )}
      {!p ? (
        <DesignationList rows={designations.data?.rows} />
      ) : waiting ? (
        <p className="notice">A uniform prior needs its largest N: give it above.</p>
      ) : q.error ? (
        <ErrorBox error={q.error} title="No estimate" />
      ) : !shown ? (
        <Loading what="the estimates" />
      ) : (
        <div aria-busy={q.isFetching} data-testid="production-report">
          {demo && (
            <p className="notice">
              These serials come from the <strong>synthetic demo data</strong>: fictional items, fictional
              designations, invented numbers.
            </p>
          )}
          {shown.notes.map((n) => (
            <p key={n} className="notice">
              {n}
            </p>
          ))}
          <Assumptions a={shown.assumptions} />
          <SerialChart a={shown} />
          <SerialPatternBox
            designation={shown.designation}
            pattern={shown.pattern}
            signedIn={!!session}
            canEdit={canEdit}
          />
          {shown.series.length === 0 ? (
            <p className="notice">
              No serial of {shown.designation} could be read: there is nothing to estimate.
            </p>
          ) : (
            shown.series.map((s) => (
              <SeriesSection
                key={s.series ?? ''}
                s={s}
                colour={colours.get(seriesName(s.series)) ?? SERIES_COLOURS[0]}
                start={shown.assumptions.start}
              />
            ))
          )}
          <SerialFlags a={shown} />
          <DeclaredTargets a={shown} signedIn={!!session} canEdit={canEdit} />
        </div>
      )}
    </>
  );
}

function DesignationList({ rows }: { rows: Designation[] | undefined }) {
  // A case chosen first (e.g. from the case page) stays chosen.
  const [params] = useSearchParams();
  const hrefOf = (designation: string) => {
    const next = new URLSearchParams(params);
    next.set('designation', designation);
    return `/production?${next}`;
  };
  if (!rows) return <Loading what="the designations" />;
  if (rows.length === 0)
    return <p className="muted">No item you may read has an assessed designation yet.</p>;
  return (
    <section aria-labelledby="designations-h">
      <h2 id="designations-h">Choose a designation</h2>
      <div className="data-table">
        <table data-testid="designations-table">
          <caption className="visually-hidden">Assessed designations of the items you may read</caption>
          <thead>
            <tr>
              <th scope="col">Designation</th>
              <th scope="col">Items</th>
              <th scope="col">With a serial</th>
              <th scope="col">Cases</th>
              <th scope="col">Serial pattern</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.designation}>
                <th scope="row">
                  <Link to={hrefOf(d.designation)}>{d.designation}</Link>
                </th>
                <td>{formatNumber(d.items)}</td>
                <td>{formatNumber(d.withSerial)}</td>
                <td>{formatNumber(d.cases)}</td>
                <td>
                  {d.pattern ? <code>{d.pattern}</code> : <span className="muted">default reading</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
