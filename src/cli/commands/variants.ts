// `teardown variants show [--version N]` and `teardown variants set FILE`: the variant profile document
// (YAML or JSON) as versioned reference data, by the same service as `/api/variants` (or that route,
// with --server). A bad document changes nothing and is refused naming each field, line and column.
import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { ProfilesInForce, ProfilesSaved, ProfilesVersion } from '../../attribution/index.ts';
import { Invalid } from '../../core/errors.ts';
import { actor, withApp } from '../cli.context.ts';
import type { Output } from '../cli.output.ts';

const versionLine = (v: ProfilesVersion) =>
  `version ${v.version} (${v.format}, ${v.variants} variants${v.label ? `, ${v.label}` : ''}) saved ${v.savedAt} by ${v.savedBy}`;

function shown(out: Output, p: ProfilesInForce): number {
  out.result(p, () =>
    p.version
      ? `# ${versionLine(p.version)}\n${p.text}`
      : 'no variant profiles yet: save a document with `teardown variants set FILE`',
  );
  return 0;
}

function saved(out: Output, r: ProfilesSaved): number {
  out.result(r, () =>
    r.created ? `saved ${versionLine(r.version)}` : `unchanged: the same text as ${versionLine(r.version)}`,
  );
  return 0;
}

async function readDocument(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw Invalid.at('file', `cannot read ${file}: ${(e as Error).message}`);
  }
}

/** A refused document: one line saying so, then each problem at its place (the parser's message
 * lists them all again). */
const briefly =
  (file: string) =>
  (e: unknown): never => {
    if (!(e instanceof Invalid) || e.problems.length === 0) throw e;
    const n = e.problems.length;
    throw new Invalid(
      `${file}: ${n} problem${n === 1 ? '' : 's'} in the document; nothing was saved`,
      e.problems.map((p) => ({ ...p, file })),
    );
  };

function versionOf(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw Invalid.at('--version', `"${v}" is not a version number (1, 2, …)`);
  return n;
}

export function variantsCommand(): Command {
  const cmd = new Command('variants').description(
    'the variant profiles that items are attributed against (a YAML or JSON document, versioned)',
  );
  cmd
    .command('show')
    .description('print the document in force (or an earlier version) as it was saved')
    .option('--version <n>', 'an earlier version')
    .action(async (o: { version?: string }, command: Command) =>
      withApp(
        command,
        async (app, out) => shown(out, await app.attribution.profiles.get(actor, versionOf(o.version))),
        async (client, out) => {
          const v = versionOf(o.version);
          const path = v === undefined ? '/api/variants' : `/api/variants/versions/${v}`;
          return shown(out, await client.request<ProfilesInForce>('GET', path));
        },
      ),
    );
  cmd
    .command('versions')
    .description('every version of the document, newest first')
    .action(async (_o, command: Command) => {
      const show = (out: Output, rows: ProfilesVersion[]) => {
        out.result({ rows }, () => (rows.length ? rows.map(versionLine).join('\n') : 'no versions yet'));
        return 0;
      };
      await withApp(
        command,
        async (app, out) => show(out, await app.attribution.profiles.versions(actor)),
        async (client, out) =>
          show(
            out,
            (await client.request<{ rows: ProfilesVersion[] }>('GET', '/api/variants/versions')).rows,
          ),
      );
    });
  cmd
    .command('set <file>')
    .description(
      'save a YAML or JSON document as the next version; the same text makes none, and a bad one changes nothing',
    )
    .action(async (file: string, _o, command: Command) =>
      withApp(
        command,
        async (app, out) =>
          saved(
            out,
            await app.attribution.profiles.put(actor, await readDocument(file), file).catch(briefly(file)),
          ),
        async (client, out) =>
          saved(
            out,
            await client
              .request<ProfilesSaved>('PUT', '/api/variants', { text: await readDocument(file) })
              .catch(briefly(file)),
          ),
      ),
    );
  return cmd;
}
