// Production: how many items of a series had been made up to now, estimated from the serial numbers
// read on recovered items (German tank problem, frequentist and Bayesian), by past dates and against
// a declared target. Pure functions; no forecast of future production.
export type { SeriesEstimate } from './production.assess.ts';
export { type BayesEstimate, bayesEstimate, statePrior } from './production.bayes.ts';
export { estimateProduction, type ProductionReport } from './production.estimate.ts';
export { DEFAULTS, type ProductionOptions } from './production.options.ts';
export { type GapTest, largestGap, startAboveOne } from './production.outliers.ts';
export {
  type DatedSerial,
  type PastProduction,
  type ProductionByDate,
  type ProductionRate,
  pastProduction,
} from './production.rate.ts';
export {
  canonicalSerial,
  canonicalSeries,
  DEFAULT_SERIAL_PATTERN,
  parseSerial,
  serialPattern,
} from './production.serials.ts';
export { type SpanEstimate, spanEstimate } from './production.span.ts';
export { probabilityMaxAtMost, type TankEstimate, tankEstimate, tankUpperBound } from './production.tank.ts';
export { assessTarget, type TargetAssessment } from './production.target.ts';
export type * from './production.types.ts';
