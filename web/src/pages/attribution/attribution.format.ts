// How attribution reads on every page: scores and shares as percentages, the decision rules and the
// feature kinds in words, and what a diagnostic feature looks for, from its own fields.
import type {
  DecisionRule,
  DiagnosticFeature,
  FeatureKind,
  FeatureOutcomeKind,
} from './attribution.types.ts';

/** 0.724 → "72 %"; signed when asked (a contribution): "+25 %", "−15 %". */
export function percent(x: number | null | undefined, signed = false): string {
  if (x == null || !Number.isFinite(x)) return '';
  const r = Math.round(x * 100);
  if (!signed || r === 0) return `${Math.abs(r) === 0 ? 0 : r} %`;
  return `${r > 0 ? '+' : '−'}${Math.abs(r)} %`;
}

export const RULES: Record<DecisionRule, string> = {
  decided: 'decided: the best variant passed every threshold',
  no_profile: 'no profile to compare with',
  low_coverage: 'too little evidence on the best profile',
  low_score: 'the best score is below what the variant needs',
  narrow_margin: 'the best leads the runner-up by too little',
};

export const KINDS: Record<FeatureKind, string> = {
  serial_pattern: 'serial pattern',
  part_present: 'part fitted',
  maker_present: 'maker fitted',
  marking_script: 'script of the markings',
  designation_marked: 'designation as marked',
  tag: 'construction tag',
};

export const OUTCOMES: Record<FeatureOutcomeKind, string> = {
  matched: 'matched',
  contradicted: 'contradicted',
  unobserved: 'not observed',
};

const where = (f: DiagnosticFeature) =>
  [
    f.subsystem ? `in the ${f.subsystem.replaceAll('_', ' ')} subsystem` : '',
    f.category ? `(${f.category})` : '',
  ]
    .filter(Boolean)
    .join(' ');

/** What the feature looks for, in words, from the fields of its kind. */
export function featureTest(f: DiagnosticFeature): string {
  const not = f.expect === 'absent' ? 'no ' : '';
  switch (f.kind) {
    case 'serial_pattern':
      return `serial ${f.expect === 'absent' ? 'not ' : ''}matching /${f.pattern ?? ''}/`;
    case 'designation_marked':
      return `designation as marked ${f.expect === 'absent' ? 'not ' : ''}matching /${f.pattern ?? ''}/`;
    case 'part_present':
      return `${not}part ${f.partNumber ?? `matching /${f.pattern ?? ''}/`} ${where(f)}`.trim();
    case 'maker_present':
      return `${not}part by ${(f.makers ?? []).join(' | ')} ${where(f)}`.trim();
    case 'marking_script':
      return `${f.scope === 'components' ? "components' markings" : f.scope === 'all' ? 'all markings' : 'item markings'} ${f.expect === 'absent' ? 'not ' : ''}mainly ${f.script ?? ''}`;
    case 'tag':
      return `${not}construction tag “${f.tag ?? ''}”`;
  }
}

/** The weight of each feature as a share of its profile's total, as the scorer counts it. */
export const share = (f: { weight: number }, all: readonly { weight: number }[]) =>
  f.weight / all.reduce((s, x) => s + x.weight, 0);

/** A label that says a document or a case is synthetic demo data. */
export const isSynthetic = (label: string | null | undefined) => !!label && /synthetic/i.test(label);
