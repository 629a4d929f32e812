// Screening of the parties in the registry against the watch lists, and the review queue. A party is
// screened when it is created or changed and, after a list import, against what the import added or
// changed. Hits at or above the threshold are stored; a reviewer's decision holds for the entry's
// content it was made on, so the same pair is asked again only when the entry changes.
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { assertReferenceRead, assertReferenceWrite } from '../core/access.ts';
import { type Actor, actorLabel } from '../core/actor.ts';
import { Invalid, NotFound } from '../core/errors.ts';
import type { ScreeningHitsTable } from '../db/index.ts';
import { type AuditedWriter, parseInput, type Trx } from '../evidence/index.ts';
import { type BuiltIndex, buildIndex, type EntryRef, type ScreeningCache } from './screening.cache.ts';
import {
  type HitFilter,
  type HitRow,
  type PartyRow,
  type PartyType,
  ScreeningHitsRepository,
} from './screening.hits.repository.ts';
import type { MatchHit, QuerySchema, ScreeningQuery } from './screening.matching.types.ts';
import {
  Decision,
  MAX_QUERIES,
  MAX_QUERY_NAME,
  type PartyScreening as PartyScreeningSchema,
  type ScreeningHit,
  ScreenRequest,
  type ScreenResponse,
} from './screening.schema.ts';
import { DEFAULT_THRESHOLD } from './screening.score.ts';
import type { WatchlistRepository } from './watchlist.repository.ts';

type ScreenResponseBody = z.infer<typeof ScreenResponse>;
type PartyScreening = z.infer<typeof PartyScreeningSchema>;
type HitValues = Selectable<ScreeningHitsTable>;

/** Candidates a party's name may raise: more than any reviewer wants for one name. */
const PARTY_HIT_LIMIT = 25;
/** `POST /api/screen` also returns near misses down to here (like OpenSanctions' cutoff), marked as no match. */
const RESULT_CUTOFF = 0.5;
/** Parties per transaction when a list update re-screens them all. */
const PAGE = 500;

export interface ScreeningOutcome {
  screened: number;
  raised: number;
  reopened: number;
  refreshed: number;
  /** Open hits taken out of the queue because the party, as changed, no longer scores on their entry. */
  withdrawn: number;
}

const none = (): ScreeningOutcome => ({ screened: 0, raised: 0, reopened: 0, refreshed: 0, withdrawn: 0 });

export function toScreeningHit(r: HitRow): ScreeningHit {
  const decided = r.decided_digest !== null;
  return {
    id: r.id,
    partyType: r.party_type as PartyType,
    partyId: r.party_id,
    partyName: r.party_name,
    entryRowId: r.entry_row_id,
    listName: r.list_name,
    entryId: r.entry_id,
    entryName: r.entry_name,
    matchedName: r.matched_name,
    score: r.score,
    explanation: JSON.parse(r.explanation),
    status: r.status as ScreeningHit['status'],
    decision: (r.decision as ScreeningHit['decision']) ?? null,
    note: r.note,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    entryChanged: decided && r.decided_digest !== r.entry_digest,
    entryRemoved: r.entry_version_removed !== null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const hasText = /[\p{L}\p{N}]/u;

const parseJson = <T>(s: string | null, fallback: T): T => (s ? (JSON.parse(s) as T) : fallback);

/** One query per name of the party (primary, aliases, former names), all with its countries and ids. */
export function partyQueries(type: PartyType, p: PartyRow): ScreeningQuery[] {
  const schema: QuerySchema = type === 'organization' ? 'Organization' : 'Person';
  const countries = parseJson<string[]>(p.countries, []);
  const identifiers = parseJson<{ scheme: string; value: string }[]>(p.identifiers, []).map((i) => ({
    type: i.scheme,
    value: i.value,
  }));
  const names = [p.name, ...parseJson<string[]>(p.aliases, []), ...parseJson<string[]>(p.former_names, [])];
  // A name the matcher refuses (punctuation only) must not stop the screening of the party's others.
  return [...new Set(names)]
    .filter((name) => hasText.test(name) && name.length <= MAX_QUERY_NAME)
    .map((name) => ({ name, schema, countries, identifiers }));
}

/** The best hit per entry over all of a party's names, at or above the threshold. */
function bestPerEntry(index: BuiltIndex, queries: ScreeningQuery[], threshold: number): MatchHit[] {
  const best = new Map<string, MatchHit>();
  for (const q of queries)
    for (const h of index.index.match(q, { limit: PARTY_HIT_LIMIT, threshold })) {
      const kept = best.get(h.key);
      if (!kept || h.score > kept.score) best.set(h.key, h);
    }
  return [...best.values()];
}

export class ScreeningService {
  constructor(
    private readonly w: AuditedWriter,
    private readonly lists: WatchlistRepository,
    private readonly cache: ScreeningCache,
    private readonly repo = new ScreeningHitsRepository(),
    readonly threshold = DEFAULT_THRESHOLD,
  ) {}

  private get db() {
    return this.w.db.kysely;
  }

  /** Screens one party against every list in force (after it was created or changed). */
  async screenParty(actor: Actor, type: PartyType, id: number): Promise<ScreeningOutcome> {
    assertReferenceWrite(actor);
    const party = await this.repo.party(this.db, type, id);
    if (!party) throw new NotFound(type, id);
    if (party.deleted_at) return none();
    const index = await this.cache.get();
    if (index.key === '') return none();
    const hits = bestPerEntry(index, partyQueries(type, party), this.threshold);
    const out = none();
    await this.w.transaction(async (trx) => {
      await this.store(trx, actor, type, party, index, hits, out);
      await this.withdrawStale(trx, actor, type, party.id, index, hits, out);
    });
    out.screened = 1;
    return out;
  }

  /** After a full screening of one party: its open hits on listed entries it no longer scores on (a
   * renamed company, a corrected name) leave the queue, soft-deleted and audited. Decided hits stay (a
   * reviewer's decision is a record, and an entry change asks it again), and so do hits on entries that
   * left their list, shown as removed: the party was on a list while the entry was. */
  private async withdrawStale(
    trx: Trx,
    actor: Actor,
    type: PartyType,
    partyId: number,
    index: BuiltIndex,
    hits: MatchHit[],
    out: ScreeningOutcome,
  ): Promise<void> {
    const current = new Set(hits.map((h) => (index.refs.get(h.key) as EntryRef).rowId));
    for (const old of (await this.repo.pairs(trx, type, partyId)).values()) {
      if (old.status !== 'open' || old.deleted_at !== null || current.has(old.entry_row_id)) continue;
      if (!index.refs.has(String(old.entry_row_id))) continue;
      await this.w.softDelete(trx, actor, 'screening_hit', old.id);
      out.withdrawn++;
    }
  }

  /** Screens every party against these entries only (what a list import added or changed), so that an
   * update raises hits only for what changed. */
  async rescreen(
    actor: Actor,
    entryRowIds: number[],
    progress?: (done: number, total: number) => Promise<void>,
  ): Promise<ScreeningOutcome> {
    assertReferenceWrite(actor);
    const out = none();
    const entries = await this.lists.liveEntries(this.db, { rowIds: entryRowIds });
    if (entries.length === 0) return out;
    const index = buildIndex(entries);
    const total =
      (await this.repo.countParties(this.db, 'organization')) +
      (await this.repo.countParties(this.db, 'person'));
    let done = 0;
    for (const type of ['organization', 'person'] as const) {
      let after = 0;
      for (;;) {
        const page = await this.repo.parties(this.db, type, after, PAGE);
        if (page.length === 0) break;
        after = page[page.length - 1].id;
        const found = page.map((p) => ({
          p,
          hits: bestPerEntry(index, partyQueries(type, p), this.threshold),
        }));
        await this.w.transaction(async (trx) => {
          for (const { p, hits } of found)
            if (hits.length) await this.store(trx, actor, type, p, index, hits, out);
        });
        out.screened += page.length;
        done += page.length;
        await progress?.(done, total);
      }
    }
    return out;
  }

  /** Writes a party's hits: new pairs open; decided pairs left alone unless the entry changed since the
   * decision (then asked again, the old decision kept for the page to show); open ones refreshed. */
  private async store(
    trx: Trx,
    actor: Actor,
    type: PartyType,
    party: PartyRow,
    index: BuiltIndex,
    hits: MatchHit[],
    out: ScreeningOutcome,
  ): Promise<void> {
    if (!index.refs.size) return;
    const refs = hits.map((h) => ({ h, ref: index.refs.get(h.key) as EntryRef }));
    const existing = await this.repo.pairs(
      trx,
      type,
      party.id,
      refs.map((r) => r.ref.rowId),
    );
    for (const { h, ref } of refs) {
      const found = {
        party_name: party.name,
        matched_name: h.matchedName,
        // Rounded so that it reads back equal from a PostgreSQL `real` (a refresh only when it moved).
        score: Math.round(h.score * 10_000) / 10_000,
        explanation: JSON.stringify(h.explanation),
        entry_digest: ref.digest,
      };
      let old = existing.get(ref.rowId);
      if (old?.deleted_at) {
        // Withdrawn earlier (the party had changed); it scores again: back in the queue, open.
        old = await this.w.restore(trx, actor, 'screening_hit', old.id);
        await this.w.update(trx, actor, 'screening_hit', old.id, { ...found, status: 'open' });
        out.raised++;
        continue;
      }
      if (!old) {
        await this.w.create(trx, actor, 'screening_hit', {
          party_type: type,
          party_id: party.id,
          entry_row_id: ref.rowId,
          watchlist_id: ref.watchlistId,
          ...found,
          status: 'open',
          decision: null,
          note: null,
          decided_by: null,
          decided_at: null,
          decided_digest: null,
        });
        out.raised++;
      } else if (old.status !== 'open') {
        if (old.decided_digest === ref.digest) continue;
        await this.w.update(trx, actor, 'screening_hit', old.id, { ...found, status: 'open' });
        out.reopened++;
      } else if (differs(old, found)) {
        await this.w.update(trx, actor, 'screening_hit', old.id, found);
        out.refreshed++;
      }
    }
  }

  async hits(
    actor: Actor,
    f: HitFilter,
  ): Promise<{ total: number; limit: number; offset: number; rows: ScreeningHit[] }> {
    assertReferenceRead(actor);
    const { total, rows } = await this.repo.list(this.db, f);
    return { total, limit: f.limit, offset: f.offset, rows: rows.map(toScreeningHit) };
  }

  async hit(actor: Actor, id: number): Promise<ScreeningHit> {
    assertReferenceRead(actor);
    const row = await this.repo.get(this.db, id);
    if (!row) throw new NotFound('screening hit', id);
    return toScreeningHit(row);
  }

  /** A reviewer's decision, made on the entry as it is now: it holds until the entry changes. */
  async decide(actor: Actor, hitId: number, input: unknown): Promise<ScreeningHit> {
    assertReferenceWrite(actor);
    const d = parseInput(Decision, input);
    await this.w.transaction(async (trx) => {
      const hit = await this.w.get(trx, 'screening_hit', hitId);
      await this.w.update(trx, actor, 'screening_hit', hitId, {
        status: d.decision,
        decision: d.decision,
        note: d.note ?? null,
        decided_by: actorLabel(actor),
        decided_at: new Date().toISOString(),
        decided_digest: hit.entry_digest,
      });
    });
    return this.hit(actor, hitId);
  }

  async partyStatus(actor: Actor, type: PartyType, id: number): Promise<PartyScreening> {
    assertReferenceRead(actor);
    const party = await this.repo.party(this.db, type, id);
    if (!party) throw new NotFound(type, id);
    const { rows } = await this.repo.list(this.db, { partyType: type, partyId: id, limit: 1000, offset: 0 });
    const hits = rows.map(toScreeningHit);
    const listed = await this.repo.lastListUpdate(this.db);
    // A hit on an entry no longer on its list is shown, but no longer makes the party listed.
    const has = (s: ScreeningHit['status']) => hits.some((h) => h.status === s && !h.entryRemoved);
    const status: PartyScreening['status'] = has('match')
      ? 'match'
      : has('open')
        ? 'open'
        : has('unsure')
          ? 'unsure'
          : listed
            ? 'clear'
            : 'not_screened';
    // A party is screened whenever it changes and whenever a list changes: the later of the two.
    // (ISO times: the later sorts last).
    const screenedAt = listed ? [listed, party.updated_at].sort()[1] : null;
    return { partyType: type, partyId: id, status, screenedAt, hits };
  }

  /** Names screened on request (`POST /api/screen`, `teardown screen`), shaped like OpenSanctions' /match. */
  async screen(actor: Actor, request: unknown): Promise<ScreenResponseBody> {
    assertReferenceRead(actor);
    const raw = (request ?? {}) as { queries?: unknown };
    const count =
      raw.queries && typeof raw.queries === 'object' ? Object.keys(raw.queries as object).length : 0;
    // Counted before anything is parsed: an oversized batch is refused without reading its names.
    if (count > MAX_QUERIES)
      throw Invalid.at('queries', `at most ${MAX_QUERIES} queries per request, not ${count}`);
    const r = parseInput(ScreenRequest, request);
    const queries = Array.isArray(r.queries)
      ? r.queries.map((q, i) => [String(i), q] as const)
      : Object.entries(r.queries);
    if (queries.length === 0) throw Invalid.at('queries', 'give at least one query');
    for (const [key, q] of queries)
      if (!hasText.test(q.name))
        throw Invalid.at(`queries.${key}.name`, 'has no letter or digit: there is no name to match');
    const index = await this.cache.get();
    for (const [i, name] of (r.lists ?? []).entries())
      if (!index.listNames.has(name))
        throw Invalid.at(`lists.${i}`, `there is no watch list named "${name}"`);
    const threshold = r.threshold ?? this.threshold;
    const responses: ScreenResponseBody['responses'] = {};
    for (const [key, q] of queries) {
      const schema = (
        q.schema === 'Company' || q.schema === 'LegalEntity' ? 'Organization' : q.schema
      ) as QuerySchema;
      const countries = q.country === undefined ? [] : [q.country].flat().map((c) => c.toUpperCase());
      const found = index.index.match(
        { name: q.name, schema, countries, identifiers: q.identifiers },
        { limit: r.limit, threshold: Math.min(threshold, RESULT_CUTOFF), lists: r.lists },
      );
      const results = found.map((h) => ({
        id: `${h.listName}:${h.entryId}`,
        caption: h.name,
        schema: h.schema,
        listName: h.listName,
        entryId: h.entryId,
        entryRowId: Number(h.key),
        matchedName: h.matchedName,
        score: h.score,
        match: h.score >= threshold,
        explanation: h.explanation,
      }));
      responses[key] = {
        status: 200,
        query: { name: q.name, schema: q.schema },
        results,
        total: results.length,
      };
    }
    return { threshold, responses };
  }
}

function differs(old: HitValues, found: Partial<HitValues>): boolean {
  return (Object.keys(found) as (keyof HitValues)[]).some((k) => old[k] !== found[k]);
}
