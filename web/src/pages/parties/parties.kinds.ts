// The two kinds of party (organizations and persons): their API paths, page addresses and words.
export type PartyKind = 'organization' | 'person';

export const partyKinds: Record<
  PartyKind,
  { api: string; page: string; one: string; many: string; title: string }
> = {
  organization: {
    api: '/api/organizations',
    page: '/organizations',
    one: 'organization',
    many: 'organizations',
    title: 'Organizations',
  },
  person: { api: '/api/persons', page: '/persons', one: 'person', many: 'persons', title: 'Persons' },
};

// The server's enumeration of party roles (src/evidence/evidence.schema.ts).
export const PARTY_ROLES = [
  'maker',
  'distributor',
  'exporter',
  'importer',
  'carrier',
  'freight_forwarder',
  'end_user',
  'integrator',
  'other',
] as const;
