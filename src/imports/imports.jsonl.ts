// Streams a JSON Lines file (one JSON object per line) without holding more than one line.
import { asReadError, openUtf8 } from './imports.open.ts';
import { invalidAt, type SourceRecord, type SourceValue } from './imports.record.ts';

/** Longest line accepted, in bytes: a file that is one huge JSON document is not JSON Lines. */
const maxLineBytes = 16 * 1024 * 1024;
const LF = 0x0a;

export async function* readJsonl(path: string, file: string): AsyncGenerator<SourceRecord> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  let row = 0;
  const take = (bytes: Buffer): SourceRecord | null => {
    line++;
    const record = parseLine(bytes, file, line, row + 1);
    if (record) row++;
    return record;
  };
  try {
    for await (const chunk of openUtf8(path, file) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(LF); nl !== -1; nl = chunk.indexOf(LF, start)) {
        const piece = chunk.subarray(start, nl);
        const bytes = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
        pending = [];
        pendingBytes = 0;
        start = nl + 1;
        const record = take(bytes);
        if (record) yield record;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > maxLineBytes) {
          throw invalidAt(
            file,
            line + 1,
            `the line is longer than ${maxLineBytes} bytes; is this JSON Lines?`,
          );
        }
      }
    }
  } catch (error) {
    throw asReadError(error, file);
  }
  if (pending.length > 0) {
    const record = take(Buffer.concat(pending));
    if (record) yield record;
  }
}

function parseLine(bytes: Buffer, file: string, line: number, row: number): SourceRecord | null {
  let text = bytes.toString('utf8');
  if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalidAt(file, line, `not valid JSON (${(error as Error).message})`, row);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalidAt(file, line, 'each line must be a JSON object such as {"itemType": "uav"}', row);
  }
  const values: Record<string, SourceValue> = {};
  for (const [key, value] of Object.entries(parsed)) {
    // Nested objects and arrays stay JSON text: only fields of kind `json` accept them.
    const flat = value !== null && typeof value === 'object' ? JSON.stringify(value) : (value as SourceValue);
    Object.defineProperty(values, key, { value: flat, enumerable: true, writable: true, configurable: true });
  }
  return { row, line, values };
}
