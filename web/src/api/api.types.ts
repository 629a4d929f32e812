// The shapes the HTTP API answers with, as the web app uses them (the server's zod schemas in
// src/*/…schema.ts are the source; /api/openapi.json describes them in full).

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  rows: T[];
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  instanceRole: 'admin' | 'analyst' | 'member';
  mustChangePassword: boolean;
}

export type CaseRole = 'viewer' | 'editor' | 'owner';

export interface SessionInfo {
  user: User;
  memberships: { caseId: number; role: CaseRole }[];
  csrfToken: string | null;
  expiresAt: string | null;
}

export interface Case {
  id: number;
  title: string;
  summary: string | null;
  status: string;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface Assessment {
  basis: string;
  confidence: 'high' | 'medium' | 'low';
  by: string;
  at?: string;
}

export interface RecoveredItem {
  id: number;
  caseId: number;
  externalRef: string | null;
  itemType: 'uav' | 'loitering_munition' | 'missile' | 'other';
  designationMarked: string | null;
  designationAssessed: string | null;
  designationAssessment: Assessment | null;
  serialNumber: string | null;
  markings: string | null;
  recoveredAt: string | null;
  recoveredPrecision: 'time' | 'day' | 'month' | 'year' | null;
  latitude: number | null;
  longitude: number | null;
  placeName: string | null;
  country: string | null;
  condition: string | null;
  source: string | null;
  observation: 'in_hand' | 'partner_photographs' | 'open_source_imagery' | null;
  sourceReliability: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | null;
  notes: string | null;
  /** Construction tags an analyst recorded ("serial-stencilled"); null when none. */
  tags: string[] | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export type ParsedField = 'maker' | 'partNumber' | 'dateCode' | 'lotCode' | 'serial' | 'countryOfAssembly';

export interface Component {
  id: number;
  caseId: number;
  itemId: number;
  parentId: number | null;
  subsystem: string;
  position: string | null;
  category: string | null;
  quantity: number;
  markingRaw: string;
  maker: string | null;
  makerOrgId: number | null;
  partNumber: string | null;
  dateCode: string | null;
  lotCode: string | null;
  serial: string | null;
  /** ISO 3166-1 alpha-2 of where the part was assembled, as read from its marking. */
  countryOfAssembly: string | null;
  /** The catalog part (maker + part number). */
  partId: number | null;
  /** First and last day the date code can mean, over every year still possible. */
  dateEarliest: string | null;
  dateLatest: string | null;
  /** More than one decade remains possible: no single year. */
  dateAmbiguous: boolean;
  markingFlags: MarkingFlag[];
  markingConfidence: number | null;
  fieldOrigins: Partial<Record<ParsedField, { origin: 'machine' | 'human'; confidence?: number | null }>>;
  evidenceFileId: number | null;
  photoRegion: { x: number; y: number; width: number; height: number } | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface EvidenceFile {
  id: number;
  caseId: number;
  itemId: number | null;
  componentId: number | null;
  sha256: string;
  size: number;
  mediaType: string;
  originalName: string;
  capturedAt: string | null;
  gpsLatitude: number | null;
  gpsLongitude: number | null;
  exif: Record<string, unknown> | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface CustodyEvent {
  id: number;
  caseId: number;
  itemId: number | null;
  evidenceFileId: number | null;
  occurredAt: string;
  action: string;
  fromParty: string | null;
  toParty: string | null;
  place: string | null;
  notes: string | null;
  createdAt: string;
}

export interface Party {
  id: number;
  name: string;
  aliases: string[];
  countries: string[];
  identifiers: { scheme: string; value: string; country?: string | null }[];
  addresses: { full: string; country?: string | null }[];
  roles: string[];
  notes: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
export interface Organization extends Party {
  formerNames: string[];
  parentId: number | null;
}
export interface Person extends Party {
  birthDate: string | null;
}

export interface SearchHit {
  type: 'item' | 'component' | 'organization' | 'person';
  id: number;
  caseId: number | null;
  title: string;
  snippet: string;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
  rowCount: number;
  hash: string;
}

export interface Job {
  id: number;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
  maxAttempts: number;
  progress: { done: number; total: number | null; message: string | null };
  result: unknown;
  error: string | null;
  requestedBy: string;
  createdAt: string;
  updatedAt: string;
}

// Markings and the parts catalog (src/markings/markings.routes.ts, src/catalog/catalog.routes.ts).

export type MarkingFlagKind =
  | 'maker-mismatch'
  | 'generic'
  | 'clone'
  | 'date-ambiguous'
  | 'date-impossible'
  | 'unknown-maker';

export interface MarkingFlag {
  /** One of MarkingFlagKind; a kind this app does not know yet is shown by its message. */
  kind: string;
  message: string;
  makers?: string[];
}

export interface ManufacturerReading {
  key: string;
  name: string;
  country: string;
  matchedBy: string;
  now?: { key: string; name: string } | null;
  /** The maker's organization in the registry, when there is one. */
  organizationId?: number | null;
}

export interface DateCodeReading {
  raw: string;
  scheme: string;
  year: number | null;
  years: number[];
  week?: number;
  month?: number;
  earliest: string;
  latest: string;
  ambiguous: boolean;
}

/** The answer of POST /api/markings/parse. */
export interface MarkingReading {
  manufacturer: ManufacturerReading | null;
  partNumber: { full: string; base: string | null } | null;
  dateCode: DateCodeReading | null;
  lotCode: string | null;
  countryOfAssembly: string | null;
  confidence: number;
  fieldConfidence: Partial<
    Record<'manufacturer' | 'partNumber' | 'dateCode' | 'lotCode' | 'countryOfAssembly', number>
  >;
  alternatives: {
    manufacturer: ManufacturerReading | null;
    partNumber: { full: string; base: string | null } | null;
    confidence: number;
    reason: string;
  }[];
  flags: MarkingFlag[];
  lines: string[];
}

export type ChplTier = '1' | '2' | '3.A' | '3.B' | '4.A' | '4.B';

/** A row of GET /api/catalog/parts. */
export interface CatalogPartRow {
  id: number;
  number: string;
  base: string | null;
  makerOrgId: number | null;
  makerName: string | null;
  makerCountry: string | null;
  category: string | null;
  hs6: string | null;
  chplTier: string | null;
  components: number;
}

/** GET /api/catalog/parts/:id */
export interface CatalogPart {
  id: number;
  number: string;
  base: string | null;
  makerOrgId: number | null;
  makerName: string | null;
  makerCountry: string | null;
  category: string | null;
  hs6: string | null;
  /** 'human' when an analyst set the code, else the category rule's. */
  hs6Origin: string | null;
  chplTier: string | null;
  chplDescription: string | null;
  controls?: { list: string; version: string; tier: string; hs6: string; citation: string }[];
  exportNotes: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FoundItem {
  itemId: number;
  caseId: number;
  designation: string | null;
  /** A day for members of the case; a month in the published form. */
  recoveredAt: string | null;
  componentId: number;
  dateCode: string | null;
  dateEarliest: string | null;
  dateLatest: string | null;
  dateAmbiguous: boolean;
  lotCode: string | null;
  /** Days from the date code's last day to the recovery (members only). */
  gapDays: number | null;
}

/** GET /api/catalog/parts/:id/found */
export interface PartFound {
  cases: { caseId: number; title: string; components: number }[];
  items: FoundItem[];
  dateCodes: {
    first: { dateCode: string | null; earliest: string | null } | null;
    last: { dateCode: string | null; latest: string | null } | null;
  };
  gapDays: { min: number; median: number; max: number } | null;
  lots: { lotCode: string; items: number; cases: number; components: number }[];
}

/** GET /api/catalog/lots/:partId/:lotCode */
export interface Lot {
  partId: number;
  number: string;
  makerName: string | null;
  lotCode: string;
  items: {
    itemId: number;
    caseId: number;
    designation: string | null;
    recoveredAt: string | null;
    componentId: number;
    dateCode: string | null;
  }[];
}

/** GET /api/catalog/chpl */
export interface ChplList {
  name?: string;
  version: string;
  source: string;
  entries: { tier: string; hs6: string; description: string }[];
}

/** GET /api/makers/:orgId */
export interface MakerInfo {
  organizationId: number;
  name: string;
  country: string | null;
  referenceKey: string | null;
  now: { organizationId: number; name: string } | null;
  formerMakers: { organizationId: number; name: string }[];
  logos: string[];
  prefixes: string[];
  dateSchemes: string[];
  sources: { title: string; url: string }[];
  parts: { id: number; number: string; components: number; chplTier: string | null }[];
  components: number;
}

/** GET /api/markings/review */
export interface MarkingReview {
  unresolved: {
    name: string;
    components: number;
    suggestion: { organizationId: number; name: string; score: number } | null;
  }[];
  flagged: {
    total: number;
    rows: {
      componentId: number;
      itemId: number;
      caseId: number;
      markingRaw: string;
      partNumber: string | null;
      maker: string | null;
      flags: MarkingFlag[];
    }[];
  };
}

// Screening: watch lists, the review queue, a party's screening (src/screening/screening.schema.ts).

export type ListFormat = 'ofac-csv' | 'un-xml' | 'ftm' | 'csv';

/** GET /api/lists */
export interface Watchlist {
  id: number;
  name: string;
  format: ListFormat;
  description: string | null;
  currentVersion: number;
  entryCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface WatchlistVersion {
  id: number;
  watchlistId: number;
  version: number;
  format: ListFormat;
  files: { role: string; name: string; size: number; sha256: string }[];
  sha256: string;
  entries: number;
  added: number;
  changed: number;
  removed: number;
  /** Rows the reader skipped, by reason. */
  skipped: Record<string, number>;
  importedBy: string;
  createdAt: string;
}

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface WatchlistChange {
  id: number;
  version: number;
  kind: ChangeKind;
  entryRowId: number;
  entryId: string;
  schema: string;
  name: string;
}

export interface WatchlistEntryView {
  id: number;
  watchlistId: number;
  listName: string;
  /** The list's own id (OFAC ent_num, UN DATAID). */
  entryId: string;
  schema: string;
  name: string;
  names: { name: string; kind: string }[];
  programs: string[];
  countries: string[];
  identifiers: { type: string; value: string; country: string | null }[];
  birthDates: string[];
  addresses: { address: string | null; city: string | null; country: string | null }[];
  remarks: string[];
  versionAdded: number;
  versionChanged: number;
  versionRemoved: number | null;
}

export type TokenHow =
  | 'exact'
  | 'transliteration'
  | 'abbreviation'
  | 'fuzzy'
  | 'phonetic'
  | 'consonants'
  | 'number';

/** Why a name scored what it did: token pairs, what was left over, legal forms, adjustments. */
export interface MatchExplanation {
  nameScore: number;
  tokens: { query: string; matched: string; how: TokenHow; similarity: number; weight: number }[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  legalForms: { query: string[]; candidate: string[] };
  adjustments: { kind: string; delta: number; detail: string }[];
  summary: string;
}

export type HitStatus = 'open' | 'match' | 'not_match' | 'unsure';
export type Decision = Exclude<HitStatus, 'open'>;

export interface ScreeningHit {
  id: number;
  partyType: 'organization' | 'person';
  partyId: number;
  partyName: string;
  entryRowId: number;
  listName: string;
  entryId: string;
  entryName: string;
  matchedName: string;
  score: number;
  explanation: MatchExplanation;
  status: HitStatus;
  /** The last decision made, kept when an entry change asks the pair again. */
  decision: Decision | null;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The entry changed since the decision (which is kept, and the pair asked again). */
  entryChanged: boolean;
  /** The entry is no longer on its list. */
  entryRemoved: boolean;
  createdAt: string;
  updatedAt: string;
}

/** GET /api/screening/parties/:partyType/:id */
export interface PartyScreening {
  partyType: 'organization' | 'person';
  partyId: number;
  status: 'not_screened' | 'clear' | 'open' | 'match' | 'unsure';
  screenedAt: string | null;
  hits: ScreeningHit[];
}

export type ScreenSchema =
  | 'Person'
  | 'Organization'
  | 'Company'
  | 'LegalEntity'
  | 'Vessel'
  | 'Aircraft'
  | 'Any';

/** One result of POST /api/screen. */
export interface ScreenResult {
  id: string;
  caption: string;
  schema: string;
  listName: string;
  entryId: string;
  entryRowId: number;
  matchedName: string;
  score: number;
  match: boolean;
  explanation: MatchExplanation;
}

export interface ScreenResponse {
  threshold: number;
  responses: Record<
    string,
    { status: number; query: { name: string; schema: string }; results: ScreenResult[]; total: number }
  >;
}
