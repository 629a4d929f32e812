// The overview (`/`), the first page users load: counts of what the reader may see, items recovered
// per month, components by subsystem and category, and recent activity, for all readable cases or
// one. A visitor sees the published cases' figures. Charts load after the counts (overview.chart.tsx).
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Case, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatNumber, label } from '../../ui/ui.format.ts';
import { DemoBadge, Loading, PageTitle } from '../../ui/ui.status.tsx';
import { Chart } from './overview.chart.tsx';
import { MarkingCharts } from './overview.markings.tsx';
import { RecentActivity } from './overview.recent.tsx';
import type { Bar, Stats } from './overview.types.ts';

// Stable drawing functions: the chart redraws only when its rows change.
const drawMonths =
  (rows: { month: string; count: number }[]) => (m: typeof import('./overview.plot.ts'), w: number) =>
    m.monthChart(rows, w);
const drawBars = (rows: Bar[]) => (m: typeof import('./overview.plot.ts'), w: number) => m.barChart(rows, w);

function CaseFilter({ cases, value, onChange }: { cases: Case[]; value: string; onChange(v: string): void }) {
  return (
    <div className="filters">
      <label>
        Case
        <select value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">All cases you can read</option>
          {cases.map((c) => (
            <option key={c.id} value={String(c.id)}>
              {c.title}
              {c.isDemo ? ' (synthetic demo)' : ''}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

function Cards({ s }: { s: Stats }) {
  const cards: [string, number][] = [
    ['items', s.items],
    ['components', s.components],
    ['cases', s.cases],
    ['files', s.files],
  ];
  return (
    <ul className="cards overview-cards" aria-label="Counts">
      {cards.map(([what, n]) => (
        <li key={what} className="card" data-testid={`count-${what}`}>
          <div className="value">{formatNumber(n)}</div>
          <div className="what">{what}</div>
        </li>
      ))}
    </ul>
  );
}

const sorted = (o: Record<string, number>): Bar[] =>
  Object.entries(o)
    .map(([k, count]) => ({ label: label(k), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));

export default function OverviewPage() {
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const caseId = params.get('case') ?? '';
  const cases = useQuery({
    queryKey: ['/api/cases'],
    queryFn: ({ signal }) => api<Page<Case>>('/api/cases', { signal }),
  });
  const stats = useQuery({
    queryKey: ['/api/stats', caseId],
    queryFn: ({ signal }) => api<Stats>('/api/stats', { query: { caseId }, signal }),
  });
  const s = stats.data;
  const months = useMemo(
    () => (s ? s.itemsByMonth.map((r) => ({ label: r.month, count: r.count })) : []),
    [s],
  );
  const subsystems = useMemo(() => (s ? sorted(s.componentsBySubsystem) : []), [s]);
  const categories = useMemo(
    () =>
      s
        ? s.componentsByCategory.map((r) => ({ label: r.category ?? '(none recorded)', count: r.count }))
        : [],
    [s],
  );
  const drawM = useMemo(() => drawMonths(s?.itemsByMonth ?? []), [s]);
  const drawS = useMemo(() => drawBars(subsystems), [subsystems]);
  const drawC = useMemo(() => drawBars(categories), [categories]);

  const caseRows = cases.data?.rows ?? [];
  const shown = caseId ? caseRows.filter((c) => String(c.id) === caseId) : caseRows;
  const demo = shown.some((c) => c.isDemo);
  const caseTitle = (id: number) => caseRows.find((c) => c.id === id)?.title ?? `case #${id}`;

  return (
    <>
      <PageTitle title="Overview">Overview {demo && <DemoBadge />}</PageTitle>
      {!session && (
        <p className="muted">You are not signed in: these are the figures of the published cases.</p>
      )}
      <CaseFilter
        cases={caseRows}
        value={caseId}
        onChange={(v) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              if (v) next.set('case', v);
              else next.delete('case');
              return next;
            },
            { replace: true },
          )
        }
      />
      {demo && (
        <p className="notice overview-demo">
          The figures include the demo case: <DemoBadge /> — generated for the demonstration, not real
          evidence.
        </p>
      )}
      <ErrorBox error={stats.error ?? cases.error} />
      {stats.isPending ? (
        <Loading what="figures" />
      ) : s ? (
        <>
          <Cards s={s} />
          <section aria-labelledby="ov-time">
            <h2 id="ov-time">Items recovered over time</h2>
            <Chart
              caption="Recovered items per month of recovery"
              labelHeader="Month"
              rows={months}
              draw={drawM}
              empty="No item has a recovery date."
            />
          </section>
          <div className="grid-2">
            <section aria-labelledby="ov-subsystem">
              <h2 id="ov-subsystem">Components by subsystem</h2>
              <Chart
                caption="Components per subsystem"
                labelHeader="Subsystem"
                rows={subsystems}
                draw={drawS}
                empty="No components."
              />
            </section>
            <section aria-labelledby="ov-category">
              <h2 id="ov-category">Components by category</h2>
              <Chart
                caption="Components per category (the largest; the rest as “(other)”)"
                labelHeader="Category"
                rows={categories}
                draw={drawC}
                empty="No components."
              />
            </section>
          </div>
          <MarkingCharts s={s} />
          <section aria-labelledby="ov-recent">
            <h2 id="ov-recent">Recent activity</h2>
            <RecentActivity entries={s.recent} signedIn={session !== null} caseTitle={caseTitle} />
          </section>
        </>
      ) : null}
    </>
  );
}
