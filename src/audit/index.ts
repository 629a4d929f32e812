// The audit module: an append-only, hash-chained log of every change, the digests that let `verify`
// find any row or file altered behind the product's back, and signed checkpoints of the chain head.
export {
  type Checkpoint,
  checkCheckpoint,
  createCheckpoint,
  generateCheckpointKey,
} from './audit.checkpoint.ts';
export { canonicalJson, sha256 } from './audit.digest.ts';
export {
  type AuditedTable,
  auditedTables,
  type EntityType,
  eventActions,
  isEntityType,
} from './audit.entities.ts';
export { type AuditEntryRow, AuditRepository, dataVersion } from './audit.repository.ts';
export { registerAuditRoutes, toAuditEntry } from './audit.routes.ts';
export {
  type AuditAction,
  type AuditEvent,
  AuditService,
  BulkRecorder,
  type Change,
} from './audit.service.ts';
export {
  type FileChecker,
  type IntegrityProblem,
  type VerifyReport,
  verifyIntegrity,
} from './audit.verify.ts';
