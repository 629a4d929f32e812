// Scoring an item against variant profiles. Each feature's weight is its share of the profile's total
// weight: a match adds it, a contradiction takes it away, an unobserved feature adds nothing and stays
// in the total. So missing evidence can never look like a match: an item on which little was recorded
// scores low and its coverage (the share of the profile it gave evidence on) says why.
import { DEFAULT_THRESHOLDS, decide } from './attribution.decide.ts';
import { outcomeSentence } from './attribution.explain.ts';
import { readFeature } from './attribution.features.ts';
import type { ItemEvidence } from './attribution.item.ts';
import { designationKey } from './attribution.normalize.ts';
import type { VariantProfile } from './attribution.profile.ts';
import type {
  Attribution,
  AttributionThresholds,
  FeatureOutcome,
  FeatureOutcomeKind,
  VariantScore,
} from './attribution.result.ts';

const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

export function scoreVariant(
  item: ItemEvidence,
  profile: VariantProfile,
  defaultMinScore = DEFAULT_THRESHOLDS.minScore,
): VariantScore {
  const total = profile.features.reduce((sum, f) => sum + f.weight, 0);
  let matched = 0;
  let contradicted = 0;
  const features = profile.features.map((f, index): FeatureOutcome => {
    const reading = readFeature(f, item);
    const agrees = reading.observed && reading.present === (f.expect === 'present');
    const outcome: FeatureOutcomeKind = !reading.observed
      ? 'unobserved'
      : agrees
        ? 'matched'
        : 'contradicted';
    if (outcome === 'matched') matched += f.weight;
    if (outcome === 'contradicted') contradicted += f.weight;
    const contribution = outcome === 'unobserved' ? 0 : (agrees ? f.weight : -f.weight) / total;
    return {
      index,
      kind: f.kind,
      label: f.label,
      expect: f.expect,
      weight: f.weight,
      outcome,
      contribution,
      explanation: outcomeSentence(reading.fact, outcome, contribution, f.expect),
    };
  });
  return {
    variantId: profile.id,
    name: profile.name,
    designation: profile.designation,
    ...(profile.producer === undefined ? {} : { producer: profile.producer }),
    score: clamp01((matched - contradicted) / total),
    coverage: clamp01((matched + contradicted) / total),
    minScore: profile.minScore ?? defaultMinScore,
    features,
  };
}

/** Best first; ties broken by coverage, then by id, so that the same input always ranks the same. */
export function rankVariants(scores: readonly VariantScore[]): VariantScore[] {
  return [...scores].sort(
    (a, b) =>
      b.score - a.score ||
      b.coverage - a.coverage ||
      (a.variantId < b.variantId ? -1 : a.variantId > b.variantId ? 1 : 0),
  );
}

/**
 * An item with an assessed designation is compared with that designation's variants only: telling
 * the family apart is the analyst's assessment, not this scorer's. Without one, with every variant.
 */
function comparedProfiles(item: ItemEvidence, profiles: readonly VariantProfile[]) {
  const assessed = item.designationAssessed?.trim();
  if (!assessed) {
    return { profiles, compared: 'all variant profiles (no assessed designation recorded)', none: '' };
  }
  const key = designationKey(assessed);
  return {
    profiles: profiles.filter((p) => designationKey(p.designation) === key),
    compared: `the variant profiles of the assessed designation ${assessed}`,
    none: `No variant profile describes the assessed designation ${assessed}.`,
  };
}

export function attribute(
  item: ItemEvidence,
  profiles: readonly VariantProfile[],
  thresholds: Partial<AttributionThresholds> = {},
): Attribution {
  const t = { ...DEFAULT_THRESHOLDS, ...thresholds };
  const chosen = comparedProfiles(item, profiles);
  const ranked = rankVariants(chosen.profiles.map((p) => scoreVariant(item, p, t.minScore)));
  const none = chosen.none || 'There are no variant profiles to compare with.';
  return {
    itemId: item.id,
    compared: chosen.compared,
    ranked,
    ...(ranked[0] ? { best: ranked[0] } : {}),
    decision: decide(ranked, t, none),
    thresholds: t,
  };
}
