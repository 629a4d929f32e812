// Evidence files on both databases: stored once by SHA-256 whatever how often they are uploaded, EXIF
// capture time and GPS read from a photo, links checked against the case, the size limit, and deletion
// that keeps the bytes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { expect, it } from 'vitest';
import { actor, makeCase, makeComponent, makeItem } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { NotFound } from '../core/errors.ts';
import { renderDemoPhoto } from '../demo/index.ts';
import { EvidenceFileService } from './file.service.ts';

/** Every stored blob under files/ (the tmp folder of uploads in progress excluded). */
function storedBlobs(filesRoot: string): string[] {
  if (!existsSync(filesRoot)) return [];
  return readdirSync(filesRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'tmp')
    .flatMap((d) => readdirSync(join(filesRoot, d.name)));
}
const tmpFiles = (filesRoot: string) =>
  existsSync(join(filesRoot, 'tmp')) ? readdirSync(join(filesRoot, 'tmp')) : [];
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const bytes = (label: string) => Buffer.from(`synthetic evidence document ${label}\n`.repeat(20));

describeEachDialect('EvidenceFileService', (t) => {
  it('stores the same bytes once: a second upload is a duplicate of the first', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const content = bytes('dup');
    const before = storedBlobs(app.files.root).length;
    const first = await app.evidenceFiles.add(
      actor,
      { caseId: c.id, description: 'report scan' },
      Readable.from([content]),
      'report.txt',
    );
    const second = await app.evidenceFiles.add(
      actor,
      { caseId: c.id },
      Readable.from([content]),
      'copy of report.txt',
    );
    expect(first.duplicate).toBe(false);
    expect(second).toEqual({ file: first.file, duplicate: true });
    expect(first.file).toMatchObject({
      sha256: sha256(content),
      size: content.length,
      mediaType: 'text/plain',
      originalName: 'report.txt',
      description: 'report scan',
    });
    expect(storedBlobs(app.files.root).length - before).toBe(1);
    expect(readFileSync(app.files.pathOf(first.file.sha256)).equals(content)).toBe(true);
    expect(tmpFiles(app.files.root)).toEqual([]);
    expect((await app.evidenceFiles.list(actor, { caseId: c.id })).total).toBe(1);

    // Another case gets its own record of the file, still without a second copy on disk.
    const c2 = await makeCase(app);
    const third = await app.evidenceFiles.add(
      actor,
      { caseId: c2.id },
      Readable.from([content]),
      'report.txt',
    );
    expect(third.duplicate).toBe(false);
    expect(third.file.id).not.toBe(first.file.id);
    expect(storedBlobs(app.files.root).length - before).toBe(1);
  });

  it('reads the capture time and GPS position from the EXIF of a photo', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const jpeg = renderDemoPhoto({
      demoKey: 'test:exif',
      fileName: 'SYN-1.jpg',
      seed: 7,
      capturedAt: '2024-03-07T14:20:05Z',
      gps: { latitude: 48.71234, longitude: 36.55555 },
      subject: 'FC board (synthetic test data)',
    });
    const { file } = await app.evidenceFiles.add(actor, { caseId: c.id }, Readable.from([jpeg]), 'SYN-1.jpg');
    expect(file.mediaType).toBe('image/jpeg');
    expect(file.capturedAt).toBe('2024-03-07T14:20:05');
    expect(file.gpsLatitude).toBeCloseTo(48.71234, 4);
    expect(file.gpsLongitude).toBeCloseTo(36.55555, 4);
    expect(file.exif).toMatchObject({ Make: 'Teardown demo', Model: 'synthetic' });
    expect(await app.evidenceFiles.get(actor, file.id)).toEqual(file);
  });

  it('checks item and component links against the case and stores nothing when they are wrong', async () => {
    const app = t().app;
    const c1 = await makeCase(app);
    const c2 = await makeCase(app);
    const item1 = await makeItem(app, c1.id);
    const item1b = await makeItem(app, c1.id);
    const item2 = await makeItem(app, c2.id);
    const comp1 = await makeComponent(app, item1.id);
    const comp2 = await makeComponent(app, item2.id);
    const before = storedBlobs(app.files.root);
    const put = (links: Parameters<typeof app.evidenceFiles.add>[1], label: string) =>
      app.evidenceFiles.add(actor, links, Readable.from([bytes(label)]), `${label}.txt`);
    await expect(put({ caseId: c1.id, itemId: item2.id }, 'a')).rejects.toMatchObject({
      problems: [{ path: 'itemId' }],
    });
    await expect(put({ caseId: c1.id, componentId: comp2.id }, 'b')).rejects.toMatchObject({
      problems: [{ path: 'componentId' }],
    });
    await expect(put({ caseId: c1.id, itemId: item1b.id, componentId: comp1.id }, 'c')).rejects.toMatchObject(
      { problems: [{ path: 'componentId' }] },
    );
    await expect(put({ caseId: 999_999 }, 'd')).rejects.toBeInstanceOf(NotFound);
    expect(storedBlobs(app.files.root)).toEqual(before);

    const ok = await put({ caseId: c1.id, itemId: item1.id, componentId: comp1.id }, 'e');
    expect(ok.file).toMatchObject({ caseId: c1.id, itemId: item1.id, componentId: comp1.id });
    expect((await app.evidenceFiles.list(actor, { componentId: comp1.id })).rows.map((f) => f.id)).toEqual([
      ok.file.id,
    ]);
    // Relinking is checked the same way.
    await expect(
      app.evidenceFiles.update(actor, ok.file.id, { itemId: item2.id, componentId: null }),
    ).rejects.toMatchObject({ problems: [{ path: 'itemId' }] });
    const relinked = await app.evidenceFiles.update(actor, ok.file.id, {
      itemId: item1b.id,
      componentId: null,
      description: 'moved',
    });
    expect(relinked).toMatchObject({ itemId: item1b.id, componentId: null, description: 'moved' });
    // A component photographed in the file may point at it, within the case only.
    const linked = await app.components.update(actor, comp1.id, {
      evidenceFileId: ok.file.id,
      photoRegion: { x: 10, y: 20, width: 100, height: 50 },
    });
    expect(linked).toMatchObject({
      evidenceFileId: ok.file.id,
      photoRegion: { x: 10, y: 20, width: 100, height: 50 },
    });
    await expect(
      app.components.update(actor, comp2.id, { evidenceFileId: ok.file.id }),
    ).rejects.toMatchObject({ problems: [{ path: 'evidenceFileId' }] });
  });

  it('refuses a file over the size limit and leaves no row and no bytes behind', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const small = new EvidenceFileService(app.writer, app.files, 1000, app.reader);
    const before = storedBlobs(app.files.root);
    const big = Buffer.alloc(2000, 0x41);
    await expect(
      small.add(actor, { caseId: c.id }, Readable.from([big.subarray(0, 700), big.subarray(700)]), 'big.bin'),
    ).rejects.toMatchObject({
      code: 'invalid',
      problems: [{ path: 'file' }],
    });
    expect(storedBlobs(app.files.root)).toEqual(before);
    expect(tmpFiles(app.files.root)).toEqual([]);
    expect((await app.evidenceFiles.list(actor, { caseId: c.id })).total).toBe(0);
    expect(
      (await small.add(actor, { caseId: c.id }, Readable.from([big.subarray(0, 1000)]), 'fits.bin'))
        .duplicate,
    ).toBe(false);
  });

  it('deletes by marking and keeps the bytes; a new upload of them is a new record', async () => {
    const app = t().app;
    const c = await makeCase(app);
    const content = bytes('keep');
    const { file } = await app.evidenceFiles.add(
      actor,
      { caseId: c.id },
      Readable.from([content]),
      'keep.txt',
    );
    const removed = await app.evidenceFiles.remove(actor, file.id);
    expect(removed.deletedAt).not.toBeNull();
    await expect(app.evidenceFiles.get(actor, file.id)).rejects.toBeInstanceOf(NotFound);
    expect(existsSync(app.files.pathOf(file.sha256))).toBe(true);
    expect((await app.evidenceFiles.list(actor, { caseId: c.id })).total).toBe(0);
    const again = await app.evidenceFiles.add(actor, { caseId: c.id }, Readable.from([content]), 'keep.txt');
    expect(again.duplicate).toBe(false);
    expect(again.file.id).not.toBe(file.id);
  });
});
