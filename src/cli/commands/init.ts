// `teardown init`: creates the data folder and migrates the database; `--demo` loads the demo case.
import { Command } from 'commander';
import { withApp } from '../cli.context.ts';

export function initCommand(): Command {
  return new Command('init')
    .description('create the data folder and bring the database to the latest schema')
    .option('--demo', 'load the synthetic demo case if the database is empty')
    .action(async (opts, command: Command) =>
      withApp(command, async (app, out) => {
        const { loadDemoIfEmpty } = await import('../../demo/index.ts');
        const demo = opts.demo ? await loadDemoIfEmpty(app, (m) => out.info(m)) : null;
        out.result({ dataDir: app.config.dataDir, database: app.db.label, demo }, () =>
          [
            `Data folder: ${app.config.dataDir}`,
            `Database:    ${app.db.label}`,
            demo ? `Demo: ${demo.items} items, ${demo.components} components` : '',
          ]
            .filter(Boolean)
            .join('\n'),
        );
        return 0;
      }),
    );
}
