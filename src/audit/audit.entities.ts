// Which tables the audit log covers, and under which entity name. `verify` checks every row of these.
export const auditedTables = {
  case: 'cases',
  item: 'recovered_items',
  component: 'components',
  evidence_file: 'evidence_files',
  custody_event: 'custody_events',
  organization: 'organizations',
  person: 'persons',
} as const;

export type EntityType = keyof typeof auditedTables;
export type AuditedTable = (typeof auditedTables)[EntityType];

export function isEntityType(s: string): s is EntityType {
  return Object.hasOwn(auditedTables, s);
}
