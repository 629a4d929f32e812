// `teardown import items|components FILE` and `teardown import files DIR`.
import { Command, Option } from 'commander';
import { Invalid } from '../../core/errors.ts';
import { actor, withApp } from '../cli.context.ts';
import type { Output } from '../cli.output.ts';
import type { RemoteClient } from '../cli.remote.ts';

interface ImportOutcome {
  file: string;
  rows: number;
  added: number;
  updated: number;
  skipped: number;
}

interface RemoteJob {
  id: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: { done: number; total: number | null };
  result: (ImportOutcome & { problems?: never }) | { code?: string; problems?: Invalid['problems'] } | null;
  error: string | null;
}

function report(out: Output, result: ImportOutcome): number {
  out.result(
    result,
    () =>
      `${result.file}: ${result.rows} rows; ${result.added} added, ${result.updated} updated, ${result.skipped} skipped (already stored)`,
  );
  return 0;
}

/** Uploads the file, then follows the server's import job until it ends. */
async function remoteImport(
  client: RemoteClient,
  out: Output,
  path: string,
  file: string,
): Promise<ImportOutcome> {
  let job = await client.upload<RemoteJob>(path, file);
  const bar = out.progress('importing on the server');
  try {
    while (job.status === 'queued' || job.status === 'running') {
      await new Promise((r) => setTimeout(r, 500));
      job = await client.request<RemoteJob>('GET', `/api/jobs/${job.id}`);
      bar.update(job.progress.done, job.progress.total);
    }
  } finally {
    bar.stop();
  }
  if (job.status === 'failed') {
    const r = job.result as { problems?: Invalid['problems'] } | null;
    throw new Invalid(job.error ?? 'the import failed', r?.problems ?? []);
  }
  return job.result as ImportOutcome;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];
const caseOption = () =>
  new Option('--case <id>', 'the case to import into').argParser(Number).makeOptionMandatory();

export function importCommand(): Command {
  const cmd = new Command('import').description('import items, components or evidence files');
  for (const kind of ['items', 'components'] as const) {
    cmd
      .command(`${kind} <file>`)
      .description(
        `import ${kind} from a CSV, TSV, JSON Lines or XLSX file; a file with any bad row imports nothing`,
      )
      .addOption(caseOption())
      .option(
        '--map <source=field>',
        'map a column of the file to a field (repeatable; "Column=-" ignores a column)',
        collect,
      )
      .option('--map-file <file>', 'a JSON object or two-column CSV (source,target) of column mappings')
      .option('--update', 'apply rows that change stored records instead of reporting them as conflicts')
      .addOption(
        new Option('--format <format>', 'file format (default: from the extension)').choices([
          'csv',
          'jsonl',
          'xlsx',
        ]),
      )
      .option('--delimiter <char>', 'CSV field separator')
      .action(async (file: string, opts, command: Command) =>
        withApp(
          command,
          async (app, out) => {
            const { parseMapArgs, readMappingFile } = await import('../../imports/index.ts');
            const map = {
              ...(opts.mapFile ? await readMappingFile(opts.mapFile) : {}),
              ...parseMapArgs(opts.map ?? []),
            };
            let bar = out.progress('writing');
            let phase: 'validate' | 'write' = 'write';
            const result = await app.imports
              .run(actor, {
                kind,
                path: file,
                caseId: opts.case,
                map,
                update: !!opts.update,
                format: opts.format,
                delimiter: opts.delimiter,
                onProgress: (p, done, total) => {
                  if (p !== phase) {
                    bar.stop();
                    bar = out.progress(p === 'write' ? 'writing' : 'checking the remaining rows');
                    phase = p;
                  }
                  bar.update(done, total);
                },
              })
              .finally(() => bar.stop());
            return report(out, result);
          },
          async (client, out) => {
            const { parseMapArgs, readMappingFile } = await import('../../imports/index.ts');
            const map = {
              ...(opts.mapFile ? await readMappingFile(opts.mapFile) : {}),
              ...parseMapArgs(opts.map ?? []),
            };
            const query = new URLSearchParams({
              kind,
              caseId: String(opts.case),
              update: String(!!opts.update),
            });
            const pairs = Object.entries(map).map(([k, v]) => `${k}=${v ?? '-'}`);
            if (pairs.length > 0) query.set('map', pairs.join(','));
            return report(out, await remoteImport(client, out, `/api/imports?${query}`, file));
          },
        ),
      );
  }
  cmd
    .command('files <dir>')
    .description('store a folder of photos and documents as evidence files (each stored once by SHA-256)')
    .addOption(caseOption())
    .option(
      '--manifest <csv>',
      'CSV with columns file, itemRef (or itemId), componentPosition, description linking files to items and components',
    )
    .action(async (dir: string, opts, command: Command) =>
      withApp(command, async (app, out) => {
        const { importFolder } = await import('../../imports/index.ts');
        const bar = out.progress('files');
        const result = await importFolder(app.evidenceFiles, app.db.kysely, actor, {
          dir,
          caseId: opts.case,
          manifest: opts.manifest,
          onProgress: (d, t) => bar.update(d, t),
        }).finally(() => bar.stop());
        out.result(
          result,
          () => `${result.files} files: ${result.added} added, ${result.duplicates} already stored`,
        );
        return 0;
      }),
    );
  return cmd;
}
