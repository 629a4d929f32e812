// The API contract of production estimates from stored items: serial-number patterns per designation
// and declared targets (shared reference data), the designations a reader's cases hold, and the
// assessment of one designation's serials, with the production core's estimates as they come.
import { z } from 'zod';
import { isoDay } from '../evidence/index.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** One pattern per designation, however it is spelt: "Harrow-2" and "harrow-2" are one. */
export const designationKey = (designation: string): string =>
  designation.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export const PatternInput = z.object({
  /** A regular expression with the named groups `number` (the digits) and `series` (optional). */
  pattern: text(300),
  note: text(2000).nullish(),
});

export const SerialPattern = z.object({
  id: z.number().int(),
  designation: z.string(),
  pattern: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type SerialPattern = z.infer<typeof SerialPattern>;

export const TargetInput = z.object({
  designation: text(200),
  /** The series the claim is about ("HW2"); none: every series of the designation. */
  series: text(50).nullish(),
  units: z.number().int().min(1).max(100_000_000),
  by: isoDay,
  /** Where the claim was made: a citation. */
  source: text(2000),
  note: text(2000).nullish(),
});
export type TargetInput = z.input<typeof TargetInput>;

export const ProductionTarget = z.object({
  id: z.number().int(),
  designation: z.string(),
  series: z.string().nullable(),
  units: z.number().int(),
  by: z.string(),
  source: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type ProductionTarget = z.infer<typeof ProductionTarget>;

export const Designation = z.object({
  designation: z.string(),
  /** Live items of this assessed designation in the reader's cases. */
  items: z.number().int(),
  /** How many of them have a serial number recorded. */
  withSerial: z.number().int(),
  cases: z.number().int(),
  /** The designation's serial pattern; null: the default reading. */
  pattern: z.string().nullable(),
});
export type Designation = z.infer<typeof Designation>;

export const ProductionQuery = z.object({
  /** An assessed designation, as the designations list gives it. */
  designation: text(200),
  caseId: z.coerce.number().int().positive().optional(),
  level: z.coerce.number().optional(),
  lagDays: z.coerce.number().optional(),
  /** The prior of the Bayesian estimate: inverse (p(N) ∝ 1/N, the default), flat, or uniform up to priorMax. */
  prior: z.enum(['inverse', 'flat', 'uniform']).optional(),
  priorMax: z.coerce.number().optional(),
  /** Serials numbered from 1 (the default), or from an unknown start. */
  start: z.enum(['one', 'unknown']).optional(),
});
export type ProductionQuery = z.infer<typeof ProductionQuery>;

const Interval = z.object({
  low: z.number(),
  high: z.number().nullable(),
  level: z.number(),
  method: z.string(),
});
const Refusal = z.object({ ok: z.literal(false), reason: z.string() });
const Prior = z.object({ kind: z.enum(['inverse', 'flat', 'uniform']), max: z.number().optional() });

const Bayes = z.object({
  ok: z.literal(true),
  prior: Prior,
  priorStated: z.string(),
  k: z.number().int(),
  max: z.number(),
  mean: z.number().nullable(),
  median: z.number(),
  mode: z.number(),
  equalTailed: Interval,
  highestDensity: Interval,
  /** P(N = n) for a chart of the posterior. */
  density: z.array(z.object({ n: z.number(), p: z.number() })),
  truncatedAt: z.number().nullable(),
  notes: z.array(z.string()),
});
const Span = z.object({
  ok: z.literal(true),
  k: z.number().int(),
  min: z.number(),
  max: z.number(),
  range: z.number(),
  estimate: z.number(),
  interval: Interval,
  start: z.object({ estimate: z.number(), low: z.number(), high: z.number(), level: z.number() }),
  notes: z.array(z.string()),
});
const Rate = z.object({ from: z.string(), to: z.string(), perMonth: z.number(), interval: Interval });
const Past = z.object({
  ok: z.literal(true),
  lagDays: z.number(),
  lagStated: z.string(),
  /** Production by each past month end (and the last date), for the serial-against-date chart. */
  points: z.array(
    z.object({ date: z.string(), k: z.number(), max: z.number(), estimate: z.number(), interval: Interval }),
  ),
  rates: z.array(Rate),
  overall: Rate.nullable(),
  notes: z.array(z.string()),
});
export const TargetAssessment = z.object({
  ok: z.literal(true),
  target: z.object({ units: z.number(), by: z.string() }),
  evaluatedOn: z.string(),
  coversTargetDate: z.boolean(),
  k: z.number(),
  max: z.number(),
  /** P(at least `units` had been made by `evaluatedOn`). */
  probability: z.number(),
  prior: Prior,
  priorStated: z.string(),
  lagDays: z.number(),
  notes: z.array(z.string()),
});

export const SeriesEstimate = z.object({
  series: z.string().nullable(),
  k: z.number().int(),
  min: z.number(),
  max: z.number(),
  estimate: z.number().nullable(),
  interval: Interval.nullable(),
  bayes: z.union([Bayes, Refusal]),
  span: z.union([Span, Refusal]).optional(),
  rate: z.union([Past, Refusal]).optional(),
  notes: z.array(z.string()),
});

export const Observation = z.object({
  itemId: z.number().int(),
  caseId: z.number().int(),
  /** As recorded on the item. */
  serial: z.string(),
  /** The recovery day (the first of the month for a case read in its published form). */
  recoveredOn: z.string().nullable(),
  series: z.string().nullable(),
  number: z.number().nullable(),
  /** Why the serial could not be read; null when it was. */
  problem: z.string().nullable(),
});

export const ProductionAssessment = z.object({
  designation: z.string(),
  caseId: z.number().int().nullable(),
  /** The designation's pattern; null: the default reading ([series][separator]digits). */
  pattern: z.string().nullable(),
  observations: z.array(Observation),
  series: z.array(SeriesEstimate),
  unparsed: z.array(z.object({ itemId: z.number().int(), serial: z.string(), reason: z.string() })),
  duplicates: z.array(
    z.object({ series: z.string().nullable(), number: z.number(), itemIds: z.array(z.number().int()) }),
  ),
  outliers: z.array(
    z.object({
      series: z.string().nullable(),
      number: z.number(),
      nextLargest: z.number(),
      pValue: z.number(),
      level: z.number(),
      itemIds: z.array(z.number().int()),
    }),
  ),
  assumptions: z.object({
    level: z.number(),
    start: z.enum(['one', 'unknown']),
    prior: Prior,
    priorStated: z.string(),
    lagDays: z.number(),
    lagStated: z.string(),
    outlierLevel: z.number(),
    sampling: z.string(),
  }),
  /** The declared targets of the designation (signed-in readers only), each with the probability, per
   * series it is about, that it was met. */
  targets: z.array(
    z.object({
      target: ProductionTarget,
      series: z.array(
        z.object({ series: z.string().nullable(), assessment: z.union([TargetAssessment, Refusal]) }),
      ),
    }),
  ),
  notes: z.array(z.string()),
});
export type ProductionAssessment = z.infer<typeof ProductionAssessment>;
