// What an attribution says, as zod schemas so that the API and the reports describe the same shape:
// every feature's outcome and contribution, each variant's score and coverage, and the decision with
// the rule that made it.
import { z } from 'zod';
import { featureKinds } from './attribution.kinds.ts';

/** matched: evidence agrees; contradicted: evidence disagrees; unobserved: no evidence either way. */
export const featureOutcomes = ['matched', 'contradicted', 'unobserved'] as const;
export type FeatureOutcomeKind = (typeof featureOutcomes)[number];

export const FeatureOutcome = z.object({
  /** Position of the feature in its profile. */
  index: z.number().int(),
  kind: z.enum(featureKinds),
  label: z.string(),
  expect: z.enum(['present', 'absent']),
  weight: z.number(),
  outcome: z.enum(featureOutcomes),
  /** Signed share of the profile's total weight: +w/W matched, −w/W contradicted, 0 unobserved. */
  contribution: z.number(),
  /** What was seen, in words a reviewer can check against the record. */
  explanation: z.string(),
});
export type FeatureOutcome = z.output<typeof FeatureOutcome>;

export const VariantScore = z.object({
  variantId: z.string(),
  name: z.string(),
  designation: z.string(),
  producer: z.string().optional(),
  /** The sum of the contributions, floored at 0: in [0, 1]. */
  score: z.number(),
  /** Share of the profile's weight on which the item gave evidence either way, in [0, 1]. */
  coverage: z.number(),
  /** The score this variant needs to be named (its own minScore, else the default). */
  minScore: z.number(),
  features: z.array(FeatureOutcome),
});
export type VariantScore = z.output<typeof VariantScore>;

export const decisionRules = ['decided', 'no_profile', 'low_coverage', 'low_score', 'narrow_margin'] as const;

export const AttributionDecision = z.object({
  variantId: z.string(),
  rule: z.enum(decisionRules),
  reason: z.string(),
});
export type AttributionDecision = z.output<typeof AttributionDecision>;

export const AttributionThresholds = z.object({
  /** The score a variant needs when its profile sets no minScore. */
  minScore: z.number().min(0).max(1),
  /** The share of the best profile's weight the evidence must cover. */
  minCoverage: z.number().min(0).max(1),
  /** How far the best score must lead the runner-up's. */
  minMargin: z.number().min(0).max(1),
});
export type AttributionThresholds = z.output<typeof AttributionThresholds>;

export const Attribution = z.object({
  itemId: z.union([z.number(), z.string()]),
  /** Which profiles were compared, in words: those of the assessed designation, or all of them. */
  compared: z.string(),
  /** Best first. */
  ranked: z.array(VariantScore),
  best: VariantScore.optional(),
  decision: AttributionDecision,
  thresholds: AttributionThresholds,
});
export type Attribution = z.output<typeof Attribution>;
