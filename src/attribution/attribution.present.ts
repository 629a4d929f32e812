// How a stored human decision and the machine's reading are shown: the decision as the API speaks it,
// in full for a case's members and in its published form for everyone else (the variant and how sure,
// not who decided or on what internal basis), and the attribution in force (the human's over the
// machine's).
import type { Selectable } from 'kysely';
import type { CaseView } from '../core/access.ts';
import type { AttributionDecisionsTable } from '../db/index.ts';
import { toMonth } from '../evidence/index.ts';
import type { VariantProfile } from './attribution.profile.ts';
import type { Attribution } from './attribution.result.ts';
import type { EffectiveAttribution, HumanAttribution } from './attribution.schema.ts';

type DecisionRow = Selectable<AttributionDecisionsTable>;

export function toHumanAttribution(r: DecisionRow): HumanAttribution {
  return {
    id: r.id,
    itemId: r.item_id,
    caseId: r.case_id,
    variantId: r.variant_id,
    variantName: r.variant_name,
    confidence: r.confidence as HumanAttribution['confidence'],
    basis: r.basis,
    decidedBy: r.decided_by,
    decidedAt: r.created_at,
    profilesVersion: r.profiles_version,
    machine: {
      variantId: r.machine_variant_id,
      score: r.machine_score,
      rule: r.machine_rule as HumanAttribution['machine']['rule'],
    },
  };
}

/** The published view of a decision: which variant and how sure, the month it was made. */
export function publishedHumanAttribution(h: HumanAttribution): HumanAttribution {
  return { ...h, basis: null, decidedBy: null, decidedAt: toMonth(h.decidedAt) ?? h.decidedAt };
}

export const shownDecision = (r: DecisionRow | undefined, view: CaseView): HumanAttribution | null => {
  if (!r) return null;
  const h = toHumanAttribution(r);
  return view === 'published' ? publishedHumanAttribution(h) : h;
};

export function effectiveAttribution(
  machine: Attribution,
  human: HumanAttribution | null,
  profiles: readonly VariantProfile[],
): EffectiveAttribution {
  const variantId = human ? human.variantId : machine.decision.variantId;
  const profile = profiles.find((p) => p.id === variantId);
  return {
    variantId,
    name: profile?.name ?? human?.variantName ?? null,
    producer: profile?.producer ?? null,
    source: human ? 'human' : 'machine',
    confidence: human?.confidence ?? null,
  };
}
