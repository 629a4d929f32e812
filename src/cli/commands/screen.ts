// `teardown screen --query NAME` and `teardown screen --file names.csv --out hits.csv`: names screened
// against the watch lists in force, by the same service as `POST /api/screen` (or that route, with
// --server). Only hits at or above the threshold are printed or written.
import { readFile, writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { Invalid } from '../../core/errors.ts';
import { actor, withApp } from '../cli.context.ts';
import type { Output } from '../cli.output.ts';

interface Query {
  name: string;
  schema: string;
  country?: string;
}

interface Result {
  listName: string;
  entryId: string;
  caption: string;
  matchedName: string;
  score: number;
  match: boolean;
  explanation: { summary: string };
}

interface Response {
  threshold: number;
  responses: Record<string, { results: Result[] }>;
}

type Screen = (queries: Query[]) => Promise<Response>;

/** What `--json` prints per hit. */
const hitOf = (r: Result) => ({
  listName: r.listName,
  entryId: r.entryId,
  name: r.caption,
  matchedName: r.matchedName,
  score: r.score,
  explanation: r.explanation,
});

/** The service's (and the API's) batch size. */
const BATCH = 100;
const collect = (value: string, previous: string[] = []) => [...previous, value];
const hasText = /[\p{L}\p{N}]/u;

export function screenCommand(): Command {
  return new Command('screen')
    .description('screen a name, or a CSV file of names, against the imported watch lists')
    .option('--query <name>', 'the name to screen')
    .option('--file <csv>', 'a CSV file with a header: name, and optionally schema and country')
    .option('--out <csv>', 'with --file: where to write the hits (one row per hit; default: standard output)')
    .option('--country <cc>', 'ISO 3166-1 alpha-2 country of the name')
    .addOption(
      new Option('--schema <schema>', 'what the name is')
        .choices(['Person', 'Organization', 'Any'])
        .default('Any'),
    )
    .option('--list <name>', 'only this watch list (repeatable)', collect)
    .option('--threshold <x>', 'the score a hit needs, 0 to 1 (default: the matcher’s)', Number)
    .option('--limit <n>', 'hits per name at most', Number, 10)
    .action(async (opts, command: Command) => {
      const request = (queries: Query[]) => ({
        queries,
        threshold: opts.threshold,
        limit: opts.limit,
        lists: opts.list,
      });
      const run = (screen: Screen, out: Output) => {
        if (!!opts.query === !!opts.file)
          throw Invalid.at('--query', 'give either --query NAME or --file CSV');
        if (opts.threshold !== undefined && !(opts.threshold >= 0 && opts.threshold <= 1))
          throw Invalid.at('--threshold', 'is a number from 0 to 1');
        if (opts.query)
          return screenOne(screen, out, { name: opts.query, schema: opts.schema, country: opts.country });
        return screenFile(screen, out, opts.file, opts.out, opts);
      };
      await withApp(
        command,
        async (app, out) => run(async (qs) => app.screening.screen(actor, request(qs)), out),
        async (client, out) => run((qs) => client.request<Response>('POST', '/api/screen', request(qs)), out),
      );
    });
}

async function screenOne(screen: Screen, out: Output, q: Query): Promise<number> {
  const res = await screen([q]);
  const hits = res.responses['0'].results.filter((r) => r.match);
  out.result(hits.map(hitOf), () =>
    hits.length === 0
      ? `no hit at or above ${res.threshold}`
      : hits
          .map(
            (r) =>
              `${r.score.toFixed(3)}  ${r.listName} ${r.entryId}  ${r.caption}${r.matchedName !== r.caption ? ` (as ${r.matchedName})` : ''}\n       ${r.explanation.summary}`,
          )
          .join('\n'),
  );
  return 0;
}

/** Reads and checks every row first: a bad row is named before any name is screened. */
async function readNames(file: string, defaults: { schema: string; country?: string }): Promise<Query[]> {
  let rows: Record<string, string>[];
  try {
    rows = parse(await readFile(file), { columns: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (e) {
    throw Invalid.at('--file', `${file}: ${(e as Error).message}`);
  }
  if (rows.length > 0 && !('name' in rows[0]))
    throw Invalid.at('name', `${file}: the header has no "name" column`);
  return rows.map((r, i) => {
    if (!r.name || !hasText.test(r.name) || r.name.length > 500)
      throw Invalid.at('name', 'is not a name of 1 to 500 characters with a letter or digit', i + 1);
    const schema = r.schema || defaults.schema;
    if (!['Person', 'Organization', 'Company', 'LegalEntity', 'Any'].includes(schema))
      throw Invalid.at('schema', `"${schema}" is not Person, Organization or Any`, i + 1);
    return { name: r.name, schema, country: r.country || defaults.country };
  });
}

async function screenFile(
  screen: Screen,
  out: Output,
  file: string,
  outFile: string | undefined,
  defaults: { schema: string; country?: string },
): Promise<number> {
  const names = await readNames(file, defaults);
  const lines: unknown[][] = [
    [
      'row',
      'query',
      'schema',
      'country',
      'listName',
      'entryId',
      'name',
      'matchedName',
      'score',
      'explanation',
    ],
  ];
  const bar = out.progress('screening');
  try {
    for (let i = 0; i < names.length; i += BATCH) {
      const batch = names.slice(i, i + BATCH);
      const res = await screen(batch);
      for (const [j, q] of batch.entries())
        for (const r of res.responses[String(j)].results.filter((x) => x.match))
          lines.push([
            i + j + 1,
            q.name,
            q.schema,
            q.country ?? '',
            r.listName,
            r.entryId,
            r.caption,
            r.matchedName,
            r.score,
            r.explanation.summary,
          ]);
      bar.update(i + batch.length, names.length);
    }
  } finally {
    bar.stop();
  }
  const csv = stringify(lines);
  if (outFile) await writeFile(outFile, csv);
  else process.stdout.write(csv);
  const summary = { names: names.length, hits: lines.length - 1, out: outFile ?? null };
  if (outFile)
    out.result(summary, () => `${summary.names} names screened: ${summary.hits} hits written to ${outFile}`);
  return 0;
}
