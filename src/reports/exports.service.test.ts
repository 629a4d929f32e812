// Exports round-trip through imports on each dialect: a case exported as CSV or JSON Lines imports into
// a new case with the same rows and values, and into its own case again as nothing new.
// All data is synthetic test data with fictional makers and part numbers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import type { App } from '../app/index.ts';
import { toComponent, toItem } from '../evidence/index.ts';
import type { ExportFormat } from './exports.service.ts';

const dir = mkdtempSync(join(tmpdir(), 'teardown-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function exportText(
  app: App,
  what: 'items' | 'components',
  caseId: number,
  format: ExportFormat,
): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  await app.exports.export(actor, what, caseId, format, sink);
  sink.end();
  return Buffer.concat(chunks).toString('utf8');
}

let fileNo = 0;
async function exportToFile(
  app: App,
  what: 'items' | 'components',
  caseId: number,
  format: ExportFormat,
): Promise<string> {
  const path = join(dir, `${what}-${++fileNo}.${format}`);
  writeFileSync(path, await exportText(app, what, caseId, format));
  return path;
}

/** A case's items as comparable values: no ids, case or timestamps. */
async function itemValues(app: App, caseId: number) {
  const rows = await app.db.kysely
    .selectFrom('recovered_items')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return rows.map((r) => {
    const { id, caseId: _case, createdAt, updatedAt, ...rest } = toItem(r);
    return rest;
  });
}

/** A case's components as comparable values: the item by reference and the parent by position. */
async function componentValues(app: App, caseId: number) {
  const rows = await app.db.kysely
    .selectFrom('components')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  const items = new Map(
    (
      await app.db.kysely
        .selectFrom('recovered_items')
        .select(['id', 'external_ref'])
        .where('case_id', '=', caseId)
        .execute()
    ).map((i) => [i.id, i.external_ref]),
  );
  const positions = new Map(rows.map((r) => [r.id, r.position]));
  return rows.map((r) => {
    const { id, caseId: _case, itemId, parentId, createdAt, updatedAt, ...rest } = toComponent(r);
    return { ...rest, item: items.get(itemId), parent: parentId === null ? null : positions.get(parentId) };
  });
}

describeEachDialect('ExportService', (t) => {
  let source: number;

  beforeAll(async () => {
    const app = t().app;
    source = (await makeCase(app)).id;
    const a = await makeItem(app, source, {
      externalRef: 'SYN-X-1',
      designationMarked: 'Герань-2 (synthetic)',
      designationAssessed: 'Testbird family',
      serialNumber: 'ГЕР-0007',
      markings: 'ЗАВОД №5\nпартия "А", серия 2',
      recoveredAt: '2024-03-07T14:20:00Z',
      recoveredPrecision: 'time',
      latitude: 48.123456,
      longitude: 37.654321,
      placeName: 'Field 7 (synthetic)',
      country: 'UA',
      condition: 'burnt, partly intact',
      source: 'Partner team (synthetic)',
      observation: 'in_hand',
      sourceReliability: 'B',
      notes: 'synthetic test data',
      tags: ['foam-fuselage', 'serial-stencilled'],
    });
    const b = await makeItem(app, source, {
      externalRef: 'SYN-X-2',
      itemType: 'missile',
      serialNumber: null,
      recoveredAt: '2023-05-01',
      recoveredPrecision: 'month',
      latitude: null,
      longitude: null,
      country: null,
    });
    const board = await makeComponent(app, a.id, {
      subsystem: 'flight_control',
      position: 'B1',
      markingRaw: 'FC board (synthetic)',
    });
    await makeComponent(app, a.id, {
      parentId: board.id,
      position: 'U1',
      category: 'microcontroller',
      quantity: 2,
      markingRaw: 'QZX32F4 / RGT6\n2219 A3 / CHN',
      maker: 'Qazax Micro (synthetic)',
      partNumber: 'QZX32F4',
      dateCode: '2219',
      lotCode: 'A3',
      serial: 'S-001',
      notes: 'МАХ, "quoted", comma',
    });
    await makeComponent(app, a.id, {
      parentId: board.id,
      subsystem: 'navigation',
      position: 'U2',
      markingRaw: 'МАХ-7 / 2231',
    });
    await makeComponent(app, b.id, {
      subsystem: 'propulsion',
      position: null,
      markingRaw: 'QZX-ESC40 (synthetic)',
    });
  });

  for (const format of ['csv', 'jsonl'] as const) {
    it(`exports items and components as ${format} that import into a new case with the same values`, async () => {
      const app = t().app;
      const items = await exportToFile(app, 'items', source, format);
      const components = await exportToFile(app, 'components', source, format);
      const target = (await makeCase(app)).id;
      const i = await app.imports.run(actor, { kind: 'items', path: items, caseId: target });
      expect(i).toMatchObject({ rows: 2, added: 2, skipped: 0 });
      const c = await app.imports.run(actor, { kind: 'components', path: components, caseId: target });
      expect(c).toMatchObject({ rows: 4, added: 4, skipped: 0 });
      expect(await itemValues(app, target)).toEqual(await itemValues(app, source));
      expect(await componentValues(app, target)).toEqual(await componentValues(app, source));
    });

    it(`skips every row when a ${format} export is imported into its own case`, async () => {
      const app = t().app;
      const items = await exportToFile(app, 'items', source, format);
      const components = await exportToFile(app, 'components', source, format);
      const head = await app.auditLog.head(app.db.kysely);
      expect(await app.imports.run(actor, { kind: 'items', path: items, caseId: source })).toMatchObject({
        rows: 2,
        added: 0,
        updated: 0,
        skipped: 2,
      });
      expect(
        await app.imports.run(actor, { kind: 'components', path: components, caseId: source }),
      ).toMatchObject({ rows: 4, added: 0, updated: 0, skipped: 4 });
      expect(await app.auditLog.head(app.db.kysely)).toEqual(head);
    });
  }

  it('writes the columns that imports read, one header row, one line per record', async () => {
    const app = t().app;
    const text = await exportText(app, 'items', source, 'csv');
    expect(text.split('\n')[0]).toBe(
      'externalRef,itemType,designationMarked,designationAssessed,serialNumber,markings,recoveredAt,recoveredPrecision,latitude,longitude,placeName,country,condition,source,observation,sourceReliability,notes,tags',
    );
    expect(text).toContain(',foam-fuselage; serial-stencilled');
    const lines = (await exportText(app, 'components', source, 'jsonl')).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[1])).toMatchObject({
      itemRef: 'SYN-X-1',
      itemId: null,
      parentPosition: 'B1',
      position: 'U1',
      quantity: 2,
    });
  });
});
