// Tokens of names as the matcher holds them: each distinct token once, with its rarity (a rare token
// says more about who is meant than "al" or "trading"), its phonetic keys, and the names it appears
// in. Names are prepared once, at build time, into forms that point to these shared tokens.
import { ABJAD_SCRIPT, abjadSkeletons, type NameForm, type NameSchema, nameForms } from '../text/index.ts';
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
  /** A query token read from an abjad (Arabic script): the consonant skeletons it may stand for, which
   * list tokens with that skeleton meet ("mhmd" and "MUHAMMAD"). List tokens have none. */
  skeletons?: readonly string[];
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
  /** The token; with `skeletons`, a query token read from an abjad (a token of its own, never the list's). */
  token(text: string, number: boolean, skeletons?: readonly string[]): Token;
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
  token(text, number, skeletons) {
    return {
      id: -1,
      text,
      number,
      weight: COMMON.has(text) ? 0.3 : 1,
      known: true,
      phonetic: phoneticKeys(text),
      ...(skeletons ? { skeletons } : {}),
    };
  },
};

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

// Words of Arabic names that Latin spellings often join to the next ("عبد الله" is "ABDALLAH", "أبو بكر"
// "ABUBAKAR") or to the one before ("نصر الله" is "NASRALLAH", "حزب الله" "HIZBALLAH"), as romanized.
const JOINS_NEXT = new Set(['bd', 'bw']);
const JOINS_PREVIOUS = new Set(['llh']);

/** The form with those words joined, or null when it has none. */
function joinedForm(f: NameForm): NameForm | null {
  const tokens: NameForm['tokens'] = [];
  let joined = false;
  for (const t of f.tokens) {
    const last = tokens[tokens.length - 1];
    if (last && !t.number && !last.number && (JOINS_NEXT.has(last.raw) || JOINS_PREVIOUS.has(t.raw))) {
      tokens[tokens.length - 1] = { text: last.text + t.text, raw: last.raw + t.raw, number: false };
      joined = true;
    } else tokens.push(t);
  }
  return joined ? { ...f, tokens } : null;
}

/** The form with the article of the word after "عبد" written with it, as "ABDUL RAHMAN" writes
 * "عبد الرحمن" ("bd lrhmn" read as "bdl rhmn"), or null when it has none. */
function articleMovedForm(f: NameForm): NameForm | null {
  const tokens = [...f.tokens];
  let moved = false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    if (a.raw !== 'bd' || b.number || b.raw.length < 4 || b.raw[0] !== 'l') continue;
    tokens[i] = { text: 'bdl', raw: 'bdl', number: false };
    tokens[i + 1] = { text: b.text.slice(1), raw: b.raw.slice(1), number: false };
    moved = true;
  }
  return moved ? { ...f, tokens } : null;
}

/**
 * A name's forms with their tokens weighed. A query (`query`) written in an abjad gets consonant
 * skeletons on its tokens, and a form with the words Latin spellings join joined; list names never do.
 */
export function prepareForms(
  name: string,
  schema: NameSchema,
  weights: TokenWeights,
  query = false,
): PreparedForm[] {
  const transliterated = NON_LATIN.test(name);
  let forms = nameForms(name, schema);
  const abjad = query && ABJAD_SCRIPT.test(name);
  if (abjad)
    forms = [
      ...forms,
      ...forms.flatMap((f) => [joinedForm(f), articleMovedForm(f)]).filter((f): f is NameForm => f !== null),
    ];
  // One token per text within the query, so that its forms share them.
  const own = new Map<string, Token>();
  const tokenOf = (text: string, number: boolean): Token => {
    if (!abjad || number) return weights.token(text, number);
    let t = own.get(text);
    if (t === undefined) {
      const skeletons = abjadSkeletons(text);
      t = skeletons.length ? weights.token(text, number, skeletons) : weights.token(text, number);
      own.set(text, t);
    }
    return t;
  };
  return forms.map((f: NameForm) => ({
    tokens: f.tokens.map((t) => ({ token: tokenOf(t.text, t.number), raw: t.raw })),
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

  token(text: string, number: boolean, skeletons?: readonly string[]): Token {
    const known = this.lookup(text);
    if (known) return skeletons ? { ...known, skeletons } : known;
    const token: Token = {
      id: -1,
      text,
      number,
      weight: this.unknownWeight,
      known: false,
      phonetic: phoneticKeys(text),
      ...(skeletons ? { skeletons } : {}),
    };
    const near = this.nearest?.(token);
    if (near !== undefined) token.weight = near.weight;
    return token;
  }
}

const idf = (names: number, df: number): number => Math.log(1 + names / Math.max(1, df));
