// Exports of a case's items and components as CSV or JSON Lines, with the same column names that
// imports accept, so that an export imports again unchanged (and a second import adds nothing).
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { assertCaseRead, type CaseView } from '../core/access.ts';
import type { Actor } from '../core/actor.ts';
import { NotFound } from '../core/errors.ts';
import type { Db } from '../db/index.ts';
import {
  type CaseReader,
  publishedComponent,
  publishedItem,
  toComponent,
  toItem,
} from '../evidence/index.ts';
import { ExportsRepository } from './exports.repository.ts';

export type ExportFormat = 'csv' | 'jsonl';

const itemColumns = [
  'externalRef',
  'itemType',
  'designationMarked',
  'designationAssessed',
  'serialNumber',
  'markings',
  'recoveredAt',
  'recoveredPrecision',
  'latitude',
  'longitude',
  'placeName',
  'country',
  'condition',
  'source',
  'observation',
  'sourceReliability',
  'notes',
  'tags',
] as const;
const componentColumns = [
  'itemRef',
  'itemId',
  'parentPosition',
  'subsystem',
  'position',
  'category',
  'quantity',
  'markingRaw',
  'maker',
  'partNumber',
  'dateCode',
  'lotCode',
  'serial',
  'notes',
] as const;

const PAGE = 2000;

export class ExportService {
  constructor(
    private readonly db: Db,
    private readonly reader: CaseReader,
    private readonly repo = new ExportsRepository(),
  ) {}

  /** Throws unless the actor may read the case; says whether it reads it in its published form. */
  async check(actor: Actor, caseId: number): Promise<CaseView> {
    if (!(await this.repo.caseExists(this.db.kysely, caseId))) throw new NotFound('case', caseId);
    return assertCaseRead(actor, caseId, 'case', caseId);
  }

  async export(
    actor: Actor,
    what: 'items' | 'components',
    caseId: number,
    format: ExportFormat,
    out: Writable,
  ): Promise<number> {
    // A published reader's export holds what the published view shows; a member's read is logged.
    const published = (await this.check(actor, caseId)) === 'published';
    const gridKm = this.reader.options.gridKm;
    const columns: readonly string[] = what === 'items' ? itemColumns : componentColumns;
    const sink = format === 'csv' ? stringify({ header: true, columns: [...columns] }) : null;
    const done = sink
      ? new Promise<void>((resolve, reject) => sink.on('end', resolve).on('error', reject))
      : null;
    sink?.pipe(out, { end: false });
    const write = async (record: Record<string, unknown>) => {
      if (sink) {
        // A list (tags) is one cell of words separated by semicolons, as imports read it.
        const cells = columns.map((c) => {
          const v = record[c];
          return Array.isArray(v) ? v.join('; ') : (v ?? '');
        });
        if (!sink.write(cells)) await new Promise((r) => sink.once('drain', r));
      } else if (
        !out.write(`${JSON.stringify(Object.fromEntries(columns.map((c) => [c, record[c] ?? null])))}\n`)
      ) {
        await new Promise((r) => out.once('drain', r));
      }
    };
    let count = 0;
    let last = 0;
    for (;;) {
      const page =
        what === 'items'
          ? (await this.repo.items(this.db.kysely, caseId, last, PAGE, published)).map((r) => ({
              id: r.id,
              record: (published ? publishedItem(toItem(r), gridKm) : toItem(r)) as Record<string, unknown>,
            }))
          : (await this.repo.components(this.db.kysely, caseId, last, PAGE, published)).map((r) => ({
              id: r.id,
              record: {
                ...(published ? publishedComponent(toComponent(r)) : toComponent(r)),
                itemRef: r.item_ref ?? undefined,
                itemId: r.item_ref ? undefined : r.item_id,
                parentPosition: r.parent_position,
              } as Record<string, unknown>,
            }));
      if (page.length === 0) break;
      if (!published)
        await this.reader.logRead(
          actor,
          what === 'items' ? 'item' : 'component',
          page.map((p) => p.record as { id: number }),
        );
      for (const { record } of page) await write(record);
      count += page.length;
      last = page[page.length - 1].id;
    }
    if (sink && done) {
      sink.end();
      await done;
    }
    return count;
  }
}
