// The user's column mapping, from `--map` arguments or from a mapping file, as source column →
// field name (or `-` to ignore the column). Which columns exist is checked later, by buildHeaderMap.
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Invalid } from '../core/errors.ts';
import { asReadError } from './imports.open.ts';
import { invalidAt, invalidFile } from './imports.record.ts';
import { detectEncodingProblem } from './imports.utf8.ts';

/**
 * Reads repeated `--map "Serial No=serialNumber"` arguments. The rule, chosen so that column names
 * may hold both `=` and `,`:
 * - a pair splits at its LAST `=`: field names never contain `=`, column names may;
 * - one argument may hold several pairs separated by commas (`--map "lat=latitude,lon=longitude"`),
 *   but only when every comma-separated piece contains an `=`; otherwise the whole argument is one
 *   pair, so `--map "Place, region=placeName"` maps the column `Place, region`. A column whose name
 *   contains a comma therefore needs a `--map` of its own.
 */
export function parseMapArgs(args: string[]): Record<string, string> {
  const pairs: [string, string, string][] = [];
  for (const arg of args) {
    const pieces = arg.split(',');
    for (const piece of pieces.every((p) => p.includes('=')) ? pieces : [arg])
      pairs.push([...splitPair(piece, arg), arg]);
  }
  return collect(pairs, (arg) => `--map "${arg}"`);
}

function splitPair(piece: string, arg: string): [string, string] {
  const at = piece.lastIndexOf('=');
  const column = piece.slice(0, Math.max(at, 0)).trim();
  const field = piece.slice(at + 1).trim();
  if (at < 0 || column === '' || field === '') {
    throw new Invalid(`--map "${arg}": expected "column=field" (or "column=-" to ignore the column)`, [
      { path: '--map', message: `"${arg}" is not "column=field"` },
    ]);
  }
  return [column, field];
}

/** A mapping file: a JSON object `{ "Serial No": "serialNumber" }` (`.json`), or a CSV of two
 * columns `source,target`, with or without that header row. */
export async function readMappingFile(path: string): Promise<Record<string, string>> {
  const file = basename(path);
  const bytes = await readFile(path).catch((e: unknown) => {
    throw asReadError(e, file);
  });
  const bad = detectEncodingProblem(bytes);
  if (bad)
    throw invalidAt(
      file,
      bad.line,
      `not valid UTF-8 (byte offset ${bad.byteOffset}); save the file as UTF-8`,
    );
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return extname(path).toLowerCase() === '.json' ? fromJson(text, file) : fromCsv(text, file);
}

function fromJson(text: string, file: string): Record<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw invalidFile(file, `not valid JSON (${(e as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidFile(file, 'a mapping file holds one JSON object such as {"Serial No": "serialNumber"}');
  }
  const pairs = Object.entries(parsed).map(([column, field]): [string, string, string] => {
    if (typeof field !== 'string' || field.trim() === '') {
      throw invalidFile(file, `"${column}" must map to a field name (or "-" to ignore the column)`);
    }
    return [column.trim(), field.trim(), column];
  });
  return collect(pairs, () => file, file);
}

function fromCsv(text: string, file: string): Record<string, string> {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, csv-parse returns {record, info} pairs, which its typings do not express.
    rows = parse(text, {
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown as typeof rows;
  } catch (e) {
    throw invalidFile(file, `not readable as CSV (${(e as Error).message})`);
  }
  const body = rows[0] && /^(source|column)$/i.test(rows[0].record[0] ?? '') ? rows.slice(1) : rows;
  const pairs = body.map(({ record, info }): [string, string, string] => {
    if (record.length !== 2 || record[0] === '' || record[1] === '') {
      throw invalidAt(file, info.lines, 'each line needs two values: the column in the file, then the field');
    }
    return [record[0], record[1], `line ${info.lines}`];
  });
  return collect(pairs, (where) => `${file} ${where}`, file);
}

/** Builds the mapping, refusing one column mapped twice to different fields. */
function collect(
  pairs: [string, string, string][],
  where: (origin: string) => string,
  file?: string,
): Record<string, string> {
  const mapping = new Map<string, string>();
  for (const [column, field, origin] of pairs) {
    const before = mapping.get(column);
    if (before !== undefined && before !== field) {
      throw new Invalid(
        `${where(origin)}: column "${column}" is mapped twice, to "${before}" and to "${field}"`,
        [{ file, path: column, message: `mapped twice, to "${before}" and to "${field}"` }],
      );
    }
    mapping.set(column, field);
  }
  return Object.fromEntries(mapping);
}
