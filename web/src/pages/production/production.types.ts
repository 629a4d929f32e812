// Shapes of the production answers (the server's src/estimates/estimates.schema.ts, built on the
// production core's src/production/): the designations, one designation's assessment with every
// estimate per series, the serial patterns and the declared targets.

export interface Designation {
  designation: string;
  items: number;
  withSerial: number;
  cases: number;
  pattern: string | null;
}

export interface Interval {
  low: number;
  high: number | null;
  level: number;
  method: string;
}

export interface Refusal {
  ok: false;
  reason: string;
}

export type PriorKind = 'inverse' | 'flat' | 'uniform';
export interface Prior {
  kind: PriorKind;
  max?: number;
}

export interface Bayes {
  ok: true;
  prior: Prior;
  priorStated: string;
  k: number;
  max: number;
  mean: number | null;
  median: number;
  mode: number;
  equalTailed: Interval;
  highestDensity: Interval;
  density: { n: number; p: number }[];
  truncatedAt: number | null;
  notes: string[];
}

export interface Span {
  ok: true;
  k: number;
  min: number;
  max: number;
  range: number;
  estimate: number;
  interval: Interval;
  start: { estimate: number; low: number; high: number; level: number };
  notes: string[];
}

export interface Rate {
  from: string;
  to: string;
  perMonth: number;
  interval: Interval;
}

export interface PastPoint {
  date: string;
  k: number;
  max: number;
  estimate: number;
  interval: Interval;
}

export interface Past {
  ok: true;
  lagDays: number;
  lagStated: string;
  points: PastPoint[];
  rates: Rate[];
  overall: Rate | null;
  notes: string[];
}

export interface SeriesEstimate {
  series: string | null;
  k: number;
  min: number;
  max: number;
  estimate: number | null;
  interval: Interval | null;
  bayes: Bayes | Refusal;
  span?: Span | Refusal;
  rate?: Past | Refusal;
  notes: string[];
}

export interface Observation {
  itemId: number;
  caseId: number;
  serial: string;
  recoveredOn: string | null;
  series: string | null;
  number: number | null;
  problem: string | null;
}

export interface ProductionTarget {
  id: number;
  designation: string;
  series: string | null;
  units: number;
  by: string;
  source: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface TargetAssessment {
  ok: true;
  target: { units: number; by: string };
  evaluatedOn: string;
  coversTargetDate: boolean;
  k: number;
  max: number;
  probability: number;
  prior: Prior;
  priorStated: string;
  lagDays: number;
  notes: string[];
}

export interface ProductionAssessment {
  designation: string;
  caseId: number | null;
  pattern: string | null;
  observations: Observation[];
  series: SeriesEstimate[];
  unparsed: { itemId: number; serial: string; reason: string }[];
  duplicates: { series: string | null; number: number; itemIds: number[] }[];
  outliers: {
    series: string | null;
    number: number;
    nextLargest: number;
    pValue: number;
    level: number;
    itemIds: number[];
  }[];
  assumptions: {
    level: number;
    start: 'one' | 'unknown';
    prior: Prior;
    priorStated: string;
    lagDays: number;
    lagStated: string;
    outlierLevel: number;
    sampling: string;
  };
  targets: {
    target: ProductionTarget;
    series: { series: string | null; assessment: TargetAssessment | Refusal }[];
  }[];
  notes: string[];
}

export interface SerialPattern {
  id: number;
  designation: string;
  pattern: string;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** What the page asks the API for, as the address holds it. */
export interface ProductionParams {
  designation: string;
  caseId?: number;
  level: number;
  lagDays: number;
  prior: PriorKind;
  priorMax?: number;
  start: 'one' | 'unknown';
}
