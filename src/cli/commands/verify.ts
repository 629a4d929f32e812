// `teardown verify` and `teardown checkpoint`: prove that the database and evidence files were not
// altered, and sign the chain head with a key kept elsewhere.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Command } from 'commander';
import type { Checkpoint } from '../../audit/index.ts';
import { withApp } from '../cli.context.ts';
import { exitCodes } from '../cli.output.ts';

export function verifyCommand(): Command {
  return new Command('verify')
    .description(
      'recompute the audit chain, every audited row and every evidence file; exit 0 only when all is intact',
    )
    .option('--checkpoint <file>', 'also prove that the log still extends this signed checkpoint')
    .option('--public-key <file>', 'the public key the checkpoint must be signed with')
    .action(async (opts, command: Command) =>
      withApp(command, async (app, out) => {
        let stage = '';
        let bar = out.progress('verifying');
        const { checkCheckpoint, verifyIntegrity } = await import('../../audit/index.ts');
        const report = await verifyIntegrity(app.db.kysely, app.files, (s, done) => {
          if (s !== stage) {
            bar.stop();
            bar = out.progress(`verifying ${s}`);
            stage = s;
          }
          bar.update(done, null);
        }).finally(() => bar.stop());
        const checkpointProblems = opts.checkpoint
          ? await checkCheckpoint(
              app.db.kysely,
              JSON.parse(await readFile(opts.checkpoint, 'utf8')) as Checkpoint,
              opts.publicKey ? await readFile(opts.publicKey, 'utf8') : undefined,
            )
          : [];
        const problems = [
          ...report.problems,
          ...checkpointProblems.map((detail) => ({ kind: 'checkpoint_mismatch' as const, detail })),
        ];
        const ok = problems.length === 0;
        out.result({ ...report, ok, problems }, () =>
          [
            `audit entries: ${report.entries}, rows: ${report.rows}, evidence files: ${report.files}`,
            ...(opts.checkpoint && checkpointProblems.length === 0 ? ['checkpoint: the log extends it'] : []),
            ...problems.map((p) => `PROBLEM ${p.kind}: ${p.detail}`),
            ok ? 'intact' : `${problems.length} problem(s) found`,
          ].join('\n'),
        );
        return ok ? exitCodes.ok : exitCodes.failed;
      }),
    );
}

export function checkpointCommand(): Command {
  const cmd = new Command('checkpoint')
    .description(
      'write the audit chain head signed with your Ed25519 key (keep the key and the checkpoints away from the database)',
    )
    .option('--key <file>', 'private key (PEM) made by `teardown checkpoint keygen`')
    .option('--out <file>', 'where to write the checkpoint (default: standard output)')
    .action(async (opts, command: Command) =>
      withApp(command, async (app, out) => {
        if (!opts.key)
          throw new Error('--key is required (make one with `teardown checkpoint keygen --out DIR`)');
        const { createCheckpoint } = await import('../../audit/index.ts');
        const checkpoint = await createCheckpoint(app.db.kysely, await readFile(opts.key, 'utf8'));
        const text = `${JSON.stringify(checkpoint, null, 2)}\n`;
        if (opts.out) {
          await writeFile(opts.out, text);
          out.info(`checkpoint of entry ${checkpoint.seq} written to ${opts.out}`);
        } else process.stdout.write(text);
        return 0;
      }),
    );
  cmd
    .command('keygen')
    .description('make an Ed25519 key pair for checkpoints')
    .option('--out <dir>', 'folder to write checkpoint-key.pem and checkpoint-key.pub.pem into')
    .action(async (_opts, command: Command) => {
      // `checkpoint` has an --out of its own, which commander fills even when it follows `keygen`.
      const dir: string | undefined = command.optsWithGlobals().out;
      if (!dir) command.error("error: required option '--out <dir>' not specified");
      const { generateCheckpointKey } = await import('../../audit/index.ts');
      const { privateKey, publicKey } = generateCheckpointKey();
      await writeFile(join(dir, 'checkpoint-key.pem'), privateKey, { mode: 0o600 });
      await writeFile(join(dir, 'checkpoint-key.pub.pem'), publicKey);
      console.log(
        `wrote ${join(dir, 'checkpoint-key.pem')} (keep it secret, away from the database) and checkpoint-key.pub.pem`,
      );
    });
  return cmd;
}
