// Streams the first worksheet of an XLSX workbook row by row (exceljs's WorkbookReader), turning
// cells into plain values: text, numbers, booleans, and dates as ISO text.
import ExcelJS from 'exceljs';
import { TeardownError } from '../core/errors.ts';
import { checkHeader } from './imports.header.ts';
import { asReadError } from './imports.open.ts';
import {
  invalidAt,
  invalidFile,
  type SourceHeader,
  type SourceRecord,
  type SourceValue,
} from './imports.record.ts';

export async function* readXlsx(path: string, file: string): AsyncGenerator<SourceHeader | SourceRecord> {
  // Shared strings and styles are cached (styles tell dates from numbers); rows are not.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let header: string[] | undefined;
  let headerLine = 0;
  try {
    for await (const sheet of workbook) {
      for await (const row of sheet) {
        const cells = (row.values as ExcelJS.CellValue[])
          .slice(1)
          .map((v, i) => plain(v, file, row.number, i + 1));
        if (header === undefined) {
          if (cells.every((c) => c === null)) continue;
          header = checkHeader(file, trimTrailingEmpty(cells), row.number);
          headerLine = row.number;
          yield { header, line: headerLine };
          continue;
        }
        const extra = cells.findIndex((c, i) => i >= (header?.length ?? 0) && c !== null);
        if (extra !== -1) {
          throw invalidAt(
            file,
            row.number,
            `column ${extra + 1} has a value but no header`,
            row.number - headerLine,
          );
        }
        if (cells.every((c) => c === null)) continue;
        const names = header;
        yield {
          row: row.number - headerLine,
          line: row.number,
          values: Object.fromEntries(names.map((n, i) => [n, cells[i] ?? null])),
        };
      }
      break; // only the first worksheet is read
    }
  } catch (error) {
    if (error instanceof TeardownError) throw error;
    const read = asReadError(error, file);
    throw read instanceof TeardownError
      ? read
      : invalidFile(file, `not a readable XLSX workbook (${read.message})`);
  }
  if (header === undefined) throw invalidFile(file, 'the first worksheet is empty: it needs a header row');
}

function trimTrailingEmpty(cells: SourceValue[]): SourceValue[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] === null || cells[end - 1] === '')) end--;
  return cells.slice(0, end);
}

function plain(value: ExcelJS.CellValue, file: string, line: number, column: number): SourceValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoText(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value)
    throw invalidAt(file, line, `column ${column} holds the spreadsheet error ${value.error}`);
  if ('result' in value)
    return value.result === undefined ? null : plain(value.result as ExcelJS.CellValue, file, line, column);
  if ('text' in value) return String(value.text);
  return null;
}

/** Spreadsheets store dates without a zone, so they stay without one: a date, or date and time. */
function isoText(date: Date): string {
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}
