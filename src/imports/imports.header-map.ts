// Decides which field each column of a file fills: the user's mapping first, then the column's own
// name, then the field's aliases. Anything left over is an error, because a column silently dropped
// is evidence silently lost.
import { Invalid, type Problem } from '../core/errors.ts';
import { type FieldSpec, normalizeName } from './imports.fields.ts';

/** Maps the `-` target: the column is read but ignored. */
export const IGNORE = '-';

export interface HeaderMap {
  /** Source column → the field it fills. */
  readonly fieldOf: ReadonlyMap<string, string>;
  /** Field → the source column it comes from, so that errors point at the column. */
  readonly columnOf: ReadonlyMap<string, string>;
  /** Columns the mapping says to ignore. */
  readonly ignored: ReadonlySet<string>;
}

export function buildHeaderMap(
  headers: string[],
  fields: FieldSpec[],
  explicit: Record<string, string>,
  file: string,
): HeaderMap {
  const { byName, byAlias } = namesOf(fields);
  const accepted = fields.map((f) => f.name).join(', ');
  const problems: Problem[] = [];

  for (const [column, target] of Object.entries(explicit)) {
    if (!headers.includes(column)) {
      problems.push({
        file,
        path: column,
        message: `the mapping names column "${column}", which the file does not have (its columns: ${headers.join(', ')})`,
      });
    } else if (target !== IGNORE && !byName.has(normalizeName(target))) {
      problems.push({
        file,
        path: column,
        message: `the mapping sends it to "${target}", which is not a field (fields: ${accepted})`,
      });
    }
  }

  const fieldOf = new Map<string, string>();
  const ignored = new Set<string>();
  const unknown: string[] = [];
  for (const column of headers) {
    const target = Object.hasOwn(explicit, column) ? explicit[column] : undefined;
    if (target === IGNORE) ignored.add(column);
    else {
      const field =
        target !== undefined
          ? byName.get(normalizeName(target))
          : (byName.get(normalizeName(column)) ?? byAlias.get(normalizeName(column)));
      if (field !== undefined) fieldOf.set(column, field);
      else if (target === undefined) unknown.push(column);
    }
  }
  for (const column of unknown) {
    problems.push({
      file,
      path: column,
      message: `unknown column: map it to a field (--map "${column}=field") or ignore it (--map "${column}=-")`,
    });
  }

  const columnOf = new Map<string, string>();
  for (const [column, field] of fieldOf) {
    const first = columnOf.get(field);
    if (first === undefined) {
      columnOf.set(field, column);
      continue;
    }
    const message = `columns "${first}" and "${column}" both fill the field ${field}; ignore one of them (--map "${column}=-")`;
    problems.push({ file, path: column, message });
  }
  for (const f of fields) {
    if (f.required && !columnOf.has(f.name)) {
      problems.push({ file, message: `no column fills the required field ${f.name}` });
    }
  }

  if (problems.length > 0) {
    const parts = problems.filter((p) => !p.path || !unknown.includes(p.path)).map(describe);
    if (unknown.length > 0) {
      const names = unknown.map((c) => `"${c}"`).join(', ');
      parts.unshift(
        `unknown column${unknown.length > 1 ? 's' : ''} ${names}; accepted fields: ${accepted}; ` +
          'map a column to a field (--map "column=field") or ignore it (--map "column=-")',
      );
    }
    throw new Invalid(`${file}: ${parts.join('; ')}`, problems);
  }
  return { fieldOf, columnOf, ignored };
}

/** The field names and aliases of the fields, normalized: a field's own name wins over another's alias. */
function namesOf(fields: FieldSpec[]) {
  const byName = new Map<string, string>();
  const byAlias = new Map<string, string>();
  for (const f of fields) byName.set(normalizeName(f.name), f.name);
  for (const f of fields) {
    for (const a of f.aliases ?? []) if (!byName.has(normalizeName(a))) byAlias.set(normalizeName(a), f.name);
  }
  return { byName, byAlias };
}

/** The field each column would fill with no mapping given (its name, else an alias), or null: what
 * the import wizard proposes. A field claimed by two columns is proposed for the first only. */
export function suggestMapping(headers: string[], fields: FieldSpec[]): Record<string, string | null> {
  const { byName, byAlias } = namesOf(fields);
  const taken = new Set<string>();
  const out: Record<string, string | null> = {};
  for (const column of headers) {
    const field = byName.get(normalizeName(column)) ?? byAlias.get(normalizeName(column)) ?? null;
    out[column] = field !== null && !taken.has(field) ? field : null;
    if (field !== null) taken.add(field);
  }
  return out;
}

function describe(p: Problem): string {
  return p.path === undefined ? p.message : `column "${p.path}": ${p.message}`;
}
