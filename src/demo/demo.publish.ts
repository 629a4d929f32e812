// The demo case as a published case, so that a newcomer sees it without signing in: its publication
// (recorded as made by the demo loader, since no second member exists yet), one item marked restricted
// and one named company's reply, all synthetic. Signing in as its owner shows what the published view
// leaves out.
import type { Actor } from '../core/actor.ts';
import type { AuditedWriter, Trx } from '../evidence/index.ts';

export const DEMO_RESTRICTION_REASON =
  'Synthetic demo data: the partner who photographed this item asked that it stay unpublished.';

export async function publishDemo(
  w: AuditedWriter,
  trx: Trx,
  actor: Actor,
  caseId: number,
  restrictedItemId: number,
  repliedOrg: { id: number; name: string } | undefined,
): Promise<void> {
  const now = new Date().toISOString();
  await w.create(trx, actor, 'case_publication', {
    case_id: caseId,
    state: 'published',
    requested_by: 'system:demo loader',
    requested_by_user: null,
    note: 'Synthetic demo data, published when it is loaded so that it can be read without signing in.',
    approved_by: 'system:demo loader',
    approved_by_user: null,
    decided_at: now,
  });
  await w.create(trx, actor, 'restriction', {
    case_id: caseId,
    entity_type: 'item',
    entity_id: restrictedItemId,
    reason: DEMO_RESTRICTION_REASON,
  });
  if (repliedOrg) {
    await w.create(trx, actor, 'company_reply', {
      case_id: caseId,
      organization_id: repliedOrg.id,
      company_name: repliedOrg.name,
      received_at: '2025-06-12',
      reply:
        'Synthetic demo data. "We sold the parts named in your request to a trading company in 2023 and have no record of their further sale. We have stopped supplying that customer." (A fictional reply from a fictional company.)',
      evidence_file_id: null,
    });
  }
}
