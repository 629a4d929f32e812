// What a person checks after the machine has read the markings: maker names that no organization
// stands for (with the resolver's suggestion), components whose reading was flagged (remarked,
// generic, clone, ambiguous date), resolving a name to an organization (audited; the name becomes an
// alias and the organization a maker, so later readings resolve it too), and a maker's page (its reference data, former makers,
// parts and how often it was found).

import { chplEntryOf } from '../catalog/index.ts';
import {
  assertCaseWrite,
  assertReferenceRead,
  assertReferenceWrite,
  type ReadScope,
  readScope,
} from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Forbidden, NotFound } from '../core/errors.ts';
import {
  type AuditedWriter,
  OrganizationInput,
  organizationValues,
  parseInput,
  toOrganization,
} from '../evidence/index.ts';
import { referenceData } from './markings.engine.ts';
import type { MarkingsService } from './markings.service.ts';
import type { MakerProfile, MarkingFlag } from './markings.types.ts';
import type { MarkingsViewsRepository } from './markings.views.repository.ts';

const json = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

/** Only the cases the actor reads in full: the review shows markings as typed and who typed them. */
function memberScope(actor: Actor): ReadScope {
  const s = readScope(actor);
  return s.all ? s : { all: false, full: s.full, published: [] };
}

export class MarkingsReview {
  constructor(
    private readonly w: AuditedWriter,
    private readonly markings: MarkingsService,
    private readonly repo: MarkingsViewsRepository,
  ) {}

  async review(actor: Actor) {
    assertReferenceRead(actor);
    const scope = memberScope(actor);
    const db = this.w.db.kysely;
    const { engine, orgOf } = await this.markings.engine();
    const names = await this.repo.unresolved(db, scope);
    // One lookup of the names of every organization the resolver suggests.
    const fits = names.map((n) => {
      const r = engine.resolve(n.name);
      const orgId = r ? orgOf.get(r.key) : undefined;
      return { n, r, orgId };
    });
    const orgNames = await this.repo.organizationNames(
      db,
      fits.flatMap((f) => (f.orgId ? [f.orgId] : [])),
    );
    const unresolved = fits.map(({ n, r, orgId }) => {
      const name = orgId ? orgNames.get(orgId) : undefined;
      return {
        ...n,
        suggestion: orgId && name && r ? { organizationId: orgId, name, score: r.score } : null,
      };
    });
    const flagged = await this.repo.flagged(db, scope);
    return {
      unresolved,
      flagged: {
        total: flagged.total,
        rows: flagged.rows.map((r) => ({
          componentId: r.id,
          itemId: r.item_id,
          caseId: r.case_id,
          markingRaw: r.marking_raw,
          partNumber: r.part_number,
          maker: r.maker,
          flags: json<MarkingFlag[]>(r.marking_flags, []),
        })),
      },
    };
  }

  /** Ties every component carrying this maker name (in the cases the actor may change) to the
   * organization, and keeps the name as the organization's alias. */
  async resolve(actor: Actor, name: string, organizationId: number): Promise<{ updated: number }> {
    assertReferenceWrite(actor);
    return this.w.transaction(async (trx) => {
      const org = toOrganization(await this.w.get(trx, 'organization', organizationId));
      const fold = (s: string) => s.normalize('NFKC').toLowerCase();
      const known = fold(org.name) === fold(name) || org.aliases.some((a) => fold(a) === fold(name));
      if (!known || !org.roles.includes('maker')) {
        // The name becomes an alias, and the organization a maker, so that later readings resolve it.
        const v = parseInput(OrganizationInput, {
          ...org,
          aliases: known ? org.aliases : [...org.aliases, name],
          roles: org.roles.includes('maker') ? org.roles : [...org.roles, 'maker'],
        });
        await this.w.update(trx, actor, 'organization', organizationId, organizationValues(v));
      }
      const rows = await this.repo.unresolvedComponents(trx, memberScope(actor), name);
      let updated = 0;
      for (const r of rows) {
        try {
          assertCaseWrite(actor, r.case_id, 'component', r.id);
        } catch (e) {
          // A case the actor only reads keeps its components as they are.
          if (e instanceof Forbidden || e instanceof NotFound) continue;
          throw e;
        }
        await this.w.update(trx, actor, 'component', r.id, { maker_org_id: organizationId });
        updated++;
      }
      return { updated };
    });
  }

  async maker(actor: Actor, orgId: number) {
    assertReferenceRead(actor);
    const db = this.w.db.kysely;
    const org = await this.repo.organization(db, orgId);
    if (!org || org.deleted_at) throw new NotFound('organization', orgId);
    const { engine } = await this.markings.engine();
    const profile: MakerProfile | undefined = engine.profile(org.reference_key ?? `org-${org.id}`);
    const parent = org.parent_id ? await this.repo.organization(db, org.parent_id) : undefined;
    const { sources } = referenceData();
    // How often a maker was found counts what the actor may read, published cases included.
    const scope = readScope(actor);
    return {
      organizationId: org.id,
      name: org.name,
      country: json<string[]>(org.countries, [])[0] ?? null,
      referenceKey: org.reference_key,
      now: parent && !parent.deleted_at ? { organizationId: parent.id, name: parent.name } : null,
      formerMakers: (await this.repo.formerMakers(db, org.id)).map((o) => ({
        organizationId: o.id,
        name: o.name,
      })),
      logos: profile?.logos ?? [],
      prefixes: profile?.prefixes.map((p) => p.prefix) ?? [],
      dateSchemes: profile?.dateSchemes ?? [],
      sources: (profile?.sources ?? []).flatMap((k) => (sources[k] ? [sources[k]] : [])),
      parts: (await this.repo.parts(db, scope, org.id)).map((p) => ({
        id: p.id,
        number: p.number,
        components: p.components,
        chplTier: chplEntryOf(p.hs6)?.tier ?? null,
      })),
      components: await this.repo.componentCount(db, scope, org.id),
    };
  }
}
