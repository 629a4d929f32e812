// Reads an import file (CSV, TSV, JSON Lines or XLSX) as a stream of records, one row in memory at a
// time, so that a million-row file costs no more memory than a ten-row one.
import { basename, extname } from 'node:path';
import { readCsv } from './imports.csv.ts';
import { readJsonl } from './imports.jsonl.ts';
import { invalidFile, type SourceHeader, type SourceRecord } from './imports.record.ts';
import { readXlsx } from './imports.xlsx.ts';

export type { SourceRecord, SourceValue } from './imports.record.ts';
export { detectEncodingProblem } from './imports.utf8.ts';

export type ImportFormat = 'csv' | 'jsonl' | 'xlsx';

export interface ReadOptions {
  format?: ImportFormat;
  /** Field separator of a CSV file; `,` by default, a tab for `.tsv`. */
  delimiter?: string;
  /** The file's name in errors (an upload is stored under another name); its base name by default. */
  name?: string;
}

const byExtension: Record<string, { format: ImportFormat; delimiter?: string }> = {
  '.csv': { format: 'csv', delimiter: ',' },
  '.tsv': { format: 'csv', delimiter: '\t' },
  '.tab': { format: 'csv', delimiter: '\t' },
  '.jsonl': { format: 'jsonl' },
  '.ndjson': { format: 'jsonl' },
  '.xlsx': { format: 'xlsx' },
};

/** The data rows of a file, header excluded. Errors are `Invalid` and name the file and line. */
export async function* readRecords(path: string, opts: ReadOptions = {}): AsyncGenerator<SourceRecord> {
  for await (const item of readSource(path, opts)) if (!('header' in item)) yield item;
}

/**
 * The column names of a file: its header row, or for JSON Lines every key found in the file (in the
 * order first seen), which takes a pass over the whole file.
 */
export async function readHeaders(path: string, opts: ReadOptions = {}): Promise<string[]> {
  const keys = new Set<string>();
  for await (const item of readSource(path, opts)) {
    if ('header' in item) return item.header;
    for (const key of Object.keys(item.values)) keys.add(key);
  }
  return [...keys];
}

function readSource(path: string, opts: ReadOptions): AsyncGenerator<SourceHeader | SourceRecord> {
  const file = opts.name ?? basename(path);
  const known = byExtension[extname(path).toLowerCase()];
  const format = opts.format ?? known?.format;
  if (format === undefined) {
    throw invalidFile(
      file,
      'unknown kind of file: use .csv, .tsv, .jsonl, .ndjson or .xlsx, or give the format',
    );
  }
  // A tab is hard to type on a command line, so `tab` and `\t` stand for it.
  const delimiter = opts.delimiter === 'tab' || opts.delimiter === '\\t' ? '\t' : opts.delimiter;
  if (delimiter !== undefined && (delimiter.length !== 1 || /["\r\n]/.test(delimiter))) {
    throw invalidFile(file, 'the delimiter must be one character other than a quote or a line break');
  }
  switch (format) {
    case 'csv':
      return readCsv(path, file, delimiter ?? known?.delimiter ?? ',');
    case 'jsonl':
      return readJsonl(path, file);
    case 'xlsx':
      return readXlsx(path, file);
  }
}
