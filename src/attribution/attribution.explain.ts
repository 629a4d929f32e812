// The words of an attribution: contributions as a reviewer reads them ("+0.30", "−0.25"), and the
// whole result as lines for a dossier or a terminal.
import type { Attribution, FeatureOutcomeKind, VariantScore } from './attribution.result.ts';

/** Two decimals; a true minus sign so that a negative contribution is not read as a dash. */
export const signed = (n: number): string => `${n < 0 ? '\u2212' : '+'}${Math.abs(n).toFixed(2)}`;
export const decimal = (n: number): string => n.toFixed(2);
export const percent = (n: number): string => `${Math.round(n * 100)}%`;

export function outcomeSentence(
  fact: string,
  outcome: FeatureOutcomeKind,
  contribution: number,
  expect: 'present' | 'absent',
): string {
  if (outcome === 'unobserved') return `${fact} (unobserved)`;
  if (outcome === 'matched') return `${fact} (${signed(contribution)})`;
  const why = expect === 'absent' ? 'contradicts: expected absent' : 'contradicts';
  return `${fact} (${why}, ${signed(contribution)})`;
}

export const variantHeadline = (v: VariantScore): string =>
  `${v.name} [${v.variantId}]: score ${decimal(v.score)}, evidence on ${percent(v.coverage)} of the profile`;

/** The attribution as plain lines: the decision first, then each variant with its features. */
export function explainAttribution(a: Attribution): string[] {
  const decided = a.decision.variantId === 'unknown' ? 'unknown' : a.best?.name;
  const lines = [
    `Attribution of item ${a.itemId}: ${decided}. ${a.decision.reason}`,
    `Compared: ${a.compared}.`,
  ];
  for (const v of a.ranked) {
    lines.push(variantHeadline(v));
    for (const f of v.features) lines.push(`  ${f.label}: ${f.explanation}`);
  }
  return lines;
}
