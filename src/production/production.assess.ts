// One series, every estimate: the classic count (or the span when the start is unknown), the Bayesian
// posterior, the checks on the largest and smallest serials, production by past dates and the
// declared target. Each part answers or says why not, and the notes carry every caveat to the reader.
import { type BayesEstimate, bayesEstimate } from './production.bayes.ts';
import { dayNumber } from './production.dates.ts';
import type { ResolvedOptions } from './production.options.ts';
import { largestGap, startAboveOne } from './production.outliers.ts';
import { type DatedSerial, type PastProduction, pastProduction } from './production.rate.ts';
import type { SerialSeries } from './production.series.ts';
import { type SpanEstimate, spanEstimate } from './production.span.ts';
import { round, type TankEstimate, tankEstimate } from './production.tank.ts';
import { assessTarget, type TargetAssessment } from './production.target.ts';
import type { Interval, OutlierSerial, Refusal } from './production.types.ts';

export interface SeriesEstimate {
  series: string | null;
  k: number;
  min: number;
  max: number;
  /** How many were made; null only when the start is unknown and one serial was seen (a note says so). */
  estimate: number | null;
  interval: Interval | null;
  bayes: BayesEstimate | Refusal;
  span?: SpanEstimate | Refusal;
  rate?: PastProduction | Refusal;
  /** One per declared target of the options, in their order. */
  targets?: (TargetAssessment | Refusal)[];
  notes: string[];
}

const FROM_ONE =
  'the Bayesian estimate and the target need numbering from 1; with the start unknown only the span estimate is given';

export function assessSeries(
  group: SerialSeries,
  o: ResolvedOptions,
): { estimate: SeriesEstimate; outlier?: OutlierSerial } {
  const raw = group.serials.map((s) => s.number);
  const k = raw.length;
  const notes: string[] = [];
  if (group.repeats > 0)
    notes.push(
      `${group.repeats} observation(s) repeat a number already seen and are counted once (see duplicates)`,
    );
  // A serial 0 means numbering from 0: counting items 0..N−1 is the same model shifted by one.
  const shift = o.start === 'one' && raw[0] === 0 ? 1 : 0;
  if (shift)
    notes.push(
      'serial 0 was read: the series is taken as numbered from 0, and N counts the items 0 to N − 1',
    );
  const numbers = raw.map((n) => n + shift);
  const span = o.start === 'unknown' || k >= 2 ? spanEstimate(raw, o.level) : undefined;
  const main: TankEstimate | SpanEstimate | Refusal =
    o.start === 'one' ? tankEstimate(numbers, o.level) : (span as SpanEstimate | Refusal);
  if (main.ok) notes.push(...main.notes);
  else notes.push(`no estimate: ${main.reason}`);
  const estimate: SeriesEstimate = {
    series: group.series,
    k,
    min: raw[0],
    max: raw[k - 1],
    estimate: main.ok ? main.estimate : null,
    interval: main.ok ? main.interval : null,
    bayes:
      o.start === 'one'
        ? bayesEstimate(numbers[k - 1], k, o.prior, o.level)
        : { ok: false, reason: FROM_ONE },
    ...(span ? { span } : {}),
    notes,
  };
  const outlier = checkLargest(group, numbers, o, notes);
  if (o.start === 'one') checkSmallest(numbers, span, o, notes);
  const dated = datedSerials(group, shift, o, notes);
  if (dated.length > 0) estimate.rate = pastProduction(dated, o);
  if (o.targets.length > 0) {
    estimate.targets = o.targets.map((t) =>
      o.start === 'one' ? assessTarget(dated, t, o) : { ok: false, reason: FROM_ONE },
    );
  }
  return outlier ? { estimate, outlier } : { estimate };
}

function checkLargest(
  group: SerialSeries,
  numbers: number[],
  o: ResolvedOptions,
  notes: string[],
): OutlierSerial | undefined {
  const gap = largestGap(numbers, o.start);
  if (!gap || gap.pValue >= o.outlierLevel) return undefined;
  const shift = numbers[0] - group.serials[0].number;
  const k = numbers.length;
  const rest = numbers.slice(0, -1);
  const without = o.start === 'one' ? tankEstimate(rest, o.level) : spanEstimate(rest, o.level);
  const instead = without.ok ? `; without it the estimate would be ${round(without.estimate, 6)}` : '';
  notes.push(
    `serial ${gap.number - shift} lies far above the next (${gap.nextLargest - shift}): under uniform sampling a gap this large has probability ${round(gap.pValue, 2)} (< ${o.outlierLevel}). It is kept${instead}. Check its reading and its series`,
  );
  const seen = group.serials[k - 1];
  return {
    series: group.series,
    number: gap.number - shift,
    nextLargest: gap.nextLargest - shift,
    pValue: gap.pValue,
    level: o.outlierLevel,
    observations: [seen.id === undefined ? { index: seen.index } : { index: seen.index, id: seen.id }],
  };
}

function checkSmallest(
  numbers: number[],
  span: SpanEstimate | Refusal | undefined,
  o: ResolvedOptions,
  notes: string[],
): void {
  const p = startAboveOne(numbers);
  if (p === null || p >= o.outlierLevel) return;
  const alt = span?.ok
    ? ` (the span estimate, start unknown: ${round(span.estimate, 6)}, interval ${span.interval.low}–${span.interval.high})`
    : '';
  notes.push(
    `the smallest serial ${numbers[0]} is higher than numbering from 1 makes plausible (probability ${round(p, 2)} < ${o.outlierLevel}): if this series starts elsewhere, estimate it with the start unknown${alt}`,
  );
}

function datedSerials(
  group: SerialSeries,
  shift: number,
  o: ResolvedOptions,
  notes: string[],
): DatedSerial[] {
  const dated: DatedSerial[] = [];
  const unreadable: string[] = [];
  let undated = 0;
  for (const s of group.serials) {
    if (s.recoveredOn === undefined) undated++;
    else {
      const day = dayNumber(s.recoveredOn);
      if (day === null) unreadable.push(`#${s.index}${s.id ? ` (${s.id})` : ''} "${s.recoveredOn}"`);
      else dated.push({ number: s.number + shift, recoveredDay: day });
    }
  }
  if (unreadable.length > 0)
    notes.push(`unreadable recovery date(s), left out of the figures by date: ${unreadable.join(', ')}`);
  if (undated > 0 && dated.length > 0)
    notes.push(`${undated} serial(s) without a recovery date are left out of the figures by date`);
  if (o.targets.length > 0 && dated.length === 0)
    notes.push('no serial has a recovery date: the target cannot be assessed');
  return dated;
}
