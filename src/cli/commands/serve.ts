// `teardown serve`: the HTTP API (and, later, the web app) with the background job runner.
import { Command } from 'commander';
import type { App } from '../../app/index.ts';
import { localAdmin, systemActor } from '../../core/actor.ts';
import { globals } from '../cli.context.ts';
import { reportError } from '../cli.output.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('serve the HTTP API and run background jobs')
    .option('--port <port>', 'port to listen on (PORT, default 8080)')
    .option('--host <host>', 'address to listen on (HOST, default 127.0.0.1)')
    .option('--demo', 'load the synthetic demo case when the database is empty')
    .option('--no-jobs', 'do not run background jobs in this process')
    .action(async (opts, command: Command) => {
      const g = globals(command);
      let app: App | undefined;
      try {
        const { openApp, resolveConfig } = await import('../../app/index.ts');
        const { loadDemoIfEmpty } = await import('../../demo/index.ts');
        const { buildServer } = await import('../../server/index.ts');
        const config = resolveConfig({
          data: g.data,
          database: g.database,
          port: opts.port,
          host: opts.host,
        });
        app = await openApp(config);
        const seeded = await app.markings.seedReference(systemActor());
        if (seeded.added) console.log(`Stored ${seeded.added} makers of the shipped reference data.`);
        if (opts.demo) {
          const loaded = await loadDemoIfEmpty(app, (m) => console.log(m));
          if (loaded)
            console.log(
              `Loaded the synthetic demo case: ${loaded.items} items, ${loaded.components} components, ${loaded.files} photos.`,
            );
        }
        const admin = await app.users.ensureAdmin(localAdmin);
        const server = await buildServer(app, { logger: !!process.env.TEARDOWN_LOG });
        if (opts.jobs) app.jobs.start();
        await server.listen({ port: config.port, host: config.host });
        const address = server.server.address();
        const port = typeof address === 'object' && address ? address.port : config.port;
        const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
        console.log(
          `Teardown is running at http://${shown}:${port}/  (API docs: http://${shown}:${port}/api/docs)`,
        );
        if (admin) {
          console.log('');
          console.log(
            `Created the administrator account "${admin.user.username}" with this one-time password,`,
          );
          console.log(`shown only now:   ${admin.password}`);
          console.log('Sign in with it and choose your own password (POST /api/account/password).');
          console.log('Lost it? `teardown user reset-password admin` on this data folder makes a new one.');
          console.log('');
        }
        console.log(`Data folder: ${config.dataDir}`);
        console.log(`Database:    ${app.db.label}`);
        const stop = async () => {
          await server.close();
          await app?.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (e) {
        await app?.close();
        process.exitCode = reportError(e, !!g.json);
      }
    });
}
