// Content-addressed storage of evidence files under `<data>/files/<first two hex>/<sha256>`: each file is
// stored once whatever its name or how often it is uploaded, written to a temporary name and renamed
// only when complete, so that an interrupted upload never leaves a half file under a real hash.
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Invalid } from '../core/errors.ts';

export interface StoredBlob {
  sha256: string;
  size: number;
  path: string;
  /** True when an identical file was already stored. */
  existed: boolean;
}

export class FileStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(source: Readable, maxBytes = Number.POSITIVE_INFINITY, name = 'upload'): Promise<StoredBlob> {
    const tmpDir = join(this.root, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes)
          return done(Invalid.at('file', `${name} is larger than the limit of ${maxBytes} bytes`));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(tmp));
      // A stream cut short (a truncated multipart upload) ends without error in some sources; they mark it.
      if ((source as Readable & { truncated?: boolean }).truncated) {
        throw Invalid.at('file', `${name} is larger than the upload limit of ${maxBytes} bytes`);
      }
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    const sha256 = hash.digest('hex');
    const path = this.pathOf(sha256);
    if (existsSync(path)) {
      await rm(tmp, { force: true });
      return { sha256, size, path, existed: true };
    }
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
    await rename(tmp, path);
    return { sha256, size, path, existed: false };
  }

  open(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  /** For `verify`: is the stored file still the one its name says? */
  async check(sha256: string, size: number): Promise<'ok' | 'missing' | 'changed'> {
    const path = this.pathOf(sha256);
    const s = await stat(path).catch(() => null);
    if (!s) return 'missing';
    if (s.size !== size) return 'changed';
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), hash);
    return hash.digest('hex') === sha256 ? 'ok' : 'changed';
  }
}
