// Options every command takes (`--data`, `--database`, `--json`) and opening the App from them. The CLI
// on a local data folder acts as the local administrator: whoever holds the files is in control.
import type { Command } from 'commander';
import type { App } from '../app/index.ts';
import { localAdmin } from '../core/actor.ts';
import { Invalid } from '../core/errors.ts';
import { makeOutput, type Output, reportError } from './cli.output.ts';
import { RemoteClient } from './cli.remote.ts';

export interface GlobalOptions {
  data?: string;
  database?: string;
  json?: boolean;
  server?: string;
  token?: string;
}

export const actor = localAdmin;

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** Runs a command body with an opened App, closing it and setting the exit code whatever happens. With
 * `--server` (or TEARDOWN_SERVER) the `remote` body runs instead, against that server's API with the
 * API token of `--token` (or TEARDOWN_TOKEN); a command without one works on local data folders only. */
export async function withApp(
  cmd: Command,
  body: (app: App, out: Output) => Promise<number | undefined>,
  remote?: (client: RemoteClient, out: Output) => Promise<number | undefined>,
): Promise<void> {
  const g = globals(cmd);
  const out = makeOutput(!!g.json);
  const server = g.server ?? process.env.TEARDOWN_SERVER;
  if (server) {
    try {
      if (!remote)
        throw Invalid.at('--server', `\`${cmd.name()}\` works on a local data folder only (use --data)`);
      const client = new RemoteClient({ server, token: g.token ?? process.env.TEARDOWN_TOKEN ?? '' });
      process.exitCode = (await remote(client, out)) ?? 0;
    } catch (e) {
      process.exitCode = reportError(e, !!g.json);
    }
    return;
  }
  let app: App | undefined;
  try {
    // Loaded on use so that `--help` and usage errors answer without loading the whole product.
    const { openApp, resolveConfig } = await import('../app/index.ts');
    app = await openApp(resolveConfig({ data: g.data, database: g.database }));
    process.exitCode = (await body(app, out)) ?? 0;
  } catch (e) {
    process.exitCode = reportError(e, !!g.json);
  } finally {
    await app?.close();
  }
}
