// Converts one record of an import file into the typed fields of its target, collecting every
// problem of the row (each pointing at the column as the file names it) instead of stopping at one.
import type { Problem } from '../core/errors.ts';
import { type DatePrecision, isFinerThan } from './imports.dates.ts';
import type { FieldSpec } from './imports.fields.ts';
import type { HeaderMap } from './imports.header-map.ts';
import type { SourceRecord } from './imports.record.ts';
import { coerceValue } from './imports.values.ts';

export type RowResult<T = Record<string, unknown>> =
  | { ok: true; value: T }
  | { ok: false; problems: Problem[] };

// Field name → spec, built once per field list rather than once per row.
const specIndexes = new WeakMap<FieldSpec[], Map<string, FieldSpec>>();
function specsOf(fields: FieldSpec[]): Map<string, FieldSpec> {
  let specs = specIndexes.get(fields);
  if (specs === undefined) {
    specs = new Map(fields.map((f) => [f.name, f]));
    specIndexes.set(fields, specs);
  }
  return specs;
}

/**
 * Fields of the target appear in the result only when the file has a column for them; an empty cell
 * gives null. A partial date (`2023-05`, `2023`) sets the date's precision field when the row leaves
 * it empty, and is an error when the row claims a finer precision than the date has.
 */
export function coerceRecord(
  record: SourceRecord,
  headerMap: HeaderMap,
  fields: FieldSpec[],
  file: string,
): RowResult {
  const specs = specsOf(fields);
  const value: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const column of Object.keys(record.values)) {
    if (!headerMap.fieldOf.has(column) && !headerMap.ignored.has(column)) {
      problems.push(at(file, record, column, `unknown field; accepted: ${[...specs.keys()].join(', ')}`));
    }
  }
  const partialDates: { spec: FieldSpec; column: string; precision: DatePrecision }[] = [];
  for (const [column, field] of headerMap.fieldOf) {
    const spec = specs.get(field);
    if (spec === undefined) continue;
    const result = coerceValue(spec, Object.hasOwn(record.values, column) ? record.values[column] : null);
    if (!result.ok) {
      problems.push(at(file, record, column, result.message));
      continue;
    }
    value[field] = result.value;
    if (spec.precisionField && (result.precision === 'month' || result.precision === 'year')) {
      partialDates.push({ spec, column, precision: result.precision });
    }
  }
  for (const { spec, column, precision } of partialDates) {
    const field = spec.precisionField as string;
    const claimed = value[field] as DatePrecision | null | undefined;
    if (claimed == null) value[field] = precision;
    else if (isFinerThan(claimed, precision)) {
      const given = JSON.stringify(record.values[column]);
      const claimedIn = headerMap.columnOf.get(field) ?? field;
      const message = `${given} gives only the ${precision}, but column "${claimedIn}" says the precision is ${claimed}`;
      problems.push(at(file, record, column, message));
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}

function at(file: string, record: SourceRecord, column: string, message: string): Problem {
  return { file, row: record.row, path: column, message };
}
