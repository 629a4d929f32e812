// Database access for every module: opening SQLite or PostgreSQL from one URL, migrations, and the
// few dialect-specific helpers that repositories need. Nothing outside this folder knows the dialect.
export { type Db, isPostgresUrl, openDatabase } from './db.connect.ts';
export {
  type DialectName,
  derivedColumns,
  forUpdateSkipLocked,
  fullTextMatch,
  fullTextQuery,
  fullTextTop,
  inIds,
  lockAuditChain,
} from './db.dialect.ts';
export { migrateToLatest } from './db.migrate.ts';
export type * from './db.types.ts';
