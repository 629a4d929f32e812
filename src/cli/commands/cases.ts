// `teardown cases list|add`: the investigations that imports and exports name with `--case`.
import { Command } from 'commander';
import type { Case } from '../../evidence/index.ts';
import { actor, withApp } from '../cli.context.ts';
import type { Output } from '../cli.output.ts';

export function casesCommand(): Command {
  const cmd = new Command('cases').description('list or open cases (investigations)');
  cmd
    .command('list')
    .description('list the cases')
    .option('--include-deleted', 'also list deleted cases')
    .action(async (opts, command: Command) =>
      withApp(
        command,
        async (app, out) => show(out, await app.cases.list(actor, !!opts.includeDeleted)),
        async (client, out) =>
          show(
            out,
            (
              await client.request<{ rows: Case[] }>(
                'GET',
                `/api/cases?includeDeleted=${!!opts.includeDeleted}`,
              )
            ).rows,
          ),
      ),
    );
  cmd
    .command('add')
    .description('open a new case')
    .requiredOption('--title <title>', 'what the investigation is')
    .option('--summary <text>', 'a summary')
    .action(async (opts, command: Command) =>
      withApp(
        command,
        async (app, out) =>
          added(out, await app.cases.create(actor, { title: opts.title, summary: opts.summary })),
        async (client, out) =>
          added(
            out,
            await client.request<Case>('POST', '/api/cases', { title: opts.title, summary: opts.summary }),
          ),
      ),
    );
  return cmd;
}

function added(out: Output, c: Case): number {
  out.result(c, () => `case ${c.id} opened: ${c.title}`);
  return 0;
}

function show(out: Output, cases: Case[]): number {
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
}
