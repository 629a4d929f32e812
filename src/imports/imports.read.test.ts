import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { Invalid } from '../core/errors.ts';
import { type ReadOptions, readHeaders, readRecords, type SourceRecord } from './imports.read.ts';

const dir = mkdtempSync(join(tmpdir(), 'teardown-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
async function all(path: string, opts: ReadOptions = {}): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const r of readRecords(path, opts)) out.push(r);
  return out;
}
async function failure(path: string, opts: ReadOptions = {}): Promise<Invalid> {
  const error = await all(path, opts).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Invalid);
  return error as Invalid;
}

describe('readRecords: CSV', () => {
  it('reads quoted Cyrillic fields with embedded newlines, counting rows and lines', async () => {
    const path = write(
      'items.csv',
      'externalRef,markings,itemType\n' +
        'R-1,"ЗАВОД №5\nпартия ""А""",uav\n' +
        '\n' +
        'R-2,"Концерн, серия 2",missile\n',
    );
    expect(await all(path)).toEqual([
      { row: 1, line: 2, values: { externalRef: 'R-1', markings: 'ЗАВОД №5\nпартия "А"', itemType: 'uav' } },
      { row: 3, line: 5, values: { externalRef: 'R-2', markings: 'Концерн, серия 2', itemType: 'missile' } },
    ]);
  });

  it('strips a byte-order mark and trims header names; reads CRLF files', async () => {
    const path = write('bom.csv', '\uFEFF Serial No ,type\r\n"A\r\nB",uav\r\n42,missile\r\n');
    const rows = await all(path);
    expect(rows.map((r) => [r.row, r.line, r.values])).toEqual([
      [1, 2, { 'Serial No': 'A\r\nB', type: 'uav' }],
      [2, 4, { 'Serial No': '42', type: 'missile' }],
    ]);
    expect(await readHeaders(path)).toEqual(['Serial No', 'type']);
  });

  it('reads TSV by its extension, with quotes inside fields taken as text', async () => {
    const path = write('parts.tsv', 'position\tmarkingRaw\nU1\t5" panel, STM32\n');
    expect((await all(path))[0].values).toEqual({ position: 'U1', markingRaw: '5" panel, STM32' });
  });

  it('skips blank rows but keeps the row numbers a spreadsheet shows', async () => {
    const rows = await all(write('blank.csv', 'a,b\n1,2\n,\n3,4\n'));
    expect(rows.map((r) => [r.row, r.line])).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  it('names the line of a quote that is never closed', async () => {
    const error = await failure(write('items.csv', 'a,b\n1,2\n3,"never closed\n4,5\n6,7\n'));
    expect(error.message).toBe('items.csv line 3: a quoted field that starts in this row is never closed');
    expect(error.problems[0]).toMatchObject({ file: 'items.csv', row: 2 });
  });

  it('names the row and line of a row with too many fields', async () => {
    const error = await failure(write('items.csv', 'a,b\n1,2\n"x\ny",2\n3,4,5\n'));
    expect(error.message).toBe('items.csv line 5: the row has 3 fields but the header has 2');
    expect(error.problems[0]).toMatchObject({ file: 'items.csv', row: 3 });
  });

  it('refuses empty and duplicate header names, naming the column', async () => {
    expect((await failure(write('h.csv', 'a,,c\n1,2,3\n'))).message).toMatch(
      /^h\.csv line 1: column 2 has no name/,
    );
    const dup = await failure(write('h.csv', 'serial, serial ,c\n1,2,3\n'));
    expect(dup.message).toMatch(/column "serial" appears twice in the header \(columns 1 and 2/);
    expect(dup.problems[0].path).toBe('serial');
  });

  it('suggests the delimiter when the header holds semicolons', async () => {
    const error = await failure(write('excel.csv', 'a;b;c\n1;2;3\n'));
    expect(error.message).toMatch(/excel\.csv line 1: .*separated by ";"/);
    expect(await all(write('excel.csv', 'a;b\n1;2\n'), { delimiter: ';' })).toEqual([
      { row: 1, line: 2, values: { a: '1', b: '2' } },
    ]);
  });

  it('refuses a Latin-1 file, naming the line and UTF-8, before reading the bad row', async () => {
    const head = Buffer.from('placeName,itemType\nKyiv,uav\n');
    const path = write(
      'items.csv',
      Buffer.concat([head, Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from(',uav\n')]),
    );
    const error = await failure(path);
    expect(error.message).toBe(
      `items.csv line 3: not valid UTF-8 (byte offset ${head.length + 3}); save the file as UTF-8`,
    );
  });

  it('refuses an empty file', async () => {
    expect((await failure(write('empty.csv', '\n\n'))).message).toBe(
      'empty.csv: the file is empty: it needs a header row',
    );
  });

  it('names the file when it does not exist or its kind is unknown', async () => {
    expect((await failure(join(dir, 'missing.csv'))).message).toBe(
      'missing.csv: cannot read the file (no such file)',
    );
    expect((await failure(write('x.dat', 'a\n1\n'))).message).toMatch(/^x\.dat: unknown kind of file/);
  });
});

describe('readRecords: JSON Lines', () => {
  it('reads one object per line, skipping blank lines, keeping nested values as JSON', async () => {
    const path = write(
      'items.jsonl',
      '{"itemType":"uav","latitude":48.5,"tags":["a"]}\r\n\n{"itemType":"missile","serialNumber":null}',
    );
    expect(await all(path)).toEqual([
      { row: 1, line: 1, values: { itemType: 'uav', latitude: 48.5, tags: '["a"]' } },
      { row: 2, line: 3, values: { itemType: 'missile', serialNumber: null } },
    ]);
    expect(await readHeaders(path)).toEqual(['itemType', 'latitude', 'tags', 'serialNumber']);
  });

  it('refuses a line that is not a JSON object, naming the line', async () => {
    expect((await failure(write('a.ndjson', '{"a":1}\n[1,2]\n'))).message).toMatch(
      /^a\.ndjson line 2: each line must be a JSON object/,
    );
    expect((await failure(write('b.jsonl', '{"a":1}\n\n{"a":\n'))).message).toMatch(
      /^b\.jsonl line 3: not valid JSON/,
    );
  });
});

describe('readRecords: XLSX', () => {
  it('reads the first worksheet, with numbers, dates and text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Items');
    sheet.addRow(['Serial No', 'Recovered At', 'lat', 'Place']);
    sheet.addRow(['A-17', new Date(Date.UTC(2023, 4, 14)), 48.25, 'Харків']);
    sheet.addRow([]);
    sheet.addRow([
      9001,
      new Date(Date.UTC(2023, 4, 15, 14, 20)),
      null,
      { richText: [{ text: 'Iz' }, { text: 'ium' }] },
    ]);
    const path = join(dir, 'items.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(await readHeaders(path)).toEqual(['Serial No', 'Recovered At', 'lat', 'Place']);
    expect(await all(path)).toEqual([
      {
        row: 1,
        line: 2,
        values: { 'Serial No': 'A-17', 'Recovered At': '2023-05-14', lat: 48.25, Place: 'Харків' },
      },
      {
        row: 3,
        line: 4,
        values: { 'Serial No': 9001, 'Recovered At': '2023-05-15T14:20:00', lat: null, Place: 'Izium' },
      },
    ]);
  });

  it('refuses a value beyond the header and a spreadsheet error, naming the row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Items');
    sheet.addRow(['itemType', 'notes']);
    sheet.addRow(['uav', 'ok', 'stray']);
    const path = join(dir, 'extra.xlsx');
    await workbook.xlsx.writeFile(path);
    expect((await failure(path)).message).toBe('extra.xlsx line 2: column 3 has a value but no header');
    sheet.getRow(2).getCell(3).value = null;
    sheet.getRow(2).getCell(2).value = { error: '#N/A' };
    await workbook.xlsx.writeFile(path);
    expect((await failure(path)).message).toBe(
      'extra.xlsx line 2: column 2 holds the spreadsheet error #N/A',
    );
  });

  it('refuses a file that is not a workbook, naming it', async () => {
    expect((await failure(write('fake.xlsx', 'not a zip'))).message).toMatch(
      /^fake\.xlsx: not a readable XLSX workbook/,
    );
  });
});
