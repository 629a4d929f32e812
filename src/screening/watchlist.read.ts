// Opens the files of one import of a watch list (from disk or as uploaded), checks their encoding,
// reads them with the reader of their format and says what was read: the entries, each file's name,
// size and SHA-256, and one SHA-256 over them all that tells the same files imported again. Every
// problem becomes an `Invalid` naming file, row and column, thrown before anything is written.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { canonicalJson, sha256 } from '../audit/index.ts';
import { Invalid } from '../core/errors.ts';
import { detectEncodingProblem } from '../imports/index.ts';
import { CsvFormatError, type CsvMapping, parseCsvList } from './screening.csv.ts';
import { FtmFormatError, parseFtm } from './screening.ftm.ts';
import { OfacFormatError, parseOfac } from './screening.ofac.ts';
import type { ListFormat } from './screening.schema.ts';
import type { WatchlistEntry } from './screening.types.ts';
import { parseUn, UnFormatError } from './screening.un.ts';

/** A file of the import by its role: `sdn`, `alt`, `add` for OFAC, `file` for the other formats. */
export type ListFileInput = { role: string; path: string } | { role: string; name: string; content: Buffer };

export interface ListFileInfo {
  role: string;
  name: string;
  size: number;
  sha256: string;
}

export interface ListRead {
  entries: WatchlistEntry[];
  files: ListFileInfo[];
  sha256: string;
  skipped: Record<string, number>;
}

export interface ReadOptions {
  mapping?: CsvMapping;
  /** OFAC: the sdn file alone is enough (no aliases, no addresses). */
  withoutAliases?: boolean;
}

const ROLES: Record<ListFormat, string[]> = {
  'ofac-csv': ['sdn', 'alt', 'add'],
  'un-xml': ['file'],
  ftm: ['file'],
  csv: ['file'],
};

interface Opened {
  role: string;
  name: string;
  bytes: Buffer;
}

async function open(f: ListFileInput): Promise<Opened> {
  if ('content' in f) return { role: f.role, name: f.name, bytes: f.content };
  try {
    return { role: f.role, name: basename(f.path), bytes: await readFile(f.path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw Invalid.at(f.role, `${f.path}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
}

const problem = (file: string, message: string, row?: number, path?: string) =>
  new Invalid(message, [{ file, row, path, message }]);

/** Text of a file that must be text: NUL bytes mean a binary or UTF-16 file, which no reader can use. */
function decode(f: Opened, format: ListFormat): string {
  const b = f.bytes;
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
  const nul = b.indexOf(0);
  if (utf16 || nul !== -1)
    throw problem(
      f.name,
      `${f.name}${utf16 ? '' : `, byte ${nul + 1}`}: ${utf16 ? 'is UTF-16' : 'holds NUL bytes: a binary or UTF-16 file'}, not the text of a ${format} list (save it as ${format === 'ofac-csv' ? 'the CSV OFAC publishes' : 'UTF-8'})`,
    );
  const bad = detectEncodingProblem(b);
  if (!bad) return b.toString('utf8');
  // OFAC publishes Windows-1252; every other format here is UTF-8.
  if (format === 'ofac-csv') return new TextDecoder('windows-1252').decode(b);
  throw problem(f.name, `${f.name}, line ${bad.line}: is not UTF-8 text (save the file as UTF-8)`, bad.line);
}

function fromReader(e: unknown): unknown {
  if (e instanceof OfacFormatError || e instanceof CsvFormatError)
    return problem(e.file, e.message, e.row || undefined, e.column ?? undefined);
  if (e instanceof FtmFormatError) return problem(e.file, e.message, e.line, e.field ?? undefined);
  if (e instanceof UnFormatError) return problem(e.file, e.message, undefined, e.where);
  return e;
}

export async function readListFiles(
  format: ListFormat,
  inputs: ListFileInput[],
  options: ReadOptions = {},
): Promise<ListRead> {
  const roles = ROLES[format];
  const seen = new Set<string>();
  for (const f of inputs) {
    if (!roles.includes(f.role))
      throw Invalid.at('files', `"${f.role}" is no file of a ${format} list (${roles.join(', ')})`);
    if (seen.has(f.role)) throw Invalid.at('files', `two files for "${f.role}"`);
    seen.add(f.role);
  }
  const required =
    format === 'ofac-csv' ? (options.withoutAliases ? ['sdn'] : ['sdn', 'alt', 'add']) : ['file'];
  for (const role of required)
    if (!seen.has(role))
      throw Invalid.at(
        role,
        format === 'ofac-csv' && role !== 'sdn'
          ? `the OFAC ${role} file is missing (the list's ${role === 'alt' ? 'aliases' : 'addresses'}); give it, or import the sdn file alone without aliases and addresses`
          : `the ${role} file is missing`,
      );
  if (format === 'csv' && !options.mapping)
    throw Invalid.at('mapping', 'a CSV list needs a column mapping (name=COLUMN,id=COLUMN,…)');

  const opened = await Promise.all(inputs.map(open));
  const texts = new Map(opened.map((f) => [f.role, { name: f.name, text: decode(f, format) }]));
  const file = (role: string) => texts.get(role) as { name: string; text: string };
  let entries: WatchlistEntry[];
  let skipped: Record<string, number> = {};
  try {
    if (format === 'ofac-csv')
      entries = parseOfac({ sdn: file('sdn'), alt: texts.get('alt'), add: texts.get('add') });
    else if (format === 'un-xml') entries = parseUn(file('file')).entries;
    else if (format === 'ftm') ({ entries, skipped } = parseFtm(file('file')));
    else entries = parseCsvList(file('file'), options.mapping as CsvMapping);
  } catch (e) {
    throw fromReader(e);
  }
  // An empty file would remove every entry of the list: far more likely a mistake than the news.
  if (entries.length === 0)
    throw problem(
      opened[0].name,
      `${format === 'ofac-csv' ? file('sdn').name : opened[0].name}: no entries in it, nothing to import`,
    );

  const files = opened
    .map((f) => ({
      role: f.role,
      name: f.name,
      size: f.bytes.length,
      sha256: sha256(f.bytes).toString('hex'),
    }))
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
  // Names are left out (the same list renamed is the same list); a CSV's mapping is part of what was read.
  const identity = {
    format,
    files: files.map((f) => [f.role, f.sha256]),
    mapping: format === 'csv' ? (options.mapping ?? null) : null,
  };
  return { entries, files, sha256: sha256(canonicalJson(identity)).toString('hex'), skipped };
}
