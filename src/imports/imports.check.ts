// Pass-one checks that need more than one row: a row that repeats another row of the same file, and
// components that point at items that do not exist. (Parents named by position are resolved while
// writing, since they may be rows of the same file.)
import type { Kysely } from 'kysely';
import type { Problem } from '../core/errors.ts';
import type { Database } from '../db/index.ts';
import { ImportsRepository } from './imports.repository.ts';
import {
  type ComponentRow,
  componentIdentity,
  type ItemRow,
  itemIdentity,
  itemPointer,
} from './imports.rows.ts';

export interface RowCheck {
  add(value: unknown, row: number, file: string): Problem[];
  finish(db: Kysely<Database>, caseId: number, file: string): Promise<Problem[]>;
}

export function checkItemRows(column: (field: string) => string): RowCheck {
  const seen = new Map<string, number>();
  return {
    add(value, row, file) {
      const v = value as ItemRow;
      const id = itemIdentity(v);
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, row);
        return [];
      }
      const what = v.externalRef
        ? `the same external reference "${v.externalRef}"`
        : 'the same designation, serial number and recovery date';
      return [
        {
          file,
          row,
          path: column(v.externalRef ? 'externalRef' : 'serialNumber'),
          message: `repeats row ${first} (${what})`,
        },
      ];
    },
    finish: async () => [],
  };
}

export function checkComponentRows(column: (field: string) => string): RowCheck {
  const seen = new Map<string, number>();
  const pointers = new Map<string, number>();
  return {
    add(value, row, file) {
      const v = value as ComponentRow;
      const pointer = itemPointer(v);
      if (!pointers.has(pointer)) pointers.set(pointer, row);
      const id = componentIdentity(pointer, v.position, v.markingRaw);
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, row);
        return [];
      }
      return [
        {
          file,
          row,
          path: column('markingRaw'),
          message: `repeats row ${first} (same item, position and marking)`,
        },
      ];
    },
    async finish(db, caseId, file) {
      const repo = new ImportsRepository();
      const refs = [...pointers.keys()].filter((p) => p.startsWith('ref:')).map((p) => p.slice(4));
      const ids = [...pointers.keys()].filter((p) => p.startsWith('id:')).map((p) => Number(p.slice(3)));
      const found = new Set<string>();
      for (const r of await repo.itemsByRef(db, caseId, refs)) found.add(`ref:${r.external_ref}`);
      for (const r of await repo.itemsById(db, caseId, ids)) found.add(`id:${r.id}`);
      const problems: Problem[] = [];
      for (const [pointer, row] of pointers) {
        if (found.has(pointer)) continue;
        const [field, what] = pointer.startsWith('ref:')
          ? ['itemRef', `no item with external reference "${pointer.slice(4)}" in case ${caseId}`]
          : ['itemId', `no item ${pointer.slice(3)} in case ${caseId}`];
        problems.push({ file, row, path: column(field), message: what });
      }
      return problems;
    },
  };
}
