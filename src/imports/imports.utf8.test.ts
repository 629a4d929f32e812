import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { Invalid } from '../core/errors.ts';
import { detectEncodingProblem, utf8Guard } from './imports.utf8.ts';

/** Feeds the bytes to the guard in chunks of `size`, to exercise characters split between chunks. */
async function guard(bytes: Buffer, size: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const out: Buffer[] = [];
  await pipeline(Readable.from(chunks), utf8Guard('t.csv'), async (source: AsyncIterable<Buffer>) => {
    for await (const c of source) out.push(c);
  });
  return Buffer.concat(out);
}

describe('detectEncodingProblem', () => {
  it('accepts UTF-8, Cyrillic and four-byte characters', () => {
    expect(detectEncodingProblem(Buffer.from('Калашников 🛩\n'))).toBeNull();
  });

  it('finds the byte offset and line of Latin-1, overlong forms, surrogates and a cut-off end', () => {
    expect(
      detectEncodingProblem(Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a])),
    ).toEqual({
      byteOffset: 7,
      line: 3,
    });
    expect(detectEncodingProblem(Buffer.from([0xc0, 0xaf]))).toEqual({ byteOffset: 0, line: 1 });
    expect(detectEncodingProblem(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toEqual({ byteOffset: 1, line: 1 });
    expect(detectEncodingProblem(Buffer.from([0x61, 0xd0]))).toEqual({ byteOffset: 1, line: 1 });
  });
});

describe('utf8Guard', () => {
  const text = Buffer.from('назва,тип\nЗавод "Купол",uav 🛩\n'.repeat(5));

  it('passes valid UTF-8 through unchanged whatever the chunk boundaries', async () => {
    for (const size of [1, 2, 3, 5, 64]) expect((await guard(text, size)).equals(text)).toBe(true);
  });

  it('reports the same offset and line as detectEncodingProblem, whatever the chunk boundaries', async () => {
    const bad = Buffer.concat([text, Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(',uav\n')]);
    const expected = detectEncodingProblem(bad);
    expect(expected).toEqual({ byteOffset: text.length + 3, line: 11 });
    for (const size of [1, 2, 3, 7, 4096]) {
      const error = await guard(bad, size).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Invalid);
      expect((error as Invalid).message).toBe(
        `t.csv line 11: not valid UTF-8 (byte offset ${text.length + 3}); save the file as UTF-8`,
      );
    }
  });

  it('reports a character cut off at the end of the file', async () => {
    const cut = Buffer.concat([text, Buffer.from('Я').subarray(0, 1)]);
    const error = await guard(cut, 3).catch((e: unknown) => e);
    expect((error as Invalid).message).toBe(
      `t.csv line 11: not valid UTF-8 (byte offset ${text.length}); save the file as UTF-8`,
    );
  });
});
