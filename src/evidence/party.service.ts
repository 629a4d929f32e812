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

export class PartyService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly parties: PartyRepository,
  ) {}

  async createOrganization(actor: Actor, input: unknown): Promise<Organization> {
    assertReferenceWrite(actor);
    const v = parseInput(OrganizationInput, input);
    return this.w.transaction(async (trx) => {
      if (v.parentId) await this.w.get(trx, 'organization', v.parentId);
      return toOrganization(await this.w.create(trx, actor, 'organization', organizationValues(v)));
    });
  }

  async updateOrganization(actor: Actor, id: number, patch: unknown): Promise<Organization> {
    assertReferenceWrite(actor);
    return this.w.transaction(async (trx) => {
      const current = toOrganization(await this.w.get(trx, 'organization', id));
      const v = parseInput(OrganizationInput, { ...current, ...(patch as object) });
      if (v.parentId === id) throw Invalid.at('parentId', 'an organization cannot be its own parent');
      if (v.parentId) await this.w.get(trx, 'organization', v.parentId);
      return toOrganization(await this.w.update(trx, actor, 'organization', id, organizationValues(v)));
    });
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
    return this.w.transaction(async (trx) =>
      toOrganization(await this.w.restore(trx, actor, 'organization', id)),
    );
  }

  async createPerson(actor: Actor, input: unknown): Promise<Person> {
    assertReferenceWrite(actor);
    const v = parseInput(PersonInput, input);
    return this.w.transaction(async (trx) =>
      toPerson(await this.w.create(trx, actor, 'person', personValues(v))),
    );
  }

  async updatePerson(actor: Actor, id: number, patch: unknown): Promise<Person> {
    assertReferenceWrite(actor);
    return this.w.transaction(async (trx) => {
      const current = toPerson(await this.w.get(trx, 'person', id));
      const v = parseInput(PersonInput, { ...current, ...(patch as object) });
      return toPerson(await this.w.update(trx, actor, 'person', id, personValues(v)));
    });
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
    return this.w.transaction(async (trx) => toPerson(await this.w.restore(trx, actor, 'person', id)));
  }
}
