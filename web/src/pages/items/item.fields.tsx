// What the item page shows and edits of an item and of a component: the fields, their labels and
// choices (the server's enumerations), and how each reads (dates at their precision, Admiralty
// reliability in words, parsed fields with their origin).
import type { Component, ParsedField, RecoveredItem } from '../../api/api.types.ts';
import type { FieldSpec } from '../../ui/ui.edit.tsx';
import { formatDate, label } from '../../ui/ui.format.ts';
import { countryName } from '../components/components.markings.tsx';

const choices = (values: readonly string[]) => values.map((v) => ({ value: v, label: label(v) }));

export const ITEM_TYPES = ['uav', 'loitering_munition', 'missile', 'other'] as const;
export const PRECISIONS = ['time', 'day', 'month', 'year'] as const;
export const SUBSYSTEMS = [
  'navigation',
  'propulsion',
  'power',
  'datalink',
  'flight_control',
  'airframe',
  'other',
] as const;

/** How the source was observed. */
export const OBSERVATIONS: Record<string, string> = {
  in_hand: 'in hand (examined physically)',
  partner_photographs: 'partner photographs',
  open_source_imagery: 'open-source imagery',
};

/** The Admiralty (NATO) scale of source reliability. */
export const RELIABILITY: Record<string, string> = {
  A: 'completely reliable',
  B: 'usually reliable',
  C: 'fairly reliable',
  D: 'not usually reliable',
  E: 'unreliable',
  F: 'reliability cannot be judged',
};

const withheld = 'withheld from the published form';

export function itemFields(published: boolean): FieldSpec<RecoveredItem>[] {
  return [
    {
      name: 'itemType',
      label: 'Type',
      kind: 'select',
      required: true,
      options: choices(ITEM_TYPES),
      show: (i) => label(i.itemType),
    },
    { name: 'designationMarked', label: 'Designation as marked', kind: 'text' },
    { name: 'designationAssessed', label: 'Designation as assessed', kind: 'text' },
    { name: 'designationAssessment.basis', label: 'Basis of the assessment', kind: 'textarea' },
    {
      name: 'designationAssessment.confidence',
      label: 'Confidence of the assessment',
      kind: 'select',
      options: choices(['high', 'medium', 'low']),
    },
    { name: 'designationAssessment.by', label: 'Assessed by', kind: 'text' },
    { name: 'serialNumber', label: 'Serial number', kind: 'text', monospace: true },
    { name: 'markings', label: 'Markings', kind: 'textarea', monospace: true },
    {
      name: 'recoveredAt',
      label: 'Recovered at',
      kind: 'date',
      hint: 'YYYY-MM-DD, or an ISO 8601 date-time',
      show: (i) =>
        i.recoveredAt
          ? `${formatDate(i.recoveredAt, i.recoveredPrecision)}${i.recoveredPrecision ? ` (to the ${i.recoveredPrecision})` : ''}`
          : '',
    },
    {
      name: 'recoveredPrecision',
      label: 'Precision of the date',
      kind: 'select',
      options: choices(PRECISIONS),
    },
    {
      name: 'placeName',
      label: 'Place name',
      kind: 'text',
      show: (i) => i.placeName ?? (published ? <span className="muted">{withheld}</span> : ''),
    },
    {
      name: 'latitude',
      label: 'Latitude',
      kind: 'number',
      show: (i) => (i.latitude == null ? '' : `${i.latitude}${published ? ' (centre of a grid cell)' : ''}`),
    },
    {
      name: 'longitude',
      label: 'Longitude',
      kind: 'number',
      show: (i) =>
        i.longitude == null ? '' : `${i.longitude}${published ? ' (centre of a grid cell)' : ''}`,
    },
    { name: 'country', label: 'Country', kind: 'text', hint: 'ISO 3166-1 alpha-2 code, e.g. UA' },
    { name: 'condition', label: 'Condition', kind: 'textarea' },
    {
      name: 'notes',
      label: 'Notes',
      kind: 'textarea',
      show: (i) => i.notes ?? (published ? <span className="muted">{withheld}</span> : ''),
    },
  ];
}

export function provenanceFields(published: boolean): FieldSpec<RecoveredItem>[] {
  return [
    {
      name: 'source',
      label: 'Source',
      kind: 'textarea',
      show: (i) => i.source ?? (published ? <span className="muted">{withheld}</span> : ''),
    },
    {
      name: 'observation',
      label: 'Observation',
      kind: 'select',
      options: Object.entries(OBSERVATIONS).map(([value, l]) => ({ value, label: l })),
      show: (i) => (i.observation ? (OBSERVATIONS[i.observation] ?? label(i.observation)) : ''),
    },
    {
      name: 'sourceReliability',
      label: 'Source reliability (Admiralty scale)',
      kind: 'select',
      options: Object.entries(RELIABILITY).map(([value, l]) => ({ value, label: `${value}: ${l}` })),
      show: (i) => (i.sourceReliability ? `${i.sourceReliability}: ${RELIABILITY[i.sourceReliability]}` : ''),
    },
    { name: 'externalRef', label: 'External reference', kind: 'text', monospace: true },
  ];
}

export const PARSED: { key: ParsedField; label: string; hint?: string }[] = [
  { key: 'maker', label: 'Maker' },
  { key: 'partNumber', label: 'Part number' },
  { key: 'dateCode', label: 'Date code' },
  { key: 'lotCode', label: 'Lot code' },
  { key: 'serial', label: 'Serial' },
  {
    key: 'countryOfAssembly',
    label: 'Country of assembly',
    hint: 'ISO 3166-1 alpha-2 code in capitals, e.g. CN',
  },
];

/** "machine, 87 %" or "human": who read a parsed field, and how sure a machine was. */
export function originOf(c: Component, key: (typeof PARSED)[number]['key']): string {
  const o = c.fieldOrigins?.[key];
  if (!o || c[key] == null) return '';
  return o.confidence != null ? `${o.origin}, ${Math.round(o.confidence * 100)} %` : o.origin;
}

export function componentFields(published: boolean): FieldSpec<Component>[] {
  return [
    { name: 'position', label: 'Position', kind: 'text' },
    {
      name: 'subsystem',
      label: 'Subsystem',
      kind: 'select',
      required: true,
      options: choices(SUBSYSTEMS),
      show: (c) => label(c.subsystem),
    },
    { name: 'category', label: 'Category', kind: 'text' },
    { name: 'quantity', label: 'Quantity', kind: 'number' },
    {
      name: 'markingRaw',
      label: 'Marking as transcribed',
      kind: 'textarea',
      monospace: true,
      emptyIsText: true,
    },
    ...PARSED.map(
      (p): FieldSpec<Component> => ({
        name: p.key,
        label: p.label,
        kind: 'text',
        monospace: p.key !== 'maker' && p.key !== 'countryOfAssembly',
        hint: p.hint,
        show: (c) =>
          c[p.key] ? (
            <>
              {p.key === 'countryOfAssembly' ? countryName(c[p.key]) : c[p.key]}{' '}
              <span className="origin" data-origin={c.fieldOrigins?.[p.key]?.origin}>
                {originOf(c, p.key)}
              </span>
            </>
          ) : (
            ''
          ),
      }),
    ),
    {
      name: 'notes',
      label: 'Notes',
      kind: 'textarea',
      show: (c) => c.notes ?? (published ? <span className="muted">{withheld}</span> : ''),
    },
  ];
}
