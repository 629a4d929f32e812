// The demo's production estimates: serial patterns for the fictional designations whose serials the
// demo issues in series, and two fictional declared targets (claims "N units by DATE", synthetic demo
// data with no real source) for the estimates to be compared with. Shared reference data, like the
// variant profiles.
import type { App } from '../app/index.ts';
import type { Actor } from '../core/actor.ts';

const NOTE = 'Synthetic demo data: the serial plates of the fictional demo items.';
const SOURCE = 'Synthetic demo data: a fictional claim in an invented trade-fair brochure; no real source.';

export const demoPatterns = [
  { designation: 'Harrow-2', pattern: '^(?<series>HW2M?)-(?<number>\\d{4})$' },
  { designation: 'Tern-K', pattern: '^(?<series>TK)-(?<number>\\d{4})$' },
  { designation: 'Sable M', pattern: '^(?<series>SBM)-(?<number>\\d{4})$' },
] as const;

/** Chosen near what the demo's serials show by then, so that the estimates have something to say. */
export const demoTargets = [
  { designation: 'Harrow-2', series: 'HW2', units: 820, by: '2024-06-30' },
  { designation: 'Harrow-2', series: 'HW2M', units: 450, by: '2024-12-31' },
] as const;

export async function loadDemoProduction(app: App, actor: Actor): Promise<void> {
  for (const p of demoPatterns)
    await app.production.putPattern(actor, p.designation, { pattern: p.pattern, note: NOTE });
  for (const t of demoTargets)
    await app.production.addTarget(actor, { ...t, source: SOURCE, note: 'Synthetic demo data.' });
}
