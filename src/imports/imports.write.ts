// Pass two of an import: writes validated rows in batches inside the caller's transaction. A row equal
// to a stored record is skipped; one that differs is a conflict, or with `update` an audited update.
// New rows are inserted in bulk and committed to by one audit entry.
import type { BulkRecorder } from '../audit/index.ts';
import type { Actor } from '../core/actor.ts';
import type { Problem } from '../core/errors.ts';
import {
  type AuditedWriter,
  type ComponentValues,
  componentValues,
  itemValues,
  type MarkingReader,
  type Trx,
} from '../evidence/index.ts';
import { ImportsRepository } from './imports.repository.ts';
import {
  type ComponentRow,
  componentIdentity,
  type ItemRow,
  itemIdentity,
  itemPointer,
} from './imports.rows.ts';

export interface WriteContext {
  trx: Trx;
  w: AuditedWriter;
  actor: Actor;
  caseId: number;
  update: boolean;
  file: string;
  total: number | null;
  /** The file's column for a field, so that problems point at it. */
  column: (field: string) => string;
  onProgress?: (phase: 'validate' | 'write', done: number, total: number | null) => void;
  /** The machine's reading of markings, written into components as they are imported. */
  markings?: MarkingReader;
}

export interface WriteOutcome {
  added: number;
  updated: number;
  skipped: number;
  conflicts: Problem[];
  /** Rows that cannot be written (a parent position that exists nowhere). */
  problems: Problem[];
  bulk: BulkRecorder;
  /** The catalog parts that the components' markings name, created by this import. */
  parts: BulkRecorder;
}

const BATCH = 500;
const repo = new ImportsRepository();

type Values = Record<string, unknown>;

/** The columns whose stored value differs from the row's. */
function changedColumns(stored: Values, next: Values): string[] {
  return Object.keys(next).filter((k) => k !== 'search_text' && (stored[k] ?? null) !== (next[k] ?? null));
}

async function settle(
  ctx: WriteContext,
  out: WriteOutcome,
  entity: 'item' | 'component',
  row: number,
  stored: Values & { id: number },
  next: Values,
): Promise<void> {
  const changed = changedColumns(stored, next);
  if (changed.length === 0) out.skipped++;
  else if (ctx.update) {
    await ctx.w.update(ctx.trx, ctx.actor, entity, stored.id, next);
    out.updated++;
  } else {
    out.conflicts.push({
      file: ctx.file,
      row,
      message: `differs from stored ${entity} ${stored.id} in ${changed.join(', ')}`,
    });
  }
}

function emptyOutcome(ctx: WriteContext, entity: 'item' | 'component'): WriteOutcome {
  return {
    added: 0,
    updated: 0,
    skipped: 0,
    conflicts: [],
    problems: [],
    bulk: ctx.w.audit.bulk(ctx.trx, ctx.actor, entity),
    parts: ctx.w.audit.bulk(ctx.trx, ctx.actor, 'part'),
  };
}

export async function writeItems(
  ctx: WriteContext,
  records: AsyncIterable<{ row: number; value: ItemRow }>,
): Promise<WriteOutcome> {
  const out = emptyOutcome(ctx, 'item');
  let unkeyed: Map<string, Values & { id: number }> | null = null;
  let batch: { row: number; value: ItemRow }[] = [];
  let done = 0;

  const flush = async () => {
    const stored = new Map<string, Values & { id: number }>();
    const refs = batch.filter((b) => b.value.externalRef).map((b) => b.value.externalRef as string);
    const serials = batch
      .filter((b) => !b.value.externalRef && b.value.serialNumber)
      .map((b) => b.value.serialNumber as string);
    for (const r of await repo.itemsByExternalRef(ctx.trx, ctx.caseId, refs))
      stored.set(itemIdentity(asItem(r)), r);
    for (const r of await repo.itemsBySerial(ctx.trx, ctx.caseId, serials))
      stored.set(itemIdentity(asItem(r)), r);
    if (!unkeyed && batch.some((b) => !b.value.externalRef && !b.value.serialNumber)) {
      unkeyed = new Map(
        (await repo.itemsWithoutRefOrSerial(ctx.trx, ctx.caseId)).map((r) => [itemIdentity(asItem(r)), r]),
      );
    }
    const fresh: Values[] = [];
    for (const b of batch) {
      const id = itemIdentity(b.value);
      const values = itemValues(b.value);
      const existing = stored.get(id) ?? unkeyed?.get(id);
      if (existing) await settle(ctx, out, 'item', b.row, existing, values);
      else fresh.push(values);
    }
    const inserted = await ctx.w.createMany(ctx.trx, out.bulk, 'item', fresh);
    out.added += inserted.length;
    done += batch.length;
    ctx.onProgress?.('write', done, ctx.total);
    batch = [];
  };

  for await (const r of records) {
    batch.push(r);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return out;
}

/** The identity fields of a stored item, in the shape of an import row. */
function asItem(r: {
  case_id: number;
  external_ref: string | null;
  designation_marked: string | null;
  serial_number: string | null;
  recovered_at: string | null;
}): ItemRow {
  return {
    caseId: r.case_id,
    externalRef: r.external_ref,
    designationMarked: r.designation_marked,
    serialNumber: r.serial_number,
    recoveredAt: r.recovered_at,
  } as ItemRow;
}

export async function writeComponents(
  ctx: WriteContext,
  records: AsyncIterable<{ row: number; value: ComponentRow }>,
): Promise<WriteOutcome> {
  const out = emptyOutcome(ctx, 'component');
  const itemOf = new Map<string, number>();
  const hasStored = new Map<number, boolean>();
  // Positions of components written by this import, so that later rows can name them as parents.
  const positions = new Map<string, number>();
  let batch: { row: number; value: ComponentRow; itemId: number }[] = [];
  let pendingPositions = new Set<string>();
  let done = 0;

  const resolveItems = async (pointers: string[]) => {
    const missing = [...new Set(pointers)].filter((p) => !itemOf.has(p));
    const refs = missing.filter((p) => p.startsWith('ref:')).map((p) => p.slice(4));
    const ids = missing.filter((p) => p.startsWith('id:')).map((p) => Number(p.slice(3)));
    for (const r of await repo.itemsByRef(ctx.trx, ctx.caseId, refs))
      itemOf.set(`ref:${r.external_ref}`, r.id);
    for (const r of await repo.itemsById(ctx.trx, ctx.caseId, ids)) itemOf.set(`id:${r.id}`, r.id);
    const unseen = [
      ...new Set(missing.map((p) => itemOf.get(p)).filter((id): id is number => id !== undefined)),
    ].filter((id) => !hasStored.has(id));
    const withRows = new Set((await repo.itemsWithComponents(ctx.trx, unseen)).map((r) => r.item_id));
    for (const id of unseen) hasStored.set(id, withRows.has(id));
  };

  const flush = async () => {
    if (batch.length === 0) return;
    const storedItems = [...new Set(batch.map((b) => b.itemId))].filter((id) => hasStored.get(id));
    const stored = new Map<string, Values & { id: number }>();
    for (const c of await repo.componentsOfItems(ctx.trx, storedItems)) {
      stored.set(componentIdentity(c.item_id, c.position, c.marking_raw), c);
      if (c.position) positions.set(`${c.item_id}\u0000${c.position}`, c.id);
    }
    const fresh: Values[] = [];
    const prepared: { b: (typeof batch)[number]; values: ComponentValues }[] = [];
    for (const b of batch) {
      const v = b.value;
      let parentId: number | null = null;
      if (v.parentPosition) {
        parentId = positions.get(`${b.itemId}\u0000${v.parentPosition}`) ?? null;
        if (parentId === null) {
          out.problems.push({
            file: ctx.file,
            row: b.row,
            path: ctx.column('parentPosition'),
            message: `no component at position "${v.parentPosition}" in this item, in the file or stored`,
          });
          continue;
        }
      }
      prepared.push({ b, values: componentValues({ ...v, itemId: b.itemId, parentId }, ctx.caseId) });
    }
    await ctx.markings?.read(
      ctx.trx,
      ctx.actor,
      prepared.map((p) => p.values),
      out.parts,
    );
    for (const { b, values } of prepared) {
      const v = b.value;
      // Only items that had components before this import can hold a stored twin of the row.
      const existing =
        stored.size > 0 ? stored.get(componentIdentity(b.itemId, v.position, v.markingRaw)) : undefined;
      if (existing) await settle(ctx, out, 'component', b.row, existing, values);
      else fresh.push(values);
    }
    const inserted = await ctx.w.createMany(ctx.trx, out.bulk, 'component', fresh);
    for (const r of inserted) if (r.position) positions.set(`${r.item_id}\u0000${r.position}`, r.id);
    out.added += inserted.length;
    done += batch.length;
    ctx.onProgress?.('write', done, ctx.total);
    batch = [];
    pendingPositions = new Set();
  };

  let pending: { row: number; value: ComponentRow }[] = [];
  const place = async () => {
    await resolveItems(pending.map((p) => itemPointer(p.value)));
    for (const p of pending) {
      const pointer = itemPointer(p.value);
      const itemId = itemOf.get(pointer);
      if (itemId === undefined) {
        const [field, message] = pointer.startsWith('ref:')
          ? ['itemRef', `no item with external reference "${pointer.slice(4)}" in case ${ctx.caseId}`]
          : ['itemId', `no item ${pointer.slice(3)} in case ${ctx.caseId}`];
        out.problems.push({ file: ctx.file, row: p.row, path: ctx.column(field), message });
        continue;
      }
      // A parent still waiting in this batch must be written first, so that its id is known.
      if (p.value.parentPosition && pendingPositions.has(`${itemId}\u0000${p.value.parentPosition}`))
        await flush();
      batch.push({ ...p, itemId });
      if (p.value.position) pendingPositions.add(`${itemId}\u0000${p.value.position}`);
      if (batch.length >= BATCH) await flush();
    }
    pending = [];
  };

  for await (const r of records) {
    pending.push(r);
    if (pending.length >= BATCH) await place();
  }
  await place();
  await flush();
  return out;
}
