// `npm run bench -- NAME [flags]`: runs one benchmark by name. Results go to stdout (a markdown section
// for BENCHMARKS.md) and to bench/out/results; progress goes to stderr.
import { parseArgs } from 'node:util';
import { authzBench } from './authz.ts';
import { estimationBench } from './estimation.ts';
import { generate } from './generate.ts';
import { importBench } from './import.ts';
import { importReaderBench } from './import-reader.ts';
import { summarizeProfile } from './lib/cpuprofile.ts';
import { dataDir, ensureOutDirs } from './lib/report.ts';
import { markingsBench } from './markings.ts';
import { screeningBench } from './screening.ts';
import { searchBench } from './search.ts';
import { webBench } from './web.ts';

const usage = `usage: npm run bench -- NAME [flags]

benchmarks:
  import       1M component rows imported into SQLite by the product, beside sqlite3's .import
  import-pg    the same into PostgreSQL, beside COPY (psql \\copy)
  search       /api/search under load (autocannon) on SQLite, beside a LIKE '%term%' scan
  search-pg    the same on PostgreSQL
  authz        cost of access control per request (checks, grants, GET /api/items/:id, /api/search under
               load as a viewer vs anonymous vs in-process) and argon2id, on SQLite (200k components)
  authz-pg     the same on PostgreSQL
  web          the web app in headless Chromium over 100k items and 1M components (SQLite): overview
               first load, JavaScript downloaded, table paging/sorting/filtering
  import-reader
               what reading every marking costs an import: 100k components into SQLite with the
               markings reader and without it, side by side
  markings     the markings parser: field accuracy on the labelled transcriptions (tune and holdout),
               maker-name resolution, transcriptions/s on one core beside splitting + folding alone
  screening    the sanctions matcher on OFAC 2021 (frozen queries: real alt-name variants, perturbations,
               negatives) beside Fuse.js and the exhaustive scan, and on a 1M-name synthetic list
               (--split tune|holdout|all, --quick: skip Fuse.js and the 1M list, --regenerate: the queries)
  estimation   the production estimates when their model is wrong: coverage and bias of the 90% intervals
               when production grows, the recovery lag is not the one assumed, or one region's serials
               dominate (seeded simulations; --runs N runs, medians reported; --seed)
  generate     only write the synthetic CSV files (bench/out/data)
  cpuprofile FILE [--top N]
               summarise a V8 CPU profile (node --cpu-prof): the functions that take the time

flags:
  --rows N          component rows (default 1000000)
  --items N         recovered items the components belong to (default 10000)
  --seed N          seed of the generator (default 20261125)
  --runs N          measured runs of each side; medians are reported (default 3)
  --database URL    PostgreSQL server to create benchmark databases on (default: TEARDOWN_DATABASE_URL,
                    else the throwaway server of scripts/pg-start.sh)
  --duration S      search: seconds of each load run (default 20)
  --connections N   search: concurrent connections (default 50)
  --rebuild         search: rebuild the database instead of reusing the one the import benchmark left
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rows: { type: 'string' },
    items: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    database: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    rebuild: { type: 'boolean' },
    top: { type: 'string' },
    split: { type: 'string' },
    quick: { type: 'boolean' },
    regenerate: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

function num(name: keyof typeof values, fallback: number): number {
  const v = values[name];
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(`--${name}: ${v} is not a positive whole number\n\n${usage}`);
    process.exit(2);
  }
  return n;
}

const common = {
  rows: num('rows', 1_000_000),
  items: num('items', 10_000),
  seed: num('seed', 20261125),
  runs: num('runs', 3),
  database: values.database,
};
const name = positionals[0];

if (values.help || !name) {
  process.stdout.write(usage);
  process.exit(values.help ? 0 : 2);
}

switch (name) {
  case 'import':
  case 'import-pg':
    await importBench({ ...common, dialect: name === 'import' ? 'sqlite' : 'postgres' });
    break;
  case 'search':
  case 'search-pg':
    await searchBench({
      ...common,
      dialect: name === 'search' ? 'sqlite' : 'postgres',
      duration: num('duration', 20),
      connections: num('connections', 50),
      rebuild: !!values.rebuild,
    });
    break;
  case 'authz':
  case 'authz-pg':
    await authzBench({
      ...common,
      rows: num('rows', 200_000),
      items: num('items', 2_000),
      dialect: name === 'authz' ? 'sqlite' : 'postgres',
      duration: num('duration', 10),
      connections: num('connections', 50),
      rebuild: !!values.rebuild,
    });
    break;
  case 'web':
    await webBench({
      ...common,
      items: num('items', 100_000),
      runs: num('runs', 5),
      rebuild: !!values.rebuild,
    });
    break;
  case 'import-reader':
    await importReaderBench({ ...common, rows: num('rows', 100_000) });
    break;
  case 'markings':
    await markingsBench({ runs: num('runs', 5) });
    break;
  case 'screening': {
    const split = values.split ?? 'all';
    if (split !== 'tune' && split !== 'holdout' && split !== 'all') {
      process.stderr.write(`--split: ${split} is not tune, holdout or all\n\n${usage}`);
      process.exit(2);
    }
    await screeningBench({
      runs: num('runs', 3),
      split,
      quick: !!values.quick,
      regenerate: !!values.regenerate,
    });
    break;
  }
  case 'estimation':
    await estimationBench({ runs: num('runs', 5), seed: common.seed });
    break;
  case 'generate': {
    ensureOutDirs();
    const d = await generate({ dir: dataDir, rows: common.rows, items: common.items, seed: common.seed });
    process.stdout.write(`${JSON.stringify(d, null, 2)}\n`);
    break;
  }
  case 'cpuprofile':
    if (!positionals[1]) {
      process.stderr.write(`cpuprofile: give the .cpuprofile file\n\n${usage}`);
      process.exit(2);
    }
    process.stdout.write(`${summarizeProfile(positionals[1], num('top', 40))}\n`);
    break;
  default:
    process.stderr.write(`unknown benchmark "${name}"\n\n${usage}`);
    process.exit(2);
}
