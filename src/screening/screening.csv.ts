// A watch list of one's own as a CSV file with a header row, read through a column mapping into
// watch-list entries: which column holds the name, the aliases, the schema, the id and the rest. Lists
// within a cell are split on ';'. Pure: it throws `CsvFormatError` naming file, row and column.
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { Invalid } from '../core/errors.ts';
import { countryCode } from './screening.countries.ts';
import type { EntryIdentifier, EntrySchema, WatchlistEntry } from './screening.types.ts';

export class CsvFormatError extends Error {
  constructor(
    readonly file: string,
    /** 1-based data row (the header row excluded); 0 for the header itself. */
    readonly row: number,
    readonly column: string | null,
    message: string,
  ) {
    super(`${file}${row ? `, row ${row}` : ''}${column ? `, column "${column}"` : ''}: ${message}`);
    this.name = 'CsvFormatError';
  }
}

/** Which column holds which field. `id: '#hash'` makes the id from the row's content, for lists
 * without ids of their own (an edited row is then a removed entry and an added one). */
export interface CsvMapping {
  name: string;
  id?: string;
  aliases?: string;
  schema?: string;
  countries?: string;
  identifiers?: string;
  programs?: string;
  birthDates?: string;
  remarks?: string;
  /** Field separator; by default the one of ',', ';' and tab that the header row uses most. */
  delimiter?: string;
}

export const HASH_ID = '#hash';
export const CSV_MAPPING_FIELDS = [
  'name',
  'id',
  'aliases',
  'schema',
  'countries',
  'identifiers',
  'programs',
  'birthDates',
  'remarks',
  'delimiter',
] as const;

const SCHEMAS: Record<string, EntrySchema> = {
  person: 'Person',
  individual: 'Person',
  organization: 'Organization',
  organisation: 'Organization',
  entity: 'Organization',
  company: 'Organization',
  legalentity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
};

const split = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(';')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

function delimiterOf(text: string): string {
  const header = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

export function parseCsvList(file: { name: string; text: string }, mapping: CsvMapping): WatchlistEntry[] {
  let records: string[][];
  try {
    records = parse(file.text, {
      delimiter: mapping.delimiter ?? delimiterOf(file.text),
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 0;
    throw new CsvFormatError(file.name, Math.max(line - 1, 0), null, `is not CSV: ${(e as Error).message}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new CsvFormatError(file.name, 0, null, 'is empty: a header row and rows are needed');
  const names = header.map((h) => h.trim());
  const col = (field: keyof CsvMapping): number | null => {
    const c = mapping[field];
    if (c === undefined || (field === 'id' && c === HASH_ID)) return null;
    const i = names.indexOf(c);
    if (i === -1)
      throw new CsvFormatError(
        file.name,
        0,
        c,
        `the mapping's ${field} column is not in the file, whose columns are ${names.map((n) => `"${n}"`).join(', ')}`,
      );
    return i;
  };
  const at = {
    name: col('name'),
    id: col('id'),
    aliases: col('aliases'),
    schema: col('schema'),
    countries: col('countries'),
    identifiers: col('identifiers'),
    programs: col('programs'),
    birthDates: col('birthDates'),
    remarks: col('remarks'),
  };
  if (mapping.id === undefined)
    throw new CsvFormatError(
      file.name,
      0,
      null,
      `the mapping names no id column: give id=COLUMN, or id=${HASH_ID} to make ids from the rows' content`,
    );
  const entries: WatchlistEntry[] = [];
  const seen = new Map<string, number>();
  for (const [i, r] of rows.entries()) {
    const row = i + 1;
    if (r.length !== names.length)
      throw new CsvFormatError(
        file.name,
        row,
        null,
        `has ${r.length} columns, the header has ${names.length}`,
      );
    const cell = (c: number | null) => (c === null ? undefined : r[c]);
    const name = (cell(at.name) ?? '').trim().replace(/\s+/g, ' ');
    if (!name) throw new CsvFormatError(file.name, row, mapping.name, 'the name is empty');
    const entry: WatchlistEntry = {
      entryId: '',
      schema: schemaOf(file.name, row, mapping.schema, cell(at.schema)),
      names: [
        { name, kind: 'primary' },
        ...split(cell(at.aliases))
          .filter((a) => a !== name)
          .map((a) => ({ name: a, kind: 'aka' as const })),
      ],
      programs: split(cell(at.programs)),
      countries: [
        ...new Set(split(cell(at.countries)).map((c) => countryOf(file.name, row, mapping.countries, c))),
      ],
      identifiers: split(cell(at.identifiers)).map(identifierOf),
      birthDates: split(cell(at.birthDates)),
      addresses: [],
      remarks: split(cell(at.remarks)),
    };
    if (at.id === null) {
      entry.entryId = createHash('sha256').update(JSON.stringify(entry)).digest('hex').slice(0, 16);
      // The same row twice is the same entry: kept once.
      if (seen.has(entry.entryId)) continue;
    } else {
      entry.entryId = (cell(at.id) ?? '').trim();
      if (!entry.entryId) throw new CsvFormatError(file.name, row, mapping.id ?? null, 'the id is empty');
      const first = seen.get(entry.entryId);
      if (first !== undefined)
        throw new CsvFormatError(
          file.name,
          row,
          mapping.id ?? null,
          `id "${entry.entryId}" is already used by row ${first}`,
        );
    }
    seen.set(entry.entryId, row);
    entries.push(entry);
  }
  return entries;
}

function schemaOf(file: string, row: number, column: string | undefined, value: string | undefined) {
  if (column === undefined) return 'Organization';
  const schema =
    SCHEMAS[
      (value ?? '')
        .trim()
        .toLowerCase()
        .replace(/[\s_-]/g, '')
    ];
  if (!schema)
    throw new CsvFormatError(
      file,
      row,
      column,
      `"${value ?? ''}" is no schema: use Person (or Individual), Organization (or Entity, Company), Vessel or Aircraft`,
    );
  return schema;
}

function countryOf(file: string, row: number, column: string | undefined, value: string): string {
  if (/^[A-Za-z]{2}$/.test(value)) return value.toUpperCase();
  const code = countryCode(value);
  if (!code) throw new CsvFormatError(file, row, column ?? null, `"${value}" is no country name or ISO code`);
  return code;
}

/** "Type: value", or a bare value. */
function identifierOf(s: string): EntryIdentifier {
  const m = /^([^:]{1,60}):\s*(.+)$/.exec(s);
  return m
    ? { type: m[1].trim(), value: m[2].trim(), country: null }
    : { type: 'Identifier', value: s, country: null };
}

/** A mapping as given (`--map name=Name,id=Ref` or a JSON object), checked; throws `Invalid`. */
export function csvMapping(value: unknown, where = 'mapping'): CsvMapping {
  const v = typeof value === 'string' ? mappingArg(value, where) : value;
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw Invalid.at(where, 'a mapping is an object of field → column, e.g. {"name": "Name", "id": "Ref"}');
  const out: Record<string, string> = {};
  for (const [k, c] of Object.entries(v)) {
    if (!(CSV_MAPPING_FIELDS as readonly string[]).includes(k))
      throw Invalid.at(`${where}.${k}`, `is no field of a list entry (${CSV_MAPPING_FIELDS.join(', ')})`);
    if (typeof c !== 'string' || c.trim() === '') throw Invalid.at(`${where}.${k}`, 'give a column name');
    out[k] = k === 'delimiter' ? c : c.trim();
  }
  if (!out.name) throw Invalid.at(`${where}.name`, 'the mapping must say which column holds the name');
  return out as unknown as CsvMapping;
}

function mappingArg(s: string, where: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of s.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw Invalid.at(where, `"${pair}" is not field=COLUMN`);
    out[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  return out;
}
