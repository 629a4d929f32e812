// Table shapes as Kysely sees them. Every column holds a value that reads back identically on SQLite
// and PostgreSQL (text, integer, double, text JSON; times as ISO-8601 text), so that the audit
// digests of a row are the same whichever database stored it.
import type { Generated } from 'kysely';

type Id = Generated<number>;

interface Timestamps {
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface CasesTable extends Timestamps {
  id: Id;
  title: string;
  summary: string | null;
  status: string;
  is_demo: number;
}

export interface RecoveredItemsTable extends Timestamps {
  id: Id;
  case_id: number;
  external_ref: string | null;
  item_type: string;
  designation_marked: string | null;
  designation_assessed: string | null;
  /** JSON Assessment: basis, confidence, by, at. */
  designation_assessment: string | null;
  serial_number: string | null;
  markings: string | null;
  recovered_at: string | null;
  recovered_precision: string | null;
  latitude: number | null;
  longitude: number | null;
  place_name: string | null;
  country: string | null;
  condition: string | null;
  source: string | null;
  observation: string | null;
  source_reliability: string | null;
  notes: string | null;
  search_text: string;
  /** JSON array of construction tags an analyst recorded ("foam-fuselage"); null when none. */
  tags: string | null;
}

export interface ComponentsTable extends Timestamps {
  id: Id;
  case_id: number;
  item_id: number;
  parent_id: number | null;
  subsystem: string;
  position: string | null;
  category: string | null;
  quantity: number;
  marking_raw: string;
  maker: string | null;
  maker_org_id: number | null;
  part_number: string | null;
  date_code: string | null;
  lot_code: string | null;
  serial: string | null;
  /** JSON: per parsed field, { origin: 'machine' | 'human', confidence }. */
  field_origins: string | null;
  evidence_file_id: number | null;
  /** JSON: region of the photo the marking was read from, { x, y, width, height } in pixels. */
  photo_region: string | null;
  notes: string | null;
  search_text: string;
  /** ISO 3166-1 alpha-2, as read from the marking or entered. */
  country_of_assembly: string | null;
  part_id: number | null;
  /** The first and last day the date code can mean (YYYY-MM-DD), over every year still possible. */
  date_earliest: string | null;
  date_latest: string | null;
  /** 1 when more than one decade remains possible. */
  date_ambiguous: number | null;
  /** JSON array of the reading's flags ({ kind, message, makers }). */
  marking_flags: string | null;
  marking_confidence: number | null;
}

export interface PartsTable extends Timestamps {
  id: Id;
  maker_org_id: number | null;
  /** The part number as the catalog knows it: the base part where the maker's scheme gives one, else
   * the full ordering code; upper case, look-alikes folded. */
  number: string;
  base: string | null;
  category: string | null;
  hs6: string | null;
  /** 'rule' when the HS-6 code came from the category rules, 'human' when an analyst set it. */
  hs6_origin: string | null;
  export_notes: string | null;
  notes: string | null;
  search_text: string;
}

export interface EvidenceFilesTable extends Timestamps {
  id: Id;
  case_id: number;
  item_id: number | null;
  component_id: number | null;
  sha256: string;
  size: number;
  media_type: string;
  original_name: string;
  captured_at: string | null;
  gps_latitude: number | null;
  gps_longitude: number | null;
  /** JSON: camera make and model and other EXIF fields kept for the record. */
  exif: string | null;
  description: string | null;
}

export interface CustodyEventsTable extends Timestamps {
  id: Id;
  case_id: number;
  item_id: number | null;
  evidence_file_id: number | null;
  occurred_at: string;
  action: string;
  from_party: string | null;
  to_party: string | null;
  place: string | null;
  notes: string | null;
}

interface PartyColumns extends Timestamps {
  id: Id;
  name: string;
  /** JSON arrays. */
  aliases: string;
  countries: string;
  identifiers: string;
  addresses: string;
  roles: string;
  notes: string | null;
  search_text: string;
}

export interface OrganizationsTable extends PartyColumns {
  former_names: string;
  parent_id: number | null;
  /** The maker's key in the shipped reference data ("st", "ti"), when it was seeded from it. */
  reference_key: string | null;
  /** JSON: how the maker's parts are marked (logos, part-number prefixes, date-code schemes). */
  marking_profile: string | null;
}

export interface PersonsTable extends PartyColumns {
  birth_date: string | null;
}

export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: number | null;
  before: string | null;
  after: string | null;
  /** For entries that commit to many rows (imports): the batch whose chunks hold the row digests. */
  batch: string | null;
  row_count: number;
  rows_digest: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditChunksTable {
  batch: string;
  chunk_no: number;
  entity_type: string;
  /** JSON array of row ids, in the order of `digests`. */
  ids: string;
  /** Concatenated 32-byte SHA-256 digests of the rows as written. */
  digests: Buffer;
}

export interface JobsTable {
  id: Id;
  kind: string;
  payload: string;
  status: string;
  attempts: number;
  max_attempts: number;
  run_after: string;
  locked_by: string | null;
  locked_until: string | null;
  progress_done: number;
  progress_total: number | null;
  progress_message: string | null;
  result: string | null;
  error: string | null;
  requested_by: string;
  /** The user behind `requested_by` (a session or any of their API tokens), if any. */
  requested_by_user: number | null;
  created_at: string;
  updated_at: string;
}

export interface UsersTable extends Timestamps {
  id: Id;
  /** Lower-cased, unique. */
  username: string;
  display_name: string;
  /** 'admin' | 'analyst' | 'member'. */
  instance_role: string;
  must_change_password: number;
  password_changed_at: string;
  disabled_at: string | null;
}

export interface CredentialsTable {
  user_id: number;
  /** argon2id PHC string. */
  password_hash: string;
}

export interface CaseMembersTable extends Timestamps {
  id: Id;
  case_id: number;
  user_id: number;
  /** 'viewer' | 'editor' | 'owner'. */
  role: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's secret; the secret itself is never stored. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ended_at: string | null;
  address: string | null;
  user_agent: string | null;
}

export interface ApiTokensTable extends Timestamps {
  id: Id;
  user_id: number;
  name: string;
  /** SHA-256 of the token; the token is shown once and never stored. */
  token_hash: string;
  /** The first characters of the token, to recognize it in a list. */
  prefix: string;
  /** 'read' | 'write'. */
  scope: string;
  case_id: number | null;
  expires_at: string | null;
  revoked_at: string | null;
}

export interface LoginThrottleTable {
  /** `account:<username>` or `address:<ip>`. */
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface CasePublicationsTable extends Timestamps {
  id: Id;
  case_id: number;
  /** 'pending' | 'published' | 'rejected' | 'withdrawn'. */
  state: string;
  requested_by: string;
  requested_by_user: number | null;
  note: string | null;
  approved_by: string | null;
  approved_by_user: number | null;
  decided_at: string | null;
}

export interface RestrictionsTable extends Timestamps {
  id: Id;
  case_id: number;
  /** 'item' | 'component' | 'evidence_file' | 'custody_event'. */
  entity_type: string;
  entity_id: number;
  reason: string | null;
}

export interface CompanyRepliesTable extends Timestamps {
  id: Id;
  case_id: number;
  organization_id: number | null;
  company_name: string;
  received_at: string;
  reply: string;
  evidence_file_id: number | null;
}

export interface AccessEpochTable {
  id: number;
  epoch: number;
}

export interface WatchlistsTable extends Timestamps {
  id: Id;
  /** Unique, as given to `teardown lists import --name`. */
  name: string;
  /** 'ofac-csv' | 'un-xml' | 'ftm' | 'csv'. */
  format: string;
  description: string | null;
  /** The number of the newest version (1, 2, …). */
  current_version: number;
  /** Live entries in the current version. */
  entry_count: number;
}

export interface WatchlistVersionsTable extends Timestamps {
  id: Id;
  watchlist_id: number;
  version: number;
  format: string;
  /** JSON array of { role, name, size, sha256 } of the files read. */
  files: string;
  /** SHA-256 over the files read: the same files again make no new version. */
  sha256: string;
  entries: number;
  added: number;
  changed: number;
  removed: number;
  /** JSON: what was skipped and why (FtM schemas other than parties, with counts). */
  skipped: string;
  imported_by: string;
}

export interface WatchlistEntriesTable extends Timestamps {
  id: Id;
  watchlist_id: number;
  /** The list's own id (OFAC ent_num, UN DATAID, FtM id). */
  entry_id: string;
  /** 'Person' | 'Organization' | 'Vessel' | 'Aircraft'. */
  schema: string;
  /** The primary name, for lists and display. */
  name: string;
  /** JSON of the WatchlistEntry fields. */
  names: string;
  programs: string;
  countries: string;
  identifiers: string;
  birth_dates: string;
  addresses: string;
  remarks: string;
  /** SHA-256 of the entry's canonical content: a change of it is a change of the entry. */
  digest: string;
  version_added: number;
  version_changed: number;
  /** The version that no longer had it; the row is then also marked deleted. */
  version_removed: number | null;
}

export interface WatchlistChangesTable extends Timestamps {
  id: Id;
  watchlist_id: number;
  version: number;
  entry_row_id: number;
  /** 'added' | 'changed' | 'removed'. */
  kind: string;
  before_digest: string | null;
  after_digest: string | null;
}

export interface ScreeningHitsTable extends Timestamps {
  id: Id;
  /** 'organization' | 'person'. */
  party_type: string;
  party_id: number;
  entry_row_id: number;
  watchlist_id: number;
  /** The entry's digest when the hit was last raised. */
  entry_digest: string;
  party_name: string;
  matched_name: string;
  score: number;
  /** JSON MatchExplanation. */
  explanation: string;
  /** 'open' | 'match' | 'not_match' | 'unsure'. */
  status: string;
  /** The last decision made ('match' | 'not_match' | 'unsure'), kept when the pair is asked again. */
  decision: string | null;
  note: string | null;
  decided_by: string | null;
  decided_at: string | null;
  /** The entry's digest the decision was made on: the pair is asked again only when it differs. */
  decided_digest: string | null;
}

export interface VariantProfileVersionsTable extends Timestamps {
  id: Id;
  /** 1, 2, …: the highest live version is the one in force. */
  version: number;
  /** 'yaml' | 'json': how the document was written. */
  format: string;
  /** The document exactly as saved. */
  document: string;
  /** SHA-256 of the document: the same text again makes no new version. */
  sha256: string;
  variant_count: number;
  /** The document's own label ("synthetic demo data"). */
  label: string | null;
  saved_by: string;
}

export interface AttributionDecisionsTable extends Timestamps {
  id: Id;
  case_id: number;
  item_id: number;
  /** A variant id of the profiles, or 'unknown'. */
  variant_id: string;
  /** The variant's name when the decision was made, so that the record stands alone. */
  variant_name: string | null;
  basis: string;
  /** 'low' | 'medium' | 'high'. */
  confidence: string;
  decided_by: string;
  decided_by_user: number | null;
  /** The profiles version in force when it was made (null: no profiles yet). */
  profiles_version: number | null;
  /** The machine's reading it was made against: its decision (a variant id or 'unknown'), the best
   * candidate's score and the rule that decided. */
  machine_variant_id: string;
  machine_score: number | null;
  machine_rule: string;
}

export interface SerialPatternsTable extends Timestamps {
  id: Id;
  /** The assessed designation, as the analyst wrote it. */
  designation: string;
  /** Lower case, spaces collapsed: one pattern per designation however it is spelt. */
  designation_key: string;
  /** A regular expression with named groups `number` and (optionally) `series`. */
  pattern: string;
  note: string | null;
}

export interface ProductionTargetsTable extends Timestamps {
  id: Id;
  designation: string;
  designation_key: string;
  /** The series the claim is about; null: every series of the designation. */
  series: string | null;
  units: number;
  /** YYYY-MM-DD. */
  by_date: string;
  /** Where the claim was made (a citation). */
  source: string;
  note: string | null;
}

export interface Database {
  cases: CasesTable;
  recovered_items: RecoveredItemsTable;
  components: ComponentsTable;
  evidence_files: EvidenceFilesTable;
  custody_events: CustodyEventsTable;
  organizations: OrganizationsTable;
  parts: PartsTable;
  persons: PersonsTable;
  audit_log: AuditLogTable;
  audit_chunks: AuditChunksTable;
  jobs: JobsTable;
  users: UsersTable;
  credentials: CredentialsTable;
  case_members: CaseMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_throttle: LoginThrottleTable;
  case_publications: CasePublicationsTable;
  restrictions: RestrictionsTable;
  company_replies: CompanyRepliesTable;
  access_epoch: AccessEpochTable;
  watchlists: WatchlistsTable;
  watchlist_versions: WatchlistVersionsTable;
  watchlist_entries: WatchlistEntriesTable;
  watchlist_changes: WatchlistChangesTable;
  screening_hits: ScreeningHitsTable;
  variant_profile_versions: VariantProfileVersionsTable;
  attribution_decisions: AttributionDecisionsTable;
  serial_patterns: SerialPatternsTable;
  production_targets: ProductionTargetsTable;
}
