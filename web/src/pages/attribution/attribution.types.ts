// Shapes of the attribution answers (the server's src/attribution/attribution.schema.ts and
// attribution.result.ts): the variant profile document and its versions, an item's machine reading
// with its reasons, the human decision that overrides it, and a case's table of both.

export const featureKinds = [
  'serial_pattern',
  'part_present',
  'maker_present',
  'marking_script',
  'designation_marked',
  'tag',
] as const;
export type FeatureKind = (typeof featureKinds)[number];

/** One diagnostic feature as an analyst wrote it; the keys beside kind, weight, expect and label
 * depend on the kind (pattern, partNumber, makers, subsystem, category, script, scope, tag). */
export interface DiagnosticFeature {
  kind: FeatureKind;
  weight: number;
  expect: 'present' | 'absent';
  label: string;
  pattern?: string;
  partNumber?: string;
  makers?: string[];
  subsystem?: string;
  category?: string;
  script?: string;
  scope?: 'item' | 'components' | 'all';
  tag?: string;
}

export interface VariantProfile {
  id: string;
  name: string;
  designation: string;
  producer?: string;
  description: string;
  sources?: string[];
  minScore?: number;
  features: DiagnosticFeature[];
}

export interface VariantProfileDocument {
  label?: string;
  variants: VariantProfile[];
}

export interface ProfilesVersion {
  version: number;
  format: 'yaml' | 'json';
  sha256: string;
  variants: number;
  label: string | null;
  savedBy: string;
  savedAt: string;
}

export interface ProfilesInForce {
  version: ProfilesVersion | null;
  text: string | null;
  document: VariantProfileDocument | null;
}

export interface ProfilesSaved {
  created: boolean;
  version: ProfilesVersion;
}

export type FeatureOutcomeKind = 'matched' | 'contradicted' | 'unobserved';

export interface FeatureOutcome {
  index: number;
  kind: FeatureKind;
  label: string;
  expect: 'present' | 'absent';
  weight: number;
  outcome: FeatureOutcomeKind;
  /** Signed share of the profile's weight: +w/W matched, −w/W contradicted, 0 unobserved. */
  contribution: number;
  explanation: string;
}

export interface VariantScore {
  variantId: string;
  name: string;
  designation: string;
  producer?: string;
  score: number;
  coverage: number;
  minScore: number;
  features: FeatureOutcome[];
}

export const decisionRules = ['decided', 'no_profile', 'low_coverage', 'low_score', 'narrow_margin'] as const;
export type DecisionRule = (typeof decisionRules)[number];

export interface MachineAttribution {
  itemId: number | string;
  compared: string;
  ranked: VariantScore[];
  best?: VariantScore;
  decision: { variantId: string; rule: DecisionRule; reason: string };
  thresholds: { minScore: number; minCoverage: number; minMargin: number };
}

export const confidences = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof confidences)[number];

export interface HumanAttribution {
  id: number;
  itemId: number;
  caseId: number;
  variantId: string;
  variantName: string | null;
  confidence: Confidence;
  /** Withheld (null) from the published view. */
  basis: string | null;
  /** Withheld (null) from the published view. */
  decidedBy: string | null;
  /** Cut to the month in the published view. */
  decidedAt: string;
  profilesVersion: number | null;
  machine: { variantId: string; score: number | null; rule: DecisionRule };
}

export interface EffectiveAttribution {
  variantId: string;
  name: string | null;
  producer: string | null;
  source: 'human' | 'machine';
  confidence: Confidence | null;
}

export interface ItemAttribution {
  itemId: number;
  caseId: number;
  profilesVersion: number | null;
  machine: MachineAttribution;
  human: HumanAttribution | null;
  effective: EffectiveAttribution;
}

export interface CaseAttributionRow {
  itemId: number;
  caseId: number;
  externalRef: string | null;
  designationMarked: string | null;
  designationAssessed: string | null;
  serialNumber: string | null;
  machine: {
    variantId: string;
    best: { variantId: string; name: string; score: number; coverage: number } | null;
    rule: DecisionRule;
    reason: string;
  };
  human: HumanAttribution | null;
  effective: EffectiveAttribution;
}

export interface CaseAttributions {
  caseId: number;
  profilesVersion: number | null;
  total: number;
  limit: number;
  offset: number;
  rows: CaseAttributionRow[];
  variants: { variantId: string; name: string; designation: string; producer: string | null }[];
}
