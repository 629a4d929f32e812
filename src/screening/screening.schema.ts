// The API contract of screening (zod, the single source of request and response types): watch lists
// with their versions and changes, the screening of names (`POST /api/screen`, shaped like
// OpenSanctions' /match so that its clients adapt easily), the review queue and a party's status.
import { z } from 'zod';

export const LIST_FORMATS = ['ofac-csv', 'un-xml', 'ftm', 'csv'] as const;
export const ListFormat = z.enum(LIST_FORMATS);
export type ListFormat = z.infer<typeof ListFormat>;

export const Watchlist = z.object({
  id: z.number().int(),
  name: z.string(),
  format: ListFormat,
  description: z.string().nullable(),
  currentVersion: z.number().int(),
  entryCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Watchlist = z.infer<typeof Watchlist>;

export const WatchlistVersion = z.object({
  id: z.number().int(),
  watchlistId: z.number().int(),
  version: z.number().int(),
  format: ListFormat,
  files: z.array(
    z.object({ role: z.string(), name: z.string(), size: z.number().int(), sha256: z.string() }),
  ),
  sha256: z.string(),
  entries: z.number().int(),
  added: z.number().int(),
  changed: z.number().int(),
  removed: z.number().int(),
  skipped: z.record(z.string(), z.number().int()),
  importedBy: z.string(),
  createdAt: z.string(),
});
export type WatchlistVersion = z.infer<typeof WatchlistVersion>;

export const ChangeKind = z.enum(['added', 'changed', 'removed']);
export const WatchlistChange = z.object({
  id: z.number().int(),
  version: z.number().int(),
  kind: ChangeKind,
  entryRowId: z.number().int(),
  entryId: z.string(),
  schema: z.string(),
  name: z.string(),
});
export type WatchlistChange = z.infer<typeof WatchlistChange>;

const Identifier = z.object({ type: z.string(), value: z.string(), country: z.string().nullable() });
export const WatchlistEntryView = z.object({
  id: z.number().int(),
  watchlistId: z.number().int(),
  listName: z.string(),
  entryId: z.string(),
  schema: z.string(),
  name: z.string(),
  names: z.array(z.object({ name: z.string(), kind: z.string() })),
  programs: z.array(z.string()),
  countries: z.array(z.string()),
  identifiers: z.array(Identifier),
  birthDates: z.array(z.string()),
  addresses: z.array(
    z.object({ address: z.string().nullable(), city: z.string().nullable(), country: z.string().nullable() }),
  ),
  remarks: z.array(z.string()),
  versionAdded: z.number().int(),
  versionChanged: z.number().int(),
  versionRemoved: z.number().int().nullable(),
});
export type WatchlistEntryView = z.infer<typeof WatchlistEntryView>;

export const Explanation = z.object({
  nameScore: z.number(),
  tokens: z.array(
    z.object({
      query: z.string(),
      matched: z.string(),
      how: z.enum(['exact', 'transliteration', 'abbreviation', 'fuzzy', 'phonetic', 'consonants', 'number']),
      similarity: z.number(),
      weight: z.number(),
    }),
  ),
  unmatchedQuery: z.array(z.string()),
  unmatchedCandidate: z.array(z.string()),
  legalForms: z.object({ query: z.array(z.string()), candidate: z.array(z.string()) }),
  adjustments: z.array(z.object({ kind: z.string(), delta: z.number(), detail: z.string() })),
  summary: z.string(),
});

export const MAX_QUERIES = 100;
export const MAX_QUERY_NAME = 500;

export const ScreenQuery = z.object({
  name: z.string().min(1).max(MAX_QUERY_NAME),
  schema: z
    .enum(['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Aircraft', 'Any'])
    .default('Any'),
  country: z.union([z.string(), z.array(z.string())]).optional(),
  identifiers: z
    .array(z.object({ type: z.string().nullish(), value: z.string().min(1) }))
    .max(20)
    .optional(),
});
export type ScreenQuery = z.input<typeof ScreenQuery>;

/** `queries` keyed by the caller's own ids, as OpenSanctions' /match takes them (an array is keyed by index). */
export const ScreenRequest = z.object({
  queries: z.union([z.record(z.string(), ScreenQuery), z.array(ScreenQuery)]),
  threshold: z.number().min(0).max(1).optional(),
  limit: z.number().int().min(1).max(50).default(5),
  lists: z.array(z.string()).optional(),
});

export const ScreenResult = z.object({
  /** `${listName}:${entryId}`. */
  id: z.string(),
  caption: z.string(),
  schema: z.string(),
  listName: z.string(),
  entryId: z.string(),
  entryRowId: z.number().int(),
  matchedName: z.string(),
  score: z.number(),
  /** Above the threshold. */
  match: z.boolean(),
  explanation: Explanation,
});
export const ScreenResponse = z.object({
  threshold: z.number(),
  responses: z.record(
    z.string(),
    z.object({
      status: z.number().int(),
      query: z.object({ name: z.string(), schema: z.string() }),
      results: z.array(ScreenResult),
      total: z.number().int(),
    }),
  ),
});

export const HitStatus = z.enum(['open', 'match', 'not_match', 'unsure']);
export type HitStatus = z.infer<typeof HitStatus>;
export const ScreeningHit = z.object({
  id: z.number().int(),
  partyType: z.enum(['organization', 'person']),
  partyId: z.number().int(),
  partyName: z.string(),
  entryRowId: z.number().int(),
  listName: z.string(),
  entryId: z.string(),
  entryName: z.string(),
  matchedName: z.string(),
  score: z.number(),
  explanation: Explanation,
  status: HitStatus,
  /** The last decision made, kept when an entry change asks the pair again (status is then open). */
  decision: z.enum(['match', 'not_match', 'unsure']).nullable(),
  note: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  /** The entry changed since the decision (which is kept, and the pair asked again). */
  entryChanged: z.boolean(),
  /** The entry is no longer on its list. */
  entryRemoved: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ScreeningHit = z.infer<typeof ScreeningHit>;

export const Decision = z.object({
  decision: z.enum(['match', 'not_match', 'unsure']),
  note: z.string().max(2000).nullish(),
});

/** A party's screening: clear (screened, nothing open or matched), open hits, confirmed matches. */
export const PartyScreening = z.object({
  partyType: z.enum(['organization', 'person']),
  partyId: z.number().int(),
  status: z.enum(['not_screened', 'clear', 'open', 'match', 'unsure']),
  screenedAt: z.string().nullable(),
  hits: z.array(ScreeningHit),
});
