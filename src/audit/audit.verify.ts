// `teardown verify`: recomputes the chain, replays the row digests it commits to, compares them with
// every stored row and hashes every evidence file. Reports each problem it finds, not only the first.
import type { Kysely } from 'kysely';
import { type Database, derivedColumns } from '../db/index.ts';
import { chunkDigest, entryHash, GENESIS_HASH, rowDigest, sha256 } from './audit.digest.ts';
import {
  auditedTables,
  type EntityType,
  eventActions,
  isEntityType,
  laterColumns,
} from './audit.entities.ts';
import { AuditRepository } from './audit.repository.ts';

export type ProblemKind =
  | 'entry_altered'
  | 'entry_missing'
  | 'chain_broken'
  | 'chunks_altered'
  | 'row_altered'
  | 'row_deleted'
  | 'row_inserted'
  | 'file_missing'
  | 'file_changed'
  | 'checkpoint_mismatch';

export interface IntegrityProblem {
  kind: ProblemKind;
  seq?: number;
  entityType?: string;
  id?: number;
  sha256?: string;
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  entries: number;
  head: { seq: number; hash: string } | null;
  rows: number;
  files: number;
  problems: IntegrityProblem[];
}

export interface FileChecker {
  check(sha256: string, size: number): Promise<'ok' | 'missing' | 'changed'>;
}

const PAGE = 5000;

export async function verifyIntegrity(
  db: Kysely<Database>,
  files: FileChecker,
  onProgress?: (stage: string, done: number) => void,
  repo = new AuditRepository(),
): Promise<VerifyReport> {
  const problems: IntegrityProblem[] = [];
  const expected = new Map<EntityType, Map<number, string>>();
  for (const type of Object.keys(auditedTables) as EntityType[]) expected.set(type, new Map());

  let prev = { seq: 0, hash: GENESIS_HASH };
  let entries = 0;
  for (
    let page = await repo.entriesAfter(db, 0, PAGE);
    page.length > 0;
    page = await repo.entriesAfter(db, prev.seq, PAGE)
  ) {
    for (const e of page) {
      entries++;
      if (e.seq !== prev.seq + 1) {
        problems.push({
          kind: 'entry_missing',
          seq: prev.seq + 1,
          detail: `audit entries ${prev.seq + 1}–${e.seq - 1} are missing`,
        });
      }
      if (e.prev_hash !== prev.hash) {
        problems.push({
          kind: 'chain_broken',
          seq: e.seq,
          detail: `entry ${e.seq} does not follow the hash of entry ${prev.seq}`,
        });
      }
      if (entryHash(e) !== e.hash) {
        problems.push({
          kind: 'entry_altered',
          seq: e.seq,
          detail: `entry ${e.seq} was altered (its hash does not match its content)`,
        });
      }
      await replay(db, repo, e, expected, problems);
      prev = { seq: e.seq, hash: e.hash };
    }
    onProgress?.('audit log', entries);
  }

  let rows = 0;
  for (const [type, table] of Object.entries(auditedTables) as [
    EntityType,
    (typeof auditedTables)[EntityType],
  ][]) {
    const want = expected.get(type)!;
    let last = 0;
    for (
      let page = await repo.rowsAfter(db, table, 0, PAGE);
      page.length > 0;
      page = await repo.rowsAfter(db, table, last, PAGE)
    ) {
      for (const row of page) {
        rows++;
        const id = row.id as number;
        last = id;
        const digest = rowDigest(row, derivedColumns).toString('hex');
        const expect = want.get(id);
        if (expect === undefined) {
          problems.push({
            kind: 'row_inserted',
            entityType: type,
            id,
            detail: `${type} ${id} was inserted outside Teardown (no audit entry)`,
          });
        } else if (expect !== digest && expect !== digestBeforeLaterColumns(type, row)) {
          problems.push({
            kind: 'row_altered',
            entityType: type,
            id,
            detail: `${type} ${id} differs from its last audited state`,
          });
        }
        want.delete(id);
      }
      onProgress?.(table, rows);
    }
    for (const id of want.keys()) {
      problems.push({
        kind: 'row_deleted',
        entityType: type,
        id,
        detail: `${type} ${id} was deleted outside Teardown`,
      });
    }
  }

  let fileCount = 0;
  const seen = new Set<string>();
  for (const f of await repo.evidenceFileHashes(db)) {
    if (seen.has(f.sha256)) continue;
    seen.add(f.sha256);
    fileCount++;
    const state = await files.check(f.sha256, f.size);
    if (state === 'missing')
      problems.push({
        kind: 'file_missing',
        sha256: f.sha256,
        id: f.id,
        detail: `evidence file ${f.sha256} is missing`,
      });
    if (state === 'changed')
      problems.push({
        kind: 'file_changed',
        sha256: f.sha256,
        id: f.id,
        detail: `evidence file ${f.sha256} was changed (its SHA-256 no longer matches)`,
      });
    if (fileCount % 100 === 0) onProgress?.('files', fileCount);
  }

  return {
    ok: problems.length === 0,
    entries,
    head: entries > 0 ? prev : null,
    rows,
    files: fileCount,
    problems,
  };
}

/** The row's digest as its image was written before the columns added later (see `laterColumns`), when
 * those are all still null; null otherwise. */
export function digestBeforeLaterColumns(type: EntityType, row: Record<string, unknown>): string | null {
  const later = laterColumns[type];
  if (!later || later.some((c) => row[c] != null)) return null;
  return rowDigest(row, new Set([...derivedColumns, ...later])).toString('hex');
}

async function replay(
  db: Kysely<Database>,
  repo: AuditRepository,
  e: Awaited<ReturnType<AuditRepository['entriesAfter']>>[number],
  expected: Map<EntityType, Map<number, string>>,
  problems: IntegrityProblem[],
): Promise<void> {
  if (!isEntityType(e.entity_type) || eventActions.has(e.action)) return;
  const want = expected.get(e.entity_type)!;
  if (e.batch) {
    const chunks = await repo.chunks(db, e.batch);
    const digests = chunks.map((c) => chunkDigest(c.entity_type, c.ids, Buffer.from(c.digests)));
    const rows = chunks.reduce((n, c) => n + (JSON.parse(c.ids) as number[]).length, 0);
    if (sha256(Buffer.concat(digests)).toString('hex') !== e.rows_digest || rows !== e.row_count) {
      problems.push({
        kind: 'chunks_altered',
        seq: e.seq,
        detail: `the row digests of entry ${e.seq} (${e.action}) were altered`,
      });
    }
    for (const c of chunks) {
      const ids = JSON.parse(c.ids) as number[];
      const bytes = Buffer.from(c.digests);
      const type = isEntityType(c.entity_type) ? c.entity_type : e.entity_type;
      const target = expected.get(type)!;
      ids.forEach((id, i) => {
        target.set(id, bytes.subarray(i * 32, i * 32 + 32).toString('hex'));
      });
    }
    return;
  }
  if (e.entity_id === null) return;
  if (e.after !== null) want.set(e.entity_id, sha256(e.after).toString('hex'));
  else want.delete(e.entity_id);
}
