// The import service on a real database of each dialect: what a clean file stores, that the same file
// again adds nothing, that conflicts and bad rows write nothing, and how components find their items
// and parents. All data is synthetic test data with fictional makers and part numbers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { actor, makeCase } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import { verifyIntegrity } from '../audit/index.ts';
import { Conflict, Invalid, type Problem, type TeardownError } from '../core/errors.ts';
import { toComponent, toItem } from '../evidence/index.ts';
import type { ImportOptions } from './imports.service.ts';

const dir = mkdtempSync(join(tmpdir(), 'teardown-import-service-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
/** Writes a file under a unique folder, so that each test's file keeps the base name it is given. */
function write(name: string, content: string | Buffer): string {
  const sub = join(dir, String(++fileNo));
  mkdirSync(sub);
  const path = join(sub, name);
  writeFileSync(path, content);
  return path;
}

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;
const jsonl = (...rows: object[]) => rows.map((r) => `${JSON.stringify(r)}\n`).join('');

const itemsMap = { 'Serial No': 'serialNumber', 'Found on': 'recoveredAt' };
const itemsHeader = 'Ref,Type,Designation,Serial No,Found on,lat,lon,country,Markings,notes';
const itemLines = [
  'SYN-I-1,uav,Герань-2 (synthetic),ГЕР-0001,2023-05-04,48.1,37.2,ua,"ЗАВОД №5\nпартия ""А""",synthetic test data',
  'SYN-I-2,loitering munition,Ланцет-3 (synthetic),Л3-0042,2024-01,,,UA,МАХ-7 / QZX32F4,"два слова, одна запятая"',
  'SYN-I-3,missile,QZX-9 (synthetic),,2022,,,,,"line one\nline two"',
];

async function snapshot(app: App) {
  const k = app.db.kysely;
  const count = async (table: 'recovered_items' | 'components' | 'evidence_files') =>
    Number(
      (
        await k
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    items: await count('recovered_items'),
    components: await count('components'),
    files: await count('evidence_files'),
    head: (await app.auditLog.head(k)) ?? null,
  };
}

async function itemsOf(app: App, caseId: number) {
  const rows = await app.db.kysely
    .selectFrom('recovered_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map(toItem);
}

async function componentsOf(app: App, caseId: number) {
  const rows = await app.db.kysely
    .selectFrom('components')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map(toComponent);
}

async function failure<E extends TeardownError>(
  p: Promise<unknown>,
  type: new (...args: never[]) => E,
): Promise<E> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  return error as E;
}

const where = (p: Problem) => [p.row, p.path];

describeEachDialect('ImportService', (t) => {
  const run = (o: ImportOptions) => t().app.imports.run(actor, o);
  const importItems = async (caseId: number, path = write('items.csv', csv(itemsHeader, ...itemLines))) =>
    run({ kind: 'items', path, caseId, map: itemsMap });

  it('imports items through a column mapping and stores each row as given, Cyrillic and quoted newlines included', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const before = await snapshot(app);
    const result = await importItems(c.id);
    expect(result).toMatchObject({
      kind: 'items',
      file: 'items.csv',
      rows: 3,
      added: 3,
      updated: 0,
      skipped: 0,
    });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.auditSeq).toBe((before.head?.seq ?? 0) + 1);
    expect((await snapshot(app)).items).toBe(before.items + 3);

    const items = await itemsOf(app, c.id);
    expect(items.map((i) => ({ ...i, id: undefined, createdAt: undefined, updatedAt: undefined }))).toEqual([
      {
        caseId: c.id,
        externalRef: 'SYN-I-1',
        itemType: 'uav',
        designationMarked: 'Герань-2 (synthetic)',
        designationAssessed: null,
        designationAssessment: null,
        serialNumber: 'ГЕР-0001',
        markings: 'ЗАВОД №5\nпартия "А"',
        recoveredAt: '2023-05-04',
        recoveredPrecision: 'day',
        latitude: 48.1,
        longitude: 37.2,
        placeName: null,
        country: 'UA',
        condition: null,
        source: null,
        observation: null,
        sourceReliability: null,
        notes: 'synthetic test data',
        tags: null,
        deletedAt: null,
      },
      expect.objectContaining({
        externalRef: 'SYN-I-2',
        itemType: 'loitering_munition',
        serialNumber: 'Л3-0042',
        markings: 'МАХ-7 / QZX32F4',
        recoveredAt: '2024-01-01',
        recoveredPrecision: 'month',
        latitude: null,
        notes: 'два слова, одна запятая',
      }),
      expect.objectContaining({
        externalRef: 'SYN-I-3',
        itemType: 'missile',
        serialNumber: null,
        recoveredAt: '2022-01-01',
        recoveredPrecision: 'year',
        notes: 'line one\nline two',
      }),
    ]);

    const entry = await app.auditLog.entryAt(app.db.kysely, result.auditSeq as number);
    expect(entry).toMatchObject({
      action: 'import',
      entity_type: 'item',
      row_count: 3,
      actor: 'local:local administrator',
    });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({
      file: 'items.csv',
      added: 3,
      caseId: c.id,
      sha256: result.sha256,
    });
  });

  it('adds nothing and writes no audit entry when the same file is imported again', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const path = write('items.csv', csv(itemsHeader, ...itemLines));
    await importItems(c.id, path);
    const before = await snapshot(app);
    const again = await importItems(c.id, path);
    expect(again).toMatchObject({ rows: 3, added: 0, updated: 0, skipped: 3, auditSeq: null });
    expect(await snapshot(app)).toEqual(before);
  });

  it('reports a changed row as a conflict naming the row and writes nothing; with update it applies and audits it', async () => {
    const app = t().app;
    const c = await makeCase(app);
    await importItems(c.id);
    const changed = write(
      'items-changed.csv',
      csv(itemsHeader, itemLines[0], itemLines[1].replace('одна запятая', 'две запятые'), itemLines[2]),
    );
    const stored = (await itemsOf(app, c.id)).find((i) => i.externalRef === 'SYN-I-2');
    if (!stored) throw new Error('SYN-I-2 was not stored');

    const before = await snapshot(app);
    const conflict = await failure(
      run({ kind: 'items', path: changed, caseId: c.id, map: itemsMap }),
      Conflict,
    );
    expect(conflict.problems).toEqual([
      { file: 'items-changed.csv', row: 2, message: `differs from stored item ${stored.id} in notes` },
    ]);
    expect(conflict.message).toMatch(/nothing was imported/);
    expect(await snapshot(app)).toEqual(before);
    expect((await itemsOf(app, c.id)).find((i) => i.id === stored.id)?.notes).toBe('два слова, одна запятая');

    const updated = await run({ kind: 'items', path: changed, caseId: c.id, map: itemsMap, update: true });
    expect(updated).toMatchObject({ rows: 3, added: 0, updated: 1, skipped: 2 });
    const after = await snapshot(app);
    expect(after.items).toBe(before.items);
    expect(after.head?.seq).toBe((before.head?.seq ?? 0) + 1);
    const entry = await app.auditLog.entryAt(app.db.kysely, after.head?.seq as number);
    expect(entry).toMatchObject({ action: 'update', entity_type: 'item', entity_id: stored.id });
    expect(JSON.parse(entry?.before ?? '{}')).toMatchObject({
      id: stored.id,
      notes: 'два слова, одна запятая',
    });
    expect(JSON.parse(entry?.after ?? '{}')).toMatchObject({
      id: stored.id,
      notes: 'два слова, две запятые',
    });
    expect((await itemsOf(app, c.id)).find((i) => i.id === stored.id)?.notes).toBe('два слова, две запятые');
  });

  it('reports every bad row with its row and column and writes nothing', async () => {
    const app = t().app;
    const c = await makeCase(app);
    await importItems(c.id);
    const path = write(
      'bad-items.csv',
      csv(
        'externalRef,itemType,recovered_at,latitude,longitude,notes',
        'SYN-B-1,uav,2023-02-10,48.0,37.0,"two\nlines"',
        'SYN-B-2,uav,2023-02-31,,,',
        'SYN-B-3,uav,31/02/2023,,,',
        'SYN-B-4,uav,2023-03-01,123,37.0,',
        'SYN-B-5,zeppelin,2023-03-01,,,',
        'SYN-B-1,uav,2023-03-02,,,',
        'SYN-B-7,uav,2099-01-01,,,',
      ),
    );
    const before = await snapshot(app);
    const e = await failure(run({ kind: 'items', path, caseId: c.id }), Invalid);
    expect(e.message).toMatch(/^bad-items\.csv: 6 problems found; nothing was imported$/);
    expect(e.problems.map(where)).toEqual([
      [2, 'recovered_at'],
      [3, 'recovered_at'],
      [4, 'latitude'],
      [5, 'itemType'],
      [6, 'externalRef'],
      [7, 'recovered_at'],
    ]);
    expect(e.problems.every((p) => p.file === 'bad-items.csv')).toBe(true);
    const messages = e.problems.map((p) => p.message);
    expect(messages[0]).toBe('"2023-02-31" is not a date (use YYYY-MM-DD)');
    expect(messages[1]).toBe('"31/02/2023" is not a date (use YYYY-MM-DD)');
    expect(messages[2]).toBe('must be at most 90');
    expect(messages[3]).toBe('"zeppelin" is not one of: uav, loitering_munition, missile, other');
    expect(messages[4]).toMatch(/^repeats row 1 \(the same external reference "SYN-B-1"\)$/);
    expect(messages[5]).toBe('"2099-01-01" is in the future');
    expect(await snapshot(app)).toEqual(before);
  });

  it('refuses an unknown column by name, and a file that is not UTF-8, writing nothing', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const before = await snapshot(app);
    // Without the mapping, "Found on" is no field's name or alias.
    const unmapped = await failure(
      run({
        kind: 'items',
        path: write('items.csv', csv(itemsHeader, ...itemLines)),
        caseId: c.id,
        map: { 'Serial No': 'serialNumber' },
      }),
      Invalid,
    );
    expect(unmapped.problems).toEqual([
      expect.objectContaining({ path: 'Found on', message: expect.stringMatching(/^unknown column/) }),
    ]);
    expect(unmapped.message).toContain('"Found on"');

    const latin1 = Buffer.from(
      'externalRef,itemType,notes\nSYN-L-1,uav,synthetic\nSYN-L-2,uav,Café Müller (synthetic)\n',
      'latin1',
    );
    const e = await failure(run({ kind: 'items', path: write('latin1.csv', latin1), caseId: c.id }), Invalid);
    expect(e.message).toMatch(/latin1\.csv line 3: not valid UTF-8/);
    expect(await snapshot(app)).toEqual(before);
  });

  it('imports components into imported items, nesting them by parent position within the file and across imports', async () => {
    const app = t().app;
    const c = await makeCase(app);
    await run({
      kind: 'items',
      path: write(
        'items.jsonl',
        jsonl({ externalRef: 'SYN-C-1', itemType: 'uav' }, { externalRef: 'SYN-C-2', itemType: 'uav' }),
      ),
      caseId: c.id,
    });
    const [item1, item2] = await itemsOf(app, c.id);

    const first = await run({
      kind: 'components',
      caseId: c.id,
      path: write(
        'components.csv',
        csv(
          'item,parent,subsystem,pos,markingRaw,maker,partNumber,qty,notes',
          'SYN-C-1,,flight_control,FC,FC module (synthetic),,,,',
          'SYN-C-1,FC,flight_control,B1,"FC board\nrev 2",,,,',
          'SYN-C-1,B1,flight_control,U1,QZX32F4 / RGT6 / 2219 A3 / CHN,Qazax Micro (synthetic),QZX32F4,1,',
          'SYN-C-1,B1,navigation,U2,МАХ-7 / 2231,,,2,синтетические данные',
          'SYN-C-2,,power,B1,power board (synthetic),,,,',
          'SYN-C-2,B1,power,U1,QZX-PWR9,,,,',
        ),
      ),
    });
    expect(first).toMatchObject({ rows: 6, added: 6, skipped: 0 });

    // A second import, as JSON Lines, names a parent stored by the first.
    const second = await run({
      kind: 'components',
      caseId: c.id,
      path: write(
        'more.jsonl',
        jsonl({
          itemRef: 'SYN-C-1',
          parentPosition: 'B1',
          subsystem: 'datalink',
          position: 'U3',
          markingRaw: 'QZX-RF24 (synthetic)',
        }),
      ),
    });
    expect(second).toMatchObject({ rows: 1, added: 1 });

    const comps = await componentsOf(app, c.id);
    const at = (itemId: number, position: string) => {
      const found = comps.find((x) => x.itemId === itemId && x.position === position);
      if (!found) throw new Error(`no component ${position} in item ${itemId}`);
      return found;
    };
    expect(at(item1.id, 'FC').parentId).toBeNull();
    expect(at(item1.id, 'B1').parentId).toBe(at(item1.id, 'FC').id);
    expect(at(item1.id, 'U1').parentId).toBe(at(item1.id, 'B1').id);
    expect(at(item1.id, 'U2').parentId).toBe(at(item1.id, 'B1').id);
    expect(at(item1.id, 'U3').parentId).toBe(at(item1.id, 'B1').id);
    expect(at(item2.id, 'U1').parentId).toBe(at(item2.id, 'B1').id);
    expect(at(item1.id, 'B1').markingRaw).toBe('FC board\nrev 2');
    expect(at(item1.id, 'U1')).toMatchObject({
      subsystem: 'flight_control',
      maker: 'Qazax Micro (synthetic)',
      partNumber: 'QZX32F4',
      quantity: 1,
      // The maker was given and is no reading of the marking; the part number agrees with the
      // machine's reading of it, so it is the machine's.
      fieldOrigins: { maker: { origin: 'human' }, partNumber: { origin: 'machine' } },
    });
    expect(at(item1.id, 'U2')).toMatchObject({
      subsystem: 'navigation',
      markingRaw: 'МАХ-7 / 2231',
      quantity: 2,
      notes: 'синтетические данные',
    });
    expect(at(item1.id, 'FC').quantity).toBe(1);

    const report = await verifyIntegrity(app.db.kysely, app.files);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('finds parents in an earlier batch and in the same 500-row batch of a large file', async () => {
    const app = t().app;
    const c = await makeCase(app);
    await run({
      kind: 'items',
      path: write('items.jsonl', jsonl({ externalRef: 'SYN-L-1', itemType: 'missile' })),
      caseId: c.id,
    });
    // Row 1 is board M1 (batch 1); rows 2–700 are its chips, some in batch 2; row 701 is board M2
    // (batch 2) and rows 702–1100 its chips, the first of them in the same batch as M2.
    const lines = [
      'itemRef,parentPosition,subsystem,position,markingRaw',
      'SYN-L-1,,propulsion,M1,motor board (synthetic)',
    ];
    for (let i = 1; i <= 699; i++) lines.push(`SYN-L-1,M1,propulsion,C${i},QZX-ESC${i}`);
    lines.push('SYN-L-1,,power,M2,power board (synthetic)');
    for (let i = 700; i <= 1098; i++) lines.push(`SYN-L-1,M2,power,C${i},QZX-PWR${i}`);
    const result = await run({ kind: 'components', caseId: c.id, path: write('large.csv', csv(...lines)) });
    expect(result).toMatchObject({ rows: 1100, added: 1100 });

    const comps = await componentsOf(app, c.id);
    const id = new Map(comps.map((x) => [x.position, x.id]));
    const parentOf = new Map(comps.map((x) => [x.position, x.parentId]));
    expect(parentOf.get('M1')).toBeNull();
    expect(parentOf.get('M2')).toBeNull();
    for (let i = 1; i <= 699; i++) expect(parentOf.get(`C${i}`)).toBe(id.get('M1'));
    for (let i = 700; i <= 1098; i++) expect(parentOf.get(`C${i}`)).toBe(id.get('M2'));
    expect((await verifyIntegrity(app.db.kysely, app.files)).ok).toBe(true);
  });

  it('refuses components whose item or parent exists nowhere, naming the row, and writes nothing', async () => {
    const app = t().app;
    const c = await makeCase(app);
    await run({
      kind: 'items',
      path: write('items.jsonl', jsonl({ externalRef: 'SYN-M-1', itemType: 'uav' })),
      caseId: c.id,
    });
    const before = await snapshot(app);

    const missingItem = write(
      'components.csv',
      csv('item,subsystem,position,markingRaw', 'SYN-M-1,power,U1,QZX-1', 'SYN-NOPE,power,U2,QZX-2'),
    );
    const e = await failure(run({ kind: 'components', caseId: c.id, path: missingItem }), Invalid);
    expect(e.problems).toEqual([
      {
        file: 'components.csv',
        row: 2,
        path: 'item',
        message: `no item with external reference "SYN-NOPE" in case ${c.id}`,
      },
    ]);
    expect(await snapshot(app)).toEqual(before);

    // A missing item after another bad row is reported too: the report names every bad row.
    const both = write(
      'both.csv',
      csv(
        'item,subsystem,position,markingRaw',
        'SYN-M-1,hydraulics,U1,QZX-1',
        'SYN-NOPE,power,U2,QZX-2',
        'SYN-M-1,power,U3,QZX-3',
      ),
    );
    const b = await failure(run({ kind: 'components', caseId: c.id, path: both }), Invalid);
    expect(b.problems.map(where)).toEqual([
      [1, 'subsystem'],
      [2, 'item'],
    ]);
    expect(await snapshot(app)).toEqual(before);

    const missingParent = write(
      'orphans.csv',
      csv(
        'itemRef,parentPosition,subsystem,position,markingRaw',
        'SYN-M-1,,power,B1,QZX-B',
        'SYN-M-1,B9,power,U1,QZX-1',
      ),
    );
    const p = await failure(run({ kind: 'components', caseId: c.id, path: missingParent }), Invalid);
    expect(p.problems).toEqual([
      expect.objectContaining({
        file: 'orphans.csv',
        row: 2,
        path: 'parentPosition',
        message: expect.stringContaining('"B9"'),
      }),
    ]);
    expect(await snapshot(app)).toEqual(before);
  });
});
