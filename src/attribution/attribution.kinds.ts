// The kinds of diagnostic feature a variant profile may name, as zod schemas: what an analyst writes
// in a profile document, checked strictly (an unknown key or kind is a mistake, not an extension).
import { z } from 'zod';
import { subsystems } from '../evidence/evidence.schema.ts';
import { patternProblem } from './attribution.pattern.ts';
import { scriptProblem } from './attribution.script.ts';

/** A required line of text, with the messages a profile author reads. */
export const textField = (what: string, max = 200) =>
  z
    .string({ error: `must be ${what}` })
    .trim()
    .min(1, { error: `must be ${what}` })
    .max(max, { error: `must be at most ${max} characters` });

/** A regular expression, refused at parse time if it could not (or should not) be run. */
const Pattern = z.string({ error: 'must be a regular expression (a string)' }).check((ctx) => {
  const problem = patternProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
});

const Subsystem = z.enum(subsystems, { error: `must be one of ${subsystems.join(', ')}` });
const Names = z.array(textField('a name', 300), { error: 'must be a list of names' }).min(1, {
  error: 'must name at least one maker',
});

/** What every feature has, whatever its kind. */
const common = {
  weight: z
    .number({ error: 'must be a number > 0' })
    .gt(0, { error: 'must be a number > 0' })
    .max(1000, { error: 'must be at most 1000' }),
  // Absent features are diagnostic too: "no Cyrillic markings", "no part by this maker".
  expect: z.enum(['present', 'absent'], { error: 'must be present or absent' }).default('present'),
  label: textField('a short description for reviewers'),
};

export const SerialPatternFeature = z.strictObject({
  kind: z.literal('serial_pattern'),
  pattern: Pattern,
  ...common,
});

export const DesignationMarkedFeature = z.strictObject({
  kind: z.literal('designation_marked'),
  pattern: Pattern,
  ...common,
});

/** `partNumber` is compared whole after normalisation; `pattern` is a regular expression. */
export const PartPresentFeature = z
  .strictObject({
    kind: z.literal('part_present'),
    partNumber: textField('a part number', 100).optional(),
    pattern: Pattern.optional(),
    subsystem: Subsystem.optional(),
    category: textField('a component category', 100).optional(),
    ...common,
  })
  .refine((f) => (f.partNumber === undefined) !== (f.pattern === undefined), {
    error: 'needs exactly one of partNumber (the whole number) and pattern (a regular expression)',
    path: ['partNumber'],
  });

/** Each entry of `makers` is a maker name as marked (compared folded) or an organization id. */
export const MakerPresentFeature = z.strictObject({
  kind: z.literal('maker_present'),
  makers: Names,
  subsystem: Subsystem.optional(),
  category: textField('a component category', 100).optional(),
  ...common,
});

export const MarkingScriptFeature = z.strictObject({
  kind: z.literal('marking_script'),
  script: z.string({ error: 'must be a Unicode script name' }).check((ctx) => {
    const problem = scriptProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
  }),
  // item: the item's own markings; components: what is printed on its parts; all: both together.
  scope: z.enum(['item', 'components', 'all'], { error: 'must be item, components or all' }).default('item'),
  ...common,
});

export const TagFeature = z.strictObject({
  kind: z.literal('tag'),
  tag: textField('a tag', 100),
  ...common,
});

export const featureKinds = [
  'serial_pattern',
  'part_present',
  'maker_present',
  'marking_script',
  'designation_marked',
  'tag',
] as const;
export type FeatureKind = (typeof featureKinds)[number];

export const DiagnosticFeature = z.discriminatedUnion('kind', [
  SerialPatternFeature,
  PartPresentFeature,
  MakerPresentFeature,
  MarkingScriptFeature,
  DesignationMarkedFeature,
  TagFeature,
]);
export type DiagnosticFeature = z.output<typeof DiagnosticFeature>;
export type DiagnosticFeatureInput = z.input<typeof DiagnosticFeature>;
