// Imports of recovered items and components from CSV, TSV, JSON Lines or XLSX files. Two passes over
// the file keep memory flat: the first validates every row and reports every bad one before anything is
// written; the second writes all rows in one transaction with one audit entry that commits to each row.
// Importing the same file again adds nothing; a changed row is a conflict unless `update` is set.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertCanWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Conflict, Invalid, type Problem } from '../core/errors.ts';
import type { AuditedWriter } from '../evidence/index.ts';
import { checkComponentRows, checkItemRows, type RowCheck } from './imports.check.ts';
import { coerceRecord } from './imports.coerce.ts';
import { componentFields, type FieldSpec, itemFields } from './imports.fields.ts';
import { buildHeaderMap, type HeaderMap } from './imports.header-map.ts';
import { type ImportFormat, readHeaders, readRecords, type SourceRecord } from './imports.read.ts';
import { ComponentRow, ItemRow } from './imports.rows.ts';
import { validateRow } from './imports.validate.ts';
import { type WriteContext, writeComponents, writeItems } from './imports.write.ts';

export type ImportKind = 'items' | 'components';

export interface ImportOptions {
  kind: ImportKind;
  path: string;
  /** The name errors and the audit entry show; the path's base name by default. */
  fileName?: string;
  caseId: number;
  map?: Record<string, string>;
  update?: boolean;
  format?: ImportFormat;
  delimiter?: string;
  onProgress?: (phase: 'validate' | 'write', done: number, total: number | null) => void;
}

export interface ImportResult {
  kind: ImportKind;
  file: string;
  sha256: string;
  rows: number;
  added: number;
  updated: number;
  skipped: number;
  auditSeq: number | null;
}

/** Problems reported in full; beyond this many only their count is given. */
const MAX_PROBLEMS = 1000;
const PROGRESS_EVERY = 5000;

export class ImportService {
  constructor(private readonly w: AuditedWriter) {}

  async run(actor: Actor, o: ImportOptions): Promise<ImportResult> {
    assertCanWrite(actor);
    const file = o.fileName ?? basename(o.path);
    const read = { format: o.format, delimiter: o.delimiter };
    const fields: FieldSpec[] = o.kind === 'items' ? itemFields : componentFields;
    const headerMap = buildHeaderMap(await readHeaders(o.path, read), fields, o.map ?? {}, file);
    await this.w.get(this.w.db.kysely, 'case', o.caseId);

    const rows = (async function* () {
      for await (const record of readRecords(o.path, read)) yield record;
    })();
    const parse = rowParser(o.kind, headerMap, fields, file, o.caseId);
    const column = (field: string) => headerMap.columnOf.get(field) ?? field;
    const check: RowCheck = o.kind === 'items' ? checkItemRows(column) : checkComponentRows(column);

    // Pass 1: every row, every problem, nothing written.
    const problems: Problem[] = [];
    let problemCount = 0;
    let count = 0;
    for await (const record of rows) {
      count++;
      const r = parse(record);
      const found = r.ok ? check.add(r.value, record.row, file) : r.problems;
      problemCount += found.length;
      for (const p of found) if (problems.length < MAX_PROBLEMS) problems.push(p);
      if (count % PROGRESS_EVERY === 0) o.onProgress?.('validate', count, null);
    }
    o.onProgress?.('validate', count, count);
    const late = await check.finish(this.w.db.kysely, o.caseId, file);
    problemCount += late.length;
    problems.push(...late.slice(0, Math.max(0, MAX_PROBLEMS - problems.length)));
    if (problemCount > 0) {
      const more = problemCount > problems.length ? ` (the first ${problems.length} are listed)` : '';
      throw new Invalid(
        `${file}: ${problemCount} problem${problemCount === 1 ? '' : 's'} found${more}; nothing was imported`,
        problems,
      );
    }

    // Pass 2: one transaction; a conflict rolls everything back.
    const sha256 = await fileSha256(o.path);
    return this.w.transaction(async (trx) => {
      const ctx: WriteContext = {
        trx,
        w: this.w,
        actor,
        caseId: o.caseId,
        update: !!o.update,
        file,
        total: count,
        column,
        onProgress: o.onProgress,
      };
      const records = (async function* () {
        for await (const record of readRecords(o.path, read)) {
          const r = parse(record);
          if (!r.ok) throw new Invalid(`${file} changed while it was being imported`, r.problems);
          yield { row: record.row, value: r.value };
        }
      })();
      const out =
        o.kind === 'items'
          ? await writeItems(ctx, records as AsyncIterable<{ row: number; value: ItemRow }>)
          : await writeComponents(ctx, records as AsyncIterable<{ row: number; value: ComponentRow }>);
      if (out.problems.length > 0) {
        throw new Invalid(
          `${file}: ${out.problems.length} row(s) cannot be placed; nothing was imported`,
          out.problems.slice(0, MAX_PROBLEMS),
        );
      }
      if (out.conflicts.length > 0) {
        const shown = out.conflicts.slice(0, MAX_PROBLEMS);
        throw new Conflict(
          `${file}: ${out.conflicts.length} row${out.conflicts.length === 1 ? '' : 's'} would change stored records; nothing was imported (use --update to apply the changes)`,
          shown,
        );
      }
      const auditSeq = await out.bulk.finish('import', {
        kind: o.kind,
        file,
        sha256,
        caseId: o.caseId,
        rows: count,
        added: out.added,
        updated: out.updated,
        skipped: out.skipped,
      });
      o.onProgress?.('write', count, count);
      return {
        kind: o.kind,
        file,
        sha256,
        rows: count,
        added: out.added,
        updated: out.updated,
        skipped: out.skipped,
        auditSeq,
      };
    });
  }
}

function rowParser(
  kind: ImportKind,
  headerMap: HeaderMap,
  fields: FieldSpec[],
  file: string,
  caseId: number,
) {
  const schema = kind === 'items' ? ItemRow : ComponentRow;
  return (record: SourceRecord) => {
    const coerced = coerceRecord(record, headerMap, fields, file);
    if (!coerced.ok) return coerced;
    const value = kind === 'items' ? { ...coerced.value, caseId } : coerced.value;
    return validateRow(value, schema, record, headerMap, file);
  };
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
