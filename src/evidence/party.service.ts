// The one model of parties for the whole product: organizations and persons with names, aliases,
// countries, identifiers, addresses and roles. Shared reference data, not scoped to a case.

import { assertReferenceRead, assertReferenceWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Invalid } from '../core/errors.ts';
import { toOrganization, toPerson } from './evidence.mappers.ts';
import {
  type Organization,
  OrganizationInput,
  type PartyFilter,
  type Person,
  PersonInput,
} from './evidence.schema.ts';
import { organizationValues, personValues } from './evidence.values.ts';
import type { AuditedWriter } from './evidence.writer.ts';
import { parseInput } from './parse.ts';
import type { PartyRepository } from './party.repository.ts';

export type PartyKind = 'organization' | 'person';

export class PartyService {
  /** Set by screening: called after a party's change is committed, to screen it again. */
  onPartyChanged: ((actor: Actor, type: PartyKind, id: number) => Promise<void>) | null = null;

  constructor(
    private readonly w: AuditedWriter,
    private readonly parties: PartyRepository,
  ) {}

  /** Tells the hook about a committed change. Its failure must not undo or fail the change, which is
   * stored: it is logged, and the party is screened again on its next change or list import. */
  private async changed<T extends { id: number }>(actor: Actor, type: PartyKind, party: T): Promise<T> {
    try {
      await this.onPartyChanged?.(actor, type, party.id);
    } catch (e) {
      console.error(`screening of ${type} ${party.id} failed:`, e instanceof Error ? e.message : e);
    }
    return party;
  }

  async createOrganization(actor: Actor, input: unknown): Promise<Organization> {
    assertReferenceWrite(actor);
    const v = parseInput(OrganizationInput, input);
    const org = await this.w.transaction(async (trx) => {
      if (v.parentId) await this.w.get(trx, 'organization', v.parentId);
      return toOrganization(await this.w.create(trx, actor, 'organization', organizationValues(v)));
    });
    return this.changed(actor, 'organization', org);
  }

  async updateOrganization(actor: Actor, id: number, patch: unknown): Promise<Organization> {
    assertReferenceWrite(actor);
    const org = await this.w.transaction(async (trx) => {
      const current = toOrganization(await this.w.get(trx, 'organization', id));
      const v = parseInput(OrganizationInput, { ...current, ...(patch as object) });
      if (v.parentId === id) throw Invalid.at('parentId', 'an organization cannot be its own parent');
      if (v.parentId) await this.w.get(trx, 'organization', v.parentId);
      return toOrganization(await this.w.update(trx, actor, 'organization', id, organizationValues(v)));
    });
    return this.changed(actor, 'organization', org);
  }

  /** Merges a duplicate into the organization kept: the duplicate's names become the kept one's
   * aliases, its countries, identifiers and roles are added, everything that pointed at it (the
   * components it made, its catalog parts, its subsidiaries, company replies) points at the one kept,
   * and the duplicate is marked deleted. Every change is audited; the duplicate's history stays. */
  async mergeOrganization(actor: Actor, id: number, intoId: number): Promise<Organization> {
    assertReferenceWrite(actor);
    if (id === intoId) throw Invalid.at('intoId', 'an organization cannot be merged into itself');
    const kept = await this.w.transaction(async (trx) => {
      const from = toOrganization(await this.w.get(trx, 'organization', id));
      const into = toOrganization(await this.w.get(trx, 'organization', intoId));
      if (into.parentId === id) throw Invalid.at('intoId', `organization ${intoId} is a part of ${id}`);
      const union = <T>(a: T[], b: T[], key = (x: T) => JSON.stringify(x)) => {
        const seen = new Set(a.map(key));
        return [...a, ...b.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
      };
      const fold = (s: string) => s.normalize('NFKC').toLowerCase();
      const names = union(into.aliases, [from.name, ...from.aliases], fold).filter(
        (n) => fold(n) !== fold(into.name),
      );
      const v = parseInput(OrganizationInput, {
        ...into,
        aliases: names,
        formerNames: union(into.formerNames, from.formerNames, fold),
        countries: union(into.countries, from.countries),
        identifiers: union(into.identifiers, from.identifiers),
        roles: union(into.roles, from.roles),
      });
      await this.w.update(trx, actor, 'organization', intoId, organizationValues(v));
      const refs = await this.parties.referencesTo(trx, id);
      for (const c of refs.components)
        await this.w.update(trx, actor, 'component', c, { maker_org_id: intoId });
      for (const o of refs.children)
        await this.w.update(trx, actor, 'organization', o, { parent_id: intoId });
      for (const r of refs.replies)
        await this.w.update(trx, actor, 'company_reply', r, { organization_id: intoId });
      for (const p of refs.parts) {
        // The kept maker may already have this part: its components then go to that one.
        const twin = await this.parties.partOf(trx, intoId, p.number);
        if (!twin) {
          await this.w.update(trx, actor, 'part', p.id, { maker_org_id: intoId });
          continue;
        }
        for (const c of await this.parties.componentsOfPart(trx, p.id))
          await this.w.update(trx, actor, 'component', c, { part_id: twin.id });
        await this.w.softDelete(trx, actor, 'part', p.id);
      }
      await this.w.update(trx, actor, 'organization', id, { parent_id: null });
      await this.w.softDelete(trx, actor, 'organization', id);
      return toOrganization(await this.w.get(trx, 'organization', intoId));
    });
    // The kept organization has the duplicate's names now: screened with them.
    return this.changed(actor, 'organization', kept);
  }

  async getOrganization(actor: Actor, id: number): Promise<Organization> {
    assertReferenceRead(actor);
    return toOrganization(await this.w.get(this.w.db.kysely, 'organization', id));
  }

  async listOrganizations(actor: Actor, f: PartyFilter) {
    assertReferenceRead(actor);
    const { total, rows } = await this.parties.organizations(this.w.db.kysely, f);
    return { total, limit: f.limit, offset: f.offset, rows: rows.map(toOrganization) };
  }

  async removeOrganization(actor: Actor, id: number): Promise<Organization> {
    assertReferenceWrite(actor);
    return this.w.transaction(async (trx) =>
      toOrganization(await this.w.softDelete(trx, actor, 'organization', id)),
    );
  }

  async restoreOrganization(actor: Actor, id: number): Promise<Organization> {
    assertReferenceWrite(actor);
    const org = await this.w.transaction(async (trx) =>
      toOrganization(await this.w.restore(trx, actor, 'organization', id)),
    );
    return this.changed(actor, 'organization', org);
  }

  async createPerson(actor: Actor, input: unknown): Promise<Person> {
    assertReferenceWrite(actor);
    const v = parseInput(PersonInput, input);
    const person = await this.w.transaction(async (trx) =>
      toPerson(await this.w.create(trx, actor, 'person', personValues(v))),
    );
    return this.changed(actor, 'person', person);
  }

  async updatePerson(actor: Actor, id: number, patch: unknown): Promise<Person> {
    assertReferenceWrite(actor);
    const person = await this.w.transaction(async (trx) => {
      const current = toPerson(await this.w.get(trx, 'person', id));
      const v = parseInput(PersonInput, { ...current, ...(patch as object) });
      return toPerson(await this.w.update(trx, actor, 'person', id, personValues(v)));
    });
    return this.changed(actor, 'person', person);
  }

  async getPerson(actor: Actor, id: number): Promise<Person> {
    assertReferenceRead(actor);
    return toPerson(await this.w.get(this.w.db.kysely, 'person', id));
  }

  async listPersons(actor: Actor, f: PartyFilter) {
    assertReferenceRead(actor);
    const { total, rows } = await this.parties.persons(this.w.db.kysely, f);
    return { total, limit: f.limit, offset: f.offset, rows: rows.map(toPerson) };
  }

  async removePerson(actor: Actor, id: number): Promise<Person> {
    assertReferenceWrite(actor);
    return this.w.transaction(async (trx) => toPerson(await this.w.softDelete(trx, actor, 'person', id)));
  }

  async restorePerson(actor: Actor, id: number): Promise<Person> {
    assertReferenceWrite(actor);
    const person = await this.w.transaction(async (trx) =>
      toPerson(await this.w.restore(trx, actor, 'person', id)),
    );
    return this.changed(actor, 'person', person);
  }
}
