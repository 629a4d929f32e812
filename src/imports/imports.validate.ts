// Runs a row's typed fields through the target's zod schema and reports each issue against the
// column it came from, in words an investigator can act on ("must be at most 90").
import type { z } from 'zod';
import type { Problem } from '../core/errors.ts';
import type { RowResult } from './imports.coerce.ts';
import type { HeaderMap } from './imports.header-map.ts';
import type { SourceRecord } from './imports.record.ts';

/**
 * An empty cell (null) is passed to the schema as absent so that the schema's defaults apply
 * (a component's quantity 1); a null the schema leaves absent comes back as null in the result.
 */
export function validateRow<S extends z.ZodType>(
  value: Record<string, unknown>,
  schema: S,
  record: SourceRecord,
  headerMap: HeaderMap,
  file: string,
): RowResult<z.output<S>> {
  const present: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (value[key] !== null) present[key] = value[key];
  const parsed = schema.safeParse(present, { reportInput: true });
  if (parsed.success) return { ok: true, value: withNulls(parsed.data, value) };
  const problems = parsed.error.issues.map((issue): Problem => {
    const field = issue.path.length > 0 ? String(issue.path[0]) : undefined;
    const column = field === undefined ? undefined : headerMap.columnOf.get(field);
    const message = readable(issue);
    // A field no column fills (the case of the import, a required field) is named in the message.
    if (column === undefined) {
      return { file, row: record.row, message: field ? `${field} ${message}` : message };
    }
    return { file, row: record.row, path: column, message };
  });
  return { ok: false, problems };
}

function withNulls<T>(data: T, value: Record<string, unknown>): T {
  if (data === null || typeof data !== 'object') return data;
  const out = data as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    if (value[key] === null && out[key] === undefined) out[key] = null;
  }
  return data;
}

function readable(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  const shown = typeof input === 'string' ? JSON.stringify(input) : String(input);
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === null) return 'is required';
      return issue.expected === 'int'
        ? `${shown} is not a whole number`
        : `${shown} is not a ${issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long (at most ${issue.maximum} characters)`;
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `must have at most ${issue.maximum} entries`;
      }
      return issue.inclusive ? `must be at most ${issue.maximum}` : `must be less than ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'must not be empty'
          : `is too short (at least ${issue.minimum} characters)`;
      }
      if (issue.origin === 'array' || issue.origin === 'set')
        return `must have at least ${issue.minimum} entries`;
      return issue.inclusive ? `must be at least ${issue.minimum}` : `must be more than ${issue.minimum}`;
    case 'invalid_value':
      if (input === undefined || input === null)
        return `is required (one of: ${issue.values.map(String).join(', ')})`;
      return `${shown} is not one of: ${issue.values.map(String).join(', ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    default:
      // Schema-written messages ("is not an ISO 3166-1 alpha-2 country code") read best after the value.
      if (issue.message.startsWith('is ') && input !== undefined) return `${shown} ${issue.message}`;
      if (/^(Invalid|Too |Unrecognized)/.test(issue.message)) return `${shown} is not valid here`;
      return issue.message;
  }
}
