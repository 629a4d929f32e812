import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readRecords } from './imports.read.ts';

// A collectable heap makes "retained memory" measurable rather than "memory not yet collected".
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const rows = 200_000;

/** About 75 MB of 2-byte text: its rows held in memory would take well over the bound asserted below. */
async function writeLargeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('externalRef,itemType,serialNumber,recoveredAt,placeName,notes\n');
  const notes = `"Корпус, плата ""A"" — ${'синтетические демо-данные '.repeat(6)}"`;
  for (let i = 1; i <= rows; i++) {
    if (!out.write(`R-${i},uav,SN${i},2023-05-14,Харків,${notes}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

describe('readRecords streaming', () => {
  it('reads a 200,000-row CSV without holding its rows in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teardown-stream-'));
    const path = join(dir, 'large.csv');
    await writeLargeCsv(path);
    let growth = 0;
    let count = 0;
    let last = 0;
    try {
      gc();
      const before = process.memoryUsage().heapUsed;
      for await (const record of readRecords(path)) {
        count++;
        last = record.row;
        if (count % 25_000 === 0) {
          gc();
          growth = Math.max(growth, process.memoryUsage().heapUsed - before);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(count).toBe(rows);
    expect(last).toBe(rows);
    expect(growth).toBeLessThan(100 * 1024 * 1024);
  }, 180_000);
});
