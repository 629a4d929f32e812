// Sorting of the registry's lists: the columns each list may be sorted by (a whitelist, so no request
// names a column of its own), always with the id as tiebreak so that paging is stable. Empty values
// come first going up and last going down on both databases, which is how the indexes of the
// web-lists migration store them, so a sorted page is read from an index.
import { type RawBuilder, sql } from 'kysely';

export type Order = 'asc' | 'desc';

export const itemSorts = ['id', 'recoveredAt', 'designation', 'serialNumber', 'itemType', 'country'] as const;
export const componentSorts = [
  'id',
  'partNumber',
  'maker',
  'subsystem',
  'category',
  'dateCode',
  'itemId',
] as const;
export const partySorts = ['id', 'name'] as const;

/** The SQL expression each sort key orders by, on the list's table. */
export const itemSortColumns: Record<(typeof itemSorts)[number], string | RawBuilder<unknown>> = {
  id: 'id',
  recoveredAt: 'recovered_at',
  designation: sql`coalesce(designation_assessed, designation_marked)`,
  serialNumber: 'serial_number',
  itemType: 'item_type',
  country: 'country',
};
export const componentSortColumns: Record<(typeof componentSorts)[number], string> = {
  id: 'id',
  partNumber: 'part_number',
  maker: 'maker',
  subsystem: 'subsystem',
  category: 'category',
  dateCode: 'date_code',
  itemId: 'item_id',
};

/** `ORDER BY <column> <order> NULLS FIRST|LAST, id <order>` as raw SQL. */
export function orderSql(column: string | RawBuilder<unknown>, order: Order): RawBuilder<unknown> {
  const col = typeof column === 'string' ? sql.ref(column) : column;
  if (column === 'id') return sql`${col} ${sql.raw(order)}`;
  const nulls = order === 'asc' ? 'nulls first' : 'nulls last';
  return sql`${col} ${sql.raw(order)} ${sql.raw(nulls)}, id ${sql.raw(order)}`;
}

/** The same order in JavaScript, for rows merged after the query (see published.query.ts). */
export function compareRows<R extends { id: number }>(
  value: (row: R) => string | number | null,
  order: Order,
): (a: R, b: R) => number {
  const sign = order === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    if (x !== y) {
      if (x === null) return -sign;
      if (y === null) return sign;
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    return sign * (a.id - b.id);
  };
}
