// What a stored file is (media type from its bytes) and what its EXIF says (capture time, GPS, camera),
// read with file-type and exifr. Unreadable metadata is not an error: many evidence files have none.
import { open } from 'node:fs/promises';
import exifr from 'exifr';
import { fileTypeFromFile } from 'file-type';

export interface FileMetadata {
  mediaType: string;
  capturedAt: string | null;
  gpsLatitude: number | null;
  gpsLongitude: number | null;
  exif: Record<string, unknown> | null;
}

const byExtension: Record<string, string> = {
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  json: 'application/json',
  jsonl: 'application/x-ndjson',
};

export async function readMetadata(path: string, originalName: string): Promise<FileMetadata> {
  const detected = await fileTypeFromFile(path).catch(() => undefined);
  const ext = originalName.split('.').pop()?.toLowerCase() ?? '';
  const mediaType =
    detected?.mime ??
    byExtension[ext] ??
    ((await looksLikeText(path)) ? 'text/plain' : 'application/octet-stream');
  const empty = { mediaType, capturedAt: null, gpsLatitude: null, gpsLongitude: null, exif: null };
  if (!/^image\/(jpeg|png|tiff|heic|heif|webp)$/.test(mediaType)) return empty;
  const tags = await exifr
    .parse(path, {
      gps: true,
      tiff: true,
      exif: true,
      pick: [
        'Make',
        'Model',
        'DateTimeOriginal',
        'CreateDate',
        'latitude',
        'longitude',
        'ImageDescription',
        'Software',
      ],
    })
    .catch(() => null);
  if (!tags) return empty;
  const when = tags.DateTimeOriginal ?? tags.CreateDate;
  const exif: Record<string, unknown> = {};
  for (const key of ['Make', 'Model', 'ImageDescription', 'Software'])
    if (tags[key]) exif[key] = String(tags[key]);
  return {
    mediaType,
    // EXIF times carry no zone; exifr reads them as local time, so keep them as written (no Z).
    capturedAt: when instanceof Date && !Number.isNaN(when.getTime()) ? localIso(when) : null,
    gpsLatitude: Number.isFinite(tags.latitude) ? tags.latitude : null,
    gpsLongitude: Number.isFinite(tags.longitude) ? tags.longitude : null,
    exif: Object.keys(exif).length ? exif : null,
  };
}

function localIso(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

async function looksLikeText(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, 4096, 0);
    const head = buf.subarray(0, bytesRead);
    if (head.includes(0)) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, bytesRead - 4)));
      return true;
    } catch {
      return false;
    }
  } finally {
    await fh.close();
  }
}
