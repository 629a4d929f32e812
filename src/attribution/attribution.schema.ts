// The API contract of attribution as stored: the versions of the profile document, a human decision and
// what an item's attribution answers (the machine's reading, the human decision, the one in force), and
// the rows of a case's attribution table.
import { z } from 'zod';
import { VariantProfileDocument } from './attribution.profile.ts';
import { Attribution, decisionRules } from './attribution.result.ts';

export const confidences = ['low', 'medium', 'high'] as const;

export const ProfilesVersion = z.object({
  version: z.number().int(),
  format: z.enum(['yaml', 'json']),
  sha256: z.string(),
  variants: z.number().int(),
  label: z.string().nullable(),
  savedBy: z.string(),
  savedAt: z.string(),
});
export type ProfilesVersion = z.infer<typeof ProfilesVersion>;

export const ProfilesInForce = z.object({
  /** Null until a document has been saved. */
  version: ProfilesVersion.nullable(),
  /** The document exactly as saved (YAML or JSON). */
  text: z.string().nullable(),
  document: VariantProfileDocument.nullable(),
});
export type ProfilesInForce = z.infer<typeof ProfilesInForce>;

export const ProfilesInput = z.object({
  /** The whole document, YAML or JSON (JSON is read as YAML, which it is a subset of). */
  text: z.string().min(1).max(2_000_000),
});

export const ProfilesSaved = z.object({
  /** False when the text was the same as the version in force: no new version was made. */
  created: z.boolean(),
  version: ProfilesVersion,
});
export type ProfilesSaved = z.infer<typeof ProfilesSaved>;

export const DecisionInput = z.object({
  /** A variant id of the profiles in force, or "unknown". */
  variantId: z.string().trim().min(1).max(64),
  basis: z.string().trim().min(1).max(4000),
  confidence: z.enum(confidences),
});
export type DecisionInput = z.input<typeof DecisionInput>;

/** The machine's reading a human decision was made against. */
const MachineReading = z.object({
  variantId: z.string(),
  /** The best candidate's score; null when no profile was compared. */
  score: z.number().nullable(),
  rule: z.enum(decisionRules),
});

export const HumanAttribution = z.object({
  id: z.number().int(),
  itemId: z.number().int(),
  caseId: z.number().int(),
  variantId: z.string(),
  variantName: z.string().nullable(),
  confidence: z.enum(confidences),
  /** Withheld (null) from the published view. */
  basis: z.string().nullable(),
  /** Withheld (null) from the published view. */
  decidedBy: z.string().nullable(),
  /** Cut to the month in the published view. */
  decidedAt: z.string(),
  profilesVersion: z.number().int().nullable(),
  machine: MachineReading,
});
export type HumanAttribution = z.infer<typeof HumanAttribution>;

/** The attribution in force: the human decision where there is one, else the machine's. */
export const EffectiveAttribution = z.object({
  variantId: z.string(),
  name: z.string().nullable(),
  producer: z.string().nullable(),
  source: z.enum(['human', 'machine']),
  /** The human's confidence; null for the machine's reading (its score says how sure it is). */
  confidence: z.enum(confidences).nullable(),
});
export type EffectiveAttribution = z.infer<typeof EffectiveAttribution>;

export const ItemAttribution = z.object({
  itemId: z.number().int(),
  caseId: z.number().int(),
  profilesVersion: z.number().int().nullable(),
  machine: Attribution,
  human: HumanAttribution.nullable(),
  effective: EffectiveAttribution,
});
export type ItemAttribution = z.infer<typeof ItemAttribution>;

export const CaseAttributionRow = z.object({
  itemId: z.number().int(),
  caseId: z.number().int(),
  externalRef: z.string().nullable(),
  designationMarked: z.string().nullable(),
  designationAssessed: z.string().nullable(),
  serialNumber: z.string().nullable(),
  machine: z.object({
    variantId: z.string(),
    /** The best candidate, named or not. */
    best: z
      .object({ variantId: z.string(), name: z.string(), score: z.number(), coverage: z.number() })
      .nullable(),
    rule: z.enum(decisionRules),
    reason: z.string(),
  }),
  human: HumanAttribution.nullable(),
  effective: EffectiveAttribution,
});
export type CaseAttributionRow = z.infer<typeof CaseAttributionRow>;

export const CaseAttributions = z.object({
  caseId: z.number().int(),
  profilesVersion: z.number().int().nullable(),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  rows: z.array(CaseAttributionRow),
  /** The variants of the profiles in force, for a legend or a filter. */
  variants: z.array(
    z.object({
      variantId: z.string(),
      name: z.string(),
      designation: z.string(),
      producer: z.string().nullable(),
    }),
  ),
});
export type CaseAttributions = z.infer<typeof CaseAttributions>;

export const CaseAttributionFilter = z.object({
  /** Items whose assessed or marked designation is this one. */
  designation: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type CaseAttributionFilter = z.infer<typeof CaseAttributionFilter>;
