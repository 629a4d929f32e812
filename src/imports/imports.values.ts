// Turns one cell of an import file into the typed value of its field, strictly: a value that is not
// clearly what the field needs is an error to fix in the file, never a guess.
import { type DatePrecision, parseImportDate } from './imports.dates.ts';
import { type FieldSpec, normalizeName } from './imports.fields.ts';
import type { SourceValue } from './imports.record.ts';

export type Coerced =
  | { ok: true; value: unknown; precision?: DatePrecision }
  | { ok: false; message: string };

const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const yes = new Set(['true', 'yes', 'y', '1']);
const no = new Set(['false', 'no', 'n', '0']);

/** An empty cell is null: the field is absent from this row. */
export function coerceValue(spec: FieldSpec, raw: SourceValue | undefined): Coerced {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  const text = typeof raw === 'string' ? raw.trim() : String(raw);
  if (text === '') return { ok: true, value: null };
  switch (spec.kind) {
    case 'text':
      return { ok: true, value: text.normalize('NFC') };
    case 'integer': {
      const n = typeof raw === 'number' ? raw : integerText.test(text) ? Number(text) : Number.NaN;
      if (Number.isSafeInteger(n)) return { ok: true, value: n };
      return { ok: false, message: `${JSON.stringify(text)} is not a whole number` };
    }
    case 'number': {
      const n = typeof raw === 'number' ? raw : numberText.test(text) ? Number(text) : Number.NaN;
      if (Number.isFinite(n)) return { ok: true, value: n };
      const hint = /^[+-]?\d+,\d+$/.test(text) ? ' (write decimals with a point: 12.5)' : '';
      return { ok: false, message: `${JSON.stringify(text)} is not a number${hint}` };
    }
    case 'date': {
      const date = parseImportDate(text);
      return date.ok ? { ok: true, value: date.value, precision: date.precision } : date;
    }
    case 'enum':
      return enumValue(spec, text);
    case 'boolean': {
      const word = text.toLowerCase();
      if (yes.has(word) || no.has(word)) return { ok: true, value: yes.has(word) };
      return { ok: false, message: `${JSON.stringify(text)} is not yes or no` };
    }
    case 'list':
      return listValue(raw, text);
    case 'json':
      if (typeof raw !== 'string') return { ok: true, value: raw };
      try {
        return { ok: true, value: JSON.parse(text) };
      } catch {
        return { ok: false, message: `${JSON.stringify(text)} is not valid JSON` };
      }
  }
}

/** A list: a JSON array of strings, or words separated by semicolons or commas ("a; b"). */
function listValue(raw: SourceValue, text: string): Coerced {
  let items: unknown = raw;
  if (typeof raw === 'string') {
    if (text.startsWith('[')) {
      try {
        items = JSON.parse(text);
      } catch {
        return {
          ok: false,
          message: `${JSON.stringify(text)} is not a JSON list (write "a; b" or ["a", "b"])`,
        };
      }
    } else items = text.split(/[;,]/);
  }
  if (!Array.isArray(items) || items.some((i) => typeof i !== 'string'))
    return {
      ok: false,
      message: `${JSON.stringify(text)} is not a list of words (write "a; b" or ["a", "b"])`,
    };
  const words = items.map((i: string) => i.trim().normalize('NFC')).filter(Boolean);
  return { ok: true, value: words.length > 0 ? words : null };
}

// Normalized word → canonical value, built once per field rather than once per row.
const enumIndexes = new WeakMap<FieldSpec, Map<string, string>>();

function enumValue(spec: FieldSpec, text: string): Coerced {
  let index = enumIndexes.get(spec);
  if (index === undefined) {
    index = new Map(
      Object.entries(spec.valueAliases ?? {}).map(([word, value]) => [normalizeName(word), value]),
    );
    for (const v of spec.values ?? []) index.set(normalizeName(v), v);
    enumIndexes.set(spec, index);
  }
  const found = index.get(normalizeName(text));
  if (found !== undefined) return { ok: true, value: found };
  if (text === undefined || text.trim() === '')
    return { ok: false, message: `is required (one of: ${(spec.values ?? []).join(', ')})` };
  return { ok: false, message: `${JSON.stringify(text)} is not one of: ${(spec.values ?? []).join(', ')}` };
}
