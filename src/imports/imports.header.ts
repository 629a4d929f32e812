// Checks the header row of a tabular file: every column needs a name, and a name once only, because
// the mapping from columns to fields goes by name.
import { Invalid, type Problem } from '../core/errors.ts';
import type { SourceValue } from './imports.record.ts';

export function checkHeader(file: string, cells: readonly SourceValue[], line: number): string[] {
  const names = cells.map((c) => (c === null ? '' : String(c).trim()));
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === '') {
      problems.push({
        file,
        path: `#${i + 1}`,
        message: `column ${i + 1} has no name in the header (line ${line})`,
      });
      return;
    }
    const first = seen.get(name);
    if (first !== undefined) {
      problems.push({
        file,
        path: name,
        message: `column "${name}" appears twice in the header (columns ${first + 1} and ${i + 1}, line ${line})`,
      });
    } else seen.set(name, i);
  });
  if (problems.length > 0) {
    const detail = problems.map((p) => p.message).join('; ');
    throw new Invalid(`${file} line ${line}: ${detail}; every column needs a name of its own`, problems);
  }
  return names;
}

/** A header of one column that holds separators: the file probably uses another delimiter. */
export function checkDelimiter(file: string, header: string[], delimiter: string): void {
  if (header.length !== 1) return;
  const other = [';', '\t', ',', '|'].find((d) => d !== delimiter && header[0].includes(d));
  if (other === undefined) return;
  const shown = other === '\t' ? 'tab' : `"${other}"`;
  throw new Invalid(
    `${file} line 1: the header is a single column "${header[0]}"; the file seems separated by ${shown}, ` +
      `not "${delimiter === '\t' ? 'tab' : delimiter}": give the delimiter (--delimiter)`,
    [
      {
        file,
        path: header[0],
        message: `the header is a single column; the file seems separated by ${shown}`,
      },
    ],
  );
}
