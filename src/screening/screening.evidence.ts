// What besides the name tells a list entry from a namesake: the same registration, tax or other
// identifier number is decisive; countries known on both sides that do not overlap, another kind of
// party (a vessel for a company), another kind of legal form or another number in the name lower it.

import type {
  IndexedEntry,
  QuerySchema,
  ScoreAdjustment,
  ScreeningQuery,
} from './screening.matching.types.ts';
import type { EntrySchema } from './screening.types.ts';

export const EVIDENCE = {
  countryMismatch: -0.1,
  countryMatch: 0.02,
  identifierMismatch: -0.1,
  schemaMismatch: -0.15,
  legalFormMismatch: -0.02,
  numberMismatch: -0.2,
};

/** Shorter values ("1", "A2") are too often equal by chance to decide anything. */
const IDENTIFIER_MIN_LENGTH = 4;

export const identifierKey = (value: string): string => value.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
const typeKey = (type: string | null | undefined): string =>
  (type ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Person and Organization never meet; the other kinds of party only lower the score. */
export function schemaFit(query: QuerySchema | undefined, entry: EntrySchema): 'same' | 'other' | 'excluded' {
  if (query === undefined || query === 'Any' || query === entry) return 'same';
  if (query === 'Person' || entry === 'Person') return 'excluded';
  return 'other';
}

export interface EntryEvidence {
  identifiers: Map<string, string>;
  countries: Set<string>;
}

export function entryEvidence(e: IndexedEntry): EntryEvidence {
  const identifiers = new Map<string, string>();
  for (const id of e.identifiers) {
    const key = identifierKey(id.value);
    if (key.length >= IDENTIFIER_MIN_LENGTH) identifiers.set(key, typeKey(id.type));
  }
  return { identifiers, countries: new Set(e.countries.map((c) => c.toUpperCase())) };
}

export interface QueryEvidence {
  identifiers: { key: string; type: string }[];
  countries: Set<string>;
}

export function queryEvidence(q: ScreeningQuery): QueryEvidence {
  const identifiers = (q.identifiers ?? [])
    .map((id) => ({ key: identifierKey(id.value), type: typeKey(id.type) }))
    .filter((id) => id.key.length >= IDENTIFIER_MIN_LENGTH);
  return { identifiers, countries: new Set((q.countries ?? []).map((c) => c.toUpperCase())) };
}

/** The adjustments of one query against one entry, identifiers first: an equal one decides. */
export function evidenceAdjustments(
  q: QueryEvidence,
  e: EntryEvidence,
  fit: 'same' | 'other',
  entrySchema: EntrySchema,
): ScoreAdjustment[] {
  const out: ScoreAdjustment[] = [];
  const equal = q.identifiers.find((id) => e.identifiers.has(id.key));
  if (equal) out.push({ kind: 'identifier_match', delta: 1, detail: `identifier ${equal.key} is the same` });
  else {
    const clash = q.identifiers.find((id) => id.type !== '' && [...e.identifiers.values()].includes(id.type));
    if (clash)
      out.push({
        kind: 'identifier_mismatch',
        delta: EVIDENCE.identifierMismatch,
        detail: `the list gives another ${clash.type} than ${clash.key}`,
      });
  }
  if (q.countries.size > 0 && e.countries.size > 0) {
    const shared = [...q.countries].filter((c) => e.countries.has(c));
    if (shared.length > 0)
      out.push({
        kind: 'country_match',
        delta: EVIDENCE.countryMatch,
        detail: `country ${shared.join(', ')}`,
      });
    else
      out.push({
        kind: 'country_mismatch',
        delta: EVIDENCE.countryMismatch,
        detail: `countries ${[...q.countries].join(', ')} against ${[...e.countries].join(', ')}`,
      });
  }
  if (fit === 'other')
    out.push({
      kind: 'schema_mismatch',
      delta: EVIDENCE.schemaMismatch,
      detail: `the entry is a ${entrySchema}`,
    });
  return out;
}

/**
 * `adjusted(nameScore, evidenceAdjustments(…))` without building the adjustments (no objects, no
 * words): the same additions in the same order, for ranking many candidates.
 */
export function evidenceScore(
  nameScore: number,
  q: QueryEvidence,
  e: EntryEvidence,
  fit: 'same' | 'other',
): number {
  let s = nameScore;
  if (q.identifiers.length > 0) {
    for (const id of q.identifiers) if (e.identifiers.has(id.key)) return 1;
    let clash = false;
    for (const id of q.identifiers) {
      if (id.type === '') continue;
      for (const type of e.identifiers.values())
        if (type === id.type) {
          clash = true;
          break;
        }
      if (clash) break;
    }
    if (clash) s += EVIDENCE.identifierMismatch;
  }
  if (q.countries.size > 0 && e.countries.size > 0) {
    let shared = false;
    for (const c of q.countries)
      if (e.countries.has(c)) {
        shared = true;
        break;
      }
    s += shared ? EVIDENCE.countryMatch : EVIDENCE.countryMismatch;
  }
  if (fit === 'other') s += EVIDENCE.schemaMismatch;
  return Math.min(1, Math.max(0, s));
}

/** Score after adjustments: an equal identifier sets it to 1; otherwise the deltas, kept in [0, 1]. */
export function adjusted(nameScore: number, adjustments: readonly ScoreAdjustment[]): number {
  let s = nameScore;
  for (const a of adjustments) {
    if (a.kind === 'identifier_match') return 1;
    s += a.delta;
  }
  return Math.min(1, Math.max(0, s));
}
