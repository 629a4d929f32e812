// `teardown estimate --serials FILE` (no database: one serial a line, optionally a recovery date after a
// tab or comma) and `teardown estimate --case ID --designation NAME` (the case's items, by the same
// service as `GET /api/production`, or that route with --server): how many were made up to now, per
// series, with the interval and every caveat. Past production only; nothing is forecast.
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { Invalid, type Problem } from '../../core/errors.ts';
import type { ProductionAssessment } from '../../estimates/index.ts';
import {
  estimateProduction,
  type ProductionOptions,
  type SerialObservation,
} from '../../production/index.ts';
import { actor, withApp } from '../cli.context.ts';
import { exitCodes, makeOutput, type Output, reportError } from '../cli.output.ts';
import { estimateText, seriesOut } from './estimate.table.ts';

interface Options {
  serials?: string;
  case?: string;
  designation?: string;
  pattern?: string;
  level?: string;
  lagDays?: string;
  start?: 'one' | 'unknown';
}

/** The core's and the service's option names → the flags a user typed. */
const FLAGS: Record<string, string> = {
  level: '--level',
  lagDays: '--lag-days',
  pattern: '--pattern',
  start: '--start',
  designation: '--designation',
};

function asFlags(e: unknown): unknown {
  if (!(e instanceof Invalid) || !e.problems.some((p) => p.path && p.path in FLAGS)) return e;
  const problems = e.problems.map((p) => (p.path && p.path in FLAGS ? { ...p, path: FLAGS[p.path] } : p));
  const first = problems[0];
  return new Invalid(`${first.path ? `${first.path}: ` : ''}${first.message}`, problems);
}

/** The numbers typed; their ranges are the core's to check (as for the API), named by asFlags. */
function numbers(o: Options): { level?: number; lagDays?: number } {
  const out: { level?: number; lagDays?: number } = {};
  const read = (text: string, flag: string) => {
    const x = Number(text);
    if (text.trim() === '' || !Number.isFinite(x)) throw Invalid.at(flag, `"${text}" is not a number`);
    return x;
  };
  if (o.level !== undefined) out.level = read(o.level, '--level');
  if (o.lagDays !== undefined) out.lagDays = read(o.lagDays, '--lag-days');
  return out;
}

/** One serial a line; "SERIAL<tab or comma>YYYY-MM-DD" gives its recovery date. Blank and # lines skip. */
function readSerials(file: string): { observations: SerialObservation[]; lines: number[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw Invalid.at('--serials', `cannot read ${file}: ${(e as Error).message}`);
  }
  const observations: SerialObservation[] = [];
  const lines: number[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const dated = /^(.*?)\s*[\t,;]\s*(\d{4}-\d{2}-\d{2})$/.exec(line);
    observations.push(dated ? { serial: dated[1], recoveredOn: dated[2] } : { serial: line });
    lines.push(i + 1);
  }
  if (observations.length === 0)
    throw Invalid.at('--serials', `${file} holds no serial number (write one a line)`);
  return { observations, lines };
}

function fromFile(o: Options, out: Output): number {
  const file = o.serials as string;
  const { observations, lines } = readSerials(file);
  const options: ProductionOptions = {
    ...numbers(o),
    ...(o.pattern === undefined ? {} : { pattern: o.pattern }),
    ...(o.start === undefined ? {} : { start: o.start }),
  };
  const r = estimateProduction(observations, options);
  const line = (index: number) => lines[index];
  if (r.series.length === 0) {
    const problems: Problem[] = r.unparsed.map((u) => ({
      file,
      line: line(u.index),
      message: `${JSON.stringify(u.raw)}: ${u.reason}`,
    }));
    throw new Invalid(`${file}: none of the ${observations.length} serials could be read`, problems);
  }
  const result = {
    series: r.series.map(seriesOut),
    unparsed: r.unparsed.map((u) => ({ line: line(u.index), serial: u.raw, reason: u.reason })),
    duplicates: r.duplicates.map((d) => ({
      series: d.series,
      number: d.number,
      lines: d.observations.map((x) => line(x.index)),
    })),
  };
  out.result(result, () =>
    estimateText({
      series: result.series,
      unparsed: result.unparsed.map((u) => ({ where: `line ${u.line}`, serial: u.serial, reason: u.reason })),
      duplicates: result.duplicates.map((d) => ({ ...d, where: d.lines.map((l) => `line ${l}`) })),
    }),
  );
  return exitCodes.ok;
}

function fromDatabase(a: ProductionAssessment, out: Output): number {
  const result = {
    designation: a.designation,
    caseId: a.caseId,
    pattern: a.pattern,
    series: a.series.map(seriesOut),
    unparsed: a.unparsed,
    duplicates: a.duplicates,
    targets: a.targets,
    notes: a.notes,
  };
  const where = a.caseId === null ? 'in the cases you may read' : `in case ${a.caseId}`;
  const head = [
    `${a.designation} ${where}: ${a.observations.length} items with a serial number, read ${a.pattern ? `with the pattern ${a.pattern}` : 'the default way'}`,
    ...a.notes,
  ].join('\n');
  out.result(result, () =>
    estimateText({
      head,
      series: result.series,
      unparsed: a.unparsed.map((u) => ({ where: `item ${u.itemId}`, serial: u.serial, reason: u.reason })),
      duplicates: a.duplicates.map((d) => ({ ...d, where: d.itemIds.map((i) => `item ${i}`) })),
      targets: a.targets.map((t) => ({
        claim: `${t.target.units} units by ${t.target.by}${t.target.series ? ` (series ${t.target.series})` : ''}; source: ${t.target.source}`,
        lines: t.series.flatMap((s) =>
          s.assessment.ok
            ? [
                `${s.series ?? '(no prefix)'}: probability ${s.assessment.probability.toFixed(2)} that ${t.target.units} had been made by ${s.assessment.evaluatedOn}`,
                ...s.assessment.notes.map((n) => `  - ${n}`),
              ]
            : [`${s.series ?? '(no prefix)'}: ${s.assessment.reason}`],
        ),
      })),
    }),
  );
  return exitCodes.ok;
}

export function estimateCommand(): Command {
  return new Command('estimate')
    .description(
      'how many items of a series had been made up to now, from serial numbers (German tank estimate with its interval); no forecast',
    )
    .option(
      '--serials <file>',
      'serial numbers, one a line (optionally "SERIAL,YYYY-MM-DD" with the recovery date); no database needed',
    )
    .option('--case <id>', 'estimate from the items of this case (with --designation)')
    .option('--designation <name>', 'the assessed designation whose items to read (with --case)')
    .option('--pattern <regex>', 'with --serials: a regex with named groups (?<number>…) and (?<series>…)')
    .option('--level <x>', 'confidence level of the intervals, from 0.5 to 0.999 (default 0.9)')
    .option('--lag-days <n>', 'days at least between making and recovery, for figures by date (default 30)')
    .addOption(new Option('--start <start>', 'how the series is numbered').choices(['one', 'unknown']))
    .action(async (o: Options, command: Command) => {
      const json = !!command.optsWithGlobals().json;
      if (o.case === undefined) {
        try {
          if (!o.serials)
            throw Invalid.at('--serials', 'give --serials FILE, or --case ID --designation NAME');
          if (o.designation) throw Invalid.at('--designation', 'goes with --case, not with --serials');
          process.exitCode = fromFile(o, makeOutput(json));
        } catch (e) {
          process.exitCode = reportError(asFlags(e), json);
        }
        return;
      }
      const query = () => {
        if (o.serials) throw Invalid.at('--serials', 'give either --serials FILE or --case ID, not both');
        if (o.pattern)
          throw Invalid.at(
            '--pattern',
            "with --case the designation's own pattern is used (set it in the web app or the API)",
          );
        const caseId = Number(o.case);
        if (!Number.isInteger(caseId) || caseId < 1)
          throw Invalid.at('--case', `"${o.case}" is not a case id`);
        if (!o.designation)
          throw Invalid.at('--designation', 'give the assessed designation whose items to read');
        return { designation: o.designation, caseId, ...numbers(o), ...(o.start ? { start: o.start } : {}) };
      };
      await withApp(
        command,
        async (app, out) =>
          fromDatabase(
            await app.production.assess(actor, query()).catch((e) => Promise.reject(asFlags(e))),
            out,
          ),
        async (client, out) => {
          const q = query();
          const params = new URLSearchParams(
            Object.entries(q).map(([k, v]) => [k, String(v)]) as [string, string][],
          );
          const a = await client
            .request<ProductionAssessment>('GET', `/api/production?${params}`)
            .catch((e) => Promise.reject(asFlags(e)));
          return fromDatabase(a, out);
        },
      );
    });
}
