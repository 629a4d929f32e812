// `teardown export items|components --case ID`: CSV or JSON Lines, in the columns imports read.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Command, Option } from 'commander';
import { actor, withApp } from '../cli.context.ts';

export function exportCommand(): Command {
  const cmd = new Command('export').description('export a case as CSV or JSON Lines');
  for (const what of ['items', 'components'] as const) {
    cmd
      .command(what)
      .description(`export the ${what} of a case`)
      .addOption(new Option('--case <id>', 'the case').argParser(Number).makeOptionMandatory())
      .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
      .option('--out <file>', 'write to a file instead of standard output')
      .action(async (opts, command: Command) =>
        withApp(
          command,
          async (app, out) => {
            await app.cases.get(actor, opts.case);
            const sink = opts.out ? createWriteStream(opts.out) : process.stdout;
            const count = await app.exports.export(actor, what, opts.case, opts.format, sink);
            if (opts.out) {
              sink.end();
              await once(sink, 'finish');
              out.info(`${count} ${what} written to ${opts.out}`);
            }
            return 0;
          },
          async (client, out) => {
            const res = await client.raw(
              'GET',
              `/api/cases/${opts.case}/export/${what}?format=${opts.format}`,
            );
            const sink = opts.out ? createWriteStream(opts.out) : process.stdout;
            if (res.body) await pipeline(Readable.fromWeb(res.body as never), sink, { end: !!opts.out });
            if (opts.out) out.info(`${what} written to ${opts.out}`);
            return 0;
          },
        ),
      );
  }
  return cmd;
}
