// `npm run bench -- import-reader`: what reading every marking costs an import. The same component
// file (the import benchmark's generator, 100,000 rows by default) imported into fresh SQLite databases
// by the product with the markings reader and without it (the reader unset, nothing else changed), the
// two sides taking turns; medians of the runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openApp, resolveConfig } from '../src/app/index.ts';
import { localAdmin } from '../src/core/actor.ts';
import { generate } from './generate.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { dataDir, log, saveResult } from './lib/report.ts';
import { fmt, median, table } from './lib/stats.ts';

async function once(withReader: boolean, itemsCsv: string, componentsCsv: string): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'teardown-import-reader-'));
  const app = await openApp(resolveConfig({ data: dir }));
  try {
    await app.markings.seedReference(localAdmin);
    const c = await app.cases.create(localAdmin, { title: 'Import reader benchmark (synthetic)' });
    await app.imports.run(localAdmin, { kind: 'items', path: itemsCsv, caseId: c.id });
    if (!withReader) app.imports.markings = undefined;
    const t0 = performance.now();
    await app.imports.run(localAdmin, { kind: 'components', path: componentsCsv, caseId: c.id });
    return (performance.now() - t0) / 1000;
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function importReaderBench(o: { rows: number; items: number; seed: number; runs: number }) {
  const data = await generate({ dir: dataDir, rows: o.rows, items: o.items, seed: o.seed });
  const secs = { reader: [] as number[], none: [] as number[] };
  for (let r = 0; r < o.runs; r++) {
    // The sides take turns, and which goes first turns too.
    for (const side of r % 2 === 0 ? (['reader', 'none'] as const) : (['none', 'reader'] as const)) {
      const s = await once(side === 'reader', data.itemsCsv, data.componentsCsv);
      secs[side].push(s);
      log(`run ${r + 1}/${o.runs}: ${side === 'reader' ? 'with the reader' : 'without'} ${fmt(s, 1)} s`);
    }
  }
  const rate = (s: number[]) => o.rows / median(s);
  const md = [
    `### \`npm run bench -- import-reader --rows ${o.rows} --runs ${o.runs}\` (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    describeMachine(machine()),
    '',
    table(
      ['', 'wall s (median)', 'rows/s', 'every run, s'],
      [
        [
          'components import, markings read',
          fmt(median(secs.reader), 1),
          fmt(rate(secs.reader)),
          secs.reader.map((s) => fmt(s, 1)).join(', '),
        ],
        [
          'the same import, reader unset',
          fmt(median(secs.none), 1),
          fmt(rate(secs.none)),
          secs.none.map((s) => fmt(s, 1)).join(', '),
        ],
        ['**ratio with / without**', `**${fmt(rate(secs.reader) / rate(secs.none), 2)}**`, '', ''],
      ],
    ),
    '',
  ].join('\n');
  const file = saveResult(
    'import-reader',
    { date: new Date().toISOString(), machine: machine(), secs, rows: o.rows },
    md,
  );
  process.stdout.write(`${md}\n`);
  log(`saved ${file}`);
}
