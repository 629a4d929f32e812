// `teardown whoami`: who the CLI acts as. On a data folder, its local administrator; with --server, the
// user (and token) the server knows.
import { Command } from 'commander';
import { withApp } from '../cli.context.ts';

interface SessionInfo {
  user: { username: string; instanceRole: string };
  memberships: { caseId: number; role: string }[];
}

export function whoamiCommand(): Command {
  return new Command('whoami')
    .description('say who the CLI acts as')
    .action(async (_opts, command: Command) =>
      withApp(
        command,
        async (app, out) => {
          const me = { actor: 'local administrator', dataDir: app.config.dataDir, database: app.db.label };
          out.result(
            me,
            () =>
              `local administrator of ${app.config.dataDir} (${app.db.label}): whoever holds the data folder is in control, and every change is recorded as made by local:local administrator`,
          );
          return 0;
        },
        async (client, out) => {
          const s = await client.request<SessionInfo>('GET', '/api/session');
          out.result(
            s,
            () =>
              `${s.user.username} (${s.user.instanceRole}) through an API token; member of ${s.memberships.length} case(s)${s.memberships.length ? `: ${s.memberships.map((m) => `${m.caseId} ${m.role}`).join(', ')}` : ''}`,
          );
          return 0;
        },
      ),
    );
}
