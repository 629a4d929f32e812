// Contracts of watch lists: an entry of a sanctions list as imported from any of its formats, with
// the list's own id for it, its names, and what the list says that tells one namesake from another.

export type EntrySchema = 'Person' | 'Organization' | 'Vessel' | 'Aircraft';

export interface EntryName {
  name: string;
  /** How the list gives it: the primary name, a.k.a., formerly known as, now known as, a weak a.k.a. */
  kind: 'primary' | 'aka' | 'fka' | 'nka' | 'weak';
}

export interface EntryIdentifier {
  /** As the list names it: "Registration ID", "Tax ID No.", "Passport", "IMO" … */
  type: string;
  value: string;
  /** ISO 3166-1 alpha-2 of the issuing country when the list says it. */
  country: string | null;
}

export interface EntryAddress {
  address: string | null;
  city: string | null;
  country: string | null;
}

export interface WatchlistEntry {
  /** The list's own id: the OFAC ent_num, the UN DATAID. */
  entryId: string;
  schema: EntrySchema;
  names: EntryName[];
  programs: string[];
  /** ISO codes of nationalities, citizenships, registrations and addresses. */
  countries: string[];
  identifiers: EntryIdentifier[];
  birthDates: string[];
  addresses: EntryAddress[];
  /** What of the remarks was not read into the fields above. */
  remarks: string[];
}
