// Validation errors shown at the field they are about: the server names the field of each problem
// (`title`, or `body.title` when the request's schema refused it); what names no field goes in an
// ErrorBox above the button.
import { ApiError } from '../../api/api.client.ts';

const matches = (path: string | undefined, field: string) =>
  path === field || (path?.endsWith(`.${field}`) ?? false);

/** The message of the first problem about `field`, if the error has one. */
export function problemAt(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problems.find((p) => matches(p.path, field))?.message;
}

/** The error unless every problem it names belongs to one of `fields` (then those show at the field). */
export function unlessAtFields(error: unknown, fields: string[]): unknown {
  if (!(error instanceof ApiError) || error.problems.length === 0) return error;
  return error.problems.every((p) => fields.some((f) => matches(p.path, f))) ? null : error;
}

/** Props for an input whose problem is shown below it, in an element with id `${id}-error`. */
export function invalidProps(error: unknown, field: string, id: string) {
  const msg = problemAt(error, field);
  return msg ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}

export function FieldError({ error, field, id }: { error: unknown; field: string; id: string }) {
  const msg = problemAt(error, field);
  if (!msg) return null;
  return (
    <span id={`${id}-error`} className="field-error">
      {msg}
    </span>
  );
}
