// Contracts of the matcher: what is indexed (the names of watch-list entries, with what tells
// namesakes apart), what is asked (a party's name with its schema, countries and identifiers), and
// what comes back (ranked hits, each with a score in [0, 1] and an explanation a reviewer can read).
import type { EntryIdentifier, EntryName, EntrySchema } from './screening.types.ts';

/** One entry as the index holds it. `key` is unique over every list indexed together. */
export interface IndexedEntry {
  /** Unique within one index: the entry's row id in the database, or `${list}:${entryId}` in a bench. */
  key: string;
  listName: string;
  /** The list's own id (OFAC ent_num, UN DATAID). */
  entryId: string;
  schema: EntrySchema;
  names: EntryName[];
  countries: string[];
  identifiers: EntryIdentifier[];
}

/** What a party is screened as: Person, Organization (also Company, LegalEntity), or either. */
export type QuerySchema = 'Person' | 'Organization' | 'Vessel' | 'Aircraft' | 'Any';

export interface ScreeningQuery {
  name: string;
  schema?: QuerySchema;
  /** ISO 3166-1 alpha-2 codes. */
  countries?: string[];
  identifiers?: { type?: string | null; value: string }[];
}

export interface MatchOptions {
  /** Hits to return at most (default 10). */
  limit?: number;
  /** Hits below are not returned (default 0: every candidate scored, for recall@k). */
  threshold?: number;
  /** Only entries of these lists. */
  lists?: readonly string[];
}

/** How one query token met one token of the entry's name. */
export interface TokenMatch {
  query: string;
  matched: string;
  /** exact; equal after transliteration or folding; an abbreviation of the other; typo-close
   * (Jaro-Winkler); sounding alike (phonetic key); the same consonants, for a name written in Arabic
   * script (where most vowels are not written); a number, which must be equal. */
  how: 'exact' | 'transliteration' | 'abbreviation' | 'fuzzy' | 'phonetic' | 'consonants' | 'number';
  /** In [0, 1]. */
  similarity: number;
  /** The token's share of the name's weight (rarer tokens weigh more). */
  weight: number;
}

/** What moved the score after the names were compared. */
export interface ScoreAdjustment {
  kind:
    | 'identifier_match'
    | 'identifier_mismatch'
    | 'country_match'
    | 'country_mismatch'
    | 'schema_mismatch'
    | 'legal_form_mismatch'
    | 'number_mismatch'
    | 'unmatched_tokens';
  /** Change of the score, e.g. -0.1; identifier_match sets it to 1. */
  delta: number;
  detail: string;
}

export interface MatchExplanation {
  /** The name score before adjustments, in [0, 1]. */
  nameScore: number;
  tokens: TokenMatch[];
  unmatchedQuery: string[];
  unmatchedCandidate: string[];
  legalForms: { query: string[]; candidate: string[] };
  adjustments: ScoreAdjustment[];
  /** One line for a reviewer: "3 of 3 tokens matched (2 exact, 1 transliteration); country differs (−0.10)". */
  summary: string;
}

export interface MatchHit {
  key: string;
  listName: string;
  entryId: string;
  schema: EntrySchema;
  /** The entry's primary name. */
  name: string;
  /** The entry's name that scored best (primary or alias). */
  matchedName: string;
  matchedKind: EntryName['kind'];
  score: number;
  explanation: MatchExplanation;
}
