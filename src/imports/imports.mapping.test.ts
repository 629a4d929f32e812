import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Invalid } from '../core/errors.ts';
import { componentFields, itemFields } from './imports.fields.ts';
import { buildHeaderMap } from './imports.header-map.ts';
import { parseMapArgs, readMappingFile } from './imports.mapping.ts';

const dir = mkdtempSync(join(tmpdir(), 'teardown-mapping-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const thrown = (f: () => unknown): Invalid => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(Invalid);
    return e as Invalid;
  }
  throw new Error('expected an Invalid');
};

describe('parseMapArgs', () => {
  it('reads repeated and comma-separated pairs, splitting each at its last "="', () => {
    expect(
      parseMapArgs(['Serial No=serialNumber', 'lat=latitude, lon = longitude', 'a=b=notes', 'Junk=-']),
    ).toEqual({
      'Serial No': 'serialNumber',
      lat: 'latitude',
      lon: 'longitude',
      'a=b': 'notes',
      Junk: '-',
    });
  });

  it('keeps an argument whole when a comma-separated piece has no "=": the column holds a comma', () => {
    expect(parseMapArgs(['Place, region=placeName'])).toEqual({ 'Place, region': 'placeName' });
  });

  it('refuses a pair without a column or field, and a column mapped twice', () => {
    expect(thrown(() => parseMapArgs(['serialNumber'])).message).toBe(
      '--map "serialNumber": expected "column=field" (or "column=-" to ignore the column)',
    );
    expect(thrown(() => parseMapArgs(['=notes'])).message).toMatch(/expected "column=field"/);
    expect(thrown(() => parseMapArgs(['a=notes', 'a=source'])).message).toBe(
      '--map "a=source": column "a" is mapped twice, to "notes" and to "source"',
    );
  });
});

describe('readMappingFile', () => {
  it('reads a JSON object', async () => {
    expect(await readMappingFile(write('map.json', '{"Serial No": "serialNumber", "x": "-"}'))).toEqual({
      'Serial No': 'serialNumber',
      x: '-',
    });
  });

  it('reads a two-column CSV with or without a header', async () => {
    const expected = { 'Serial No': 'serialNumber', 'Place, region': 'placeName' };
    expect(
      await readMappingFile(
        write('m1.csv', 'source,target\nSerial No,serialNumber\n"Place, region",placeName\n'),
      ),
    ).toEqual(expected);
    expect(
      await readMappingFile(write('m2.csv', 'Serial No,serialNumber\n"Place, region",placeName\n')),
    ).toEqual(expected);
  });

  it('names the file and line of a bad mapping', async () => {
    await expect(readMappingFile(write('m3.csv', 'a,b\nc\n'))).rejects.toThrow(
      'm3.csv line 2: each line needs two values',
    );
    await expect(readMappingFile(write('m4.json', '["a"]'))).rejects.toThrow(
      /^m4\.json: a mapping file holds one JSON object/,
    );
  });
});

describe('buildHeaderMap', () => {
  it('maps columns by their normalized names and by aliases', () => {
    const map = buildHeaderMap(
      ['Item Type', 'Recovered At', 'serial_number', 'lat', 'Lon', 'S/N note'],
      itemFields,
      { 'S/N note': 'notes' },
      'items.csv',
    );
    expect(Object.fromEntries(map.fieldOf)).toEqual({
      'Item Type': 'itemType',
      'Recovered At': 'recoveredAt',
      serial_number: 'serialNumber',
      lat: 'latitude',
      Lon: 'longitude',
      'S/N note': 'notes',
    });
    expect(map.columnOf.get('recoveredAt')).toBe('Recovered At');
    for (const name of ['recovered_at', 'recoveredAt', 'RECOVERED-AT']) {
      expect(buildHeaderMap(['type', name], itemFields, {}, 'items.csv').fieldOf.get(name)).toBe(
        'recoveredAt',
      );
    }
  });

  it('refuses unknown columns, listing each with the accepted fields, unless the mapping ignores them', () => {
    const error = thrown(() =>
      buildHeaderMap(['itemType', 'Colour', 'Weight kg'], itemFields, {}, 'items.csv'),
    );
    expect(error.message).toMatch(
      /^items\.csv: unknown columns "Colour", "Weight kg"; accepted fields: externalRef, itemType, /,
    );
    expect(error.problems.map((p) => p.path)).toEqual(['Colour', 'Weight kg']);
    const map = buildHeaderMap(
      ['itemType', 'Colour', 'Weight kg'],
      itemFields,
      { Colour: '-', 'Weight kg': '-' },
      'items.csv',
    );
    expect([...map.ignored]).toEqual(['Colour', 'Weight kg']);
  });

  it('refuses a mapping naming an absent column or an unknown field', () => {
    expect(
      thrown(() => buildHeaderMap(['type'], itemFields, { 'Serial No': 'serialNumber' }, 'items.csv'))
        .message,
    ).toBe(
      'items.csv: column "Serial No": the mapping names column "Serial No", which the file does not have (its columns: type)',
    );
    expect(
      thrown(() => buildHeaderMap(['type', 'SN'], itemFields, { SN: 'serialNo' }, 'items.csv')).message,
    ).toMatch(/column "SN": the mapping sends it to "serialNo", which is not a field/);
  });

  it('refuses two columns for one field, and a missing required field', () => {
    expect(
      thrown(() => buildHeaderMap(['type', 'serial', 'S/N'], itemFields, {}, 'items.csv')).message,
    ).toMatch(/columns "serial" and "S\/N" both fill the field serialNumber/);
    expect(thrown(() => buildHeaderMap(['position'], componentFields, {}, 'parts.csv')).message).toBe(
      'parts.csv: no column fills the required field subsystem',
    );
  });
});
