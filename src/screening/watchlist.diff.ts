// What a new version of a watch list changes, entry by entry (by the list's own id): entries never seen,
// entries removed earlier and back again, entries whose content changed (by digest), and entries that
// are no longer there. Pure.
import { canonicalJson, sha256 } from '../audit/index.ts';
import type { WatchlistEntry } from './screening.types.ts';

/** The digest of an entry's content: a change of it is a change of the entry. */
export function entryDigest(e: WatchlistEntry): string {
  return sha256(canonicalJson(e)).toString('hex');
}

/** An entry as stored: its row, its digest, and whether an earlier version removed it. */
export interface StoredEntry {
  rowId: number;
  entryId: string;
  digest: string;
  removed: boolean;
}

export interface DigestedEntry {
  entry: WatchlistEntry;
  digest: string;
}

export interface ListDiff {
  /** Never stored before: new rows. */
  added: DigestedEntry[];
  /** Stored, removed by an earlier version, listed again: their rows come back. */
  restored: { rowId: number; before: string; next: DigestedEntry }[];
  changed: { rowId: number; before: string; next: DigestedEntry }[];
  removed: { rowId: number; before: string }[];
  unchanged: number;
}

export function diffEntries(stored: readonly StoredEntry[], next: readonly DigestedEntry[]): ListDiff {
  const byId = new Map(stored.map((s) => [s.entryId, s]));
  const diff: ListDiff = { added: [], restored: [], changed: [], removed: [], unchanged: 0 };
  const present = new Set<string>();
  for (const n of next) {
    present.add(n.entry.entryId);
    const s = byId.get(n.entry.entryId);
    if (!s) diff.added.push(n);
    else if (s.removed) diff.restored.push({ rowId: s.rowId, before: s.digest, next: n });
    else if (s.digest !== n.digest) diff.changed.push({ rowId: s.rowId, before: s.digest, next: n });
    else diff.unchanged++;
  }
  for (const s of stored)
    if (!s.removed && !present.has(s.entryId)) diff.removed.push({ rowId: s.rowId, before: s.digest });
  return diff;
}
