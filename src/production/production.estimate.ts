// From raw serial observations to every estimate, per series: what the CLI, the API and the charts
// call. Serials that cannot be read, numbers read twice and serials far above their series are
// listed beside the estimates, never dropped in silence.
import { assessSeries, type SeriesEstimate } from './production.assess.ts';
import { statePrior } from './production.bayes.ts';
import { type ProductionOptions, resolveOptions } from './production.options.ts';
import { statedLag } from './production.rate.ts';
import { parseSerial } from './production.serials.ts';
import { groupSeries } from './production.series.ts';
import type {
  DuplicateSerial,
  OutlierSerial,
  ParsedSerial,
  Prior,
  SerialObservation,
  SeriesStart,
  UnparsedSerial,
} from './production.types.ts';

export interface ProductionReport {
  series: SeriesEstimate[];
  unparsed: UnparsedSerial[];
  duplicates: DuplicateSerial[];
  outliers: OutlierSerial[];
  /** Every assumption the figures rest on, in words, for every place they are shown. */
  assumptions: {
    level: number;
    start: SeriesStart;
    prior: Prior;
    priorStated: string;
    lagDays: number;
    lagStated: string;
    outlierLevel: number;
    sampling: string;
  };
}

const SAMPLING =
  'serials issued consecutively within each series; the recovered items a uniform draw, without replacement, from those made (by the date, for figures by date)';

/** Throws `Invalid` for a bad option; everything wrong with the serials is reported in the result. */
export function estimateProduction(
  observations: readonly SerialObservation[],
  options: ProductionOptions = {},
): ProductionReport {
  const o = resolveOptions(options);
  const parsed: ParsedSerial[] = [];
  const unparsed: UnparsedSerial[] = [];
  observations.forEach((obs, i) => {
    const r = parseSerial(obs, i, o.pattern);
    if ('parsed' in r) parsed.push(r.parsed);
    else unparsed.push(r.unparsed);
  });
  const { groups, duplicates } = groupSeries(parsed);
  const series: SeriesEstimate[] = [];
  const outliers: OutlierSerial[] = [];
  for (const g of groups) {
    const { estimate, outlier } = assessSeries(g, o);
    if (groups.length > 1) {
      estimate.notes.push(
        `${groups.length} series in these serials (${groups.map((x) => x.series ?? '(no prefix)').join(', ')}), each estimated on its own: check that they are series and not misreadings`,
      );
    }
    series.push(estimate);
    if (outlier) outliers.push(outlier);
  }
  return {
    series,
    unparsed,
    duplicates,
    outliers,
    assumptions: {
      level: o.level,
      start: o.start,
      prior: o.prior,
      priorStated: statePrior(o.prior),
      lagDays: o.lagDays,
      lagStated: statedLag(o.lagDays),
      outlierLevel: o.outlierLevel,
      sampling: SAMPLING,
    },
  };
}
