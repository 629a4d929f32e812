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
} as const;

export type EntityType = keyof typeof auditedTables;
export type AuditedTable = (typeof auditedTables)[EntityType];

export function isEntityType(s: string): s is EntityType {
  return Object.hasOwn(auditedTables, s);
}

/** Entries that record an event, not a change of a row (a sign-in, a read of restricted fields): the
 * chain holds them, and verify does not expect any row to match them. */
export const eventActions = new Set(['read', 'login', 'logout', 'login_failed']);
