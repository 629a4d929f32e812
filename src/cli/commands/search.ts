// `teardown search QUERY`: the same search as the API's, folding look-alike letters and transliterating.
import { Command } from 'commander';
import type { SearchHit } from '../../evidence/index.ts';
import { actor, withApp } from '../cli.context.ts';
import type { Output } from '../cli.output.ts';

export function searchCommand(): Command {
  return new Command('search')
    .description('search items, components, organizations and persons')
    .argument('<query...>', 'words to find')
    .option('--limit <n>', 'results per kind', (v) => Number(v), 20)
    .action(async (words: string[], opts, command: Command) =>
      withApp(
        command,
        async (app, out) =>
          show(out, words, await app.search.search(actor, words.join(' '), { limit: opts.limit })),
        async (client, out) => {
          const q = new URLSearchParams({ q: words.join(' '), limit: String(opts.limit) });
          return show(
            out,
            words,
            (await client.request<{ hits: SearchHit[] }>('GET', `/api/search?${q}`)).hits,
          );
        },
      ),
    );
}

function show(out: Output, words: string[], hits: SearchHit[]): number {
  out.result({ q: words.join(' '), hits }, () =>
    hits.length === 0
      ? 'no match'
      : hits
          .map(
            (h) =>
              `${h.type.padEnd(12)} ${String(h.id).padStart(8)}  ${h.title}${h.snippet ? `  — ${h.snippet}` : ''}`,
          )
          .join('\n'),
  );
  return 0;
}
