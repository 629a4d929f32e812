// Rejects text that is not UTF-8 while it streams by, before any row behind the bad byte is read:
// a file saved as Latin-1 or Windows-1251 would otherwise import as silently garbled names.
import { Transform } from 'node:stream';
import { invalidAt } from './imports.record.ts';

const LF = 0x0a;

/** Where the first byte that breaks UTF-8 is, or null when the whole buffer is valid UTF-8. */
export function detectEncodingProblem(buffer: Buffer): { byteOffset: number; line: number } | null {
  const at = firstInvalidByte(buffer, true);
  return at < 0 ? null : { byteOffset: at, line: countLines(buffer, at) + 1 };
}

/** A pass-through stream that fails with `Invalid` (naming the file and line) on the first bad byte. */
export function utf8Guard(file: string): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytesBefore = 0;
  let linesBefore = 0;
  // Bytes at the end of the last chunk that begin a character the next chunk completes.
  let carry = Buffer.alloc(0);
  const fail = (offset: number, line: number) =>
    invalidAt(file, line, `not valid UTF-8 (byte offset ${offset}); save the file as UTF-8`);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const joined = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      try {
        // The native decoder is the fast check; our own scan only locates the byte it rejected.
        decoder.decode(chunk, { stream: true });
      } catch {
        // The decoder and the scan follow the same rules; 0 is only a guard against disagreement.
        const at = Math.max(0, firstInvalidByte(joined, false));
        return done(fail(bytesBefore - carry.length + at, linesBefore + countLines(joined, at) + 1));
      }
      linesBefore += countLines(chunk, chunk.length);
      bytesBefore += chunk.length;
      carry = Buffer.from(joined.subarray(joined.length - incompleteTail(joined)));
      done(null, chunk);
    },
    flush(done) {
      try {
        decoder.decode();
      } catch {
        return done(fail(bytesBefore - carry.length, linesBefore + 1));
      }
      done();
    },
  });
}

function countLines(buf: Buffer, end: number): number {
  let n = 0;
  for (let i = buf.indexOf(LF); i !== -1 && i < end; i = buf.indexOf(LF, i + 1)) n++;
  return n;
}

/** Length of the sequence a lead byte starts, or 0 if the byte cannot start one. */
function sequenceLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/** How many bytes at the end of a valid buffer belong to a character still incomplete. */
function incompleteTail(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const b = buf[buf.length - back];
    if ((b & 0xc0) === 0x80) continue;
    return sequenceLength(b) > back ? back : 0;
  }
  return 0;
}

/**
 * Offset of the first byte that is not part of a well-formed UTF-8 sequence (the same rules as the
 * WHATWG decoder: no overlong forms, no surrogates, nothing above U+10FFFF), or -1. An incomplete
 * sequence at the very end counts as invalid only when `final`.
 */
function firstInvalidByte(buf: Buffer, final: boolean): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    const len = sequenceLength(b);
    if (len === 0) return i;
    if (len === 1) {
      i++;
      continue;
    }
    // The second byte's range depends on the lead byte; this is what excludes overlongs and surrogates.
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < len; k++) {
      if (i + k >= buf.length) return final ? i : -1;
      const c = buf[i + k];
      if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return -1;
}
