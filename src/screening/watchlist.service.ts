// Watch lists as versioned data: an import reads the files, compares their entries with the list's
// stored ones and writes, in one transaction, a new version with what it added, changed and removed
// (the same files again make no version). Readers see lists, versions, changes and entries.
import type { Selectable } from 'kysely';
import { assertReferenceRead, assertReferenceWrite } from '../core/access.ts';
import { type Actor, actorLabel } from '../core/actor.ts';
import { Conflict, Invalid, NotFound } from '../core/errors.ts';
import type { WatchlistEntriesTable, WatchlistsTable, WatchlistVersionsTable } from '../db/index.ts';
import type { AuditedWriter, Trx } from '../evidence/index.ts';
import type { CsvMapping } from './screening.csv.ts';
import {
  LIST_FORMATS,
  type ListFormat,
  type Watchlist,
  type WatchlistChange,
  type WatchlistEntryView,
  type WatchlistVersion,
} from './screening.schema.ts';
import { type DigestedEntry, diffEntries, entryDigest, type ListDiff } from './watchlist.diff.ts';
import { type ListFileInput, type ListRead, readListFiles } from './watchlist.read.ts';
import { CHUNK, entryColumns, entryOfRow, WatchlistRepository } from './watchlist.repository.ts';

export interface ImportListInput {
  name: string;
  format: ListFormat;
  files: ListFileInput[];
  mapping?: CsvMapping;
  description?: string | null;
  /** OFAC: import the sdn file alone (no aliases, no addresses). */
  withoutAliases?: boolean;
}

export interface ImportListResult {
  watchlist: Watchlist;
  /** The version in force after the import: the new one, or the current one when nothing differed. */
  version: WatchlistVersion;
  /** False when the files were those of the current version: nothing was written. */
  created: boolean;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  entries: number;
  skipped: Record<string, number>;
}

/** What an import changed, by entry row id; given after the commit (see `onImported`). */
export interface ListImported {
  watchlistId: number;
  listName: string;
  version: number;
  added: number[];
  changed: number[];
  removed: number[];
}

export function toWatchlist(r: Selectable<WatchlistsTable>): Watchlist {
  return {
    id: r.id,
    name: r.name,
    format: r.format as ListFormat,
    description: r.description,
    currentVersion: r.current_version,
    entryCount: r.entry_count,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toVersion(r: Selectable<WatchlistVersionsTable>): WatchlistVersion {
  return {
    id: r.id,
    watchlistId: r.watchlist_id,
    version: r.version,
    format: r.format as ListFormat,
    files: JSON.parse(r.files),
    sha256: r.sha256,
    entries: r.entries,
    added: r.added,
    changed: r.changed,
    removed: r.removed,
    skipped: JSON.parse(r.skipped),
    importedBy: r.imported_by,
    createdAt: r.created_at,
  };
}

function toEntryView(r: Selectable<WatchlistEntriesTable> & { list_name: string }): WatchlistEntryView {
  const e = entryOfRow(r);
  return {
    id: r.id,
    watchlistId: r.watchlist_id,
    listName: r.list_name,
    entryId: e.entryId,
    schema: e.schema,
    name: r.name,
    names: e.names,
    programs: e.programs,
    countries: e.countries,
    identifiers: e.identifiers,
    birthDates: e.birthDates,
    addresses: e.addresses,
    remarks: e.remarks,
    versionAdded: r.version_added,
    versionChanged: r.version_changed,
    versionRemoved: r.version_removed,
  };
}

export class WatchlistService {
  /** Set by the screening service: re-screens parties against what an import changed. */
  onImported: ((actor: Actor, c: ListImported) => Promise<void>) | null = null;

  constructor(
    private readonly w: AuditedWriter,
    readonly repo = new WatchlistRepository(),
  ) {}

  async importList(actor: Actor, input: ImportListInput): Promise<ImportListResult> {
    assertReferenceWrite(actor);
    const name = (input.name ?? '').trim();
    if (!name || name.length > 200) throw Invalid.at('name', 'give the list a name of 1 to 200 characters');
    if (!LIST_FORMATS.includes(input.format))
      throw Invalid.at('format', `the format is one of ${LIST_FORMATS.join(', ')}`);
    if (input.description != null && input.description.length > 2000)
      throw Invalid.at('description', 'at most 2,000 characters');
    // Every file is read and checked before the transaction: a bad file writes nothing.
    const read = await readListFiles(input.format, input.files, {
      mapping: input.mapping,
      withoutAliases: input.withoutAliases,
    });
    const next = read.entries.map((entry) => ({ entry, digest: entryDigest(entry) }));
    const outcome = await this.w.transaction((trx) => this.write(trx, actor, name, input, read, next));
    if (outcome.changes && this.onImported) await this.onImported(actor, outcome.changes);
    return outcome.result;
  }

  private async write(
    trx: Trx,
    actor: Actor,
    name: string,
    input: ImportListInput,
    read: ListRead,
    next: DigestedEntry[],
  ): Promise<{ result: ImportListResult; changes: ListImported | null }> {
    let list = await this.repo.byName(trx, name);
    if (list && list.format !== input.format)
      throw new Conflict(
        `the list "${name}" is imported as ${list.format}, not ${input.format}: give another name`,
      );
    if (list) {
      const current = await this.repo.version(trx, list.id, list.current_version);
      if (current?.sha256 === read.sha256)
        return {
          result: {
            watchlist: toWatchlist(list),
            version: toVersion(current),
            created: false,
            added: 0,
            changed: 0,
            removed: 0,
            unchanged: list.entry_count,
            entries: list.entry_count,
            skipped: read.skipped,
          },
          changes: null,
        };
    }
    const version = list ? list.current_version + 1 : 1;
    const diff = diffEntries(list ? await this.repo.storedEntries(trx, list.id) : [], next);
    if (!list)
      list = await this.w.create(trx, actor, 'watchlist', {
        name,
        format: input.format,
        description: input.description ?? null,
        current_version: version,
        entry_count: next.length,
      });
    const ids = await this.writeEntries(trx, actor, list.id, version, diff);
    const counts = { added: ids.added.length, changed: ids.changed.length, removed: ids.removed.length };
    const versionRow = await this.w.create(trx, actor, 'watchlist_version', {
      watchlist_id: list.id,
      version,
      format: input.format,
      files: JSON.stringify(read.files),
      sha256: read.sha256,
      entries: next.length,
      ...counts,
      skipped: JSON.stringify(read.skipped),
      imported_by: actorLabel(actor),
    });
    if (version > 1)
      list = await this.w.update(trx, actor, 'watchlist', list.id, {
        current_version: version,
        entry_count: next.length,
        ...(input.description !== undefined ? { description: input.description } : {}),
      });
    return {
      result: {
        watchlist: toWatchlist(list),
        version: toVersion(versionRow),
        created: true,
        ...counts,
        unchanged: diff.unchanged,
        entries: next.length,
        skipped: read.skipped,
      },
      changes: { watchlistId: list.id, listName: name, version, ...ids },
    };
  }

  /** The entry rows and one change row per entry added, changed or removed, each kind of row under one
   * audit entry; returns the row ids of each kind of change. */
  private async writeEntries(trx: Trx, actor: Actor, watchlistId: number, version: number, diff: ListDiff) {
    const now = new Date().toISOString();
    const bulk = this.w.audit.bulk(trx, actor, 'watchlist_entry');
    const changes: Record<string, unknown>[] = [];
    const change = (rowId: number, kind: string, before: string | null, after: string | null) =>
      changes.push({
        watchlist_id: watchlistId,
        version,
        entry_row_id: rowId,
        kind,
        before_digest: before,
        after_digest: after,
      });
    const ids = { added: [] as number[], changed: [] as number[], removed: [] as number[] };
    for (let i = 0; i < diff.added.length; i += CHUNK) {
      const part = diff.added.slice(i, i + CHUNK);
      const rows = await this.w.createMany(
        trx,
        bulk,
        'watchlist_entry',
        part.map((a) => ({
          watchlist_id: watchlistId,
          ...entryColumns(a.entry, a.digest),
          version_added: version,
          version_changed: version,
          version_removed: null,
        })),
      );
      for (const [j, r] of rows.entries()) {
        ids.added.push(r.id);
        change(r.id, 'added', null, part[j].digest);
      }
    }
    for (const [kind, list] of [
      ['added', diff.restored],
      ['changed', diff.changed],
    ] as const)
      for (const c of list) {
        const row = await this.repo.updateEntry(trx, c.rowId, {
          ...entryColumns(c.next.entry, c.next.digest),
          ...(kind === 'added' ? { version_added: version, version_removed: null, deleted_at: null } : {}),
          version_changed: version,
          updated_at: now,
        });
        await bulk.add([row]);
        ids[kind].push(row.id);
        change(row.id, kind, c.before, c.next.digest);
      }
    const removed = await this.repo.markRemoved(
      trx,
      diff.removed.map((r) => r.rowId),
      version,
      now,
    );
    await bulk.add(removed);
    const before = new Map(diff.removed.map((r) => [r.rowId, r.before]));
    for (const r of removed) {
      ids.removed.push(r.id);
      change(r.id, 'removed', before.get(r.id) ?? null, null);
    }
    const summary = {
      watchlistId,
      version,
      added: ids.added.length,
      changed: ids.changed.length,
      removed: ids.removed.length,
    };
    await bulk.finish('import', summary);
    const changeBulk = this.w.audit.bulk(trx, actor, 'watchlist_change');
    for (let i = 0; i < changes.length; i += CHUNK)
      await this.w.createMany(trx, changeBulk, 'watchlist_change', changes.slice(i, i + CHUNK));
    await changeBulk.finish('import', summary);
    return ids;
  }

  async lists(actor: Actor): Promise<Watchlist[]> {
    assertReferenceRead(actor);
    return (await this.repo.all(this.w.db.kysely)).map(toWatchlist);
  }

  async list(actor: Actor, id: number): Promise<{ list: Watchlist; versions: WatchlistVersion[] }> {
    assertReferenceRead(actor);
    const db = this.w.db.kysely;
    const row = await this.repo.byId(db, id);
    if (!row) throw new NotFound('watch list', id);
    return { list: toWatchlist(row), versions: (await this.repo.versions(db, id)).map(toVersion) };
  }

  /** The list of this name, as `list` gives it (the CLI names lists). */
  async listByName(actor: Actor, name: string) {
    assertReferenceRead(actor);
    const row = await this.repo.byName(this.w.db.kysely, name);
    if (!row) throw new NotFound('watch list', name);
    return this.list(actor, row.id);
  }

  async changes(
    actor: Actor,
    id: number,
    version: number,
    f: { kind?: 'added' | 'changed' | 'removed'; limit: number; offset: number },
  ): Promise<{ total: number; limit: number; offset: number; rows: WatchlistChange[] }> {
    const { versions } = await this.list(actor, id);
    if (!versions.some((v) => v.version === version))
      throw new NotFound(`version of watch list ${id}`, version);
    const { total, rows } = await this.repo.changes(this.w.db.kysely, id, version, f);
    return {
      total,
      limit: f.limit,
      offset: f.offset,
      rows: rows.map((r) => ({
        id: r.id,
        version: r.version,
        kind: r.kind as WatchlistChange['kind'],
        entryRowId: r.entry_row_id,
        entryId: r.entry_id,
        schema: r.schema,
        name: r.name,
      })),
    };
  }

  async entry(actor: Actor, rowId: number): Promise<WatchlistEntryView> {
    assertReferenceRead(actor);
    const row = await this.repo.entry(this.w.db.kysely, rowId);
    if (!row) throw new NotFound('watch-list entry', rowId);
    return toEntryView(row);
  }

  async entries(
    actor: Actor,
    id: number,
    f: { q?: string; limit: number; offset: number },
  ): Promise<{ total: number; limit: number; offset: number; rows: WatchlistEntryView[] }> {
    assertReferenceRead(actor);
    const db = this.w.db.kysely;
    if (!(await this.repo.byId(db, id))) throw new NotFound('watch list', id);
    const { total, rows } = await this.repo.entries(db, id, f);
    return { total, limit: f.limit, offset: f.offset, rows: rows.map(toEntryView) };
  }
}
