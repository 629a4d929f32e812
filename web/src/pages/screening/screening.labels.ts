// The words of screening: hit statuses and decisions, how two tokens met, what moved a score, a
// party's screening status; and scores as percentages.
import type { HitStatus, PartyScreening, TokenHow } from '../../api/api.types.ts';

export const STATUS_LABELS: Record<HitStatus, string> = {
  open: 'open',
  match: 'match',
  not_match: 'not a match',
  unsure: 'unsure',
};

export const HOW_LABELS: Record<TokenHow, string> = {
  exact: 'exact',
  transliteration: 'transliteration',
  abbreviation: 'abbreviation',
  fuzzy: 'fuzzy (typo-close)',
  phonetic: 'sounds alike',
  consonants: 'same consonants (Arabic script)',
  number: 'number',
};

export const ADJUSTMENT_LABELS: Record<string, string> = {
  identifier_match: 'same identifier',
  identifier_mismatch: 'different identifier',
  country_match: 'same country',
  country_mismatch: 'different country',
  schema_mismatch: 'different kind of party',
  legal_form_mismatch: 'different legal form',
  number_mismatch: 'different number',
  unmatched_tokens: 'unmatched words',
};

export const PARTY_STATUS_LABELS: Record<PartyScreening['status'], string> = {
  not_screened: 'not screened',
  clear: 'clear',
  open: 'open hits',
  match: 'match',
  unsure: 'unsure',
};

export const percent = (score: number) => `${Math.round(score * 100)} %`;

/** A score change with its sign, e.g. "−0.10", "+0.05". */
export const signed = (delta: number) => `${delta < 0 ? '−' : '+'}${Math.abs(delta).toFixed(2)}`;

export const partyPath = (type: 'organization' | 'person', id: number) =>
  `${type === 'organization' ? '/organizations' : '/persons'}/${id}`;
