// Streams a CSV or TSV file record by record through csv-parse, keeping track of the row and of the
// line each record starts on. csv-parse's own `info` would report the line where a record ends (and
// miscounts CRLF inside quotes) and halves its speed, so lines are counted here instead.
import { pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { checkDelimiter, checkHeader } from './imports.header.ts';
import { asReadError, openUtf8 } from './imports.open.ts';
import { invalidAt, invalidFile, type SourceHeader, type SourceRecord } from './imports.record.ts';

/** Longest record accepted, in characters: far above any real row, it stops a stray quote from
 * swallowing the rest of a large file into memory. */
const maxRecordSize = 4_000_000;

export async function* readCsv(
  path: string,
  file: string,
  delimiter: string,
): AsyncGenerator<SourceHeader | SourceRecord> {
  const parser = parse({
    bom: true,
    delimiter,
    // Empty lines and the field count are checked below, where the row and line are known.
    skip_empty_lines: false,
    relax_column_count: true,
    // TSV files rarely quote, so a quote inside a field (`5" display`) is text, not an error.
    relax_quotes: delimiter === '\t',
    max_record_size: maxRecordSize,
  });
  pipeline(openUtf8(path, file), parser, () => {});
  let header: string[] | undefined;
  let line = 1; // where the current record starts
  let nextLine = 1;
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      line = nextLine;
      nextLine = line + 1 + newlines(record);
      // Blank lines and rows are skipped, but rows keep the numbers a spreadsheet shows.
      const blank = record.every((v) => v.trim() === '');
      if (header === undefined) {
        if (blank) continue;
        header = checkHeader(file, record, line);
        checkDelimiter(file, header, delimiter);
        yield { header, line };
        continue;
      }
      row++;
      if (blank) continue;
      if (record.length !== header.length) {
        throw invalidAt(
          file,
          line,
          `the row has ${record.length} fields but the header has ${header.length}`,
          row,
        );
      }
      const names = header;
      yield { row, line, values: Object.fromEntries(names.map((name, i) => [name, record[i]])) };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw asReadError(error, file);
    // The failing record starts where the last good one ended.
    throw invalidAt(file, nextLine, describe(error), header ? row + 1 : undefined);
  }
  if (header === undefined) throw invalidFile(file, 'the file is empty: it needs a header row');
}

function newlines(record: string[]): number {
  let n = 0;
  for (const value of record) for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) n++;
  return n;
}

function describe(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field that starts in this row is never closed';
    case 'CSV_MAX_RECORD_SIZE':
      return `the row is longer than ${maxRecordSize} characters; probably a quote that is never closed`;
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return 'a quote in the middle of a field; put the whole field in quotes and double the quotes inside it';
    default:
      return `not readable as CSV (${error.message})`;
  }
}
