// `npm run bench -- markings`: accuracy of the markings parser on the labelled transcriptions (tune and
// holdout apart; holdout is only ever scored), accuracy of maker-name resolution, and throughput on one
// core beside the limit of any parser: splitting the text into lines and folding look-alike letters.
// Maker names are also resolved by Fuse.js (what a user would otherwise pick) over the same names.
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { createEngine } from '../src/markings/index.ts';
import { foldLookalikes } from '../src/text/index.ts';
import { describeMachine, machine } from './lib/machine.ts';
import { log, saveResult } from './lib/report.ts';
import { fmt, median, table } from './lib/stats.ts';
import { labelled, makerNames, scoreNames, scoreParser, share } from './markings.score.ts';

const pct = (k: number, n: number) => `${fmt(share(k, n) * 100, 1)}%`;

function throughput(texts: string[], fn: (t: string) => unknown, minMs = 1500): number {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (const t of texts) fn(t);
    n += texts.length;
  }
  return n / ((performance.now() - start) / 1000);
}

export async function markingsBench(o: { runs: number }): Promise<void> {
  const t0 = performance.now();
  const engine = createEngine();
  const buildMs = performance.now() - t0;
  const cases = labelled();
  const splits = {
    tune: cases.filter((c) => c.split === 'tune'),
    holdout: cases.filter((c) => c.split === 'holdout'),
  };
  const scores = {
    tune: scoreParser(engine, splits.tune),
    holdout: scoreParser(engine, splits.holdout),
    all: scoreParser(engine, cases),
  };
  const names = makerNames();
  const nameScores = {
    tune: scoreNames(
      engine,
      names.filter((n) => n.split === 'tune'),
    ),
    holdout: scoreNames(
      engine,
      names.filter((n) => n.split === 'holdout'),
    ),
  };

  // Fuse.js over every name, alias, abbreviation and former name of the same makers; its top hit under
  // its default threshold (0.6) is its answer, none when it returns nothing.
  const entries = engine.profiles().flatMap((p) =>
    [p.name, ...p.aliases, ...p.abbreviations, ...p.formerNames.map((f) => f.name)].map((name) => ({
      name,
      key: p.key,
    })),
  );
  const fuseStart = performance.now();
  const fuse = new Fuse(entries, { keys: ['name'], includeScore: true });
  const fuseBuildMs = performance.now() - fuseStart;
  const fuseResolve = (name: string) => fuse.search(name, { limit: 1 })[0]?.item.key ?? null;
  const fuseScores = {
    tune: scoreNames(
      { resolve: (n) => fuseKey(fuseResolve(n)), profile: (k) => engine.profile(k) },
      names.filter((n) => n.split === 'tune'),
    ),
    holdout: scoreNames(
      { resolve: (n) => fuseKey(fuseResolve(n)), profile: (k) => engine.profile(k) },
      names.filter((n) => n.split === 'holdout'),
    ),
  };
  const nameTexts = names.map((n) => n.name);
  const resolveRate: number[] = [];
  const fuseRate: number[] = [];
  for (let r = 0; r < o.runs; r++) {
    resolveRate.push(throughput(nameTexts, (t) => engine.resolve(t), 1000));
    fuseRate.push(throughput(nameTexts, (t) => fuseResolve(t), 1000));
  }

  const texts = cases.map((c) => c.text);
  // Warm up the JIT.
  for (let i = 0; i < 3; i++) for (const t of texts) engine.parse(t);
  const parse: number[] = [];
  const limit: number[] = [];
  for (let r = 0; r < o.runs; r++) {
    log(`run ${r + 1}/${o.runs}`);
    parse.push(throughput(texts, (t) => engine.parse(t)));
    limit.push(throughput(texts, (t) => t.split(/\n| \/ /).map((l) => foldLookalikes(l.trim()))));
  }
  const result = {
    date: new Date().toISOString(),
    machine: machine(),
    buildMs,
    scores,
    nameScores,
    fuseScores,
    fuseBuildMs,
    resolveRate,
    fuseRate,
    parse,
    limit,
  };

  const row = (name: string, s: (typeof scores)['tune']) => [
    name,
    s.n,
    pct(s.maker, s.n),
    pct(s.partNumber, s.n),
    pct(s.date, s.n),
    pct(s.lot, s.n),
    pct(s.country, s.n),
    pct(s.flags, s.n),
    `${s.confidentlyWrongOnAmbiguous} of ${s.ambiguousInputs}`,
    s.errors,
  ];
  const md = [
    `### markings (${result.date.slice(0, 10)}, \`npm run bench -- markings --runs ${o.runs}\`)`,
    '',
    describeMachine(result.machine),
    '',
    `Labelled transcriptions (bench/data/markings/labelled.jsonl, frozen before tuning; holdout never used for tuning):`,
    '',
    table(
      [
        'split',
        'n',
        'maker',
        'part number',
        'date code',
        'lot',
        'country',
        'flags',
        'confidently wrong dates on ambiguous inputs',
        'errors',
      ],
      [row('tune', scores.tune), row('holdout', scores.holdout), row('all', scores.all)],
    ),
    '',
    'Maker-name resolution (bench/data/markings/maker-names.jsonl):',
    '',
    table(
      ['resolver', 'split', 'variants resolved to the right maker', 'invented names resolved to none'],
      (
        [
          ['Teardown', nameScores],
          ['Fuse.js 7 (default threshold)', fuseScores],
        ] as const
      ).flatMap(([who, sc]) =>
        (['tune', 'holdout'] as const).map((k) => [
          who,
          k,
          `${pct(sc[k].knownRight, sc[k].known)} (${sc[k].knownRight}/${sc[k].known})`,
          `${pct(sc[k].inventedNone, sc[k].invented)} (${sc[k].inventedNone}/${sc[k].invented})`,
        ]),
      ),
    ),
    '',
    `Names resolved per second on one core, medians of ${o.runs} runs of ≥1 s over the ${nameTexts.length} names (Fuse.js index of ${entries.length} names built in ${fmt(fuseBuildMs)} ms):`,
    '',
    table(
      ['', 'names/s', 'ratio to Fuse.js'],
      [
        ['Teardown resolver', fmt(median(resolveRate)), `${fmt(median(resolveRate) / median(fuseRate), 1)}×`],
        ['Fuse.js 7', fmt(median(fuseRate)), '1×'],
      ],
    ),
    '',
    `Throughput on one core, medians of ${o.runs} runs of ≥1.5 s over the ${texts.length} labelled texts (index of ${engine.profiles().length} makers built in ${fmt(buildMs)} ms):`,
    '',
    table(
      ['', 'transcriptions/s', 'ratio to the limit'],
      [
        ['parseMarking', fmt(median(parse)), `${fmt(median(parse) / median(limit), 2)}×`],
        ['limit: split into lines + fold look-alikes only', fmt(median(limit)), '1×'],
      ],
    ),
    '',
  ].join('\n');
  const file = saveResult('markings', result, md);
  process.stdout.write(`${md}\n`);
  log(`saved ${file}`);
}

/** Fuse.js names a key or nothing; the scorer wants the resolver's shape. */
function fuseKey(key: string | null) {
  return key ? { key, score: 1, matchedBy: 'fuzzy' as const } : null;
}
