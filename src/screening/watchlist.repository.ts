// SQL of watch lists: lists and their versions, the stored state of a list's entries for the next
// import's diff, the writes of entries that change or leave, the changes of a version, entries for
// reading, and the live entries the screening index is built from.
import type { Kysely, Selectable } from 'kysely';
import type { Database, WatchlistEntriesTable } from '../db/index.ts';
import type { WatchlistEntry } from './screening.types.ts';
import type { StoredEntry } from './watchlist.diff.ts';

type Db = Kysely<Database>;
type EntryRow = Selectable<WatchlistEntriesTable>;

/** Ids per `in (…)` list and rows per write: well under PostgreSQL's 65,535 parameters a statement. */
export const CHUNK = 500;

/** An entry of a list as the screening index takes it. */
export interface LiveEntry {
  rowId: number;
  watchlistId: number;
  listName: string;
  digest: string;
  entry: WatchlistEntry;
  versionRemoved: number | null;
}

const chunks = <T>(xs: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
};

export function entryOfRow(r: EntryRow): WatchlistEntry {
  return {
    entryId: r.entry_id,
    schema: r.schema as WatchlistEntry['schema'],
    names: JSON.parse(r.names),
    programs: JSON.parse(r.programs),
    countries: JSON.parse(r.countries),
    identifiers: JSON.parse(r.identifiers),
    birthDates: JSON.parse(r.birth_dates),
    addresses: JSON.parse(r.addresses),
    remarks: JSON.parse(r.remarks),
  };
}

/** The columns an entry is stored in (besides its versions and timestamps). */
export function entryColumns(e: WatchlistEntry, digest: string) {
  return {
    entry_id: e.entryId,
    schema: e.schema,
    name: (e.names.find((n) => n.kind === 'primary') ?? e.names[0]).name,
    names: JSON.stringify(e.names),
    programs: JSON.stringify(e.programs),
    countries: JSON.stringify(e.countries),
    identifiers: JSON.stringify(e.identifiers),
    birth_dates: JSON.stringify(e.birthDates),
    addresses: JSON.stringify(e.addresses),
    remarks: JSON.stringify(e.remarks),
    digest,
  };
}

export class WatchlistRepository {
  private live(db: Db) {
    return db.selectFrom('watchlists').selectAll().where('deleted_at', 'is', null);
  }

  async byName(db: Db, name: string) {
    return this.live(db).where('name', '=', name).executeTakeFirst();
  }

  async byId(db: Db, id: number) {
    return this.live(db).where('id', '=', id).executeTakeFirst();
  }

  async all(db: Db) {
    return this.live(db).orderBy('name').execute();
  }

  async versions(db: Db, watchlistId: number) {
    return db
      .selectFrom('watchlist_versions')
      .selectAll()
      .where('watchlist_id', '=', watchlistId)
      .orderBy('version', 'desc')
      .execute();
  }

  async version(db: Db, watchlistId: number, version: number) {
    return db
      .selectFrom('watchlist_versions')
      .selectAll()
      .where('watchlist_id', '=', watchlistId)
      .where('version', '=', version)
      .executeTakeFirst();
  }

  /** Every entry the list ever had, removed ones too: an entry listed again gets its row back. */
  async storedEntries(db: Db, watchlistId: number): Promise<StoredEntry[]> {
    const rows = await db
      .selectFrom('watchlist_entries')
      .select(['id', 'entry_id', 'digest', 'version_removed'])
      .where('watchlist_id', '=', watchlistId)
      .execute();
    return rows.map((r) => ({
      rowId: r.id,
      entryId: r.entry_id,
      digest: r.digest,
      removed: r.version_removed !== null,
    }));
  }

  /** Writes an entry's new content; returns the row as stored, for the audit. */
  async updateEntry(db: Db, id: number, values: Partial<Omit<EntryRow, 'id'>>) {
    return db
      .updateTable('watchlist_entries')
      .set(values)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /** Marks entries removed by `version` (and deleted); returns the rows as stored, for the audit. */
  async markRemoved(db: Db, ids: number[], version: number, now: string) {
    const out: EntryRow[] = [];
    for (const part of chunks(ids))
      out.push(
        ...(await db
          .updateTable('watchlist_entries')
          .set({ version_removed: version, deleted_at: now, updated_at: now })
          .where('id', 'in', part)
          .returningAll()
          .execute()),
      );
    return out;
  }

  async changes(
    db: Db,
    watchlistId: number,
    version: number,
    f: { kind?: string; limit: number; offset: number },
  ) {
    let q = db
      .selectFrom('watchlist_changes as c')
      .innerJoin('watchlist_entries as e', 'e.id', 'c.entry_row_id')
      .where('c.watchlist_id', '=', watchlistId)
      .where('c.version', '=', version);
    if (f.kind) q = q.where('c.kind', '=', f.kind);
    const total = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .select(['c.id', 'c.version', 'c.kind', 'c.entry_row_id', 'e.entry_id', 'e.schema', 'e.name'])
      .orderBy('c.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { total: Number(total.n), rows };
  }

  /** Live entries of a list; `q` finds a name or alias (case-insensitive for ASCII letters). */
  async entries(db: Db, watchlistId: number, f: { q?: string; limit: number; offset: number }) {
    let q = db
      .selectFrom('watchlist_entries as e')
      .innerJoin('watchlists as w', 'w.id', 'e.watchlist_id')
      .where('e.watchlist_id', '=', watchlistId)
      .where('e.version_removed', 'is', null);
    const text = f.q?.trim();
    if (text) {
      const like = `%${text.toLowerCase().replace(/[\\%_]/g, '')}%`;
      q = q.where((eb) =>
        eb.or([eb(eb.fn('lower', ['e.names']), 'like', like), eb('e.entry_id', '=', text)]),
      );
    }
    const total = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const rows = await q
      .selectAll('e')
      .select('w.name as list_name')
      .orderBy('e.name')
      .orderBy('e.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { total: Number(total.n), rows };
  }

  async entry(db: Db, rowId: number) {
    return db
      .selectFrom('watchlist_entries as e')
      .innerJoin('watchlists as w', 'w.id', 'e.watchlist_id')
      .selectAll('e')
      .select('w.name as list_name')
      .where('e.id', '=', rowId)
      .where('w.deleted_at', 'is', null)
      .executeTakeFirst();
  }

  /** The entries in force on every list (or only these rows of them), for the screening index. */
  async liveEntries(db: Db, opts: { rowIds?: number[] } = {}): Promise<LiveEntry[]> {
    const base = db
      .selectFrom('watchlist_entries as e')
      .innerJoin('watchlists as w', 'w.id', 'e.watchlist_id')
      .selectAll('e')
      .select('w.name as list_name')
      .where('e.version_removed', 'is', null)
      .where('w.deleted_at', 'is', null)
      .orderBy('e.id');
    if (!opts.rowIds) return (await base.execute()).map(live);
    const out: LiveEntry[] = [];
    for (const part of chunks(opts.rowIds))
      out.push(...(await base.where('e.id', 'in', part).execute()).map(live));
    return out;
  }

  /** These entries, removed ones too (a hit on an entry that left its list is still shown). */
  async entriesByRowIds(db: Db, ids: number[]): Promise<LiveEntry[]> {
    const out: LiveEntry[] = [];
    for (const part of chunks(ids))
      out.push(
        ...(
          await db
            .selectFrom('watchlist_entries as e')
            .innerJoin('watchlists as w', 'w.id', 'e.watchlist_id')
            .selectAll('e')
            .select('w.name as list_name')
            .where('e.id', 'in', part)
            .orderBy('e.id')
            .execute()
        ).map(live),
      );
    return out;
  }

  /** Changes whenever any list gets a new version (or a list is added): a key for cached indexes. */
  async listsVersionKey(db: Db): Promise<string> {
    const rows = await db
      .selectFrom('watchlists')
      .select(['id', 'current_version'])
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    return rows.map((r) => `${r.id}:${r.current_version}`).join(',');
  }
}

function live(r: EntryRow & { list_name: string }): LiveEntry {
  return {
    rowId: r.id,
    watchlistId: r.watchlist_id,
    listName: r.list_name,
    digest: r.digest,
    entry: entryOfRow(r),
    versionRemoved: r.version_removed,
  };
}
