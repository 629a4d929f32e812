// Importing a folder of evidence files (SQLite): photos keep their EXIF time and GPS, a manifest links
// files to items and components, a re-run stores nothing twice, and a bad manifest stores nothing.
// The photos are synthetic demo pictures; the items are synthetic test data.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { createTestInstance, type TestInstance } from '../../test/helpers/test-app.ts';
import { Invalid } from '../core/errors.ts';
import { renderDemoPhoto } from '../demo/index.ts';
import { toEvidenceFile } from '../evidence/index.ts';
import { importFolder } from './imports.files.ts';

// Awaited: the renderer may draw synchronously or not.
const photo = async (
  seed: number,
  capturedAt: string,
  gps: { latitude: number; longitude: number },
): Promise<Buffer> =>
  await renderDemoPhoto({
    demoKey: `test:${seed}`,
    fileName: `p${seed}.jpg`,
    seed,
    capturedAt,
    gps,
    subject: 'synthetic test photo',
  });

describe('importFolder [sqlite]', () => {
  let t: TestInstance;
  let root: string;
  let folderNo = 0;
  /** A new folder holding the given files. */
  const folder = async (files: Record<string, string | Buffer | Promise<Buffer>>) => {
    const dir = join(root, `folder-${++folderNo}`);
    mkdirSync(dir);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), await content);
    }
    return dir;
  };
  const fileRows = async (caseId: number) =>
    (
      await t.app.db.kysely
        .selectFrom('evidence_files')
        .selectAll()
        .where('case_id', '=', caseId)
        .orderBy('id')
        .execute()
    ).map(toEvidenceFile);
  const storedBlobs = () =>
    readdirSync(t.app.files.root, { recursive: true }).filter((p) => /[0-9a-f]{64}$/.test(String(p))).length;

  beforeAll(async () => {
    t = await createTestInstance('sqlite');
    root = mkdtempSync(join(tmpdir(), 'teardown-folder-'));
  });
  afterAll(async () => {
    await t?.destroy();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('stores photos and documents with manifest links, EXIF time and GPS; a re-run adds nothing', async () => {
    const c = await makeCase(t.app);
    const item = await makeItem(t.app, c.id, { externalRef: 'SYN-F-1' });
    const chip = await makeComponent(t.app, item.id, { position: 'U7' });
    const dir = await folder({
      'fc-top.jpg': photo(101, '2024-03-07T14:20:05Z', { latitude: 48.71234, longitude: 36.55555 }),
      'sub/fc-bottom.jpg': photo(102, '2023-11-30T08:01:02Z', { latitude: -33.45678, longitude: -70.66543 }),
      'notes.txt': 'Field notes (synthetic test data): board seen from both sides.\n',
      'manifest.csv':
        'file,itemRef,componentPosition,description\nfc-top.jpg,SYN-F-1,U7,FC board top (synthetic)\nnotes.txt,SYN-F-1,,field notes\n',
    });

    const result = await importFolder(t.app.evidenceFiles, t.app.db.kysely, actor, {
      dir,
      caseId: c.id,
      manifest: join(dir, 'manifest.csv'),
    });
    expect(result).toEqual({ files: 3, added: 3, duplicates: 0 });

    const rows = await fileRows(c.id);
    const byName = new Map(rows.map((r) => [r.originalName, r]));
    expect([...byName.keys()].sort()).toEqual(['fc-bottom.jpg', 'fc-top.jpg', 'notes.txt']);
    const top = byName.get('fc-top.jpg');
    expect(top).toMatchObject({
      itemId: item.id,
      componentId: chip.id,
      mediaType: 'image/jpeg',
      capturedAt: '2024-03-07T14:20:05',
      description: 'FC board top (synthetic)',
    });
    expect(top?.gpsLatitude).toBeCloseTo(48.71234, 4);
    expect(top?.gpsLongitude).toBeCloseTo(36.55555, 4);
    const bottom = byName.get('fc-bottom.jpg');
    expect(bottom).toMatchObject({ itemId: null, componentId: null, capturedAt: '2023-11-30T08:01:02' });
    expect(bottom?.gpsLatitude).toBeCloseTo(-33.45678, 4);
    expect(bottom?.gpsLongitude).toBeCloseTo(-70.66543, 4);
    expect(byName.get('notes.txt')).toMatchObject({
      itemId: item.id,
      componentId: null,
      mediaType: 'text/plain',
      capturedAt: null,
      gpsLatitude: null,
      description: 'field notes',
    });
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.sha256))).toBe(true);

    const blobs = storedBlobs();
    const again = await importFolder(t.app.evidenceFiles, t.app.db.kysely, actor, {
      dir,
      caseId: c.id,
      manifest: join(dir, 'manifest.csv'),
    });
    expect(again).toEqual({ files: 3, added: 0, duplicates: 3 });
    expect(await fileRows(c.id)).toEqual(rows);
    expect(storedBlobs()).toBe(blobs);
  });

  it('refuses a manifest that names a missing file or an unknown item, storing no file', async () => {
    const c = await makeCase(t.app);
    await makeItem(t.app, c.id, { externalRef: 'SYN-F-2' });
    const dir = await folder({
      'new.jpg': photo(201, '2024-05-01T10:00:00Z', { latitude: 50.1, longitude: 30.2 }),
      'other.txt': 'synthetic test data\n',
      'manifest.csv':
        'file,itemRef,description\nnew.jpg,SYN-F-2,ok\nmissing.jpg,SYN-F-2,not there\nother.txt,SYN-NOPE,unknown item\n',
    });
    const blobs = storedBlobs();
    const error = await importFolder(t.app.evidenceFiles, t.app.db.kysely, actor, {
      dir,
      caseId: c.id,
      manifest: join(dir, 'manifest.csv'),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Invalid);
    expect((error as Invalid).problems).toEqual([
      expect.objectContaining({
        file: 'manifest.csv',
        row: 2,
        path: 'file',
        message: expect.stringContaining('"missing.jpg" is not a file'),
      }),
      {
        file: 'manifest.csv',
        row: 3,
        path: 'itemRef',
        message: `no item with external reference "SYN-NOPE" in case ${c.id}`,
      },
    ]);
    expect(await fileRows(c.id)).toEqual([]);
    expect(storedBlobs()).toBe(blobs);
  });
});
