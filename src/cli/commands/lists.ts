// `teardown lists import FILE --format … --name …`, `teardown lists` and `teardown lists show NAME`:
// watch lists as versioned data. The OFAC sdn file brings its alt and add files from beside it.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { Invalid } from '../../core/errors.ts';
import type { ImportListResult } from '../../screening/index.ts';
import { actor, withApp } from '../cli.context.ts';

const FORMATS = ['ofac-csv', 'un-xml', 'ftm', 'csv'] as const;

/** `X-sdn.csv` → `X-alt.csv`, `sdn.csv` → `alt.csv` (in the case the file's name is written in). */
export function ofacSibling(sdn: string, role: 'alt' | 'add'): string | null {
  const name = basename(sdn);
  const m = /^(.*)(sdn)(\.[^.]+)$/i.exec(name);
  if (!m) return null;
  const word = m[2] === 'SDN' ? role.toUpperCase() : role;
  return join(dirname(sdn), `${m[1]}${word}${m[3]}`);
}

interface ImportOptions {
  format: (typeof FORMATS)[number];
  name: string;
  description?: string;
  alt?: string;
  add?: string;
  aliases: boolean;
  map?: string;
  mapping?: string;
}

function ofacFiles(file: string, o: ImportOptions) {
  const files = [{ role: 'sdn', path: file }];
  for (const role of ['alt', 'add'] as const) {
    const given = o[role];
    if (given) {
      files.push({ role, path: given });
      continue;
    }
    if (!o.aliases) continue;
    const beside = ofacSibling(file, role);
    if (!beside || !existsSync(beside))
      throw Invalid.at(
        `--${role}`,
        `${beside ? `${beside} is not there` : `no ${role} file can be found beside ${file} (its name has no "sdn")`}: give --${role} FILE, or --no-aliases to import the sdn file alone (without the aliases and addresses of the alt and add files)`,
      );
    files.push({ role, path: beside });
  }
  return files;
}

function mappingOf(o: ImportOptions): unknown {
  if (o.mapping) {
    try {
      return JSON.parse(readFileSync(o.mapping, 'utf8'));
    } catch (e) {
      throw Invalid.at('--mapping', `${o.mapping}: ${(e as Error).message}`);
    }
  }
  return o.map;
}

function summary(r: ImportListResult): string {
  const v = r.version.version;
  const skipped = Object.entries(r.skipped)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const head = r.created
    ? `${r.watchlist.name} version ${v} (${r.watchlist.format}): ${r.entries} entries; ${r.added} added, ${r.changed} changed, ${r.removed} removed, ${r.unchanged} unchanged`
    : `${r.watchlist.name}: the same files as version ${v}; no new version (${r.entries} entries)`;
  return skipped ? `${head}\nskipped: ${skipped}` : head;
}

export function listsCommand(): Command {
  const cmd = new Command('lists').description('watch lists (sanctions lists) and their versions');
  cmd
    .command('list', { isDefault: true })
    .description('the watch lists with their current version')
    .action(async (_o, command: Command) =>
      withApp(command, async (app, out) => {
        const rows = await app.watchlists.lists(actor);
        out.result({ rows }, () =>
          rows.length === 0
            ? 'no watch lists yet (teardown lists import FILE --format … --name …)'
            : rows
                .map(
                  (l) =>
                    `${l.id}\t${l.name}\t${l.format}\tversion ${l.currentVersion}\t${l.entryCount} entries\t${l.updatedAt}`,
                )
                .join('\n'),
        );
        return 0;
      }),
    );
  cmd
    .command('import <file>')
    .description(
      'import a new version of a watch list; the same files as its current version again make none, and a bad file changes nothing',
    )
    .addOption(
      new Option('--format <format>', 'the format of the file').choices(FORMATS).makeOptionMandatory(),
    )
    .requiredOption('--name <name>', 'the name of the list (a new name makes a new list)')
    .option('--description <text>', 'what the list is, and where it comes from')
    .option('--alt <file>', 'ofac-csv: the alt file (default: beside the sdn file, X-sdn.csv → X-alt.csv)')
    .option('--add <file>', 'ofac-csv: the add file (default: beside the sdn file, X-sdn.csv → X-add.csv)')
    .option('--no-aliases', 'ofac-csv: import the sdn file alone, without the alt and add files')
    .option(
      '--map <pairs>',
      'csv: field=COLUMN pairs, e.g. name=Name,id=Ref,aliases=AKA,schema=Type,countries=Country,identifiers=IDs (id=#hash: ids from the rows)',
    )
    .option('--mapping <file>', 'csv: the mapping as a JSON file {"name": "Name", "id": "Ref", …}')
    .action(async (file: string, o: ImportOptions, command: Command) =>
      withApp(command, async (app, out) => {
        const { csvMapping } = await import('../../screening/index.ts');
        const mapping = mappingOf(o);
        if (o.format === 'csv' && mapping === undefined)
          throw Invalid.at(
            '--map',
            'a CSV list needs a column mapping: --map name=COLUMN,id=COLUMN or --mapping FILE.json',
          );
        const result = await app.watchlists.importList(actor, {
          name: o.name,
          format: o.format,
          description: o.description,
          files: o.format === 'ofac-csv' ? ofacFiles(file, o) : [{ role: 'file', path: file }],
          mapping: mapping === undefined ? undefined : csvMapping(mapping, o.mapping ? '--mapping' : '--map'),
          withoutAliases: !o.aliases,
        });
        out.result(result, () => summary(result));
        return 0;
      }),
    );
  cmd
    .command('show <name>')
    .description('a list with its versions, or (--version) what one version added, changed and removed')
    .option('--version <n>', 'the version whose changes to show', (v) => Number(v))
    .addOption(new Option('--kind <kind>', 'only these changes').choices(['added', 'changed', 'removed']))
    .option('--limit <n>', 'changes to show at most', (v) => Number(v), 100)
    .action(
      async (
        name: string,
        o: { version?: number; kind?: 'added' | 'changed' | 'removed'; limit: number },
        command: Command,
      ) =>
        withApp(command, async (app, out) => {
          const { list, versions } = await app.watchlists.listByName(actor, name);
          if (o.version === undefined) {
            out.result({ list, versions }, () =>
              [
                `${list.name} (${list.format}): version ${list.currentVersion}, ${list.entryCount} entries${list.description ? `\n${list.description}` : ''}`,
                ...versions.map(
                  (v) =>
                    `  version ${v.version}  ${v.createdAt}  ${v.entries} entries; ${v.added} added, ${v.changed} changed, ${v.removed} removed  (${v.files.map((f) => f.name).join(', ')})`,
                ),
              ].join('\n'),
            );
            return 0;
          }
          if (!Number.isInteger(o.version) || o.version < 1)
            throw Invalid.at('--version', 'a version is a number 1, 2, …');
          if (!Number.isInteger(o.limit) || o.limit < 1 || o.limit > 100_000)
            throw Invalid.at('--limit', 'from 1 to 100000');
          const version = versions.find((v) => v.version === o.version);
          const changes = await app.watchlists.changes(actor, list.id, o.version, {
            kind: o.kind,
            limit: o.limit,
            offset: 0,
          });
          out.result({ list, version, changes }, () =>
            [
              `${list.name} version ${o.version}: ${changes.total} ${o.kind ?? 'changes'}`,
              ...changes.rows.map((c) => `  ${c.kind.padEnd(7)} ${c.entryId}\t${c.schema}\t${c.name}`),
              ...(changes.total > changes.rows.length
                ? [`  … and ${changes.total - changes.rows.length} more (--limit)`]
                : []),
            ].join('\n'),
          );
          return 0;
        }),
    );
  return cmd;
}
