// `teardown user add|list|reset-password|disable|enable` and `teardown token add|list|revoke`: accounts
// managed on the data folder by whoever holds it (the local administrator).
import { Command } from 'commander';
import type { App } from '../../app/index.ts';
import { actor, withApp } from '../cli.context.ts';

async function userId(app: App, name: string): Promise<number> {
  return (await app.users.byName(actor, name)).id;
}

export function userCommand(): Command {
  const cmd = new Command('user').description('manage user accounts (as the local administrator)');
  cmd
    .command('add <username>')
    .description('create a user and print a one-time password, which must be changed at first sign-in')
    .option('--role <role>', 'admin, analyst or member', 'member')
    .option('--display-name <name>', 'the name shown to others')
    .action(async (username: string, opts, command: Command) =>
      withApp(command, async (app, out) => {
        const r = await app.users.add(actor, {
          username,
          instanceRole: opts.role,
          displayName: opts.displayName,
        });
        out.result(
          r,
          () => `user ${r.user.username} (${r.user.instanceRole}) created; one-time password: ${r.password}`,
        );
        return 0;
      }),
    );
  cmd
    .command('list')
    .description('list the users')
    .action(async (_opts, command: Command) =>
      withApp(command, async (app, out) => {
        const users = await app.users.list(actor);
        out.result(users, () =>
          users
            .map(
              (u) =>
                `${String(u.id).padStart(5)}  ${u.username.padEnd(24)} ${u.instanceRole.padEnd(8)}${u.disabledAt ? ' [disabled]' : ''}${u.mustChangePassword ? ' (one-time password)' : ''}`,
            )
            .join('\n'),
        );
        return 0;
      }),
    );
  cmd
    .command('reset-password <username>')
    .description('print a new one-time password; every session of the user ends')
    .action(async (username: string, _opts, command: Command) =>
      withApp(command, async (app, out) => {
        const r = await app.users.resetPassword(actor, await userId(app, username));
        out.result(r, () => `new one-time password for ${r.user.username}: ${r.password}`);
        return 0;
      }),
    );
  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    cmd
      .command(`${name} <username>`)
      .description(
        disabled
          ? 'disable an account; its sessions end and its tokens stop working'
          : 'enable an account again',
      )
      .action(async (username: string, _opts, command: Command) =>
        withApp(command, async (app, out) => {
          const u = await app.users.update(actor, await userId(app, username), { disabled });
          out.result(u, () => `${u.username} ${disabled ? 'disabled' : 'enabled'}`);
          return 0;
        }),
      );
  }
  return cmd;
}

export function tokenCommand(): Command {
  const cmd = new Command('token').description("manage a user's API tokens (as the local administrator)");
  cmd
    .command('add <username>')
    .description('create an API token for a user and print it (shown only now)')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--scope <scope>', 'read or write', 'read')
    .option('--case <id>', 'limit the token to one case')
    .option('--days <n>', 'days until it expires', '90')
    .action(async (username: string, opts, command: Command) =>
      withApp(command, async (app, out) => {
        const r = await app.tokens.createFor(actor, await userId(app, username), {
          name: opts.name,
          scope: opts.scope,
          caseId: opts.case ? Number(opts.case) : undefined,
          expiresInDays: Number(opts.days),
        });
        out.result(
          r,
          () =>
            `token ${r.token.id} for ${username} (${r.token.scope}${r.token.caseId ? `, case ${r.token.caseId}` : ''}, expires ${r.token.expiresAt}):\n${r.secret}`,
        );
        return 0;
      }),
    );
  cmd.command('list <username>').action(async (username: string, _opts, command: Command) =>
    withApp(command, async (app, out) => {
      const tokens = await app.tokens.listFor(actor, await userId(app, username));
      out.result(tokens, () =>
        tokens
          .map(
            (t) =>
              `${String(t.id).padStart(5)}  ${t.prefix}…  ${t.scope.padEnd(5)} ${t.name}${t.revokedAt ? ' [revoked]' : ''}`,
          )
          .join('\n'),
      );
      return 0;
    }),
  );
  cmd.command('revoke <id>').action(async (id: string, _opts, command: Command) =>
    withApp(command, async (app, out) => {
      const t = await app.tokens.revoke(actor, Number(id));
      out.result(t, () => `token ${t.id} revoked`);
      return 0;
    }),
  );
  return cmd;
}
