// Shapes of the case-page answers that api.types.ts does not hold: members, publications and
// restrictions (the server's src/accounts/accounts.schema.ts and src/publishing/publishing.schema.ts).
import type { CaseRole } from '../../api/api.types.ts';

export interface Member {
  id: number;
  caseId: number;
  userId: number;
  username: string;
  displayName: string;
  role: CaseRole;
  createdAt: string;
}

export interface Publication {
  id: number;
  caseId: number;
  state: 'pending' | 'published' | 'rejected' | 'withdrawn';
  requestedBy: string;
  note: string | null;
  approvedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export const restrictableTypes = ['item', 'component', 'evidence_file', 'custody_event'] as const;

export interface Restriction {
  id: number;
  caseId: number;
  entityType: (typeof restrictableTypes)[number];
  entityId: number;
  reason: string | null;
  createdAt: string;
}

export const caseRoles: CaseRole[] = ['viewer', 'editor', 'owner'];
