// HTTP routes of the evidence registry: thin wrappers that parse, call the service and present.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { App } from '../app/index.ts';
import { registerCrud } from '../server/server.crud.ts';
import {
  Case,
  CaseInput,
  CasePatch,
  Component,
  ComponentFilter,
  ComponentInput,
  ComponentPatch,
  CustodyEvent,
  CustodyEventInput,
  CustodyEventPatch,
  ItemFilter,
  Organization,
  OrganizationInput,
  OrganizationPatch,
  PartyFilter,
  Person,
  PersonInput,
  PersonPatch,
  RecoveredItem,
  RecoveredItemFields,
  RecoveredItemPatch,
} from './evidence.schema.ts';
import { registerMapRoutes } from './item.routes.ts';
import { registerPartyRoutes } from './party.routes.ts';

const CaseFilter = z.object({ includeDeleted: z.stringbool().default(false) });
const CustodyFilter = z.object({
  caseId: z.coerce.number().int().positive().optional(),
  itemId: z.coerce.number().int().positive().optional(),
  includeDeleted: z.stringbool().default(false),
});

export function registerEvidenceRoutes(server: FastifyInstance, app: App): void {
  registerMapRoutes(server, app);
  registerPartyRoutes(server, app);
  registerCrud(server, {
    path: '/api/cases',
    tag: 'cases',
    readAccess: 'read',
    entity: Case,
    create: CaseInput,
    patch: CasePatch,
    filter: CaseFilter,
    list: async (a, f) => {
      const rows = await app.cases.list(a, f.includeDeleted);
      return { total: rows.length, limit: rows.length, offset: 0, rows };
    },
    add: (a, b) => app.cases.create(a, b),
    get: (a, id) => app.cases.get(a, id),
    update: (a, id, b) => app.cases.update(a, id, b),
    remove: (a, id) => app.cases.remove(a, id),
    restore: (a, id) => app.cases.restore(a, id),
  });
  registerCrud(server, {
    path: '/api/items',
    readAccess: 'read',
    tag: 'items',
    entity: RecoveredItem,
    create: RecoveredItemFields,
    patch: RecoveredItemPatch,
    filter: ItemFilter,
    list: (a, f) => app.items.list(a, f),
    add: (a, b) => app.items.create(a, b),
    get: (a, id) => app.items.get(a, id),
    update: (a, id, b) => app.items.update(a, id, b),
    remove: (a, id) => app.items.remove(a, id),
    restore: (a, id) => app.items.restore(a, id),
  });
  registerCrud(server, {
    path: '/api/components',
    readAccess: 'read',
    tag: 'components',
    entity: Component,
    create: ComponentInput,
    patch: ComponentPatch,
    filter: ComponentFilter,
    list: (a, f) => app.components.list(a, f),
    add: (a, b) => app.components.create(a, b),
    get: (a, id) => app.components.get(a, id),
    update: (a, id, b) => app.components.update(a, id, b),
    remove: (a, id) => app.components.remove(a, id),
    restore: (a, id) => app.components.restore(a, id),
  });
  registerCrud(server, {
    path: '/api/custody-events',
    readAccess: 'read',
    tag: 'custody',
    entity: CustodyEvent,
    create: CustodyEventInput,
    patch: CustodyEventPatch,
    filter: CustodyFilter,
    list: async (a, f) => {
      const rows = await app.custody.list(a, f);
      return { total: rows.length, limit: rows.length, offset: 0, rows };
    },
    add: (a, b) => app.custody.create(a, b),
    get: (a, id) => app.custody.get(a, id),
    update: (a, id, b) => app.custody.update(a, id, b),
    remove: (a, id) => app.custody.remove(a, id),
    restore: (a, id) => app.custody.restore(a, id),
  });
  registerCrud(server, {
    path: '/api/organizations',
    readAccess: 'signed-in',
    tag: 'parties',
    entity: Organization,
    create: OrganizationInput,
    patch: OrganizationPatch,
    filter: PartyFilter,
    list: (a, f) => app.parties.listOrganizations(a, f),
    add: (a, b) => app.parties.createOrganization(a, b),
    get: (a, id) => app.parties.getOrganization(a, id),
    update: (a, id, b) => app.parties.updateOrganization(a, id, b),
    remove: (a, id) => app.parties.removeOrganization(a, id),
    restore: (a, id) => app.parties.restoreOrganization(a, id),
  });
  registerCrud(server, {
    path: '/api/persons',
    readAccess: 'signed-in',
    tag: 'parties',
    entity: Person,
    create: PersonInput,
    patch: PersonPatch,
    filter: PartyFilter,
    list: (a, f) => app.parties.listPersons(a, f),
    add: (a, b) => app.parties.createPerson(a, b),
    get: (a, id) => app.parties.getPerson(a, id),
    update: (a, id, b) => app.parties.updatePerson(a, id, b),
    remove: (a, id) => app.parties.removePerson(a, id),
    restore: (a, id) => app.parties.restorePerson(a, id),
  });
}
