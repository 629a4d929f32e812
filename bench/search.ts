// `npm run bench -- search` and `npm run bench -- search-pg`: the real server (`teardown serve`, a child
// process) over the million components, loaded by autocannon with a rotating set of realistic queries;
// then, with the server stopped, each query alone through the product's search (full-text index)
// beside the alternative without one: a `LIKE '%term%'` scan over the marking, part number and maker.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon, { type Result } from 'autocannon';
import { type RawBuilder, sql } from 'kysely';
import { openApp, resolveConfig } from '../src/app/index.ts';
import { localAdmin } from '../src/core/actor.ts';
import { fullTextQuery } from '../src/db/db.dialect.ts';
import { queryTerms } from '../src/text/index.ts';
import { buildCatalog, cyrillicLookalikes, generate, rng } from './generate.ts';
import { keepPgDatabase, searchDbPath } from './import.ts';
import { describeLoad, describeMachine, LoadMonitor, machine } from './lib/machine.ts';
import { runTimed } from './lib/proc.ts';
import { dataDir, ensureOutDirs, log, saveResult, tmpDir } from './lib/report.ts';
import {
  cliMain,
  createPgDatabase,
  pgAdmin,
  pgAdminUrl,
  pgUrlFor,
  pgVersion,
  prepareInstance,
  repoRoot,
  tsx,
} from './lib/setup.ts';
import { fmt, median, table } from './lib/stats.ts';

export interface SearchBenchOptions {
  dialect: 'sqlite' | 'postgres';
  rows: number;
  items: number;
  seed: number;
  runs: number;
  duration: number;
  connections: number;
  rebuild: boolean;
  database?: string;
}

interface Query {
  kind: string;
  q: string;
}

/** Queries an investigator types: part numbers whole or begun, makers, lot codes, a part number typed on a
 * Cyrillic keyboard, a maker's transliterated name, two words, and words that match nothing. */
export function searchQueries(seed: number): Query[] {
  const c = buildCatalog(seed);
  const r = rng(seed + 7);
  const part = () => c.parts[Math.floor(r() * c.parts.length)];
  const out: Query[] = [];
  for (let i = 0; i < 8; i++) out.push({ kind: 'part number', q: part().partNumber });
  for (let i = 0; i < 6; i++) out.push({ kind: 'part-number prefix', q: part().partNumber.slice(0, 5) });
  for (const logo of ['Brastel', 'Glimmerhold Sensors', 'kettleby', 'Trevanion', 'Fenwray', 'Zentrova'])
    out.push({ kind: 'maker', q: logo });
  for (let i = 0; i < 6; i++) {
    const p = part();
    out.push({ kind: 'lot code', q: p.lots[Math.floor(r() * p.lots.length)] });
  }
  for (let i = 0; i < 3; i++) out.push({ kind: 'Cyrillic-typed', q: cyrillicLookalikes(part().partNumber) });
  out.push({ kind: 'Cyrillic-typed', q: cyrillicLookalikes('BELLHAVEN') });
  out.push({ kind: 'transliterated maker', q: 'Vereskin' });
  out.push({ kind: 'transliterated maker', q: 'Talmira' });
  for (let i = 0; i < 4; i++) {
    const p = part();
    out.push({ kind: 'maker + prefix', q: `${p.maker.logo.toLowerCase()} ${p.partNumber.slice(0, 4)}` });
  }
  for (const q of ['zorbulax', 'QQZ00X000', 'flangewidget', 'Xyvrel 9000']) out.push({ kind: 'no match', q });
  return out;
}

export interface Target {
  dataDir: string;
  databaseUrl?: string;
  rows: number;
}

/** The database of the import benchmark's last run, or a new one built the same way. */
async function ensureDatabase(o: SearchBenchOptions): Promise<Target> {
  const keep = searchDbPath(o.dialect, o);
  if (o.dialect === 'sqlite') {
    if (!o.rebuild && existsSync(join(keep, 'bench.json'))) return { dataDir: keep, rows: o.rows };
    rmSync(keep, { recursive: true, force: true });
    await build(o, keep, undefined);
    writeFileSync(
      join(keep, 'bench.json'),
      JSON.stringify({ rows: o.rows, items: o.items, seed: o.seed, by: 'search benchmark' }, null, 2),
    );
    return { dataDir: keep, rows: o.rows };
  }
  const adminUrl = pgAdminUrl(o.database);
  const dir = join(tmpDir, 'search-pg');
  if (!o.rebuild && existsSync(keep)) {
    const m = JSON.parse(readFileSync(keep, 'utf8')) as { database: string };
    const url = pgUrlFor(adminUrl, m.database);
    const n = await pgAdmin(url, async (c) =>
      Number((await c.query('select count(*) as n from components')).rows[0].n),
    ).catch(() => -1);
    if (n === o.rows) return { dataDir: dir, databaseUrl: url, rows: o.rows };
    log(`the kept database ${m.database} has ${n} components, not ${o.rows}: rebuilding`);
  }
  const name = `bench_search_r${o.rows}_s${o.seed}`;
  const url = await createPgDatabase(adminUrl, name);
  await build(o, dir, url);
  await keepPgDatabase(keep, adminUrl, {
    rows: o.rows,
    items: o.items,
    seed: o.seed,
    database: name,
    adminUrl,
    by: 'search benchmark',
  });
  return { dataDir: dir, databaseUrl: url, rows: o.rows };
}

async function build(o: SearchBenchOptions, dir: string, url: string | undefined): Promise<void> {
  const data = await generate({ dir: dataDir, rows: o.rows, items: o.items, seed: o.seed });
  log(`building the ${o.dialect} database: ${fmt(o.rows)} components through the product's import …`);
  const { caseId } = await prepareInstance(dir, data.itemsCsv, url);
  const args = [
    cliMain,
    '--data',
    dir,
    ...(url ? ['--database', url] : []),
    'import',
    'components',
    data.componentsCsv,
    '--case',
    String(caseId),
    '--json',
  ];
  const t = await runTimed(tsx, args, { cwd: repoRoot, outDir: tmpDir });
  if (t.code !== 0) throw new Error(`import failed: ${t.stdout}\n${t.stderr}`);
  log(`built in ${fmt(t.wallS, 1)} s`);
}

export async function startServer(t: Target): Promise<{ child: ChildProcess; url: string }> {
  const args = [
    cliMain,
    '--data',
    t.dataDir,
    ...(t.databaseUrl ? ['--database', t.databaseUrl] : []),
    'serve',
    '--port',
    '0',
    '--no-jobs',
  ];
  const child = spawn(tsx, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the server did not start in 120 s:\n${output}`)),
      120_000,
    );
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /running at (http:\/\/[^/\s]+)\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}):\n${output}`));
    });
  });
  return { child, url };
}

export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

async function load(url: string, queries: Query[], connections: number, duration: number): Promise<Result> {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({
          ...req,
          path: `/api/search?q=${encodeURIComponent(queries[next++ % queries.length].q)}`,
        }),
      },
    ],
  });
}

interface QueryTiming extends Query {
  hits: number;
  /** Rows of the components the full-text index matches (its selectivity). */
  matches: number;
  /** Counting the components' matches in the full-text index: finding them without ranking them. */
  countMs: number;
  indexMs: number;
  /** The scan that stops at the first 20 rows, like the search's page. */
  scanMs: number;
  /** The scan that finds every matching row (what ranking or counting them needs). */
  scanAllMs: number;
  scanMatches: number;
}

/** The alternative without a full-text index: every word somewhere in the marking, part number or maker. */
function scanCondition(dialect: 'sqlite' | 'postgres', q: string): RawBuilder<boolean> {
  const like = dialect === 'postgres' ? sql.raw('ilike') : sql.raw('like');
  const words = q.split(/\s+/).filter(Boolean);
  return sql.join(
    words.map((w) => {
      const p = `%${w}%`;
      return sql`(marking_raw ${like} ${p} or part_number ${like} ${p} or maker ${like} ${p})`;
    }),
    sql` and `,
  ) as RawBuilder<boolean>;
}

async function timeQueries(o: SearchBenchOptions, t: Target, queries: Query[]): Promise<QueryTiming[]> {
  const app = await openApp(resolveConfig({ data: t.dataDir, database: t.databaseUrl }));
  const k = app.db.kysely;
  const ms = async (f: () => Promise<unknown>) => {
    const s = performance.now();
    await f();
    return performance.now() - s;
  };
  const out: QueryTiming[] = [];
  try {
    for (const query of queries) {
      const search = () => app.search.search(localAdmin, query.q);
      const hits = (await search()).length; // also the warm-up
      const searches: number[] = [];
      for (let i = 0; i < 5; i++) searches.push(await ms(search));
      const indexMs = median(searches);
      const fts = fullTextQuery(o.dialect, queryTerms(query.q));
      let matches = 0;
      let countMs = 0;
      if (fts !== null) {
        const count =
          o.dialect === 'postgres'
            ? sql<{
                n: number;
              }>`select count(*)::int as n from components where search_vector @@ to_tsquery('simple', ${fts})`
            : sql<{ n: number }>`select count(*) as n from components_fts where components_fts match ${fts}`;
        matches = Number((await count.execute(k)).rows[0].n);
        const counts: number[] = [];
        for (let i = 0; i < 3; i++) counts.push(await ms(() => count.execute(k)));
        countMs = median(counts);
      }
      const cond = scanCondition(o.dialect, query.q);
      const scan = () =>
        sql`select id, case_id, item_id, marking_raw, part_number, maker, position, subsystem from components where ${cond} and deleted_at is null limit 20`.execute(
          k,
        );
      const scanAll = () =>
        sql<{ n: number }>`select count(*) as n from components where ${cond} and deleted_at is null`.execute(
          k,
        );
      // Full scans take about a second each: three runs, the first of them warming the cache, and
      // their median (which leaves the cold first run out unless it is the typical one).
      let scanMatches = 0;
      const scans: number[] = [];
      const scansAll: number[] = [];
      for (let i = 0; i < 3; i++) {
        scans.push(await ms(scan));
        scansAll.push(
          await ms(async () => {
            scanMatches = Number((await scanAll()).rows[0].n);
          }),
        );
      }
      const t: QueryTiming = {
        ...query,
        hits,
        matches,
        countMs,
        indexMs,
        scanMs: median(scans),
        scanAllMs: median(scansAll),
        scanMatches,
      };
      out.push(t);
      log(
        `  ${query.kind.padEnd(22)} ${JSON.stringify(query.q).padEnd(24)} search ${fmt(indexMs, 1)} ms (${matches} rows match), LIKE first 20 ${fmt(t.scanMs, 1)} ms, LIKE all ${fmt(t.scanAllMs, 1)} ms (${scanMatches} rows)`,
      );
    }
  } finally {
    await app.close();
  }
  return out;
}

export async function searchBench(o: SearchBenchOptions): Promise<void> {
  ensureOutDirs();
  const m = machine();
  if (o.dialect === 'postgres') m.postgres = await pgVersion(pgAdminUrl(o.database));
  const target = await ensureDatabase(o);
  const queries = searchQueries(o.seed);

  log('starting the server …');
  const { child, url } = await startServer(target);
  const runs: Result[] = [];
  const monitor = new LoadMonitor();
  let httpLoad: ReturnType<LoadMonitor['stop']>;
  try {
    for (const q of queries) {
      const res = await fetch(`${url}/api/search?q=${encodeURIComponent(q.q)}`);
      if (res.status !== 200)
        throw new Error(`GET /api/search?q=${q.q} answered ${res.status}: ${await res.text()}`);
    }
    log(`warm-up: 5 s, ${o.connections} connections`);
    await load(url, queries, o.connections, 5);
    for (let i = 1; i <= o.runs; i++) {
      log(`load run ${i}/${o.runs}: ${o.duration} s, ${o.connections} connections`);
      const r = await load(url, queries, o.connections, o.duration);
      runs.push(r);
      log(
        `  p50 ${r.latency.p50} ms, p97.5 ${r.latency.p97_5} ms, p99 ${r.latency.p99} ms, ${fmt(r.requests.average)} req/s, non-2xx ${r.non2xx}, errors ${r.errors}`,
      );
    }
  } finally {
    httpLoad = monitor.stop();
    await stopServer(child);
  }

  log('each query alone: full-text search vs LIKE scan …');
  const scanMonitor = new LoadMonitor();
  const timings = await timeQueries(o, target, queries);
  const scanLoad = scanMonitor.stop();

  const md = report(o, m, runs, httpLoad, timings, scanLoad);
  const base = saveResult(
    o.dialect === 'sqlite' ? 'search' : 'search-pg',
    { options: o, machine: m, queries, runs, httpLoad, timings, scanLoad },
    md,
  );
  process.stdout.write(`${md}\n`);
  log(`results: ${base}.{json,md}`);
}

function report(
  o: SearchBenchOptions,
  m: ReturnType<typeof machine>,
  runs: Result[],
  httpLoad: ReturnType<LoadMonitor['stop']>,
  timings: QueryTiming[],
  scanLoad: ReturnType<LoadMonitor['stop']>,
): string {
  const name = o.dialect === 'sqlite' ? 'search' : 'search-pg';
  const flags = [
    o.rows !== 1_000_000 ? `--rows ${o.rows}` : '',
    o.runs !== 3 ? `--runs ${o.runs}` : '',
    o.duration !== 20 ? `--duration ${o.duration}` : '',
    o.connections !== 50 ? `--connections ${o.connections}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const mid = (f: (r: Result) => number) => median(runs.map(f));
  const like = o.dialect === 'postgres' ? 'ilike' : 'like';
  const kinds = [...new Set(timings.map((t) => t.kind))];
  const range = (v: number[]) =>
    Math.min(...v) === Math.max(...v) ? fmt(v[0]) : `${fmt(Math.min(...v))}–${fmt(Math.max(...v))}`;
  const cell = (v: number[]) => `${fmt(median(v), 1)} / ${fmt(Math.max(...v), 1)}`;
  const row = (kind: string, queries: string, ts: QueryTiming[]) => [
    kind,
    queries,
    range(ts.map((t) => t.matches)),
    range(ts.map((t) => t.scanMatches)),
    cell(ts.map((t) => t.indexMs)),
    cell(ts.map((t) => t.countMs)),
    cell(ts.map((t) => t.scanMs)),
    cell(ts.map((t) => t.scanAllMs)),
    `${fmt(median(ts.map((t) => t.scanAllMs)) / median(ts.map((t) => t.indexMs)), 0)}×`,
  ];
  const byKind = kinds.map((kind) => {
    const ts = timings.filter((t) => t.kind === kind);
    return row(kind, ts.map((t) => `\`${t.q}\``).join(', '), ts);
  });
  return [
    `### \`npm run bench -- ${name}${flags ? ` ${flags}` : ''}\``,
    '',
    `- Date: ${m.date}`,
    `- Machine: ${describeMachine(m)}`,
    `- Data: ${fmt(o.rows)} components over ${fmt(o.items)} items (seed ${o.seed}), built by the product's import`,
    `- Load during the HTTP runs: ${describeLoad(httpLoad)}. autocannon runs in the benchmark's process on the same machine as the server${o.dialect === 'postgres' ? ' and PostgreSQL' : ''}.`,
    `- Load during the single-query timings: ${describeLoad(scanLoad)}`,
    '',
    `\`GET /api/search?q=…\`, ${o.connections} connections, ${o.runs} runs of ${o.duration} s (after a 5 s warm-up), the ${timings.length} queries below in rotation; medians of the runs:`,
    '',
    table(
      [
        'p50 ms',
        'p97.5 ms',
        'p99 ms',
        'max ms',
        'requests/s',
        'non-2xx',
        'errors (of which timeouts > 10 s)',
      ],
      [
        [
          mid((r) => r.latency.p50),
          mid((r) => r.latency.p97_5),
          `**${mid((r) => r.latency.p99)}** (target ≤ 50)`,
          mid((r) => r.latency.max),
          fmt(mid((r) => r.requests.average)),
          runs.reduce((a, r) => a + r.non2xx, 0),
          `${runs.reduce((a, r) => a + r.errors, 0)} (${runs.reduce((a, r) => a + r.timeouts, 0)})`,
        ],
      ],
    ),
    '',
    'Every run:',
    '',
    table(
      ['run', 'p50 ms', 'p97.5 ms', 'p99 ms', 'max ms', 'requests/s', 'requests'],
      runs.map((r, i) => [
        i + 1,
        r.latency.p50,
        r.latency.p97_5,
        r.latency.p99,
        r.latency.max,
        fmt(r.requests.average),
        fmt(r.requests.total),
      ]),
    ),
    '',
    `Each query alone, with the server stopped: the product's search (\`SearchService.search\`, all four entity types as the route does; median of 5) beside the alternative without a full-text index (median of 3 runs, the first of them cold), \`where (marking_raw ${like} '%w%' or part_number ${like} '%w%' or maker ${like} '%w%')\` for each word \`w\`, \`and deleted_at is null\`, once stopping at the first 20 rows (\`limit 20\`, the search's page) and once finding every match (\`count(*)\`, what ranking or counting needs). Beside the search, the time the full-text index takes to find and count the components' matches without ranking them (median of 3). Per kind of query: median / slowest, in ms.`,
    '',
    table(
      [
        'kind',
        'queries',
        'rows the index matches',
        'rows LIKE matches',
        'search',
        'index count of the matches',
        'LIKE, first 20',
        'LIKE, all matches',
        'all-matches scan / search (medians)',
      ],
      [...byKind, row('**all**', `${timings.length} queries`, timings)],
    ),
  ].join('\n');
}
