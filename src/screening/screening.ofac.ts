// The OFAC SDN list in its legacy CSV form (sdn, alt and add files, no header row, `-0-` for empty)
// read into watch-list entries: the primary name and type, programs, the aliases of the alt file and
// of the remarks, addresses, and what the remarks say of identifiers, birth dates, nationalities and
// citizenships. Pure: it takes the files' text and throws `OfacFormatError` naming file, row and column.
import { parse } from 'csv-parse/sync';
import { countryCode } from './screening.countries.ts';
import type { EntryIdentifier, EntryName, EntrySchema, WatchlistEntry } from './screening.types.ts';

export class OfacFormatError extends Error {
  constructor(
    readonly file: string,
    readonly row: number,
    readonly column: string | null,
    message: string,
  ) {
    super(`${file}, row ${row}${column ? `, column ${column}` : ''}: ${message}`);
    this.name = 'OfacFormatError';
  }
}

export interface OfacFiles {
  sdn: { name: string; text: string };
  alt?: { name: string; text: string };
  add?: { name: string; text: string };
}

const SDN_COLUMNS = [
  'ent_num',
  'SDN_Name',
  'SDN_Type',
  'Program',
  'Title',
  'Call_Sign',
  'Vess_type',
  'Tonnage',
  'GRT',
  'Vess_flag',
  'Vess_owner',
  'Remarks',
];
const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'];
const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'city_state_postal', 'country', 'add_remarks'];

/** `-0-` (with or without its trailing space) is the format's empty value. */
const value = (s: string | undefined): string | null => {
  const t = (s ?? '').trim();
  return t === '' || t === '-0-' ? null : t;
};

function rows(file: { name: string; text: string }, columns: string[]): string[][] {
  // The files end with a DOS end-of-file character (Ctrl-Z) after the last line.
  const eof = String.fromCharCode(0x1a);
  let text = file.text.trimEnd();
  if (text.endsWith(eof)) text = text.slice(0, -1);
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 0;
    throw new OfacFormatError(file.name, line, null, `is not CSV: ${(e as Error).message}`);
  }
  records.forEach((r, i) => {
    if (r.length !== columns.length)
      throw new OfacFormatError(
        file.name,
        i + 1,
        null,
        `has ${r.length} columns, the format has ${columns.length} (${columns.join(', ')})`,
      );
    if (!/^\d+$/.test(r[0].trim()))
      throw new OfacFormatError(file.name, i + 1, columns[0], `"${r[0]}" is not an entry number`);
  });
  return records;
}

const SCHEMAS: Record<string, EntrySchema> = { individual: 'Person', vessel: 'Vessel', aircraft: 'Aircraft' };
const ALIAS_KINDS: Record<string, EntryName['kind']> = { aka: 'aka', fka: 'fka', nka: 'nka' };

export function parseOfac(files: OfacFiles): WatchlistEntry[] {
  const entries = new Map<string, WatchlistEntry>();
  for (const [i, r] of rows(files.sdn, SDN_COLUMNS).entries()) {
    const entryId = r[0].trim();
    const name = value(r[1]);
    if (!name) throw new OfacFormatError(files.sdn.name, i + 1, 'SDN_Name', 'is empty');
    if (entries.has(entryId))
      throw new OfacFormatError(files.sdn.name, i + 1, 'ent_num', `${entryId} is listed twice`);
    const type = value(r[2])?.toLowerCase() ?? '';
    const entry: WatchlistEntry = {
      entryId,
      schema: SCHEMAS[type] ?? 'Organization',
      names: [{ name, kind: 'primary' }],
      programs: (value(r[3]) ?? '')
        .split(/\]\s*\[|\s+/)
        .map((p) => p.replace(/[[\]]/g, '').trim())
        .filter(Boolean),
      countries: [],
      identifiers: [],
      birthDates: [],
      addresses: [],
      remarks: [],
    };
    const flag = countryCode(value(r[9]));
    if (flag) entry.countries.push(flag);
    readRemarks(entry, value(r[11]));
    entries.set(entryId, entry);
  }
  if (files.alt)
    for (const [i, r] of rows(files.alt, ALT_COLUMNS).entries()) {
      const entry = entries.get(r[0].trim());
      if (!entry)
        throw new OfacFormatError(
          files.alt.name,
          i + 1,
          'ent_num',
          `${r[0].trim()} is no entry of the sdn file`,
        );
      const name = value(r[3]);
      if (!name) continue;
      const kind = ALIAS_KINDS[(value(r[2]) ?? 'aka').toLowerCase().replace(/\./g, '')] ?? 'aka';
      addName(entry, name, value(r[4])?.toLowerCase().includes('weak') ? 'weak' : kind);
    }
  if (files.add)
    for (const [i, r] of rows(files.add, ADD_COLUMNS).entries()) {
      const entry = entries.get(r[0].trim());
      if (!entry)
        throw new OfacFormatError(
          files.add.name,
          i + 1,
          'ent_num',
          `${r[0].trim()} is no entry of the sdn file`,
        );
      const country = countryCode(value(r[4]));
      const address = { address: value(r[2]), city: value(r[3]), country };
      if (address.address || address.city || address.country) entry.addresses.push(address);
      if (country && !entry.countries.includes(country)) entry.countries.push(country);
    }
  return [...entries.values()];
}

function addName(entry: WatchlistEntry, name: string, kind: EntryName['kind']) {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean && !entry.names.some((n) => n.name === clean)) entry.names.push({ name: clean, kind });
}

const ALIAS = /^(a\.k\.a\.|f\.k\.a\.|n\.k\.a\.)\s*,?\s*'(.+)'$/i;
const IDENTIFIER =
  /^((?:[A-Z][\w.'&/-]*\s+){0,5}?(?:ID|No\.|Number|#|Passport|SWIFT\/BIC|IMO|MMSI|Code|License|RFC|NIT|C\.U\.R\.P\.|Cedula|CUIT|BIK|OGRN|INN|KPP)\.?(?:\s+No\.)?)\s+([A-Z0-9][\w./-]*)(?:\s*\(([^)]+)\))?(?:\s.*)?$/;

/** The remarks: `; `-separated statements, of which aliases, identifiers, birth dates, nationality
 * and citizenship are read; the rest is kept as written. */
function readRemarks(entry: WatchlistEntry, remarks: string | null) {
  if (!remarks) return;
  for (const raw of remarks.replace(/\.\s*$/, '').split(/;\s+/)) {
    // "alt. DOB …", "alt. Passport …": a second value of the same kind.
    const part = raw.trim().replace(/^alt\.\s+/, '');
    if (!part) continue;
    const alias = ALIAS.exec(part);
    if (alias) {
      addName(entry, alias[2], (alias[1].toLowerCase().replace(/\./g, '') as 'aka' | 'fka' | 'nka') ?? 'aka');
      continue;
    }
    const dob = /^DOB\s+(.+)$/.exec(part);
    if (dob) {
      entry.birthDates.push(dob[1].trim());
      continue;
    }
    const nationality = /^(?:nationality|citizen|citizenship)\s+(.+)$/i.exec(part);
    if (nationality) {
      const code = countryCode(nationality[1]);
      if (code) {
        if (!entry.countries.includes(code)) entry.countries.push(code);
        continue;
      }
    }
    const id = IDENTIFIER.exec(part);
    if (id) {
      const identifier: EntryIdentifier = {
        type: id[1].trim(),
        value: id[2].replace(/\.$/, ''),
        country: countryCode(id[3]),
      };
      entry.identifiers.push(identifier);
      continue;
    }
    entry.remarks.push(part);
  }
}
