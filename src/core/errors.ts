// Typed errors shared by every module. The server and the CLI turn them into one JSON shape and one
// message format, so a service never needs to know who called it.

export type ErrorCode =
  | 'not_found'
  | 'invalid'
  | 'forbidden'
  | 'conflict'
  | 'unauthenticated'
  | 'unsupported_media_type'
  | 'too_many_requests';

export interface Problem {
  /** Where the problem is: a field path such as `items[3].recoveredAt`, or a column name. */
  path?: string;
  /** 1-based row number in an imported file (header excluded), when the error comes from a file. */
  row?: number;
  /** File the row comes from. */
  file?: string;
  /** Line and column in a document read as text (YAML, JSON), when the problem has a place there. */
  line?: number;
  column?: number;
  message: string;
}

export abstract class TeardownError extends Error {
  abstract readonly code: ErrorCode;
  abstract readonly status: number;
  readonly problems: Problem[];

  constructor(message: string, problems: Problem[] = []) {
    super(message);
    this.name = new.target.name;
    this.problems = problems;
  }
}

export class NotFound extends TeardownError {
  readonly code = 'not_found' as const;
  readonly status = 404;
  constructor(entity: string, id: string | number) {
    super(`${entity} ${id} not found`);
  }
}

export class Invalid extends TeardownError {
  readonly code = 'invalid' as const;
  readonly status = 400;
  constructor(message: string, problems: Problem[] = []) {
    super(message, problems);
  }
  static at(path: string, message: string, row?: number): Invalid {
    return new Invalid(row === undefined ? `${path}: ${message}` : `row ${row}, ${path}: ${message}`, [
      { path, row, message },
    ]);
  }
}

export class Forbidden extends TeardownError {
  readonly code = 'forbidden' as const;
  readonly status = 403;
}

export class Conflict extends TeardownError {
  readonly code = 'conflict' as const;
  readonly status = 409;
  constructor(message: string, problems: Problem[] = []) {
    super(message, problems);
  }
}

/** Human-readable location of a problem, e.g. `items.csv row 17, column "recovered_at"`, or in a
 * document `profiles.yaml, line 12, column 9: variants[0].weight`. */
export function formatProblem(p: Problem): string {
  if (p.line !== undefined) {
    const at = [p.file, `line ${p.line}`, p.column !== undefined ? `column ${p.column}` : undefined]
      .filter(Boolean)
      .join(', ');
    return `${at}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
  }
  const where = [
    p.file,
    p.row !== undefined ? `row ${p.row}` : undefined,
    p.path ? `column "${p.path}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return where ? `${where}: ${p.message}` : p.message;
}

/** The record exists and may be read, but the operation does not apply to its kind of content (a
 * thumbnail of a document). */
export class UnsupportedMediaType extends TeardownError {
  readonly code = 'unsupported_media_type' as const;
  readonly status = 415;
}

/** No credentials, or credentials that are not valid (wrong password, expired or revoked session or
 * token). The message never says which. */
export class Unauthenticated extends TeardownError {
  readonly code = 'unauthenticated' as const;
  readonly status = 401;
}

/** Too many attempts: the client may try again after `retryAfter` seconds. */
export class TooManyRequests extends TeardownError {
  readonly code = 'too_many_requests' as const;
  readonly status = 429;
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super(message);
  }
}
