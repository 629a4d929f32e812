// The rules that turn ranked scores into a decision. "Unknown" is a finding, not a failure: the
// machine names a variant only when the evidence is broad enough, the score high enough and the lead
// over the runner-up clear, and says which of these failed.
import { decimal, percent } from './attribution.explain.ts';
import type { AttributionDecision, AttributionThresholds, VariantScore } from './attribution.result.ts';

export const DEFAULT_THRESHOLDS: AttributionThresholds = { minScore: 0.5, minCoverage: 0.5, minMargin: 0.15 };

// Scores are sums of float shares: 0.6 − 0.45 must meet a margin of 0.15.
const EPSILON = 1e-9;

const unknown = (rule: AttributionDecision['rule'], reason: string): AttributionDecision => ({
  variantId: 'unknown',
  rule,
  reason,
});

/** `ranked` is best first; `noProfile` says why there is nothing to rank when it is empty. */
export function decide(
  ranked: readonly VariantScore[],
  thresholds: AttributionThresholds,
  noProfile: string,
): AttributionDecision {
  const [best, runnerUp] = ranked;
  if (!best) return unknown('no_profile', noProfile);
  // Coverage first: with little evidence the score is low too, and "too little evidence" is the reason.
  if (best.coverage + EPSILON < thresholds.minCoverage) {
    return unknown(
      'low_coverage',
      `The evidence covers ${percent(best.coverage)} of the profile of the best candidate, ${best.name}; ` +
        `at least ${percent(thresholds.minCoverage)} is needed.`,
    );
  }
  if (best.score + EPSILON < best.minScore) {
    return unknown(
      'low_score',
      `The best candidate, ${best.name}, scores ${decimal(best.score)}, under the ${decimal(best.minScore)} it needs.`,
    );
  }
  if (runnerUp && best.score - runnerUp.score + EPSILON < thresholds.minMargin) {
    return unknown(
      'narrow_margin',
      `${best.name} (${decimal(best.score)}) leads ${runnerUp.name} (${decimal(runnerUp.score)}) by ` +
        `${decimal(best.score - runnerUp.score)}, under the margin of ${decimal(thresholds.minMargin)} needed.`,
    );
  }
  const lead = runnerUp
    ? `, ${decimal(best.score - runnerUp.score)} ahead of ${runnerUp.name}`
    : ', the only variant compared';
  return {
    variantId: best.variantId,
    rule: 'decided',
    reason:
      `${best.name} scores ${decimal(best.score)} (needs ${decimal(best.minScore)}) with evidence on ` +
      `${percent(best.coverage)} of its profile${lead}.`,
  };
}
