// SQL that imports need: resolving item references of a case, and the stored rows that a file's rows
// may repeat (row identity).
import type { Kysely, Selectable } from 'kysely';
import type { ComponentsTable, Database, RecoveredItemsTable } from '../db/index.ts';

const CHUNK = 500;

async function chunked<T, R>(values: T[], run: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await run(values.slice(i, i + CHUNK))));
  return out;
}

export class ImportsRepository {
  itemsByRef(db: Kysely<Database>, caseId: number, refs: string[]) {
    return chunked(refs, (c) =>
      db
        .selectFrom('recovered_items')
        .select(['id', 'external_ref'])
        .where('case_id', '=', caseId)
        .where('external_ref', 'in', c)
        .where('deleted_at', 'is', null)
        .execute(),
    );
  }

  itemsById(db: Kysely<Database>, caseId: number, ids: number[]) {
    return chunked(ids, (c) =>
      db
        .selectFrom('recovered_items')
        .select(['id', 'external_ref'])
        .where('case_id', '=', caseId)
        .where('id', 'in', c)
        .where('deleted_at', 'is', null)
        .execute(),
    );
  }

  /** Items of the list that already have components: only their rows can repeat stored ones. */
  itemsWithComponents(db: Kysely<Database>, itemIds: number[]) {
    return chunked(itemIds, (c) =>
      db.selectFrom('components').select('item_id').distinct().where('item_id', 'in', c).execute(),
    );
  }

  componentsOfItems(db: Kysely<Database>, itemIds: number[]): Promise<Selectable<ComponentsTable>[]> {
    return chunked(itemIds, (c) =>
      db
        .selectFrom('components')
        .selectAll()
        .where('item_id', 'in', c)
        .where('deleted_at', 'is', null)
        .execute(),
    );
  }

  itemsByExternalRef(
    db: Kysely<Database>,
    caseId: number,
    refs: string[],
  ): Promise<Selectable<RecoveredItemsTable>[]> {
    return chunked(refs, (c) =>
      db
        .selectFrom('recovered_items')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('external_ref', 'in', c)
        .where('deleted_at', 'is', null)
        .execute(),
    );
  }

  itemsBySerial(
    db: Kysely<Database>,
    caseId: number,
    serials: string[],
  ): Promise<Selectable<RecoveredItemsTable>[]> {
    return chunked(serials, (c) =>
      db
        .selectFrom('recovered_items')
        .selectAll()
        .where('case_id', '=', caseId)
        .where('external_ref', 'is', null)
        .where('serial_number', 'in', c)
        .where('deleted_at', 'is', null)
        .execute(),
    );
  }

  itemsWithoutRefOrSerial(db: Kysely<Database>, caseId: number): Promise<Selectable<RecoveredItemsTable>[]> {
    return db
      .selectFrom('recovered_items')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('external_ref', 'is', null)
      .where('serial_number', 'is', null)
      .where('deleted_at', 'is', null)
      .execute();
  }
}
