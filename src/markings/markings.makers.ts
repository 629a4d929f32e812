// The maker index the parser and the resolver query, built once from the maker profiles and the
// generic and clone families: logo words, part-number prefixes (bucketed by the shape of their first
// two characters, longest first, so a prefix OCR'd with a digit for a letter is still found), names,
// generic families and clone families by the lengths they come in. Every query is a few map look-ups
// and short list walks, never a scan over the ~400 makers.

import { foldLookalikes } from '../text/index.ts';
import { isDigit, letterLike } from './markings.fold.ts';
import { buildNameIndex, type NameIndex } from './markings.names.ts';
import type { CloneFamily, GenericFamily, MakerProfile, PrefixRule } from './markings.types.ts';

export interface PrefixEntry {
  prefix: string;
  rule: PrefixRule;
  maker: MakerProfile;
  /** The base part of a full ordering code, when the family's rule gives one. */
  base: ((full: string) => string | null) | null;
}

export interface MakerIndex {
  byKey: Map<string, MakerProfile>;
  /** Logo as printed, folded capitals with single spaces ("ST", "ANALOG DEVICES"). */
  logos: Map<string, MakerProfile[]>;
  logoMaxWords: number;
  prefixes: Map<string, PrefixEntry[]>;
  names: NameIndex;
  generics: Map<string, GenericFamily>;
  genericLengths: number[];
  /** First two characters of every generic pattern: most tokens are ruled out by one look-up. */
  genericHeads: Set<string>;
  /** Clone families by the clone's prefix and by the original's. */
  clones: Map<string, CloneFamily[]>;
  originals: Map<string, CloneFamily[]>;
  cloneLengths: number[];
}

export const upper = (s: string): string => foldLookalikes(s).toUpperCase().trim();

// Characters OCR confuses share a shape: a prefix's bucket is found from either spelling.
const SHAPE: Readonly<Record<string, string>> = { '0': 'O', '1': 'I', L: 'I', '5': 'S', '8': 'B' };
const shape = (s: string) => (SHAPE[s[0]] ?? s[0] ?? '') + (SHAPE[s[1]] ?? s[1] ?? '');

/** The longest code a base pattern is tried on: ordering codes are short, and patterns come from data. */
const BASE_MAX_INPUT = 40;

function baseOf(rule: PrefixRule): PrefixEntry['base'] {
  const b = rule.base;
  if (!b) return null;
  if ('length' in b) return (full) => (full.length > b.length ? full.slice(0, b.length) : null);
  const re = new RegExp(b.pattern);
  return (full) => (full.length <= BASE_MAX_INPUT ? (re.exec(full)?.[1] ?? null) : null);
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

export function buildMakerIndex(
  profiles: readonly MakerProfile[],
  generics: readonly GenericFamily[],
  clones: readonly CloneFamily[],
): MakerIndex {
  const index: MakerIndex = {
    byKey: new Map(profiles.map((p) => [p.key, p])),
    logos: new Map(),
    logoMaxWords: 1,
    prefixes: new Map(),
    names: buildNameIndex(profiles),
    generics: new Map(),
    genericLengths: [],
    genericHeads: new Set(),
    clones: new Map(),
    originals: new Map(),
    cloneLengths: [],
  };
  for (const m of profiles) {
    for (const logo of m.logos) {
      const k = upper(logo).split(/\s+/).join(' ');
      if (!k) continue;
      if (!index.logos.get(k)?.includes(m)) push(index.logos, k, m);
      index.logoMaxWords = Math.max(index.logoMaxWords, k.split(' ').length);
    }
    for (const rule of m.prefixes) {
      const prefix = upper(rule.prefix);
      if (prefix.length >= 2)
        push(index.prefixes, shape(prefix), { prefix, rule, maker: m, base: baseOf(rule) });
    }
  }
  for (const list of index.prefixes.values()) list.sort((a, b) => b.prefix.length - a.prefix.length);
  inheritFamilies(index);
  for (const g of generics) {
    index.generics.set(upper(g.pattern), g);
    index.genericHeads.add(upper(g.pattern).slice(0, 2));
  }
  index.genericLengths = [...new Set([...index.generics.keys()].map((k) => k.length))].sort((a, b) => b - a);
  for (const c of clones) {
    push(index.clones, upper(c.clonePrefix), c);
    push(index.originals, upper(c.originalPrefix), c);
  }
  const lengths = [...index.clones.keys(), ...index.originals.keys()].map((k) => k.length);
  index.cloneLengths = [...new Set(lengths)].sort((a, b) => b - a);
  return index;
}

/**
 * A sub-family's rule without its own base or launch year takes its family's (STM32F4 from STM32): the
 * family's base pattern still cuts its ordering codes, and its launch year is still a lower bound.
 */
function inheritFamilies(index: MakerIndex): void {
  for (const list of index.prefixes.values())
    for (const e of list) {
      if (e.base && e.rule.since) continue;
      for (const parent of list) {
        if (parent === e || parent.maker !== e.maker || parent.prefix.length >= e.prefix.length) continue;
        if (!e.prefix.startsWith(parent.prefix)) continue;
        e.base ??= parent.base;
        if (e.rule.since === undefined && parent.rule.since !== undefined)
          e.rule = { ...e.rule, since: parent.rule.since };
        break;
      }
    }
}

export interface PrefixHit {
  entry: PrefixEntry;
  /** The token with the prefix spelled as the maker prints it (5TM32F103 → STM32F103). */
  token: string;
  /** How many characters were read as look-alikes. */
  folded: number;
}

/**
 * The maker prefix a token starts with: the longest printed exactly, else the longest that matches
 * when digits drawn like letters are read as those letters (and the reverse) inside the prefix, at
 * most one such character in a prefix of three or more (two in one of six or more).
 */
export function prefixOf(index: MakerIndex, token: string): PrefixHit | null {
  const bucket = index.prefixes.get(shape(token));
  if (!bucket) return null;
  let fuzzy: PrefixHit | null = null;
  for (const entry of bucket) {
    const p = entry.prefix;
    if (token.length < p.length) continue;
    if (token.startsWith(p)) return { entry, token, folded: 0 };
    if (fuzzy || p.length < 3) continue;
    let folded = 0;
    for (let i = 0; i < p.length && folded <= 2; i++) {
      if (token[i] === p[i]) continue;
      // A digit between digits is a digit (LM358 is no LM3S part), whatever the prefix expects.
      const amidDigits = isDigit(token[i]) && isDigit(token[i - 1]) && isDigit(token[i + 1]);
      folded += !amidDigits && letterLike(p[i], token[i]) ? 1 : 3;
    }
    if (folded <= (p.length >= 6 ? 2 : 1)) fuzzy = { entry, token: p + token.slice(p.length), folded };
  }
  return fuzzy;
}
