// The name side of the maker index: every official name, alias, abbreviation, former name and logo
// of every maker, as a comparison key (legal forms split off by the text module, look-alikes folded,
// other scripts transliterated, punctuation gone), in maps the resolver and the parser look up instead
// of scanning makers: exact key, key without spaces, the first two letters for abbreviated ("TEXAS
// INSTR") and misspelled ("Texas Instrumnets") names, and a consonant skeleton for transliterations.
import { foldForSearch, stripLegalForms, transliterate } from '../text/index.ts';
import type { MakerProfile } from './markings.types.ts';

export type NameVia = 'name' | 'alias' | 'abbreviation' | 'former-name';

export interface NameEntry {
  maker: MakerProfile;
  via: NameVia;
  /** The key's words. */
  words: string[];
}

export interface NameIndex {
  exact: Map<string, NameEntry[]>;
  compact: Map<string, NameEntry[]>;
  /** First two letters of the compact key → entries, for misspellings. */
  byHead: Map<string, NameEntry[]>;
  /** Consonant skeleton of the words → entries, for names transliterated from another script. */
  skeleton: Map<string, NameEntry[]>;
}

/**
 * The consonants of a word as they sound, so that a name written in Cyrillic and transliterated back
 * meets its Latin spelling: "Майкрочип Текнолоджи" (maikrochip tekhnolodzhi) and "Microchip
 * Technology" both give "mkrkp tknlg". Vowels, h, w and y go; c, k, q are one; doubled letters are one.
 */
export function skeletonOf(word: string): string {
  const w = word
    .replace(/dzh|dj|zh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/x/g, 'ks')
    .replace(/ts/g, 'c');
  let out = '';
  for (const ch of w) {
    if ('aeiouyhw'.includes(ch)) continue;
    const c = ch === 'q' || ch === 'c' ? 'k' : ch === 'z' ? 's' : ch === 'v' ? 'f' : ch;
    if (out[out.length - 1] !== c) out += c;
  }
  return out;
}

const ASCII_ONLY = /^[\x20-\x7e]*$/;
/** Words that say nothing about which company it is; "The" and "&" are dropped outright. */
const NOISE = new Set(['the', 'and']);

/** The words of a company name as compared: "Texas Instruments Inc." → ["texas", "instruments"]. */
export function nameWords(name: string): string[] {
  const core = stripLegalForms(name).core;
  let folded = foldForSearch(core);
  // A name in another script is compared in Latin; look-alike folding alone serves mixed spellings.
  if (!ASCII_ONLY.test(folded)) folded = foldForSearch(transliterate(core));
  const words: string[] = [];
  let word = '';
  for (const c of `${folded} `) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word += c;
    else if (c === "'" || c === '’')
      continue; // "Molex's" stays one word
    else {
      if (word && !NOISE.has(word)) words.push(word);
      word = '';
    }
  }
  return words;
}

/** Adds an entry unless the maker is there already (by: 'maker') or with the same words ('words'). */
const add = (map: Map<string, NameEntry[]>, key: string, e: NameEntry, by: 'maker' | 'words' = 'maker') => {
  const list = map.get(key);
  const same = (x: NameEntry) =>
    x.maker.key === e.maker.key && (by === 'maker' || x.words.join(' ') === e.words.join(' '));
  if (!list) map.set(key, [e]);
  else if (!list.some(same)) list.push(e);
};

export function buildNameIndex(profiles: readonly MakerProfile[]): NameIndex {
  const index: NameIndex = {
    exact: new Map(),
    compact: new Map(),
    byHead: new Map(),
    skeleton: new Map(),
  };
  for (const maker of profiles) {
    const names: [string, NameVia][] = [
      [maker.name, 'name'],
      ...maker.aliases.map((a): [string, NameVia] => [a, 'alias']),
      ...maker.abbreviations.map((a): [string, NameVia] => [a, 'abbreviation']),
      ...maker.logos.map((a): [string, NameVia] => [a, a.length >= 5 ? 'alias' : 'abbreviation']),
      ...maker.formerNames.map((f): [string, NameVia] => [f.name, 'former-name']),
    ];
    for (const [name, via] of names) {
      const words = nameWords(name);
      if (words.length === 0) continue;
      const e: NameEntry = { maker, via, words };
      const compact = words.join('');
      add(index.exact, words.join(' '), e);
      add(index.compact, compact, e);
      if (via === 'abbreviation') continue;
      if (compact.length >= 5) add(index.byHead, compact.slice(0, 2), e, 'words');
      add(index.skeleton, words.map(skeletonOf).join(' '), e);
    }
  }
  return index;
}
