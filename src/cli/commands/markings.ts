// `teardown markings parse "TEXT"` or `--file FILE`: the machine's reading of chip markings, from the
// shipped maker reference data, with no database needed.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { Invalid } from '../../core/errors.ts';
import { type MarkingReading, referenceEngine } from '../../markings/index.ts';
import { exitCodes, makeOutput, reportError } from '../cli.output.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The reading in the CLI's documented shape: manufacturer {name, country, matchedBy}, part number
 * {full, base}, date code {raw, year, week | month, earliest, latest, ambiguous}, and the rest. */
export function cliReading(r: MarkingReading) {
  const d = r.dateCode;
  return {
    manufacturer: r.manufacturer
      ? {
          name: r.manufacturer.name,
          country: r.manufacturer.country,
          matchedBy: r.manufacturer.matchedBy,
          ...(r.manufacturer.now ? { now: r.manufacturer.now.name } : {}),
        }
      : null,
    partNumber: r.partNumber,
    dateCode: d
      ? {
          raw: d.raw,
          year: d.year,
          ...(d.week !== undefined ? { week: d.week } : {}),
          ...(d.month !== undefined ? { month: d.month } : {}),
          earliest: d.earliest,
          latest: d.latest,
          ambiguous: d.ambiguous,
          ...(d.ambiguous ? { years: d.years } : {}),
        }
      : null,
    lotCode: r.lotCode,
    countryOfAssembly: r.countryOfAssembly,
    confidence: r.confidence,
    alternatives: r.alternatives,
    flags: r.flags,
  };
}

function text(r: ReturnType<typeof cliReading>): string {
  const d = r.dateCode;
  const date = !d
    ? '—'
    : d.ambiguous
      ? `${d.raw}: ambiguous (${(d.years ?? []).join(' or ')})`
      : `${d.raw}: ${d.year}${d.week ? ` week ${d.week}` : d.month ? ` month ${d.month}` : ''} (${d.earliest} – ${d.latest})`;
  return [
    `maker     ${r.manufacturer ? `${r.manufacturer.name} (${r.manufacturer.country}, by ${r.manufacturer.matchedBy})` : '—'}`,
    `part      ${r.partNumber ? `${r.partNumber.full}${r.partNumber.base ? ` (base ${r.partNumber.base})` : ''}` : '—'}`,
    `date code ${date}`,
    `lot       ${r.lotCode ?? '—'}`,
    `assembled ${r.countryOfAssembly ?? '—'}`,
    `confidence ${r.confidence.toFixed(2)}`,
    ...r.flags.map((f) => `! ${f.kind}: ${f.message}`),
  ].join('\n');
}

/** One transcription per line, or JSON Lines of {"text", "recovered"?}. */
function* batch(
  file: string,
  recovered?: string,
): Generator<{ line: number; text?: string; recovered?: string; error?: string }> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (line.trimStart().startsWith('{')) {
      let v: { text?: unknown; recovered?: unknown };
      try {
        v = JSON.parse(line);
      } catch (e) {
        yield { line: i + 1, error: `not valid JSON (${(e as Error).message})` };
        continue;
      }
      if (typeof v.text !== 'string') yield { line: i + 1, error: 'a JSON line needs a "text" string' };
      else if (v.recovered !== undefined && (typeof v.recovered !== 'string' || !DAY.test(v.recovered)))
        yield { line: i + 1, error: '"recovered" must be YYYY-MM-DD' };
      else yield { line: i + 1, text: v.text, recovered: (v.recovered as string | undefined) ?? recovered };
    } else yield { line: i + 1, text: line.replaceAll('\\n', '\n'), recovered };
  }
}

export function markingsCommand(): Command {
  const markings = new Command('markings').description('read chip and module markings');
  markings
    .command('parse')
    .description('parse a marking ("STM32F405 / RGT6 / GH229 93 / CHN 227") or a file of them')
    .argument('[text]', 'the marking; lines split by line breaks or " / "')
    .option('--recovered <date>', 'recovery date YYYY-MM-DD: no part is made after it')
    .option(
      '--file <file>',
      'one transcription per line (\\n for a line break) or JSON Lines {"text","recovered"}',
    )
    .action((textArg: string | undefined, opts: { recovered?: string; file?: string }, command: Command) => {
      const json = !!command.optsWithGlobals().json;
      const out = makeOutput(json);
      try {
        if (opts.recovered !== undefined && !DAY.test(opts.recovered))
          throw Invalid.at('--recovered', 'the recovery date must be YYYY-MM-DD');
        const engine = referenceEngine();
        const ctx = (recovered?: string) => (recovered ? { recovered } : {});
        if (opts.file) {
          let failed = 0;
          for (const b of batch(opts.file, opts.recovered)) {
            try {
              if (b.text === undefined) throw Invalid.at('line', b.error ?? 'unreadable line', b.line);
              const r = cliReading(engine.parse(b.text, ctx(b.recovered)));
              process.stdout.write(
                json ? `${JSON.stringify({ line: b.line, ...r })}\n` : `# line ${b.line}\n${text(r)}\n`,
              );
            } catch (e) {
              if (!(e instanceof Invalid)) throw e;
              failed++;
              const message = `${opts.file}:${b.line}: ${e.message}`;
              if (json) process.stdout.write(`${JSON.stringify({ line: b.line, error: message })}\n`);
              else process.stderr.write(`error: ${message}\n`);
            }
          }
          process.exitCode = failed ? exitCodes.invalid : exitCodes.ok;
          return;
        }
        if (textArg === undefined) throw Invalid.at('text', 'give the marking text or --file FILE');
        const r = cliReading(engine.parse(textArg, ctx(opts.recovered)));
        out.result(r, () => text(r));
      } catch (e) {
        process.exitCode = reportError(e, json);
      }
    });
  return markings;
}
