// Which tables the audit log covers, and under which entity name. `verify` checks every row of these.
export const auditedTables = {
  case: 'cases',
  item: 'recovered_items',
  component: 'components',
  evidence_file: 'evidence_files',
  custody_event: 'custody_events',
  organization: 'organizations',
  person: 'persons',
  user: 'users',
  case_member: 'case_members',
  api_token: 'api_tokens',
  case_publication: 'case_publications',
  restriction: 'restrictions',
  company_reply: 'company_replies',
  part: 'parts',
  watchlist: 'watchlists',
  watchlist_version: 'watchlist_versions',
  watchlist_entry: 'watchlist_entries',
  watchlist_change: 'watchlist_changes',
  screening_hit: 'screening_hits',
  variant_profile_version: 'variant_profile_versions',
  attribution_decision: 'attribution_decisions',
  serial_pattern: 'serial_patterns',
  production_target: 'production_targets',
} as const;

export type EntityType = keyof typeof auditedTables;
export type AuditedTable = (typeof auditedTables)[EntityType];

export function isEntityType(s: string): s is EntityType {
  return Object.hasOwn(auditedTables, s);
}

/** Columns added to audited tables by later migrations, while rows already existed: the audit images of
 * those rows were written without them, so a row whose added columns are all still null also matches
 * its image without them (and `verify` does not report an upgraded database as altered). */
export const laterColumns: Partial<Record<EntityType, readonly string[]>> = {
  organization: ['reference_key', 'marking_profile'],
  component: [
    'country_of_assembly',
    'part_id',
    'date_earliest',
    'date_latest',
    'date_ambiguous',
    'marking_flags',
    'marking_confidence',
  ],
  item: ['tags'],
};

/** Entries that record an event, not a change of a row (a sign-in, a read of restricted fields): the
 * chain holds them, and verify does not expect any row to match them. */
export const eventActions = new Set(['read', 'login', 'logout', 'login_failed']);
