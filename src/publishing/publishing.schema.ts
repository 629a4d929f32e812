// The publishing contract: a case's publication (requested by an owner, approved by a second member),
// the records marked restricted (left out of every published view), and the replies of named
// companies attached to the case.
import { z } from 'zod';
import { isoDateTime } from '../evidence/index.ts';

export const publicationStates = ['pending', 'published', 'rejected', 'withdrawn'] as const;
export const restrictableTypes = ['item', 'component', 'evidence_file', 'custody_event'] as const;

export const Publication = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  state: z.enum(publicationStates),
  requestedBy: z.string(),
  note: z.string().nullable(),
  approvedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Publication = z.infer<typeof Publication>;

export const PublicationRequest = z.strictObject({ note: z.string().trim().max(5000).optional() });

export const Restriction = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  entityType: z.enum(restrictableTypes),
  entityId: z.number().int(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type Restriction = z.infer<typeof Restriction>;

export const RestrictionInput = z.strictObject({
  entityType: z.enum(restrictableTypes),
  entityId: z.number().int().positive(),
  reason: z.string().trim().min(1).max(2000).optional(),
});

export const CompanyReply = z.object({
  id: z.number().int(),
  caseId: z.number().int(),
  organizationId: z.number().int().nullable(),
  companyName: z.string(),
  receivedAt: z.string(),
  reply: z.string(),
  evidenceFileId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type CompanyReply = z.infer<typeof CompanyReply>;

export const CompanyReplyInput = z.strictObject({
  organizationId: z.number().int().positive().nullish(),
  companyName: z.string().trim().min(1).max(300),
  receivedAt: isoDateTime,
  reply: z.string().trim().min(1).max(50_000),
  evidenceFileId: z.number().int().positive().nullish(),
});
