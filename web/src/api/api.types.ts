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
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export type ParsedField = 'maker' | 'partNumber' | 'dateCode' | 'lotCode' | 'serial';

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
