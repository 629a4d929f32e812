// Checks that need more than one row of the file: a row that repeats another one. (Items that
// components point at, and parents named by position, are resolved while writing.)
import type { Problem } from '../core/errors.ts';
import {
  type ComponentRow,
  componentIdentity,
  type ItemRow,
  itemIdentity,
  itemPointer,
} from './imports.rows.ts';

export interface RowCheck {
  add(value: unknown, row: number, file: string): Problem[];
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
  };
}

export function checkComponentRows(column: (field: string) => string): RowCheck {
  const seen = new Map<string, number>();
  return {
    add(value, row, file) {
      const v = value as ComponentRow;
      const pointer = itemPointer(v);
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
  };
}
