// The vocabulary's tokens laid out for comparison: every token's characters side by side in one typed
// array, its phonetic keys as numbers and the few numbers of the Jaro-Winkler ceiling, so that
// comparing a query token with thousands of list tokens reaches no string or object. `similarity`
// gives exactly what `tokenSimilarity` gives for the same two tokens (a test holds it to that).

import { consonantSkeleton } from '../text/index.ts';
import { TUNING } from './screening.align.ts';
import {
  type CeilingQuery,
  ceilingQuery,
  classMasks,
  jaroWinklerCeiling,
  packedStart,
} from './screening.ceiling.ts';
import { jaroWinklerCodes } from './screening.jaro.ts';
import { MAX_KEYS } from './screening.phonetic.ts';
import type { Token } from './screening.tokens.ts';

/** A query token as the table compares it, made once per query token. */
export interface TokenProbe {
  token: Token;
  codes: Uint16Array;
  length: number;
  /** Its phonetic keys as the table's numbers (-2 for a key no list token has), KEYS of them. */
  keys: Int32Array;
  /** A token read from an abjad: the numbers of its consonant skeletons (-2 for one no list token has); else null. */
  skeletons: Int32Array | null;
  ceiling: CeilingQuery;
}

/** Phonetic keys kept per token (`phoneticKeys` gives at most this many). */
const KEYS = MAX_KEYS;

export class TokenTable {
  private readonly codes: Uint16Array;
  private readonly offsets: Int32Array;
  private readonly numbers: Uint8Array;
  private readonly once: Int32Array;
  private readonly twice: Int32Array;
  private readonly starts: Uint32Array;
  /** KEYS slots per token: its phonetic keys as numbers, -1 when none. */
  private readonly keys: Int32Array;
  private readonly keyIds = new Map<string, number>();
  /** Consonant skeletons of the list tokens, worked out the first time a query read from an abjad comes. */
  private skeletonTable: {
    ids: Map<string, number>;
    of: Int32Array;
    /** Tokens per skeleton, the commonest (lowest weight) first. */
    tokens: Map<string, Int32Array>;
  } | null = null;

  constructor(private readonly tokens: readonly Token[]) {
    const n = tokens.length;
    let chars = 0;
    for (const t of tokens) chars += t.text.length;
    this.codes = new Uint16Array(chars);
    this.offsets = new Int32Array(n + 1);
    this.numbers = new Uint8Array(n);
    this.once = new Int32Array(n);
    this.twice = new Int32Array(n);
    this.starts = new Uint32Array(n);
    this.keys = new Int32Array(KEYS * n).fill(-1);
    let at = 0;
    for (let id = 0; id < n; id++) {
      const t = tokens[id];
      this.offsets[id] = at;
      for (let i = 0; i < t.text.length; i++) this.codes[at++] = t.text.charCodeAt(i);
      this.numbers[id] = t.number ? 1 : 0;
      const m = classMasks(t.text);
      this.once[id] = m.once;
      this.twice[id] = m.twice;
      this.starts[id] = packedStart(t.text);
      for (let k = 0; k < KEYS && k < t.phonetic.length; k++) {
        let key = this.keyIds.get(t.phonetic[k]);
        if (key === undefined) {
          key = this.keyIds.size;
          this.keyIds.set(t.phonetic[k], key);
        }
        this.keys[KEYS * id + k] = key;
      }
    }
    this.offsets[n] = at;
  }

  /** Tokens in the table. */
  get size(): number {
    return this.numbers.length;
  }

  probe(token: Token): TokenProbe {
    const codes = new Uint16Array(token.text.length);
    for (let i = 0; i < codes.length; i++) codes[i] = token.text.charCodeAt(i);
    const keys = new Int32Array(KEYS).fill(-2);
    for (let k = 0; k < KEYS && k < token.phonetic.length; k++)
      keys[k] = this.keyIds.get(token.phonetic[k]) ?? -2;
    let skeletons: Int32Array | null = null;
    if (token.skeletons) {
      const { ids } = this.skeletons();
      skeletons = Int32Array.from(token.skeletons, (k) => ids.get(k) ?? -2);
    }
    return {
      token,
      codes,
      length: codes.length,
      keys,
      skeletons,
      ceiling: ceilingQuery(token.text),
    };
  }

  /** The list tokens whose consonant skeleton is `skeleton`, the commonest first. */
  withSkeleton(skeleton: string): Int32Array | undefined {
    return this.skeletons().tokens.get(skeleton);
  }

  private skeletons(): NonNullable<TokenTable['skeletonTable']> {
    if (this.skeletonTable !== null) return this.skeletonTable;
    const ids = new Map<string, number>();
    const of = new Int32Array(this.tokens.length).fill(-1);
    const lists = new Map<string, number[]>();
    for (const t of this.tokens) {
      const k = t.number ? '' : consonantSkeleton(t.text);
      if (k === '') continue;
      let id = ids.get(k);
      if (id === undefined) {
        id = ids.size;
        ids.set(k, id);
        lists.set(k, []);
      }
      of[t.id] = id;
      lists.get(k)?.push(t.id);
    }
    const tokens = new Map<string, Int32Array>();
    for (const [k, v] of lists)
      tokens.set(
        k,
        Int32Array.from(v.sort((a, b) => this.tokens[a].weight - this.tokens[b].weight || a - b)),
      );
    this.skeletonTable = { ids, of, tokens };
    return this.skeletonTable;
  }

  private sameConsonants(p: TokenProbe, id: number): boolean {
    if (p.skeletons === null) return false;
    const k = (this.skeletonTable as NonNullable<TokenTable['skeletonTable']>).of[id];
    if (k < 0) return false;
    for (let j = 0; j < p.skeletons.length; j++) if (p.skeletons[j] === k) return true;
    return false;
  }

  private soundAlike(p: TokenProbe, id: number): boolean {
    for (let k = 0; k < KEYS; k++) {
      const key = this.keys[KEYS * id + k];
      if (key < 0) break;
      for (let j = 0; j < KEYS; j++) if (p.keys[j] === key) return true;
    }
    return false;
  }

  /** `tokenSimilarity(p.token, list token id)`, with a ceiling that skips the comparison when it cannot
   * reach the floor. */
  similarity(p: TokenProbe, id: number): number {
    if (p.token.id === id) return 1;
    const from = this.offsets[id];
    const lb = this.offsets[id + 1] - from;
    const la = p.length;
    if (la === lb) {
      let same = true;
      for (let i = 0; i < la && same; i++) same = p.codes[i] === this.codes[from + i];
      if (same) return 1;
    }
    if (p.token.number || this.numbers[id] === 1) return 0;
    if (la === 1 || lb === 1) return p.codes[0] === this.codes[from] ? TUNING.initial : 0;
    const alike = this.soundAlike(p, id);
    const consonants = this.sameConsonants(p, id);
    if (
      !alike &&
      !consonants &&
      la < 255 &&
      lb < 255 &&
      jaroWinklerCeiling(p.ceiling, lb, this.once[id], this.twice[id], this.starts[id]) < TUNING.minSimilarity
    )
      return 0;
    let s = jaroWinklerCodes(p.codes, 0, la, this.codes, from, lb);
    if (s < TUNING.phonetic && alike) s = TUNING.phonetic;
    if (s < TUNING.consonants && consonants) s = TUNING.consonants;
    if (s < TUNING.minSimilarity) return 0;
    return 1 - (1 - s) * TUNING.stretch;
  }
}
