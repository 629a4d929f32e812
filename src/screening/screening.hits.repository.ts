// SQL of screening: the hits of parties against watch-list entries (with the entry and its list, so a
// reviewer sees what was matched even after the entry left its list), and the parties to screen.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Database, ScreeningHitsTable } from '../db/index.ts';

type Db = Kysely<Database>;
export type PartyType = 'organization' | 'person';

/** A hit with the entry it points at and that entry's list. */
export type HitRow = Selectable<ScreeningHitsTable> & {
  entry_id: string;
  entry_name: string;
  entry_version_removed: number | null;
  list_name: string;
};

/** What a party is screened with. */
export interface PartyRow {
  id: number;
  name: string;
  aliases: string;
  former_names: string | null;
  countries: string;
  identifiers: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface HitFilter {
  status?: string;
  partyType?: PartyType;
  partyId?: number;
  limit: number;
  offset: number;
}

const CHUNK = 500;

export class ScreeningHitsRepository {
  private joined(db: Db) {
    return (
      db
        .selectFrom('screening_hits as h')
        .innerJoin('watchlist_entries as e', 'e.id', 'h.entry_row_id')
        .innerJoin('watchlists as w', 'w.id', 'h.watchlist_id')
        .where('h.deleted_at', 'is', null)
        // A deleted party is no longer on any supply chain: its hits leave the queue (and come back
        // with it when it is restored).
        .where((eb) =>
          eb.or(
            (['organization', 'person'] as const).map((type) =>
              eb.and([
                eb('h.party_type', '=', type),
                eb.exists(
                  eb
                    .selectFrom(type === 'organization' ? 'organizations' : 'persons')
                    .select('id')
                    .whereRef('id', '=', 'h.party_id')
                    .where('deleted_at', 'is', null),
                ),
              ]),
            ),
          ),
        )
    );
  }

  private withEntry<Q extends ReturnType<ScreeningHitsRepository['joined']>>(q: Q) {
    return q
      .selectAll('h')
      .select([
        'e.entry_id as entry_id',
        'e.name as entry_name',
        'e.version_removed as entry_version_removed',
        'w.name as list_name',
      ]);
  }

  /** The review queue: highest scores first, so the likeliest matches are reviewed first. */
  async list(db: Db, f: HitFilter): Promise<{ total: number; rows: HitRow[] }> {
    let q = this.joined(db);
    if (f.status) q = q.where('h.status', '=', f.status);
    if (f.partyType) q = q.where('h.party_type', '=', f.partyType);
    if (f.partyId !== undefined) q = q.where('h.party_id', '=', f.partyId);
    const total = await q.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    const rows = await this.withEntry(q)
      .orderBy('h.score', 'desc')
      .orderBy('h.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute();
    return { total: Number(total.n), rows };
  }

  async get(db: Db, id: number): Promise<HitRow | undefined> {
    return this.withEntry(this.joined(db).where('h.id', '=', id)).executeTakeFirst();
  }

  /** A party's hits on these entries (all of its hits when `entryRowIds` is not given), keyed by entry row. */
  async pairs(
    db: Db,
    type: PartyType,
    partyId: number,
    entryRowIds?: number[],
  ): Promise<Map<number, Selectable<ScreeningHitsTable>>> {
    const base = db
      .selectFrom('screening_hits')
      .selectAll()
      .where('party_type', '=', type)
      .where('party_id', '=', partyId);
    const rows: Selectable<ScreeningHitsTable>[] = [];
    if (!entryRowIds) rows.push(...(await base.execute()));
    else
      for (let i = 0; i < entryRowIds.length; i += CHUNK)
        rows.push(...(await base.where('entry_row_id', 'in', entryRowIds.slice(i, i + CHUNK)).execute()));
    return new Map(rows.map((r) => [r.entry_row_id, r]));
  }

  async party(db: Db, type: PartyType, id: number): Promise<PartyRow | undefined> {
    return this.partyQuery(db, type).where('id', '=', id).executeTakeFirst();
  }

  /** Live parties after `afterId`, in id order: a re-screen pages through them all. */
  async parties(db: Db, type: PartyType, afterId: number, limit: number): Promise<PartyRow[]> {
    return this.partyQuery(db, type)
      .where('deleted_at', 'is', null)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  async countParties(db: Db, type: PartyType): Promise<number> {
    const table = type === 'organization' ? 'organizations' : 'persons';
    const r = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('deleted_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  /** When the newest list version was imported, or null when no list is: a party is screened then. */
  async lastListUpdate(db: Db): Promise<string | null> {
    const r = await db
      .selectFrom('watchlists')
      .select((eb) => eb.fn.max('updated_at').as('at'))
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return (r?.at as string | null | undefined) ?? null;
  }

  private partyQuery(db: Db, type: PartyType) {
    const common = ['id', 'name', 'aliases', 'countries', 'identifiers', 'updated_at', 'deleted_at'] as const;
    const orgs = () => db.selectFrom('organizations').select([...common, 'former_names']);
    if (type === 'organization') return orgs();
    // Persons have no former names: selected as null, so that both tables give the same row. The cast
    // only renames the table in the builder's type; every column used after it exists in both.
    return db
      .selectFrom('persons')
      .select([...common, sql<string | null>`null`.as('former_names')]) as unknown as ReturnType<typeof orgs>;
  }
}
