// Thumbnails on both databases: turned upright by the EXIF orientation, fit inside the size without
// enlarging, WebP with no metadata, kept on disk under the file's digest, the same for a reader of the
// published case, and refused (415) for a document. (Synthetic test data.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { expect, it } from 'vitest';
import { failure } from '../../test/helpers/errors.ts';
import { makeCase } from '../../test/helpers/factories.ts';
import { describeEachDialect } from '../../test/helpers/test-app.ts';
import { localAdmin } from '../core/actor.ts';
import { NotFound, UnsupportedMediaType } from '../core/errors.ts';

describeEachDialect('ThumbnailService', (t) => {
  const add = async (caseId: number, name: string, bytes: Buffer) =>
    (await t().app.evidenceFiles.add(localAdmin, { caseId }, Readable.from([bytes]), name)).file;

  it('makes an upright WebP that fits the size, never enlarged, without metadata, and keeps it', async () => {
    const app = t().app;
    const kase = await makeCase(app);
    // 600×200 stored sideways: orientation 6 means "turn 90° clockwise to view".
    const photo = await sharp({ create: { width: 600, height: 200, channels: 3, background: '#3a6' } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Artist: 'synthetic photographer' } } })
      .toBuffer();
    const file = await add(kase.id, 'sideways.jpg', photo);

    const small = await app.thumbnails.thumbnail(localAdmin, file.id, 160);
    const meta = await sharp(small).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 53, 160]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(existsSync(join(t().dataDir, 'thumbs', `${file.sha256}-160.webp`))).toBe(true);

    const large = await sharp(await app.thumbnails.thumbnail(localAdmin, file.id, 1280)).metadata();
    expect([large.width, large.height]).toEqual([200, 600]);
    // The second request reads the kept file.
    expect(Buffer.compare(await app.thumbnails.thumbnail(localAdmin, file.id, 160), small)).toBe(0);
  });

  it('refuses a document (415) and a stranger (not found)', async () => {
    const app = t().app;
    const kase = await makeCase(app);
    const doc = await add(kase.id, 'note.txt', Buffer.from('lab note (synthetic test data)\n'));
    expect(await failure(app.thumbnails.thumbnail(localAdmin, doc.id, 160))).toBeInstanceOf(
      UnsupportedMediaType,
    );
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#123' } })
      .png()
      .toBuffer();
    const photo = await add(kase.id, 'p.png', png);
    const anonymous = await app.grants.anonymous();
    expect(await failure(app.thumbnails.thumbnail(anonymous, photo.id, 160))).toBeInstanceOf(NotFound);
  });
});
