// A variant profile: one known design variant of a designation (and who produces it), told apart from
// its siblings by weighted diagnostic features. A profile document holds many profiles; it is data an
// analyst writes and cites, never code.
import { z } from 'zod';
import { DiagnosticFeature, textField as text } from './attribution.kinds.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const VariantProfile = z.strictObject({
  id: z
    .string({ error: 'must be a slug such as harrow-2-original' })
    .max(64, { error: 'must be at most 64 characters' })
    .regex(SLUG, { error: 'must be a slug: lower-case letters and digits joined by single dashes' })
    // The decision names a variant or says "unknown": no variant may be called that.
    .refine((id) => id !== 'unknown', { error: '"unknown" is reserved for undecided attributions' }),
  name: text('the variant name, e.g. "Harrow-2M (licensed copy)"', 200),
  /** The assessed design family the variant belongs to, as items record it in designationAssessed. */
  designation: text('the designation the variant belongs to', 200),
  producer: text('the producer, in free text', 300).optional(),
  description: text('a description of the variant', 4000),
  sources: z.array(text('a citation', 1000), { error: 'must be a list of citations' }).optional(),
  /** The score this variant needs before it is named; the scorer's default otherwise. */
  minScore: z
    .number({ error: 'must be a number between 0 and 1' })
    .min(0, { error: 'must be a number between 0 and 1' })
    .max(1, { error: 'must be a number between 0 and 1' })
    .optional(),
  features: z
    .array(DiagnosticFeature, { error: 'must be a list of diagnostic features' })
    .min(1, { error: 'must list at least one diagnostic feature' })
    .max(100, { error: 'must list at most 100 features' }),
});
export type VariantProfile = z.output<typeof VariantProfile>;

export const VariantProfileDocument = z
  .strictObject(
    {
      /** Free text shown with the profiles, e.g. "synthetic demo data". */
      label: text('a label', 200).optional(),
      variants: z
        .array(VariantProfile, { error: 'must be a list of variant profiles' })
        .min(1, { error: 'must list at least one variant profile' })
        .max(1000, { error: 'must list at most 1000 variant profiles' }),
    },
    { error: 'must be a mapping with a list of variants' },
  )
  .superRefine((doc, ctx) => {
    for (const issue of duplicateIds(doc.variants)) ctx.addIssue(issue);
  });
export type VariantProfileDocument = z.output<typeof VariantProfileDocument>;

/** Ids used twice, as issues on the later use. Also run on documents that fail other checks, so
 * that an author sees every problem at once. */
export function duplicateIds(variants: unknown) {
  const issues: { code: 'custom'; path: (string | number)[]; message: string }[] = [];
  if (!Array.isArray(variants)) return issues;
  const seen = new Map<unknown, number>();
  variants.forEach((v: unknown, i) => {
    const id = v && typeof v === 'object' && 'id' in v ? v.id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      issues.push({
        code: 'custom',
        path: ['variants', i, 'id'],
        message: `duplicates the id of variants[${first}]`,
      });
  });
  return issues;
}
