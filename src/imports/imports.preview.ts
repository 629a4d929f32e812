// What the import wizard shows of an uploaded file before anything is imported: its columns, its first
// rows as text, the fields of each kind of import, and which field each column would fill by the same
// header matching the import itself uses.
import { extname } from 'node:path';
import { TeardownError } from '../core/errors.ts';
import { componentFields, type FieldSpec, itemFields } from './imports.fields.ts';
import { suggestMapping } from './imports.header-map.ts';
import { readHeaders, readRecords } from './imports.read.ts';

export interface FieldInfo {
  name: string;
  required: boolean;
  description?: string;
}

export interface Preview {
  format: 'csv' | 'tsv' | 'jsonl' | 'xlsx' | null;
  headers: string[];
  sample: string[][];
  fields: { items: FieldInfo[]; components: FieldInfo[] };
  suggested: { items: Record<string, string | null>; components: Record<string, string | null> };
}

const SAMPLE_ROWS = 20;
const formats: Record<string, Preview['format']> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.xlsx': 'xlsx',
};

function infoOf(f: FieldSpec): FieldInfo {
  const kind = f.kind === 'enum' && f.values ? `one of ${f.values.join(', ')}` : f.kind;
  const also = f.aliases && f.aliases.length > 0 ? `; columns also named ${f.aliases.join(', ')}` : '';
  return { name: f.name, required: !!f.required, description: `${kind}${also}` };
}

/** The preview of a stored file. A file that cannot be read at all (unknown kind, a bad header, a
 * wrong encoding) throws the importer's own `Invalid`. */
export async function previewFile(path: string, name?: string): Promise<Preview> {
  const headers = await readHeaders(path, { name });
  const sample: string[][] = [];
  try {
    for await (const record of readRecords(path, { name })) {
      sample.push(headers.map((h) => text(record.values[h])));
      if (sample.length >= SAMPLE_ROWS) break;
    }
  } catch (e) {
    // A bad data row ends the sample; the check lists it with the other row problems.
    if (!(e instanceof TeardownError && e.problems.some((p) => p.row !== undefined))) throw e;
  }
  return {
    format: formats[extname(path).toLowerCase()] ?? null,
    headers,
    sample,
    fields: { items: itemFields.map(infoOf), components: componentFields.map(infoOf) },
    suggested: {
      items: suggestMapping(headers, itemFields),
      components: suggestMapping(headers, componentFields),
    },
  };
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
