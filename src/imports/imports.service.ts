// Imports of recovered items and components from CSV, TSV, JSON Lines or XLSX files, streamed in one
// pass and one transaction with one audit entry that commits to each row written. A file with any bad
// row imports nothing and its report names every bad row. Importing the same file again adds nothing;
// a changed row is a conflict unless `update` is set.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { assertCaseWrite } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { Conflict, Invalid, type Problem } from '../core/errors.ts';
import type { AuditedWriter, MarkingReader } from '../evidence/index.ts';
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

/** What a dry run found: the counts the import would have, and every row problem and conflict. */
export interface ImportCheck {
  ok: boolean;
  rows: number;
  added: number;
  updated: number;
  skipped: number;
  problemCount: number;
  problems: Problem[];
  conflicts: Problem[];
}

/** Carries a dry run's findings out of its transaction, which throwing rolls back. */
class DryRunDone extends Error {
  constructor(readonly check: ImportCheck) {
    super('dry run');
  }
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

export class ImportService {
  /** Set by the app: the markings module's machine reading of imported components. */
  markings: MarkingReader | undefined;

  constructor(private readonly w: AuditedWriter) {}

  /** The import as a dry run: everything is read, checked and written inside a transaction that is
   * rolled back at the end whatever it found, so that nothing stays (no row, no audit entry). Problems
   * of the file as a whole (its header, its encoding) are thrown as they are by `run`. */
  async check(actor: Actor, o: ImportOptions): Promise<ImportCheck> {
    try {
      await this.execute(actor, o, true);
    } catch (e) {
      if (e instanceof DryRunDone) return e.check;
      throw e;
    }
    throw new Error('a dry run ended without rolling back');
  }

  async run(actor: Actor, o: ImportOptions): Promise<ImportResult> {
    return this.execute(actor, o, false);
  }

  private async execute(actor: Actor, o: ImportOptions, dryRun: boolean): Promise<ImportResult> {
    const file = o.fileName ?? basename(o.path);
    const read = { format: o.format, delimiter: o.delimiter, name: file };
    const fields: FieldSpec[] = o.kind === 'items' ? itemFields : componentFields;
    const headerMap = buildHeaderMap(await readHeaders(o.path, read), fields, o.map ?? {}, file);
    await this.w.get(this.w.db.kysely, 'case', o.caseId);
    assertCaseWrite(actor, o.caseId, 'case', o.caseId);

    const parse = rowParser(o.kind, headerMap, fields, file, o.caseId);
    const column = (field: string) => headerMap.columnOf.get(field) ?? field;
    const check: RowCheck = o.kind === 'items' ? checkItemRows(column) : checkComponentRows(column);
    const total = await estimateRows(o.path);
    const sha256 = await fileSha256(o.path);

    // One pass, one transaction. Good rows are written as they are read, even after a bad row, so that
    // rows whose item or parent exists nowhere are found too; a bad file's transaction rolls back, so it
    // changes nothing and its report names every problem.
    return this.w.transaction(async (trx) => {
      const problems: Problem[] = [];
      let problemCount = 0;
      let count = 0;
      const note = (found: Problem[]) => {
        problemCount += found.length;
        for (const p of found) if (problems.length < MAX_PROBLEMS) problems.push(p);
      };
      const ctx: WriteContext = {
        trx,
        w: this.w,
        actor,
        caseId: o.caseId,
        update: !!o.update,
        file,
        total,
        column,
        onProgress: o.onProgress,
        markings: this.markings,
      };
      const records = (async function* () {
        for await (const record of readRecords(o.path, read)) {
          count++;
          const r = parse(record);
          const found = r.ok ? check.add(r.value, record.row, file) : r.problems;
          if (found.length > 0) note(found);
          else if (r.ok) yield { row: record.row, value: r.value };
        }
      })();
      const out =
        o.kind === 'items'
          ? await writeItems(ctx, records as AsyncIterable<{ row: number; value: ItemRow }>)
          : await writeComponents(ctx, records as AsyncIterable<{ row: number; value: ComponentRow }>);
      note(out.problems);
      problems.sort((x, y) => (x.row ?? 0) - (y.row ?? 0));
      if (dryRun) {
        throw new DryRunDone({
          ok: problemCount === 0 && out.conflicts.length === 0,
          rows: count,
          added: out.added,
          updated: out.updated,
          skipped: out.skipped,
          problemCount,
          problems,
          conflicts: out.conflicts.slice(0, MAX_PROBLEMS),
        });
      }
      if (problemCount > 0) {
        const more = problemCount > problems.length ? ` (the first ${problems.length} are listed)` : '';
        throw new Invalid(
          `${file}: ${problemCount} problem${problemCount === 1 ? '' : 's'} found${more}; nothing was imported`,
          problems,
        );
      }
      if (out.conflicts.length > 0) {
        const shown = out.conflicts.slice(0, MAX_PROBLEMS);
        throw new Conflict(
          `${file}: ${out.conflicts.length} row${out.conflicts.length === 1 ? '' : 's'} would change stored records; nothing was imported (use --update to apply the changes)`,
          shown,
        );
      }
      await out.parts.finish('create', {
        reason: 'parts read from component markings',
        file,
        parts: out.parts.rows,
      });
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

/** Rows to expect, for progress: the file's line count less the header (quoted line breaks make it an
 * upper bound). Counting bytes is far cheaper than parsing them. */
async function estimateRows(path: string): Promise<number | null> {
  if (path.toLowerCase().endsWith('.xlsx')) return null;
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    last = chunk[chunk.length - 1];
  }
  if (last !== 10) lines++;
  return path.toLowerCase().match(/\.(jsonl|ndjson)$/) ? lines : Math.max(0, lines - 1);
}

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}
