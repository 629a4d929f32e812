// Opens an import file as a stream of bytes checked to be UTF-8, and turns the errors of reading it
// (missing file, a folder, no permission) into messages that name the file.
import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { TeardownError } from '../core/errors.ts';
import { invalidFile } from './imports.record.ts';
import { utf8Guard } from './imports.utf8.ts';

/** The file's bytes, already checked as UTF-8; errors arrive through the returned stream. */
export function openUtf8(path: string, file: string): Readable {
  // Errors of the source or the guard destroy the last stream with that error, so whoever reads it
  // sees them; the callback only keeps the pipeline from reporting them a second time.
  return pipeline(createReadStream(path, { highWaterMark: 256 * 1024 }), utf8Guard(file), () => {});
}

const systemReasons: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder, not a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Our own errors pass unchanged; system errors become `Invalid` naming the file. */
export function asReadError(error: unknown, file: string): Error {
  if (error instanceof TeardownError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && code in systemReasons)
    return invalidFile(file, `cannot read the file (${systemReasons[code]})`);
  return error instanceof Error ? error : new Error(String(error));
}
