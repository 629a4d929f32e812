// Tokens of names as the matcher holds them: each distinct token once, with its rarity (a rare token
// says more about who is meant than "al" or "trading"), its phonetic keys, and the names it appears
// in. Names are prepared once, at build time, into forms that point to these shared tokens.
import { type NameForm, type NameSchema, nameForms } from '../text/index.ts';
import { phoneticKeys } from './screening.phonetic.ts';

export interface Token {
  /** Index in the vocabulary; -1 for a query token the vocabulary does not hold. */
  id: number;
  text: string;
  number: boolean;
  /** Rarity weight (inverse document frequency over names); > 0. */
  weight: number;
  /** False for a query token the index never saw (a typo, mostly): it then weighs what it matched, or
   * when unmatched what its nearest list token weighs. */
  known: boolean;
  phonetic: string[];
}

export interface PreparedToken {
  token: Token;
  /** As written, folded ("intl" for the token "international"). */
  raw: string;
}

export interface PreparedForm {
  tokens: PreparedToken[];
  legalForms: string[];
  legalKeys: string[];
  /** Read from another script: its equal tokens are transliterations. */
  transliterated: boolean;
}

/** Where token weights come from: the index's rarities, or a fixed table for a single comparison. */
export interface TokenWeights {
  token(text: string, number: boolean): Token;
}

// Words so common in list names that, without an index to count them, they are taken as weak.
const COMMON = new Set(
  (
    'al el ul bin ibn bint abu abd abdul de del la le di da van von der den y e mohammad muhammad mohammed ' +
    'ali ahmad ahmed hassan hussein company corporation international trading group industries services ' +
    'technology engineering holding investment general the and of for'
  ).split(' '),
);

/** Weights without an index: 1 for any token, 0.3 for the few words common in every list. */
export const FIXED_WEIGHTS: TokenWeights = {
  token(text, number) {
    return {
      id: -1,
      text,
      number,
      weight: COMMON.has(text) ? 0.3 : 1,
      known: true,
      phonetic: phoneticKeys(text),
    };
  },
};

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

export function prepareForms(name: string, schema: NameSchema, weights: TokenWeights): PreparedForm[] {
  const transliterated = NON_LATIN.test(name);
  return nameForms(name, schema).map((f: NameForm) => ({
    tokens: f.tokens.map((t) => ({ token: weights.token(t.text, t.number), raw: t.raw })),
    legalForms: f.legalForms,
    legalKeys: f.legalKeys,
    transliterated,
  }));
}

/** Interns tokens while an index is built; weights are set by `finish` once every name is counted. */
export class Vocabulary implements TokenWeights {
  readonly tokens: Token[] = [];
  private readonly ids = new Map<string, number>();
  private df: number[] = [];
  private names = 0;
  private unknownWeight = 1;
  private nearest: ((token: Token) => Token | undefined) | null = null;

  /**
   * How a token the list never holds is weighed: as its nearest list token when it has one (a typo of a
   * common word is as common as the word), else as rare as can be. The index sets it once built.
   */
  weighUnknownBy(nearest: (token: Token) => Token | undefined): void {
    this.nearest = nearest;
  }

  intern(text: string, number: boolean): Token {
    const id = this.ids.get(text);
    if (id !== undefined) return this.tokens[id];
    const token: Token = {
      id: this.tokens.length,
      text,
      number,
      weight: 1,
      known: true,
      phonetic: phoneticKeys(text),
    };
    this.ids.set(text, token.id);
    this.tokens.push(token);
    this.df.push(0);
    return token;
  }

  /** Counts one name's distinct tokens. */
  count(form: PreparedForm): void {
    this.names++;
    const seen = new Set<number>();
    for (const t of form.tokens)
      if (!seen.has(t.token.id)) {
        seen.add(t.token.id);
        this.df[t.token.id]++;
      }
  }

  finish(): void {
    const n = Math.max(1, this.names);
    for (const t of this.tokens) t.weight = idf(n, this.df[t.id]);
    // A token on no list name is most likely a typo or a word the list does not know: as rare as can be.
    this.unknownWeight = idf(n, 1);
    this.df = [];
  }

  lookup(text: string): Token | undefined {
    const id = this.ids.get(text);
    return id === undefined ? undefined : this.tokens[id];
  }

  token(text: string, number: boolean): Token {
    const known = this.lookup(text);
    if (known) return known;
    const token: Token = {
      id: -1,
      text,
      number,
      weight: this.unknownWeight,
      known: false,
      phonetic: phoneticKeys(text),
    };
    const near = this.nearest?.(token);
    if (near !== undefined) token.weight = near.weight;
    return token;
  }
}

const idf = (names: number, df: number): number => Math.log(1 + names / Math.max(1, df));
