// SQL of the audit log: appending entries and chunks, reading the chain in order, reading rows of the
// audited tables for verification. Appends assume the caller holds the chain lock (see audit.service).
import { type Kysely, type Selectable, sql } from 'kysely';
import type { AuditLogTable, Database } from '../db/index.ts';
import { type AuditedTable, type EntityType, eventActions } from './audit.entities.ts';

export type AuditEntryRow = Selectable<AuditLogTable>;

/** The sequence number of the latest change to stored data: the chain's head, less the events that
 * change no record (sign-ins, logged reads). Figures computed from the data stay right while it stays
 * put. Read backwards from the head, it passes over only the events since the last change. */
export async function dataVersion(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_log')
    .select('seq')
    .where('action', 'not in', [...eventActions])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.seq ?? 0;
}

export class AuditRepository {
  async head(db: Kysely<Database>): Promise<{ seq: number; hash: string } | undefined> {
    return db
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async insertEntry(db: Kysely<Database>, row: AuditEntryRow): Promise<void> {
    await db.insertInto('audit_log').values(row).execute();
  }

  async insertChunk(
    db: Kysely<Database>,
    chunk: { batch: string; chunk_no: number; entity_type: string; ids: string; digests: Buffer },
  ): Promise<void> {
    await db.insertInto('audit_chunks').values(chunk).execute();
  }

  async entriesAfter(db: Kysely<Database>, seq: number, limit: number): Promise<AuditEntryRow[]> {
    return db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', seq)
      .orderBy('seq')
      .limit(limit)
      .execute();
  }

  async entryAt(db: Kysely<Database>, seq: number): Promise<AuditEntryRow | undefined> {
    return db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirst();
  }

  async chunks(db: Kysely<Database>, batch: string) {
    return db
      .selectFrom('audit_chunks')
      .select(['chunk_no', 'entity_type', 'ids', 'digests'])
      .where('batch', '=', batch)
      .orderBy('chunk_no')
      .execute();
  }

  async history(
    db: Kysely<Database>,
    entityType: EntityType,
    id: number,
    limit: number,
  ): Promise<AuditEntryRow[]> {
    return db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', id)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
  }

  async recent(db: Kysely<Database>, limit: number): Promise<AuditEntryRow[]> {
    return db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(limit).execute();
  }

  /** Entries older than `beforeSeq`, newest first, without event entries (sign-ins, reads) and without
   * the before and after images, except the summary of a bulk entry (it names the case). */
  async recentChanges(db: Kysely<Database>, beforeSeq: number | null, limit: number, events: string[]) {
    let q = db
      .selectFrom('audit_log')
      .select(['seq', 'at', 'actor', 'action', 'entity_type', 'entity_id'])
      .select(sql<string | null>`case when entity_id is null then after else null end`.as('summary'))
      .where('action', 'not in', events);
    if (beforeSeq !== null) q = q.where('seq', '<', beforeSeq);
    return q.orderBy('seq', 'desc').limit(limit).execute();
  }

  /** Rows of an audited table in id order, a page at a time (keyset paging keeps memory flat). */
  async rowsAfter(
    db: Kysely<Database>,
    table: AuditedTable,
    afterId: number,
    limit: number,
  ): Promise<Record<string, unknown>[]> {
    return (await db
      .selectFrom(table)
      .selectAll()
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute()) as Record<string, unknown>[];
  }

  async evidenceFileHashes(db: Kysely<Database>): Promise<{ id: number; sha256: string; size: number }[]> {
    return db.selectFrom('evidence_files').select(['id', 'sha256', 'size']).orderBy('id').execute();
  }
}
