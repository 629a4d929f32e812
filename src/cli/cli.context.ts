// Options every command takes (`--data`, `--database`, `--json`) and opening the App from them. The CLI
// on a local data folder acts as the local administrator: whoever holds the files is in control.
import type { Command } from 'commander';
import type { App } from '../app/index.ts';
import { localAdmin } from '../core/actor.ts';
import { makeOutput, type Output, reportError } from './cli.output.ts';

export interface GlobalOptions {
  data?: string;
  database?: string;
  json?: boolean;
}

export const actor = localAdmin;

export function globals(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

/** Runs a command body with an opened App, closing it and setting the exit code whatever happens. */
export async function withApp(
  cmd: Command,
  body: (app: App, out: Output) => Promise<number | undefined>,
): Promise<void> {
  const g = globals(cmd);
  const out = makeOutput(!!g.json);
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
