// Scores one query against one watch-list entry: the entry's best name (primary or alias, in any of
// its readings) against the query's, then the evidence beside the names; and says why, token by
// token, in words a reviewer can check.
import { Invalid } from '../core/errors.ts';
import {
  type Alignment,
  align,
  alignScore,
  type Pair,
  type Similarity,
  sameConsonants,
  TUNING,
} from './screening.align.ts';
import {
  adjusted,
  type EntryEvidence,
  EVIDENCE,
  entryEvidence,
  evidenceAdjustments,
  evidenceScore,
  type QueryEvidence,
  queryEvidence,
  schemaFit,
} from './screening.evidence.ts';
import { jaroWinkler } from './screening.jaro.ts';
import type {
  IndexedEntry,
  MatchExplanation,
  MatchHit,
  ScoreAdjustment,
  ScreeningQuery,
  TokenMatch,
} from './screening.matching.types.ts';
import { soundAlike } from './screening.phonetic.ts';
import { FIXED_WEIGHTS, type PreparedForm, prepareForms, type TokenWeights } from './screening.tokens.ts';

/** Hits at or above it count as matches (tuned on the benchmark's tune split). */
export const DEFAULT_THRESHOLD = 0.77;
export const QUERY_MAX_LENGTH = 500;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface PreparedQuery {
  query: ScreeningQuery;
  forms: PreparedForm[];
  evidence: QueryEvidence;
}

export interface PreparedName {
  /** Position in the entry's names. */
  index: number;
  form: PreparedForm;
}

export interface PreparedEntry {
  entry: IndexedEntry;
  names: PreparedName[];
  evidence: EntryEvidence;
}

/** Refuses at once what cannot be a name, before any work that grows with its length. */
export function checkQuery(q: ScreeningQuery): void {
  if (typeof q.name !== 'string' || q.name.length > QUERY_MAX_LENGTH)
    throw Invalid.at('name', `must be a name of at most ${QUERY_MAX_LENGTH} characters`);
  if (!LETTER_OR_DIGIT.test(q.name)) throw Invalid.at('name', 'must contain a letter or a digit');
}

export function prepareQuery(q: ScreeningQuery, weights: TokenWeights): PreparedQuery {
  checkQuery(q);
  const schema = q.schema === 'Person' ? 'Person' : 'Any';
  const forms = prepareForms(q.name, schema, weights, true);
  if (forms.length === 0) throw Invalid.at('name', 'must contain a letter or a digit');
  return { query: q, forms, evidence: queryEvidence(q) };
}

export function prepareEntry(e: IndexedEntry, weights: TokenWeights): PreparedEntry {
  const names: PreparedName[] = [];
  e.names.forEach((n, index) => {
    for (const form of prepareForms(n.name, e.schema, weights)) names.push({ index, form });
  });
  return { entry: e, names, evidence: entryEvidence(e) };
}

export interface Evaluation {
  score: number;
  name: PreparedName;
  form: PreparedForm;
  alignment: Alignment;
  adjustments: ScoreAdjustment[];
}

/** The entry's best name against the query with every adjustment; null when the schemas exclude it. */
export function evaluate(
  pq: PreparedQuery,
  pe: PreparedEntry,
  sim?: Similarity,
  /** The best pair of forms as `quickScore` found it (`bestPair`), so as not to search again. */
  pair?: number,
): Evaluation | null {
  const fit = schemaFit(pq.query.schema, pe.entry.schema);
  if (fit === 'excluded') return null;
  let best: { name: PreparedName; form: PreparedForm } | null = null;
  if (pair !== undefined) best = { form: pq.forms[pair >> 16], name: pe.names[pair & 0xffff] };
  else {
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const form of pq.forms)
      for (const name of pe.names) {
        const a = alignScore(form, name.form, sim);
        const score = nameAdjusted(form, name.form, a.score, a.numberMismatch);
        if (score > bestScore) {
          bestScore = score;
          best = { name, form };
        }
      }
  }
  if (best === null) return null;
  const alignment = align(best.form, best.name.form, sim);
  const adjustments = [
    ...nameAdjustments(best.form, best.name.form, alignment),
    ...evidenceAdjustments(pq.evidence, pe.evidence, fit, pe.entry.schema),
  ];
  return { ...best, alignment, adjustments, score: adjusted(alignment.paired, adjustments) };
}

/**
 * The score `evaluate` gives, up to rounding, without building the alignment or the adjustments: to
 * rank many candidates and evaluate only the few returned. -1 when the schemas exclude the entry.
 */
let lastPair = 0;
/** The query form and entry name (packed) that scored best in the last `quickScore`. */
export const bestPair = (): number => lastPair;

export function quickScore(pq: PreparedQuery, pe: PreparedEntry, sim?: Similarity): number {
  const fit = schemaFit(pq.query.schema, pe.entry.schema);
  if (fit === 'excluded') return -1;
  let best = Number.NEGATIVE_INFINITY;
  for (let f = 0; f < pq.forms.length; f++) {
    const form = pq.forms[f];
    for (let n = 0; n < pe.names.length; n++) {
      const name = pe.names[n].form;
      const a = alignScore(form, name, sim);
      const score = nameAdjusted(form, name, a.score, a.numberMismatch);
      if (score > best) {
        best = score;
        lastPair = (f << 16) | n;
      }
    }
  }
  if (best === Number.NEGATIVE_INFINITY) return -1;
  const q = pq.evidence;
  const e = pe.evidence;
  return evidenceScore(best, q, e, fit);
}

function nameAdjustments(q: PreparedForm, c: PreparedForm, a: Alignment): ScoreAdjustment[] {
  const out: ScoreAdjustment[] = [];
  const unpaired = a.unmatchedQuery.length + a.unmatchedCandidate.length;
  if (unpaired > 0)
    out.push({
      kind: 'unmatched_tokens',
      delta: a.score - a.paired,
      detail: `${unpaired} token${unpaired === 1 ? '' : 's'} without a counterpart`,
    });
  if (a.numberMismatch)
    out.push({
      kind: 'number_mismatch',
      delta: EVIDENCE.numberMismatch,
      detail: 'the names carry other numbers',
    });
  if (q.legalKeys.length > 0 && c.legalKeys.length > 0 && !q.legalKeys.some((k) => c.legalKeys.includes(k)))
    out.push({
      kind: 'legal_form_mismatch',
      delta: EVIDENCE.legalFormMismatch,
      detail: `${q.legalForms.join(' ')} against ${c.legalForms.join(' ')}`,
    });
  return out;
}

/** The name's score with the adjustments that depend on the name alone, to choose the best name. */
function nameAdjusted(q: PreparedForm, c: PreparedForm, score: number, numberMismatch: boolean): number {
  let s = score;
  if (numberMismatch) s += EVIDENCE.numberMismatch;
  if (q.legalKeys.length > 0 && c.legalKeys.length > 0 && !q.legalKeys.some((k) => c.legalKeys.includes(k)))
    s += EVIDENCE.legalFormMismatch;
  return s;
}

function how(q: PreparedForm, c: PreparedForm, p: Pair): TokenMatch['how'] {
  const qt = p.q.map((i) => q.tokens[i]);
  const ct = p.c.map((j) => c.tokens[j]);
  if (qt[0].token.number) return 'number';
  if (qt.length > 1 || ct.length > 1) return p.similarity === 1 ? 'exact' : 'fuzzy';
  const a = qt[0];
  const b = ct[0];
  if (a.token.text === b.token.text) {
    if (a.raw !== b.raw) return 'abbreviation';
    return q.transliterated || c.transliterated ? 'transliteration' : 'exact';
  }
  if (a.token.text.length === 1 || b.token.text.length === 1) return 'abbreviation';
  if (sameConsonants(a.token, b.token) && jaroWinkler(a.token.text, b.token.text) < TUNING.consonants)
    return 'consonants';
  if (
    soundAlike(a.token.phonetic, b.token.phonetic) &&
    jaroWinkler(a.token.text, b.token.text) < TUNING.phonetic
  )
    return 'phonetic';
  return 'fuzzy';
}

export function explain(ev: Evaluation): MatchExplanation {
  const q = ev.form;
  const c = ev.name.form;
  const a = ev.alignment;
  let totalWeight = 0;
  for (const t of q.tokens) totalWeight += t.token.weight;
  for (const t of c.tokens) totalWeight += t.token.weight;
  const tokens: TokenMatch[] = a.pairs.map((p) => {
    let w = 0;
    for (const i of p.q) w += q.tokens[i].token.weight;
    for (const j of p.c) w += c.tokens[j].token.weight;
    return {
      query: p.q.map((i) => q.tokens[i].raw).join(' '),
      matched: p.c.map((j) => c.tokens[j].raw).join(' '),
      how: how(q, c, p),
      similarity: round(p.similarity),
      weight: round(totalWeight > 0 ? w / totalWeight : 0),
    };
  });
  const adjustments = ev.adjustments.map((x) => ({ ...x, delta: round(x.delta) }));
  return {
    nameScore: round(a.paired),
    tokens,
    unmatchedQuery: a.unmatchedQuery.map((i) => q.tokens[i].raw),
    unmatchedCandidate: a.unmatchedCandidate.map((j) => c.tokens[j].raw),
    legalForms: { query: q.legalForms, candidate: c.legalForms },
    adjustments,
    summary: summary(q, tokens, a, adjustments),
  };
}

function summary(
  q: PreparedForm,
  tokens: TokenMatch[],
  a: Alignment,
  adjustments: ScoreAdjustment[],
): string {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t.how, (counts.get(t.how) ?? 0) + 1);
  const kinds = [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
  const paired = q.tokens.length - a.unmatchedQuery.length;
  const parts = [`${paired} of ${q.tokens.length} tokens matched${kinds ? ` (${kinds})` : ''}`];
  if (a.unmatchedCandidate.length > 0) parts.push(`${a.unmatchedCandidate.length} more on the list name`);
  for (const x of adjustments) {
    if (x.kind === 'unmatched_tokens') continue;
    const sign = x.delta < 0 ? '−' : '+';
    parts.push(
      x.kind === 'identifier_match'
        ? `${x.detail} (decisive)`
        : `${x.detail} (${sign}${Math.abs(x.delta).toFixed(2)})`,
    );
  }
  return parts.join('; ');
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export function toHit(ev: Evaluation, pe: PreparedEntry): MatchHit {
  const e = pe.entry;
  const matched = e.names[ev.name.index];
  return {
    key: e.key,
    listName: e.listName,
    entryId: e.entryId,
    schema: e.schema,
    name: (e.names.find((n) => n.kind === 'primary') ?? e.names[0]).name,
    matchedName: matched.name,
    matchedKind: matched.kind,
    score: round(ev.score),
    explanation: explain(ev),
  };
}

/**
 * Scores one query against one entry, as `ScreeningIndex.match` does when given the index's weights
 * (`index.weights`); without them every token weighs the same but for a few words common in all lists.
 * Null when the schemas exclude the entry (a Person query and an Organization entry).
 */
export function scoreEntry(
  q: ScreeningQuery,
  e: IndexedEntry,
  weights: TokenWeights = FIXED_WEIGHTS,
): MatchHit | null {
  const pq = prepareQuery(q, weights);
  const pe = prepareEntry(e, weights);
  const ev = evaluate(pq, pe);
  return ev === null ? null : toHit(ev, pe);
}
