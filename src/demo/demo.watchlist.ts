// The demo's screening: a fictional watch list (synthetic demo data, in the generic CSV format) imported
// in two versions, three fictional persons beside the demo's organizations, and a few decisions, so that
// the demo shows open hits (one on a name written in Arabic script, which the list writes in Latin
// letters), remembered decisions, one decision asked again because its entry changed, and what the list
// update added, changed and removed.
import { stringify } from 'csv-stringify/sync';
import type { App } from '../app/index.ts';
import type { Actor } from '../core/actor.ts';
import data from './demo-watchlist.json' with { type: 'json' };

const mapping = {
  id: 'id',
  schema: 'schema',
  name: 'name',
  aliases: 'aliases',
  countries: 'countries',
  identifiers: 'identifiers',
  programs: 'programs',
} as const;

/** Fictional persons (synthetic demo data): one the list names in another script and order, one
 * written in Arabic script that the list writes in Latin letters. */
const persons = [
  {
    name: 'Oleksandr Vyshnevetskyi-Kral',
    aliases: ['Олександр Вишневецький-Краль'],
    countries: ['UA'],
    notes: 'Synthetic demo data: a fictional person.',
  },
  {
    name: 'Tamsin Okafor',
    aliases: [],
    countries: ['NG'],
    notes: 'Synthetic demo data: a fictional person.',
  },
  {
    name: 'كريم ناصر الحداد',
    aliases: [],
    countries: ['JO'],
    notes: 'Synthetic demo data: a fictional person, named in Arabic script.',
  },
];

function csvOf(rows: string[][]): Buffer {
  return Buffer.from(stringify([data.columns, ...rows]), 'utf8');
}

async function importVersion(app: App, actor: Actor, rows: string[][], version: string) {
  const result = await app.watchlists.importList(actor, {
    name: data.name,
    format: 'csv',
    description: data.description,
    mapping,
    files: [{ role: 'file', name: `synthetic-demo-watchlist-${version}.csv`, content: csvOf(rows) }],
  });
  // The import's hook queues the re-screen as a job, which the server runs later; the demo screens
  // right away so that its decisions below have hits to decide.
  const live = await app.watchlists.repo.liveEntries(app.db.kysely);
  await app.screening.rescreen(
    actor,
    live.filter((e) => e.watchlistId === result.watchlist.id).map((e) => e.rowId),
  );
  return result;
}

async function decideOn(
  app: App,
  actor: Actor,
  entryId: string,
  decision: 'match' | 'not_match',
  note: string,
) {
  const { rows } = await app.screening.hits(actor, { status: 'open', limit: 200, offset: 0 });
  for (const hit of rows.filter((h) => h.entryId === entryId))
    await app.screening.decide(actor, hit.id, { decision, note });
}

export async function loadDemoScreening(app: App, actor: Actor): Promise<{ hits: number }> {
  for (const p of persons) await app.parties.createPerson(actor, p);
  await importVersion(app, actor, data.v1, 'v1');
  await decideOn(
    app,
    actor,
    'DWL-0003',
    'match',
    'Synthetic demo: same trading name and Hong Kong registration.',
  );
  await decideOn(
    app,
    actor,
    'DWL-0006',
    'not_match',
    'Synthetic demo: a mining supplier in South Africa, not the German distributor.',
  );
  await importVersion(app, actor, data.v2, 'v2');
  const { total } = await app.screening.hits(actor, { limit: 1, offset: 0 });
  return { hits: total };
}
