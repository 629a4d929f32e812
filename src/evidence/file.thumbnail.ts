// Thumbnails of evidence photos for the web app: WebP, turned upright by the EXIF orientation, fit
// inside a square of one of a few sizes, never enlarged, with no metadata. Made once per stored file
// and size and kept on disk beside the evidence store (`<data>/thumbs/<sha256>-<size>.webp`).
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Actor } from '../core/actor.ts';
import { UnsupportedMediaType } from '../core/errors.ts';
import type { CaseReader } from './evidence.reader.ts';
import type { FileStore } from './file.store.ts';

export const thumbnailSizes = [160, 480, 1280] as const;
export type ThumbnailSize = (typeof thumbnailSizes)[number];

/** Kinds of file sharp reads; anything else has no thumbnail. */
const imageTypes = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/tiff',
  'image/gif',
  'image/avif',
]);

export class ThumbnailService {
  constructor(
    private readonly reader: CaseReader,
    private readonly store: FileStore,
    private readonly dir: string,
  ) {}

  /** The thumbnail's bytes. Members and readers of a published case alike may have it: it carries no
   * metadata, so the published view's redaction of the photo holds for it too. */
  async thumbnail(actor: Actor, id: number, size: ThumbnailSize): Promise<Buffer> {
    const { row } = await this.reader.one(actor, 'evidence_file', id);
    if (!imageTypes.has(row.media_type))
      throw new UnsupportedMediaType(
        `evidence file ${id} is ${row.media_type}, not a photo: it has no thumbnail`,
      );
    const path = join(this.dir, `${row.sha256}-${size}.webp`);
    const kept = await readFile(path).catch(() => null);
    if (kept) return kept;
    const { default: sharp } = await import('sharp');
    // sharp writes no metadata unless asked to; rotate() applies the EXIF orientation it drops.
    const body = await sharp(this.store.pathOf(row.sha256), { animated: false })
      .rotate()
      .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    await mkdir(this.dir, { recursive: true });
    // Written under a temporary name and renamed, so that a concurrent reader never sees half a file.
    const tmp = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(tmp, body);
      await rename(tmp, path);
    } catch {
      // A full disk or a read-only data folder costs the cache, not the answer.
      await rm(tmp, { force: true });
    }
    return body;
  }
}
