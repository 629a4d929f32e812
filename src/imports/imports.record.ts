// What every file reader produces, and the one shape of a reading error: each names the file (by its
// base name, never the full path, which may reveal a user's folders) and the line it stopped at.
import { Invalid } from '../core/errors.ts';

export type SourceValue = string | number | boolean | null;

/** One data row of an imported file, keyed by the column names of the file's header. */
export interface SourceRecord {
  /** 1-based data row number, the header not counted (so a spreadsheet's row 2 is row 1). */
  row: number;
  /** Line in the file where the row starts (for XLSX: the worksheet row number). */
  line: number;
  values: Record<string, SourceValue>;
}

/** The header of a file, reported by the readers before its first record. */
export interface SourceHeader {
  header: string[];
  line: number;
}

/** `items.csv line 7: …`; with a row when the error belongs to a data row. */
export function invalidAt(file: string, line: number, message: string, row?: number): Invalid {
  return new Invalid(`${file} line ${line}: ${message}`, [
    { file, row, message: `line ${line}: ${message}` },
  ]);
}

/** An error about the file as a whole (it cannot be opened, it has no header, …). */
export function invalidFile(file: string, message: string): Invalid {
  return new Invalid(`${file}: ${message}`, [{ file, message }]);
}
