// The fields an import file may fill, per kind of row: their kinds, the names a column may carry
// for them, and the allowed values of enumerations (taken from the evidence schema, never copied).
import {
  itemTypes,
  observations,
  precisions,
  reliabilities,
  subsystems,
} from '../evidence/evidence.schema.ts';

export type FieldKind = 'text' | 'integer' | 'number' | 'date' | 'enum' | 'boolean' | 'json' | 'list';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** A column for it must be in the file. */
  required?: boolean;
  /** The canonical values of an enum. Input matches them ignoring case, spaces, `_` and `-`. */
  values?: readonly string[];
  /** Other words for enum values: `{ 'unmanned aerial vehicle': 'uav' }`. Keys match like values do. */
  valueAliases?: Readonly<Record<string, string>>;
  /** Other column names that mean this field (matched like field names, see normalizeName). */
  aliases?: string[];
  /** For a date: the enum field that takes `month` or `year` when the file gives only those. */
  precisionField?: string;
}

const text = (name: string, aliases: string[] = []): FieldSpec => ({ name, kind: 'text', aliases });

/** Columns of a file of recovered items (RecoveredItemInput, without the case: the import gives it). */
export const itemFields: FieldSpec[] = [
  text('externalRef', ['ref', 'reference', 'external reference', 'item ref', 'item reference']),
  {
    name: 'itemType',
    kind: 'enum',
    required: true,
    values: itemTypes,
    valueAliases: { 'unmanned aerial vehicle': 'uav' },
    aliases: ['type', 'kind'],
  },
  text('designationMarked', ['designation', 'designation as marked', 'marked designation']),
  text('designationAssessed', ['assessed designation', 'design family']),
  text('serialNumber', ['serial', 'serial no', 'sn', 's/n']),
  text('markings', ['marking']),
  {
    name: 'recoveredAt',
    kind: 'date',
    aliases: ['recovered', 'recovered on', 'recovery date', 'date recovered', 'date'],
    precisionField: 'recoveredPrecision',
  },
  { name: 'recoveredPrecision', kind: 'enum', values: precisions, aliases: ['precision', 'date precision'] },
  { name: 'latitude', kind: 'number', aliases: ['lat'] },
  { name: 'longitude', kind: 'number', aliases: ['lon', 'lng', 'long'] },
  text('placeName', ['place', 'location']),
  text('country', ['country code']),
  text('condition'),
  text('source'),
  {
    name: 'observation',
    kind: 'enum',
    values: observations,
    aliases: ['observed', 'how observed'],
  },
  { name: 'sourceReliability', kind: 'enum', values: reliabilities, aliases: ['reliability'] },
  text('notes', ['note', 'comments', 'remarks']),
  // "foam-fuselage; serial-stencilled" in a cell, or a JSON array (JSON Lines, or a cell of one).
  { name: 'tags', kind: 'list', aliases: ['tag', 'construction tags'] },
];

/** Columns of a file of components. The item is named by its external reference in the case (or
 * its id), the parent component by its position within the same item. */
export const componentFields: FieldSpec[] = [
  text('itemRef', ['item', 'item reference', 'external ref', 'external reference']),
  { name: 'itemId', kind: 'integer' },
  text('parentPosition', ['parent', 'parent component']),
  { name: 'subsystem', kind: 'enum', required: true, values: subsystems, aliases: ['system'] },
  text('position', ['pos', 'designator', 'reference designator', 'ref des']),
  text('category'),
  { name: 'quantity', kind: 'integer', aliases: ['qty', 'count'] },
  text('markingRaw', ['marking', 'markings', 'raw marking']),
  text('maker', ['manufacturer', 'mfr']),
  text('partNumber', ['part no', 'pn', 'p/n', 'mpn']),
  text('dateCode', ['dc']),
  text('lotCode', ['lot']),
  text('serial', ['serial number', 'serial no', 'sn', 's/n']),
  text('notes', ['note', 'comments', 'remarks']),
];

/** Compares names and enum words loosely: `Recovered At`, `recovered_at`, `recoveredAt` are one. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
