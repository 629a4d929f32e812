import { describe, expect, it } from 'vitest';
import { formatProblem } from '../core/errors.ts';
import { ComponentInput, RecoveredItemInput } from '../evidence/evidence.schema.ts';
import { coerceRecord } from './imports.coerce.ts';
import { componentFields, itemFields } from './imports.fields.ts';
import { buildHeaderMap } from './imports.header-map.ts';
import type { SourceRecord, SourceValue } from './imports.record.ts';
import { validateRow } from './imports.validate.ts';

/** A record of items.csv at the given row, with its header map. */
function itemRow(values: Record<string, SourceValue>, row = 17, explicit: Record<string, string> = {}) {
  const record: SourceRecord = { row, line: row + 1, values };
  const map = buildHeaderMap(Object.keys(values), itemFields, explicit, 'items.csv');
  return { record, map, result: coerceRecord(record, map, itemFields, 'items.csv') };
}
const messages = (r: ReturnType<typeof itemRow>['result']) => (r.ok ? [] : r.problems.map(formatProblem));
const value = (r: ReturnType<typeof itemRow>['result']) =>
  r.ok ? r.value : expect.fail(messages(r).join('\n'));

describe('coerceRecord', () => {
  it('types the values, treats empty cells as null and accepts enum labels', () => {
    const { result } = itemRow({
      type: ' Loitering munition ',
      lat: '48.5',
      lon: '-35',
      notes: '',
      'Recovered At': '2023-05-14',
    });
    expect(value(result)).toEqual({
      itemType: 'loitering_munition',
      latitude: 48.5,
      longitude: -35,
      notes: null,
      recoveredAt: '2023-05-14',
    });
    for (const [label, canonical] of [
      ['UAV', 'uav'],
      ['loitering-munition', 'loitering_munition'],
      ['Missile', 'missile'],
    ]) {
      expect(value(itemRow({ type: label }).result).itemType).toBe(canonical);
    }
    const parts = buildHeaderMap(['subsystem', 'qty'], componentFields, {}, 'parts.csv');
    const part = coerceRecord(
      { row: 1, line: 2, values: { subsystem: 'Flight control', qty: '4' } },
      parts,
      componentFields,
      'parts.csv',
    );
    expect(part).toEqual({ ok: true, value: { subsystem: 'flight_control', quantity: 4 } });
  });

  it('refuses day-first and impossible dates with one message shape', () => {
    expect(messages(itemRow({ type: 'uav', recovered_at: '31/02/2023' }).result)).toEqual([
      'items.csv, row 17, column "recovered_at": "31/02/2023" is not a date (use YYYY-MM-DD)',
    ]);
    expect(messages(itemRow({ type: 'uav', recovered_at: '2023-02-31' }).result)).toEqual([
      'items.csv, row 17, column "recovered_at": "2023-02-31" is not a date (use YYYY-MM-DD)',
    ]);
  });

  it('accepts ISO date-times and partial dates, setting the precision the row leaves empty', () => {
    expect(value(itemRow({ type: 'uav', date: '2023-05-14T09:30+03:00' }).result)).toMatchObject({
      recoveredAt: '2023-05-14T09:30+03:00',
    });
    expect(value(itemRow({ type: 'uav', date: '2023-05' }).result)).toMatchObject({
      recoveredAt: '2023-05-01',
      recoveredPrecision: 'month',
    });
    expect(value(itemRow({ type: 'uav', date: '2023', precision: '' }).result)).toMatchObject({
      recoveredAt: '2023-01-01',
      recoveredPrecision: 'year',
    });
    expect(value(itemRow({ type: 'uav', date: '2023-05', precision: 'Year' }).result)).toMatchObject({
      recoveredPrecision: 'year',
    });
    expect(messages(itemRow({ type: 'uav', date: '2023-05', precision: 'day' }).result)).toEqual([
      'items.csv, row 17, column "date": "2023-05" gives only the month, but column "precision" says the precision is day',
    ]);
  });

  it('reports every problem of a row, each at its source column', () => {
    const { result } = itemRow(
      { type: 'helicopter', lat: '48,5', lon: '12a', reliability: 'G', recovered: '14.05.2023' },
      5,
    );
    expect(messages(result)).toEqual([
      'items.csv, row 5, column "type": "helicopter" is not one of: uav, loitering_munition, missile, other',
      'items.csv, row 5, column "lat": "48,5" is not a number (write decimals with a point: 12.5)',
      'items.csv, row 5, column "lon": "12a" is not a number',
      'items.csv, row 5, column "reliability": "G" is not one of: A, B, C, D, E, F',
      'items.csv, row 5, column "recovered": "14.05.2023" is not a date (use YYYY-MM-DD)',
    ]);
  });

  it('reports a key of a JSON Lines record that the header map does not know', () => {
    const map = buildHeaderMap(['itemType'], itemFields, {}, 'items.jsonl');
    const r = coerceRecord(
      { row: 4, line: 4, values: { itemType: 'uav', colour: 'grey' } },
      map,
      itemFields,
      'items.jsonl',
    );
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^items\.jsonl, row 4, column "colour": unknown field; accepted: externalRef, itemType/,
      ),
    ]);
  });

  it('reads a list of tags from words separated by semicolons or commas, or a JSON array', () => {
    expect(value(itemRow({ type: 'uav', tags: 'foam-fuselage; serial-stencilled' }).result).tags).toEqual([
      'foam-fuselage',
      'serial-stencilled',
    ]);
    expect(value(itemRow({ type: 'uav', Tag: 'a,b ,' }).result).tags).toEqual(['a', 'b']);
    expect(value(itemRow({ type: 'uav', tags: '["x; y is one", "z"]' }).result).tags).toEqual([
      'x; y is one',
      'z',
    ]);
    expect(value(itemRow({ type: 'uav', tags: ' ; ' }).result).tags).toBeNull();
    expect(messages(itemRow({ type: 'uav', tags: '[1, 2]' }, 4).result)).toEqual([
      'items.csv, row 4, column "tags": "[1, 2]" is not a list of words (write "a; b" or ["a", "b"])',
    ]);
    expect(messages(itemRow({ type: 'uav', tags: '["a",' }, 5).result)).toEqual([
      'items.csv, row 5, column "tags": "[\\"a\\"," is not a JSON list (write "a; b" or ["a", "b"])',
    ]);
  });

  it('refuses a fraction where a whole number is needed', () => {
    const parts = buildHeaderMap(['subsystem', 'quantity'], componentFields, {}, 'parts.csv');
    const r = coerceRecord(
      { row: 2, line: 3, values: { subsystem: 'power', quantity: '1.5' } },
      parts,
      componentFields,
      'parts.csv',
    );
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([
      'parts.csv, row 2, column "quantity": "1.5" is not a whole number',
    ]);
  });
});

describe('validateRow', () => {
  const item = RecoveredItemInput.safeExtend({});

  it('reports schema issues at the source column, in plain words', () => {
    const { record, map, result } = itemRow({ type: 'uav', lat: '123', lon: '30', country: 'Ukraine' }, 5);
    const checked = validateRow({ ...value(result), caseId: 1 }, item, record, map, 'items.csv');
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([
      'items.csv, row 5, column "lat": must be at most 90',
      'items.csv, row 5, column "country": "Ukraine" is not an ISO 3166-1 alpha-2 country code',
    ]);
  });

  it('names a field no column fills, and passes a valid row with its nulls kept', () => {
    const { record, map, result } = itemRow({ type: 'uav', notes: '' });
    const missingCase = validateRow(value(result), item, record, map, 'items.csv');
    expect(missingCase.ok ? [] : missingCase.problems.map(formatProblem)).toEqual([
      'items.csv, row 17: caseId is required',
    ]);
    expect(validateRow({ ...value(result), caseId: 3 }, item, record, map, 'items.csv')).toEqual({
      ok: true,
      value: { caseId: 3, itemType: 'uav', notes: null },
    });
  });

  it('lets the schema fill defaults for empty cells', () => {
    const parts = buildHeaderMap(['subsystem', 'quantity'], componentFields, {}, 'parts.csv');
    const record: SourceRecord = { row: 1, line: 2, values: { subsystem: 'power', quantity: '' } };
    const coerced = coerceRecord(record, parts, componentFields, 'parts.csv');
    const checked = validateRow(
      { ...(coerced.ok ? coerced.value : {}), itemId: 9 },
      ComponentInput,
      record,
      parts,
      'parts.csv',
    );
    expect(checked).toMatchObject({ ok: true, value: { subsystem: 'power', quantity: 1, itemId: 9 } });
  });
});
