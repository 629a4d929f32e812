// Files uploaded to the import wizard: kept under `<data>/imports/uploads/<uuid><ext>` with a JSON
// sidecar naming who uploaded it, until they import it or 24 hours pass. An upload is its uploader's
// alone: anyone else is told it does not exist.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Invalid, NotFound } from '../core/errors.ts';

export interface Upload {
  uploadId: string;
  path: string;
  userKey: string;
  fileName: string;
  size: number;
  createdAt: string;
}

/** How long an upload waits to be imported. */
export const UPLOAD_TTL_MS = 24 * 3600 * 1000;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class UploadStore {
  constructor(readonly dir: string) {}

  /** Stores the stream; a file over the limit is removed again and refused. */
  async save(
    content: Readable & { truncated?: boolean },
    fileName: string,
    userKey: string,
    maxBytes: number,
  ): Promise<Upload> {
    await mkdir(this.dir, { recursive: true });
    await this.prune();
    const uploadId = randomUUID();
    const path = join(this.dir, `${uploadId}${extname(fileName).toLowerCase()}`);
    try {
      await pipeline(content, createWriteStream(path));
      if (content.truncated)
        throw Invalid.at('file', `${fileName} is larger than the upload limit of ${maxBytes} bytes`);
    } catch (e) {
      await rm(path, { force: true });
      throw e;
    }
    const upload = {
      uploadId,
      path,
      userKey,
      fileName,
      size: (await stat(path)).size,
      createdAt: new Date().toISOString(),
    };
    const { userKey: u, fileName: f, size, createdAt } = upload;
    await writeFile(this.sidecar(uploadId), JSON.stringify({ userKey: u, fileName: f, size, createdAt }));
    return upload;
  }

  /** The upload, if this user made it (and it has not expired); else "not found". */
  async get(uploadId: string, userKey: string): Promise<Upload> {
    const missing = new NotFound('upload', uploadId);
    if (!ID.test(uploadId)) throw missing;
    const text = await readFile(this.sidecar(uploadId), 'utf8').catch(() => null);
    if (text === null) throw missing;
    const meta = JSON.parse(text) as Omit<Upload, 'uploadId' | 'path'>;
    if (meta.userKey !== userKey || Date.parse(meta.createdAt) < Date.now() - UPLOAD_TTL_MS) throw missing;
    return { ...meta, uploadId, path: join(this.dir, `${uploadId}${extname(meta.fileName).toLowerCase()}`) };
  }

  /** Hands the file over to an import job: moved out of the uploads (so that no pruning removes it while
   * it waits) and the upload forgotten. Returns the file's new path. */
  async take(upload: Upload, into: string): Promise<string> {
    const path = join(into, basename(upload.path));
    await rename(upload.path, path);
    await rm(this.sidecar(upload.uploadId), { force: true });
    return path;
  }

  /** Forgets the upload and removes its file. */
  async remove(upload: Upload): Promise<void> {
    await rm(upload.path, { force: true });
    await rm(this.sidecar(upload.uploadId), { force: true });
  }

  /** Removes uploads (and files left without a sidecar) older than the TTL. */
  async prune(now = Date.now()): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      const path = join(this.dir, name);
      const s = await stat(path).catch(() => null);
      if (s && s.mtimeMs < now - UPLOAD_TTL_MS) await rm(path, { force: true });
    }
  }

  private sidecar(uploadId: string): string {
    return join(this.dir, `${uploadId}.json`);
  }
}
