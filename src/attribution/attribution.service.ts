// Attribution of stored items: the machine's scored reading of an item against the profiles in force,
// built from what was recorded about it and its components; the human decision that overrides it
// (made by the case's editors, audited, replacing the last one, which stays marked deleted); and a
// case's table of both. Reads go through the case reader, so a published case shows its published view.
import { assertCaseRead, assertCaseWrite, type CaseView, readScope } from '../core/access.ts';
import { type Actor, actorLabel, userIdOf } from '../core/actor.ts';
import { Invalid } from '../core/errors.ts';
import { type AuditedWriter, type CaseReader, parseInput } from '../evidence/index.ts';
import { byItem, itemEvidence } from './attribution.evidence.ts';
import { effectiveAttribution, shownDecision } from './attribution.present.ts';
import type { ProfileStore, ProfilesLoaded } from './attribution.profiles.ts';
import type { AttributionRepository, ItemFacts } from './attribution.repository.ts';
import type { Attribution } from './attribution.result.ts';
import {
  type CaseAttributionFilter,
  type CaseAttributionRow,
  type CaseAttributions,
  DecisionInput,
  type ItemAttribution,
} from './attribution.schema.ts';
import { attribute } from './attribution.score.ts';

const label = 'recovered item';

export class AttributionService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly repo: AttributionRepository,
    private readonly reader: CaseReader,
    readonly profiles: ProfileStore,
  ) {}

  /** The machine's reading, the human decision and the one in force, as this actor may see them. */
  async forItem(actor: Actor, itemId: number): Promise<ItemAttribution> {
    const { row, view } = await this.reader.one(actor, 'item', itemId);
    const profiles = await this.profiles.inForce();
    const machine = await this.machine(this.w.db.kysely, actor, row, profiles);
    const human = shownDecision(await this.repo.liveDecision(this.w.db.kysely, itemId), view);
    return {
      itemId,
      caseId: row.case_id,
      profilesVersion: profiles?.version.version ?? null,
      machine,
      human,
      effective: effectiveAttribution(machine, human, profiles?.document.variants ?? []),
    };
  }

  /** Records a case editor's decision, replacing the one in force. The machine's reading it overrides
   * is stored with it, so the record stands alone when the profiles change. */
  async decide(actor: Actor, itemId: number, input: unknown): Promise<ItemAttribution> {
    const v = parseInput(DecisionInput, input);
    const profiles = await this.profiles.inForce();
    const variant = profiles?.document.variants.find((p) => p.id === v.variantId);
    if (v.variantId !== 'unknown' && !variant) {
      const known = profiles?.document.variants.map((p) => p.id).join(', ');
      throw Invalid.at(
        'variantId',
        profiles
          ? `no variant "${v.variantId}" in the profiles in force (version ${profiles.version.version}); one of: unknown, ${known}`
          : `no variant profiles are in force yet: only "unknown" can be decided`,
      );
    }
    await this.w.transaction(async (trx) => {
      const row = await this.w.get(trx, 'item', itemId);
      assertCaseWrite(actor, row.case_id, label, itemId);
      const machine = await this.machine(trx, actor, row, profiles);
      const previous = await this.repo.liveDecision(trx, itemId);
      if (previous) await this.w.softDelete(trx, actor, 'attribution_decision', previous.id);
      await this.w.create(trx, actor, 'attribution_decision', {
        case_id: row.case_id,
        item_id: itemId,
        variant_id: v.variantId,
        variant_name: variant?.name ?? null,
        basis: v.basis,
        confidence: v.confidence,
        decided_by: actorLabel(actor),
        decided_by_user: userIdOf(actor),
        profiles_version: profiles?.version.version ?? null,
        machine_variant_id: machine.decision.variantId,
        machine_score: machine.best?.score ?? null,
        machine_rule: machine.decision.rule,
      });
    });
    return this.forItem(actor, itemId);
  }

  /** Withdraws the human decision (marked deleted, kept): the machine's reading is in force again. */
  async withdraw(actor: Actor, itemId: number): Promise<ItemAttribution> {
    await this.w.transaction(async (trx) => {
      const row = await this.w.get(trx, 'item', itemId);
      assertCaseWrite(actor, row.case_id, label, itemId);
      const previous = await this.repo.liveDecision(trx, itemId);
      if (previous) await this.w.softDelete(trx, actor, 'attribution_decision', previous.id);
    });
    return this.forItem(actor, itemId);
  }

  /** A page of a case's items with the machine's reading and the human decision of each. */
  async forCase(actor: Actor, caseId: number, filter: CaseAttributionFilter): Promise<CaseAttributions> {
    const db = this.w.db.kysely;
    // A case that does not exist and one the actor may not read get the same "not found".
    await this.w.get(db, 'case', caseId);
    const view: CaseView = assertCaseRead(actor, caseId, 'case', caseId);
    const { total, rows } = await this.repo.caseItems(db, caseId, filter, readScope(actor));
    const ids = rows.map((r) => r.id);
    const components = byItem(await this.repo.components(db, ids, readScope(actor)));
    const decisions = new Map((await this.repo.liveDecisions(db, ids)).map((d) => [d.item_id, d]));
    const profiles = await this.profiles.inForce();
    const variants = this.variants(profiles);
    return {
      caseId,
      profilesVersion: profiles?.version.version ?? null,
      total,
      limit: filter.limit,
      offset: filter.offset,
      rows: rows.map((item): CaseAttributionRow => {
        const machine = attribute(itemEvidence(item, components.get(item.id) ?? []), variants);
        const human = shownDecision(decisions.get(item.id), view);
        return {
          itemId: item.id,
          caseId: item.case_id,
          externalRef: item.external_ref,
          designationMarked: item.designation_marked,
          designationAssessed: item.designation_assessed,
          serialNumber: item.serial_number,
          machine: {
            variantId: machine.decision.variantId,
            best: machine.best
              ? {
                  variantId: machine.best.variantId,
                  name: machine.best.name,
                  score: machine.best.score,
                  coverage: machine.best.coverage,
                }
              : null,
            rule: machine.decision.rule,
            reason: machine.decision.reason,
          },
          human,
          effective: effectiveAttribution(machine, human, variants),
        };
      }),
      variants: variants.map((p) => ({
        variantId: p.id,
        name: p.name,
        designation: p.designation,
        producer: p.producer ?? null,
      })),
    };
  }

  private variants(profiles: ProfilesLoaded | null) {
    return profiles?.document.variants ?? [];
  }

  /** The machine's reading of one item, from its components this actor may see. */
  private async machine(
    db: Parameters<AttributionRepository['components']>[0],
    actor: Actor,
    row: ItemFacts,
    profiles: ProfilesLoaded | null,
  ): Promise<Attribution> {
    const components = await this.repo.components(db, [row.id], readScope(actor));
    return attribute(itemEvidence(row, components), this.variants(profiles));
  }
}
