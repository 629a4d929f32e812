// Attribution: variant profiles as data (weighted diagnostic features of each known design variant)
// and a scored, explained reading of which variant, and which producer, a recovered item is, from the
// evidence already recorded; "unknown" when that evidence does not decide it.
export { DEFAULT_THRESHOLDS } from './attribution.decide.ts';
export { explainAttribution } from './attribution.explain.ts';
export type { ComponentEvidence, ItemEvidence } from './attribution.item.ts';
export {
  DesignationMarkedFeature,
  DiagnosticFeature,
  type DiagnosticFeatureInput,
  type FeatureKind,
  featureKinds,
  MakerPresentFeature,
  MarkingScriptFeature,
  PartPresentFeature,
  SerialPatternFeature,
  TagFeature,
} from './attribution.kinds.ts';
export { PROFILE_DOCUMENT_MAX_LENGTH, parseVariantProfiles } from './attribution.parse.ts';
export { PATTERN_MAX_LENGTH, patternProblem } from './attribution.pattern.ts';
export { VariantProfile, VariantProfileDocument } from './attribution.profile.ts';
export { ProfileStore, type ProfilesLoaded } from './attribution.profiles.ts';
export { AttributionRepository } from './attribution.repository.ts';
export {
  Attribution,
  AttributionDecision,
  AttributionThresholds,
  decisionRules,
  FeatureOutcome,
  type FeatureOutcomeKind,
  featureOutcomes,
  VariantScore,
} from './attribution.result.ts';
export { registerAttributionRoutes } from './attribution.routes.ts';
export {
  CaseAttributionFilter,
  CaseAttributionRow,
  CaseAttributions,
  confidences,
  DecisionInput,
  EffectiveAttribution,
  HumanAttribution,
  ItemAttribution,
  ProfilesInForce,
  ProfilesSaved,
  ProfilesVersion,
} from './attribution.schema.ts';
export { attribute, rankVariants, scoreVariant } from './attribution.score.ts';
export { MAINLY as SCRIPT_MAINLY_SHARE, MIN_LETTERS as SCRIPT_MIN_LETTERS } from './attribution.script.ts';
export { AttributionService } from './attribution.service.ts';
