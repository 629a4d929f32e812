// The 1,000,000-name list of the screening benchmark, grown from OFAC 2021 with a seed: the real
// entries (so that the perturbation queries keep their right answers) and synthetic ones made by
// recombining the tokens of real names of the same kind, drawn in proportion to how often each token
// occurs (common words such as COMPANY or MOHAMMAD stay common), some with a typo, with new ids and
// aliases as many as their template entry had. Synthetic benchmark data, not a list of anyone.
//
// Run as a script it is the child process of the 1M part (`node --max-old-space-size=3072`), so that
// build time and memory are measured alone: it prints one line of JSON.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { DEFAULT_THRESHOLD, ScreeningIndex } from '../src/screening/screening.index.ts';
import type { IndexedEntry } from '../src/screening/screening.matching.types.ts';
import type { EntryName } from '../src/screening/screening.types.ts';
import { rng } from './generate.ts';
import { percentile } from './lib/stats.ts';
import { type BenchQuery, LIST_NAME, loadOfac2021, readQueries } from './screening.queries.ts';

export const SYNTHETIC_LIST = 'synthetic-1m';
type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];

export function ofacIndexed(primaryOnly = false): IndexedEntry[] {
  return loadOfac2021().map((e) => ({
    key: `${LIST_NAME}:${e.entryId}`,
    listName: LIST_NAME,
    entryId: e.entryId,
    schema: e.schema,
    names: primaryOnly ? e.names.filter((n) => n.kind === 'primary') : e.names,
    countries: e.countries,
    identifiers: e.identifiers,
  }));
}

function typo(r: Rand, word: string): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(r() * (word.length - 2));
  return r() < 0.5
    ? word.slice(0, at) + word.slice(at + 1)
    : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/** Token pools by role, one entry per occurrence: drawing uniformly keeps the real frequencies. */
function pools(entries: IndexedEntry[]) {
  const surname: string[] = [];
  const given: string[] = [];
  const org: string[] = [];
  for (const e of entries)
    for (const n of e.names) {
      if (e.schema === 'Person' && n.name.includes(', ')) {
        const [last, first] = n.name.split(', ', 2);
        surname.push(...last.split(' '));
        given.push(...first.split(' '));
      } else if (e.schema !== 'Person') org.push(...n.name.split(' '));
    }
  return { surname, given, org };
}

export function growList(target = 1_000_000, seed = 20261203): IndexedEntry[] {
  const real = ofacIndexed();
  const r = rng(seed);
  const p = pools(real);
  const taken = new Set(real.flatMap((e) => e.names.map((n) => n.name.toUpperCase())));
  const out = [...real];
  let names = real.reduce((a, e) => a + e.names.length, 0);
  const recombine = (t: IndexedEntry): string => {
    const name = pick(r, t.names).name;
    if (t.schema === 'Person' && name.includes(', ')) {
      const [last, first] = name.split(', ', 2);
      const l = last.split(' ').map(() => pick(r, p.surname));
      const f = first.split(' ').map(() => pick(r, p.given));
      return `${l.join(' ')}, ${f.join(' ')}`;
    }
    if (t.schema === 'Person')
      return name
        .split(' ')
        .map(() => pick(r, r() < 0.5 ? p.given : p.surname))
        .join(' ');
    // Organizations keep about half their words, legal form included, and take the rest from the pool.
    return name
      .split(' ')
      .map((w) => (r() < 0.6 ? pick(r, p.org) : w))
      .join(' ');
  };
  for (let id = 1; names < target; id++) {
    const t = pick(r, real);
    const count = Math.min(t.names.length, 4, target - names);
    const own: EntryName[] = [];
    for (let tries = 0; own.length < count && tries < count * 5; tries++) {
      let name = own.length > 0 && r() < 0.5 ? own[0].name : recombine(t);
      // Aliases often differ from the primary name by one spelling.
      if (own.length > 0 || r() < 0.1) {
        const words = name.split(' ');
        const i = Math.floor(r() * words.length);
        words[i] = typo(r, words[i]);
        name = words.join(' ');
      }
      const upper = name.toUpperCase();
      if (taken.has(upper)) continue;
      taken.add(upper);
      own.push({ name, kind: own.length === 0 ? 'primary' : 'aka' });
    }
    if (own.length === 0) continue;
    names += own.length;
    out.push({
      key: `${SYNTHETIC_LIST}:S${id}`,
      listName: SYNTHETIC_LIST,
      entryId: `S${id}`,
      schema: t.schema,
      names: own,
      countries: t.countries,
      identifiers: [],
    });
  }
  return out;
}

export interface MillionResult {
  entries: number;
  names: number;
  generateS: number;
  buildS: number;
  heapDeltaMiB: number;
  rssDeltaMiB: number;
  rssAfterBuildMiB: number;
  throughput: { queries: number; qps: number[]; p99Ms: number[] };
  recall: { queries: number; at10: number; precision: number };
  exhaustive: { queries: number; indexAt10: number; exhaustiveAt10: number; qps: number };
}

const mib = (b: number) => b / 2 ** 20;
const top10 = (hits: { entryId: string }[], expect: string | null) => hits.some((h) => h.entryId === expect);

/** The 1M part; `queries` are the perturbations re-targeted (their right answers are OFAC entries here too). */
export function runMillion(o: {
  runs: number;
  names: number;
  perturbations: BenchQuery[];
  load: BenchQuery[];
  exhaustive: number;
}): MillionResult {
  let t = performance.now();
  const list = growList(o.names);
  const generateS = (performance.now() - t) / 1000;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  t = performance.now();
  const index = ScreeningIndex.build(list);
  const buildS = (performance.now() - t) / 1000;
  gc?.();
  const after = process.memoryUsage();
  const names = list.reduce((a, e) => a + e.names.length, 0);

  const ask = (q: BenchQuery) => ({ name: q.name, schema: q.schema, countries: q.countries });
  let found = 0;
  let correct = 0;
  for (const q of o.perturbations) {
    const hits = index.match(ask(q), { limit: 10 });
    if (top10(hits, q.expect)) found++;
    const top = hits[0];
    if (top && top.score >= DEFAULT_THRESHOLD && top.entryId === q.expect) correct++;
  }
  const qps: number[] = [];
  const p99Ms: number[] = [];
  for (let run = 0; run < o.runs; run++) {
    // From a cold cache of similar tokens each run (the accuracy pass above asked some of these).
    index.clearCaches();
    const lat: number[] = [];
    const start = performance.now();
    for (const q of o.load) {
      const s = performance.now();
      index.match(ask(q), { limit: 10 });
      lat.push(performance.now() - s);
    }
    qps.push(o.load.length / ((performance.now() - start) / 1000));
    p99Ms.push(percentile(lat, 99));
  }
  // Every k-th, so that each kind of edit is in the sample.
  const step = Math.max(1, Math.floor(o.perturbations.length / o.exhaustive));
  const sample = o.perturbations.filter((_, i) => i % step === 0).slice(0, o.exhaustive);
  let ix = 0;
  let ex = 0;
  t = performance.now();
  for (const q of sample) if (top10(index.exhaustive(ask(q), { limit: 10 }), q.expect)) ex++;
  const exQps = sample.length / ((performance.now() - t) / 1000);
  for (const q of sample) if (top10(index.match(ask(q), { limit: 10 }), q.expect)) ix++;
  return {
    entries: list.length,
    names,
    generateS,
    buildS,
    heapDeltaMiB: mib(after.heapUsed - before.heapUsed),
    rssDeltaMiB: mib(after.rss - before.rss),
    rssAfterBuildMiB: mib(after.rss),
    throughput: { queries: o.load.length, qps, p99Ms },
    recall: {
      queries: o.perturbations.length,
      at10: found / o.perturbations.length,
      precision: correct / o.perturbations.length,
    },
    exhaustive: {
      queries: sample.length,
      indexAt10: ix / sample.length,
      exhaustiveAt10: ex / sample.length,
      qps: exQps,
    },
  };
}

// The child process: argv gives runs, names, split, sizes of the load and of the exhaustive sample.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [runs, names, split, load, exhaustive] = process.argv.slice(2);
  const { file } = readQueries();
  const inSplit = (q: BenchQuery) => split === 'all' || q.split === split;
  const perturbations = file.queries.filter((q) => q.set === 'perturbation' && inSplit(q));
  // The load: every set mixed, in a seeded order.
  const r = rng(7);
  const mixed = file.queries.filter(inSplit).map((q) => [r(), q] as const);
  mixed.sort((a, b) => a[0] - b[0]);
  const result = runMillion({
    runs: Number(runs),
    names: Number(names),
    perturbations,
    load: mixed.slice(0, Number(load)).map(([, q]) => q),
    exhaustive: Number(exhaustive),
  });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
