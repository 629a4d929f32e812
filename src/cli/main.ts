// The `teardown` command line: thin commands over the same services as the HTTP API.
import { Command } from 'commander';
import { attributeCommand } from './commands/attribute.ts';
import { casesCommand } from './commands/cases.ts';
import { estimateCommand } from './commands/estimate.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { initCommand } from './commands/init.ts';
import { listsCommand } from './commands/lists.ts';
import { markingsCommand } from './commands/markings.ts';
import { screenCommand } from './commands/screen.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';
import { tokenCommand, userCommand } from './commands/user.ts';
import { variantsCommand } from './commands/variants.ts';
import { checkpointCommand, verifyCommand } from './commands/verify.ts';
import { whoamiCommand } from './commands/whoami.ts';

const program = new Command('teardown')
  .description(
    'Forensic tracing of components recovered from downed drones and munitions.\nOn a local data folder the CLI acts as its local administrator (whoever holds the files is in control); with --server it acts as the user of an API token.',
  )
  .option('--data <dir>', 'data folder (TEARDOWN_DATA_DIR, default ./data)')
  .option('--database <url>', 'database: a SQLite path or postgres://… (TEARDOWN_DATABASE_URL)')
  .option('--json', 'machine-readable output')
  .option(
    '--server <url>',
    'work against a remote Teardown server instead of a data folder (TEARDOWN_SERVER)',
  )
  .option('--token <token>', 'the API token for --server (TEARDOWN_TOKEN)')
  .showHelpAfterError();

for (const cmd of [
  initCommand(),
  serveCommand(),
  casesCommand(),
  importCommand(),
  exportCommand(),
  searchCommand(),
  screenCommand(),
  markingsCommand(),
  listsCommand(),
  variantsCommand(),
  attributeCommand(),
  estimateCommand(),
  verifyCommand(),
  checkpointCommand(),
  userCommand(),
  tokenCommand(),
  whoamiCommand(),
]) {
  program.addCommand(cmd);
}

// Usage errors (unknown command or option, missing argument) exit 2 at every level, like bad input.
const usageExit = (cmd: Command): void => {
  cmd.showHelpAfterError().exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2));
  for (const sub of cmd.commands) usageExit(sub);
};
usageExit(program);

await program.parseAsync(process.argv);
