// The in-memory index of every live watch-list entry, shared by the requests of one process: built on
// first use and again whenever a list gets a new version (another process may have imported it, so the
// lists' version key is read from the database, once per request or batch, which is one cheap query).
import type { Db } from '../db/index.ts';
import { ScreeningIndex } from './screening.index.ts';
import type { IndexedEntry } from './screening.matching.types.ts';
import type { LiveEntry, WatchlistRepository } from './watchlist.repository.ts';

/** What a hit needs of its entry to be stored: the row, its list and the content it was matched on. */
export interface EntryRef {
  rowId: number;
  watchlistId: number;
  digest: string;
}

export interface BuiltIndex {
  index: ScreeningIndex;
  /** By IndexedEntry key (the row id as a string). */
  refs: Map<string, EntryRef>;
  listNames: Set<string>;
}

export interface CachedIndex extends BuiltIndex {
  /** The lists' version key it was built at; '' when no list is imported. */
  key: string;
}

export function indexedEntry(e: LiveEntry): IndexedEntry {
  return {
    key: String(e.rowId),
    listName: e.listName,
    entryId: e.entry.entryId,
    schema: e.entry.schema,
    names: e.entry.names,
    countries: e.entry.countries,
    identifiers: e.entry.identifiers,
  };
}

/** An index of these entries alone: the full one, or the few an import added or changed. */
export function buildIndex(entries: LiveEntry[]): BuiltIndex {
  return {
    index: ScreeningIndex.build(entries.map(indexedEntry)),
    // Only what a hit row needs is kept: a million entries' addresses and remarks stay in the database.
    refs: new Map(
      entries.map((e) => [String(e.rowId), { rowId: e.rowId, watchlistId: e.watchlistId, digest: e.digest }]),
    ),
    listNames: new Set(entries.map((e) => e.listName)),
  };
}

export class ScreeningCache {
  private current: CachedIndex | null = null;
  private building: { key: string; done: Promise<CachedIndex> } | null = null;

  constructor(
    private readonly db: Db,
    private readonly lists: WatchlistRepository,
  ) {}

  /** The index of the lists as they are now. */
  async get(): Promise<CachedIndex> {
    const key = await this.lists.listsVersionKey(this.db.kysely);
    if (this.current?.key === key) return this.current;
    // Requests arriving while it is built wait for the same build instead of starting their own.
    if (this.building?.key === key) return this.building.done;
    const done = (async () => {
      // Read after the key: the entries are at least as new as the key says, so a stale key only
      // costs one more rebuild on the next call.
      const built = buildIndex(await this.lists.liveEntries(this.db.kysely));
      const cached = { ...built, key };
      this.current = cached;
      return cached;
    })();
    this.building = { key, done };
    try {
      return await done;
    } finally {
      if (this.building?.done === done) this.building = null;
    }
  }
}
