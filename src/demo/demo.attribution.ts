// The demo's attribution: its fictional variant profiles (demo-variants.yaml, synthetic demo data) as
// version 1 of the instance's profiles, and a few human decisions on the demo case, so that a newcomer
// sees a decision that confirms the machine, one that names a variant the machine left unknown, and one
// that withholds the variant the machine named. Every decision's basis says it is synthetic.
import { readFileSync } from 'node:fs';
import type { App } from '../app/index.ts';
import type { CaseAttributionRow } from '../attribution/index.ts';
import type { Actor } from '../core/actor.ts';

const PROFILES = new URL('./demo-variants.yaml', import.meta.url);

export function demoProfilesText(): string {
  return readFileSync(PROFILES, 'utf8');
}

interface Plan {
  /** Which row of the case's table to decide on: the first that fits, after `skip` of them. */
  fits: (r: CaseAttributionRow) => boolean;
  skip: number;
  decision: (r: CaseAttributionRow) => {
    variantId: string;
    basis: string;
    confidence: 'low' | 'medium' | 'high';
  };
}

const plans: Plan[] = [
  {
    fits: (r) => r.machine.variantId === 'harrow-2m-licensed',
    skip: 1,
    decision: () => ({
      variantId: 'harrow-2m-licensed',
      basis:
        'Synthetic demo data: label plate and the Henglan GNSS module confirmed on the partner photographs; agrees with the machine.',
      confidence: 'high',
    }),
  },
  {
    fits: (r) => r.designationAssessed === 'Tern-K' && r.machine.variantId === 'unknown',
    skip: 0,
    decision: () => ({
      variantId: 'tern-k-domestic',
      basis:
        'Synthetic demo data: the Cyrillic serial plate is legible on the recovery photograph although its transcription was lost; the machine had too little evidence.',
      confidence: 'medium',
    }),
  },
  {
    fits: (r) => r.machine.variantId === 'sable-m-block-2',
    skip: 2,
    decision: () => ({
      variantId: 'unknown',
      basis:
        'Synthetic demo data: the flight controller may have been replaced in the field; the variant is withheld until the board is examined.',
      confidence: 'low',
    }),
  },
];

/** Saves the demo profiles (version 1) and records the decisions on the demo case. */
export async function loadDemoAttribution(app: App, actor: Actor, caseId: number): Promise<number> {
  await app.attribution.profiles.put(actor, demoProfilesText(), 'demo-variants.yaml');
  const rows: CaseAttributionRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await app.attribution.forCase(actor, caseId, { limit: 500, offset });
    rows.push(...page.rows);
    if (page.rows.length < 500) break;
  }
  // The first item of the demo is the restricted one: decisions go on items the published view shows.
  const shown = rows.slice(1);
  let made = 0;
  for (const plan of plans) {
    const row = shown.filter(plan.fits)[plan.skip];
    if (!row) continue;
    await app.attribution.decide(actor, row.itemId, plan.decision(row));
    made++;
  }
  return made;
}
