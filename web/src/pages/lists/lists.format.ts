// The words of watch lists: their formats and the kinds of change between two versions.
import type { ChangeKind, ListFormat } from '../../api/api.types.ts';

export const FORMAT_LABELS: Record<ListFormat, string> = {
  'ofac-csv': 'OFAC SDN (CSV)',
  'un-xml': 'UN consolidated (XML)',
  ftm: 'FollowTheMoney (JSON lines)',
  csv: 'CSV with a mapping',
};

export const CHANGE_KINDS: ChangeKind[] = ['added', 'changed', 'removed'];
