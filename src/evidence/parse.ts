// Validation at the service boundary: zod errors become the product's `Invalid` with field paths.
import type { z } from 'zod';
import { Invalid, type Problem } from '../core/errors.ts';

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, row?: number): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.map((i) => ({
    path: i.path.join('.'),
    row,
    message: i.message,
  }));
  const first = problems[0];
  throw new Invalid(
    problems.length === 1
      ? `${first.path || 'input'}: ${first.message}`
      : `${problems.length} problems in the input`,
    problems,
  );
}
