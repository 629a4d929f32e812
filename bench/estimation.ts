// `npm run bench -- estimation`: how the production estimates behave when their model is wrong. The
// tests prove the 90% intervals hold when serials are a uniform draw from 1..N; here the recovered
// items are drawn the way they may be in the field instead (production growing while items are lost,
// recovery lags other than the one assumed, one region's batch over-represented) and the coverage and
// bias of the estimates are measured on seeded simulations. A report, not a test: nothing is asserted.
import { performance } from 'node:perf_hooks';
import {
  bayesEstimate,
  type DatedSerial,
  type Prior,
  pastProduction,
  tankEstimate,
} from '../src/production/index.ts';
import { seededUniform, type Uniform, uniformInt } from '../src/production/production.simulate.ts';
import { describeLoad, describeMachine, LoadMonitor, machine } from './lib/machine.ts';
import { log, saveResult } from './lib/report.ts';
import { fmt, median, table } from './lib/stats.ts';

const LEVEL = 0.9;
const ASSUMED_LAG = 30;
const MADE = 2000;
const DAYS = 730;
/** Items are recovered from day 120 on, once there is stock to lose. */
const FIRST_RECOVERY = 120;
const REPS = 1000;
const COUNTS = [10, 30];
const PRIOR: Prior = { kind: 'inverse' };
const DAY0 = Date.UTC(2024, 0, 1) / 86_400_000;
/** The end of the period observed: "now" for the scenarios in time. */
const NOW = DAY0 + DAYS;

/** One simulated case file: the serials read, when their items were recovered, and the truth. */
interface Dataset {
  serials: number[];
  /** The number made by the date the overall estimate speaks for. */
  truth: number;
  dated?: DatedSerial[];
  /** Made by a given day (days since 1970), for the estimates by month end. */
  madeBy?: (day: number) => number;
}

interface Scenario {
  key: string;
  what: string;
  draw: (u: Uniform, k: number) => Dataset;
}

/** k distinct serials, each drawn by `pick` (which may repeat: repeats are drawn again). */
function distinct(k: number, pick: () => number): number[] {
  const seen = new Set<number>();
  while (seen.size < k) seen.add(pick());
  return [...seen];
}

/** Uniform over all MADE, except that a share `weight` of the items comes from `lo..hi`. */
function region(lo: number, hi: number, weight: number): Scenario['draw'] {
  return (u, k) => ({
    serials: distinct(k, () => (u() < weight ? uniformInt(u, lo, hi) : uniformInt(u, 1, MADE))),
    truth: MADE,
  });
}

/**
 * Production with cumulative `made(t)` over DAYS; items recovered on uniform days, each a uniform draw
 * from what had been made `lag()` days before its recovery and not yet recovered.
 */
function overTime(made: (t: number) => number, lag: (u: Uniform) => number): Scenario['draw'] {
  const madeBy = (day: number) => Math.max(0, Math.floor(made(Math.min(DAYS, day - DAY0))));
  return (u, k) => {
    const seen = new Set<number>();
    const dated: DatedSerial[] = [];
    while (dated.length < k) {
      const t = uniformInt(u, FIRST_RECOVERY, DAYS);
      const stock = Math.floor(made(t - lag(u)));
      if (stock < 1) continue;
      const n = uniformInt(u, 1, stock);
      if (seen.has(n)) continue;
      seen.add(n);
      dated.push({ number: n, recoveredDay: DAY0 + t });
    }
    return { serials: [...seen], dated, madeBy, truth: madeBy(NOW - ASSUMED_LAG) };
  };
}

/**
 * Production at a constant rate over DAYS; each item made is recovered `lag()` days after it was made,
 * and the k items are a uniform draw from those recovered by day DAYS. With a fixed lag equal to the
 * one assumed, this is the model the estimates by date assume; other lags measure the assumption.
 */
function delayed(lag: (u: Uniform) => number): Scenario['draw'] {
  const madeBy = (day: number) => Math.max(0, Math.min(MADE, Math.floor(linear(day - DAY0))));
  return (u, k) => {
    const seen = new Set<number>();
    const dated: DatedSerial[] = [];
    while (dated.length < k) {
      const n = uniformInt(u, 1, MADE);
      // Serial n is the n-th made: on the day its number was reached.
      const recovered = Math.ceil((n * DAYS) / MADE + lag(u));
      if (recovered > DAYS || seen.has(n)) continue;
      seen.add(n);
      dated.push({ number: n, recoveredDay: DAY0 + recovered });
    }
    return { serials: [...seen], dated, madeBy, truth: madeBy(NOW - ASSUMED_LAG) };
  };
}

const linear = (t: number) => (MADE * Math.max(0, t)) / DAYS;
const exponential = (doublingDays: number) => {
  const r = Math.LN2 / doublingDays;
  return (t: number) => (MADE * Math.expm1(r * Math.max(0, t))) / Math.expm1(r * DAYS);
};
const exponentialLag = (mean: number) => (u: Uniform) => -mean * Math.log(1 - u());

const SCENARIOS: Scenario[] = [
  {
    key: 'well specified',
    what: `${MADE} made; recovered items a uniform draw from all of them`,
    draw: (u, k) => ({ serials: distinct(k, () => uniformInt(u, 1, MADE)), truth: MADE }),
  },
  {
    key: '(a) constant rate',
    what: `${MADE} made at a constant rate over ${DAYS} days; each item recovered (from day ${FIRST_RECOVERY} on) is a uniform draw from the stock made by 30 days before its recovery (the lag assumed), so older items, in the field longer, are more often found`,
    draw: overTime(linear, () => ASSUMED_LAG),
  },
  {
    key: '(a) growing rate',
    what: 'the same, the rate growing in proportion to time (cumulative ∝ t²)',
    draw: overTime(
      (t) => (MADE * Math.max(0, t) ** 2) / DAYS ** 2,
      () => ASSUMED_LAG,
    ),
  },
  {
    key: '(a) doubling rate',
    what: 'the same, the rate doubling every 120 days',
    draw: overTime(exponential(120), () => ASSUMED_LAG),
  },
  {
    key: '(b) lag as assumed',
    what: 'constant rate; every item recovered exactly 30 days after it was made (30 assumed): the model of the estimates by date',
    draw: delayed(() => ASSUMED_LAG),
  },
  {
    key: '(b) lag 7 days',
    what: 'the same, every item recovered 7 days after it was made (30 assumed)',
    draw: delayed(() => 7),
  },
  {
    key: '(b) lag shorter',
    what: 'the same, the lag exponential with mean 10 days (30 assumed)',
    draw: delayed(exponentialLag(10)),
  },
  {
    key: '(b) lag random',
    what: 'the same, the lag exponential with mean 30 days (30 assumed, right on average)',
    draw: delayed(exponentialLag(30)),
  },
  {
    key: '(b) lag longer',
    what: 'the same, the lag exponential with mean 120 days (30 assumed)',
    draw: delayed(exponentialLag(120)),
  },
  {
    key: '(c) early batch',
    what: `70% of items from serials 1–600 (a region supplied early), the rest from all ${MADE}`,
    draw: region(1, 600, 0.7),
  },
  { key: '(c) middle batch', what: '70% of items from serials 800–1200', draw: region(800, 1200, 0.7) },
  { key: '(c) late batch', what: `70% of items from serials 1400–${MADE}`, draw: region(1400, MADE, 0.7) },
  {
    key: '(c) half only',
    what: `every item from serials 1–1000: the region never received the rest of the ${MADE}`,
    draw: region(1, 1000, 1),
  },
];

interface Measures {
  classicCoverage: number;
  bayesCoverage: number;
  bayesEqualTailedCoverage: number;
  /** Median and mean of (N̂ − N)/N. */
  classicMedianError: number;
  classicMeanError: number;
  bayesMedianError: number;
  /** Over every month-end date of every replication (scenarios in time only). */
  byDateCoverage: number | null;
  byDateMedianError: number | null;
}

function measure(s: Scenario, k: number, seed: number): Measures {
  const u = seededUniform(seed);
  let classicHits = 0;
  let bayesHits = 0;
  let equalTailedHits = 0;
  const classicErrors: number[] = [];
  const bayesErrors: number[] = [];
  let datePoints = 0;
  let dateHits = 0;
  const dateErrors: number[] = [];
  for (let rep = 0; rep < REPS; rep++) {
    const d = s.draw(u, k);
    const t = tankEstimate(d.serials, LEVEL);
    if (!t.ok) throw new Error(t.reason);
    if (t.interval.low <= d.truth && d.truth <= t.interval.high) classicHits++;
    classicErrors.push((t.estimate - d.truth) / d.truth);
    const b = bayesEstimate(t.max, t.k, PRIOR, LEVEL);
    if (!b.ok) throw new Error(b.reason);
    if (d.truth >= t.max && d.truth <= b.highestDensity.high) bayesHits++;
    if (b.equalTailed.low <= d.truth && d.truth <= b.equalTailed.high) equalTailedHits++;
    bayesErrors.push((b.median - d.truth) / d.truth);
    if (d.dated && d.madeBy) {
      const r = pastProduction(d.dated, { lagDays: ASSUMED_LAG, level: LEVEL, start: 'one' });
      if (!r.ok) throw new Error(r.reason);
      // The last date is the last evidence date, set by the data itself (the largest serial is often the
      // one made then): only the month ends before it are fixed dates with a truth to compare.
      for (const p of r.points.slice(0, -1)) {
        const truth = d.madeBy(Date.parse(p.date) / 86_400_000);
        datePoints++;
        if (p.interval.low <= truth && truth <= p.interval.high) dateHits++;
        if (truth > 0) dateErrors.push((p.estimate - truth) / truth);
      }
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    classicCoverage: classicHits / REPS,
    bayesCoverage: bayesHits / REPS,
    bayesEqualTailedCoverage: equalTailedHits / REPS,
    classicMedianError: median(classicErrors),
    classicMeanError: mean(classicErrors),
    bayesMedianError: median(bayesErrors),
    byDateCoverage: datePoints ? dateHits / datePoints : null,
    byDateMedianError: dateErrors.length ? median(dateErrors) : null,
  };
}

/** The median over runs of each measure (null stays null). */
function medianOf(runs: Measures[]): Measures {
  const pick = (f: (m: Measures) => number | null) => {
    const xs = runs.map(f).filter((x): x is number => x !== null);
    return xs.length ? median(xs) : null;
  };
  return {
    classicCoverage: pick((m) => m.classicCoverage) as number,
    bayesCoverage: pick((m) => m.bayesCoverage) as number,
    bayesEqualTailedCoverage: pick((m) => m.bayesEqualTailedCoverage) as number,
    classicMedianError: pick((m) => m.classicMedianError) as number,
    classicMeanError: pick((m) => m.classicMeanError) as number,
    bayesMedianError: pick((m) => m.bayesMedianError) as number,
    byDateCoverage: pick((m) => m.byDateCoverage),
    byDateMedianError: pick((m) => m.byDateMedianError),
  };
}

const pct = (x: number | null) => (x === null ? '—' : `${fmt(x * 100, 1)}%`);
const signed = (x: number | null) =>
  x === null ? '—' : `${x >= 0 ? '+' : '−'}${fmt(Math.abs(x) * 100, 1)}%`;

export async function estimationBench(o: { runs: number; seed: number }): Promise<void> {
  const load = new LoadMonitor();
  const started = performance.now();
  const rows: { scenario: string; k: number; runs: Measures[]; median: Measures }[] = [];
  for (const s of SCENARIOS) {
    for (const k of COUNTS) {
      const runs: Measures[] = [];
      for (let r = 0; r < o.runs; r++)
        runs.push(measure(s, k, o.seed + 7919 * r + 104_729 * k + rows.length));
      rows.push({ scenario: s.key, k, runs, median: medianOf(runs) });
      log(`${s.key}, k = ${k}: classic coverage ${pct(rows[rows.length - 1].median.classicCoverage)}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    load: load.stop(),
    runs: o.runs,
    seed: o.seed,
    reps: REPS,
    seconds,
    rows,
  };
  const md = [
    `### \`npm run bench -- estimation --runs ${o.runs} --seed ${o.seed}\` (${result.date.slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    describeMachine(result.machine),
    '',
    `${describeLoad(result.load)}; ${fmt(seconds, 0)} s in all.`,
    '',
    `Each cell: the median over ${o.runs} seeded runs of ${REPS} simulated case files each. Nominal level 90% everywhere. ` +
      '"classic": the exact one-sided interval and the unbiased estimate m(1 + 1/k) − 1; "Bayes": the 1/N prior, its highest-density (HDI) and equal-tailed intervals and its ' +
      `posterior median. Overall estimand: for the scenarios in time, the number made by day ${DAYS - ASSUMED_LAG} (the end of the ${DAYS} days observed less the ${ASSUMED_LAG}-day lag assumed), ` +
      `estimated from every serial; all ${MADE} otherwise. "By month end": every month-end estimate of production.rate before the last evidence date, against the number truly made by that date.`,
    '',
    table(
      [
        'scenario',
        'k',
        'classic coverage',
        'Bayes HDI coverage',
        'Bayes equal-tailed coverage',
        'classic median error',
        'classic mean error',
        'Bayes median error',
        'by month end: coverage',
        'by month end: median error',
      ],
      rows.map((r) => [
        r.scenario,
        r.k,
        pct(r.median.classicCoverage),
        pct(r.median.bayesCoverage),
        pct(r.median.bayesEqualTailedCoverage),
        signed(r.median.classicMedianError),
        signed(r.median.classicMeanError),
        signed(r.median.bayesMedianError),
        pct(r.median.byDateCoverage),
        signed(r.median.byDateMedianError),
      ]),
    ),
    '',
    'Scenarios:',
    '',
    ...SCENARIOS.map((s) => `- ${s.key}: ${s.what}.`),
    '',
  ].join('\n');
  const file = saveResult('estimation', result, md);
  process.stdout.write(`${md}\n`);
  log(`saved ${file}`);
}
