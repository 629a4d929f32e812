// `teardown cases list|add`: the investigations that imports and exports name with `--case`.
import { Command } from 'commander';
import { actor, withApp } from '../cli.context.ts';

export function casesCommand(): Command {
  const cmd = new Command('cases').description('list or open cases (investigations)');
  cmd
    .command('list')
    .description('list the cases')
    .option('--include-deleted', 'also list deleted cases')
    .action(async (opts, command: Command) =>
      withApp(command, async (app, out) => {
        const cases = await app.cases.list(actor, !!opts.includeDeleted);
        out.result(cases, () =>
          cases.length === 0
            ? 'no case yet: open one with `teardown cases add --title "…"`'
            : cases
                .map(
                  (c) =>
                    `${String(c.id).padStart(5)}  ${c.status.padEnd(9)} ${c.title}${c.isDemo ? '  (synthetic demo data)' : ''}${c.deletedAt ? '  [deleted]' : ''}`,
                )
                .join('\n'),
        );
        return 0;
      }),
    );
  cmd
    .command('add')
    .description('open a new case')
    .requiredOption('--title <title>', 'what the investigation is')
    .option('--summary <text>', 'a summary')
    .action(async (opts, command: Command) =>
      withApp(command, async (app, out) => {
        const c = await app.cases.create(actor, { title: opts.title, summary: opts.summary });
        out.result(c, () => `case ${c.id} opened: ${c.title}`);
        return 0;
      }),
    );
  return cmd;
}
