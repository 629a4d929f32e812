// The overview's charts of what the markings tell: components by the headquarters country of their
// maker, and by the Common High Priority List tier of their part (GET /api/stats). Same figure,
// caption and table of values as the other charts.
import { useMemo } from 'react';
import { countryName, tierLabel } from '../components/components.markings.tsx';
import { Chart } from './overview.chart.tsx';
import type { Bar, Stats } from './overview.types.ts';

/** The fields of GET /api/stats that the markings and the catalog add. */
export interface MarkingStats {
  componentsByMakerCountry?: { country: string | null; count: number }[];
  componentsByChplTier?: { tier: string; count: number }[];
}

const TIER_ORDER = ['1', '2', '3.A', '3.B', '4.A', '4.B', 'none', 'unknown'];

export const makerCountryLabel = (country: string | null) =>
  country ? countryName(country) : '(maker not known)';

export function makerCountryBars(s: MarkingStats): Bar[] {
  return (s.componentsByMakerCountry ?? [])
    .map((r) => ({ label: makerCountryLabel(r.country), count: r.count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function chplTierBars(s: MarkingStats): Bar[] {
  const rank = (t: string) => (TIER_ORDER.includes(t) ? TIER_ORDER.indexOf(t) : TIER_ORDER.length);
  return [...(s.componentsByChplTier ?? [])]
    .sort((a, b) => rank(a.tier) - rank(b.tier) || a.tier.localeCompare(b.tier))
    .map((r) => ({ label: tierLabel(r.tier), count: r.count }));
}

const drawBars = (rows: Bar[]) => (m: typeof import('./overview.plot.ts'), w: number) => m.barChart(rows, w);

export function MarkingCharts({ s }: { s: Stats & MarkingStats }) {
  const countries = useMemo(() => makerCountryBars(s), [s]);
  const tiers = useMemo(() => chplTierBars(s), [s]);
  const drawCountries = useMemo(() => drawBars(countries), [countries]);
  const drawTiers = useMemo(() => drawBars(tiers), [tiers]);
  return (
    <div className="grid-2">
      <section aria-labelledby="ov-maker-country" data-testid="chart-maker-country">
        <h2 id="ov-maker-country">Components by maker headquarters</h2>
        <Chart
          caption="Components per country of their maker’s headquarters"
          labelHeader="Country"
          rows={countries}
          draw={drawCountries}
          empty="No component has a known maker."
        />
      </section>
      <section aria-labelledby="ov-chpl" data-testid="chart-chpl-tier">
        <h2 id="ov-chpl">Components by CHPL tier</h2>
        <Chart
          caption="Components per tier of the Common High Priority List (by the HS-6 code of their part)"
          labelHeader="CHPL tier"
          rows={tiers}
          draw={drawTiers}
          empty="No components."
        />
      </section>
    </div>
  );
}
