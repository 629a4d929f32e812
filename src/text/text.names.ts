// Names of parties as the matcher compares them: one Latin spelling per reading of the name (a
// Ukrainian name has two), cut into tokens, with the legal forms taken off and kept apart under a
// canonical key ("ООО" and "LLC" are the same kind of company), common abbreviations spelled one way,
// numbers kept (they tell "11420 CORP." from "BELLETECH CORP"), and a person's "LAST, First" put in
// the order "First LAST" so that both spellings give the same tokens.

import { canonicalWord } from './text.abbreviations.ts';
import { stripDiacritics } from './text.fold.ts';
import { stripLegalForms } from './text.legal.ts';
import { legalFormKey } from './text.legalkeys.ts';
import { foldLookalikes } from './text.lookalikes.ts';
import { normalize } from './text.normalize.ts';
import { transliterations } from './text.transliterate.ts';

export type NameSchema = 'Person' | 'Organization' | 'Vessel' | 'Aircraft' | 'Any';

export interface NameToken {
  /** The canonical spelling compared and indexed: lowercase ASCII letters and digits. */
  text: string;
  /** The token as written, folded to lowercase ASCII ("intl" where `text` is "international"). */
  raw: string;
  /** Digits only: compared for equality, never for closeness. */
  number: boolean;
}

export interface NameForm {
  tokens: NameToken[];
  /** Legal forms as printed ("OOO", "Co., Ltd."). */
  legalForms: string[];
  /** Their canonical keys ("llc", "jsc" …), deduplicated, so that forms can be compared across languages. */
  legalKeys: string[];
}

const LATIN = /\p{Script=Latin}/gu;
const CONFUSABLE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;
const LATIN_ONE = /\p{Script=Latin}/u;
const CONFUSABLE_ONE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
// Han characters are syllables: spaced, each becomes one pinyin token instead of "ZhongGuoShiYou".
const HAN = /(\p{Script=Han})/gu;
// Apostrophes inside a word are part of it ("ABD'RABBAH", "O'Brien"): dropped, not split on.
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['’ʼ`´](?=[\p{L}\p{N}])/gu;
const TOKEN = /[a-z0-9]+/g;
const DIGITS = /^[0-9]+$/;
const ASCII = /^[\x20-\x7e]*$/;
/** A name longer than this many tokens is a sentence, not a name; the rest only slows matching. */
export const NAME_MAX_TOKENS = 24;

/**
 * Latin text with Cyrillic or Greek look-alikes typed into it ("MАХ" with a Cyrillic А) is Latin:
 * folded by shape. Text written in Cyrillic or Greek is transliterated by sound later.
 */
function foldIfLatin(s: string): string {
  const latin = s.match(LATIN)?.length ?? 0;
  const other = s.match(CONFUSABLE_SCRIPT)?.length ?? 0;
  if (other === 0) return s;
  if (latin > other) return foldLookalikes(s);
  // A mostly Cyrillic name may still hold a Latin word with a look-alike in it.
  return s
    .split(' ')
    .map((w) => (LATIN_ONE.test(w) && CONFUSABLE_ONE.test(w) ? foldLookalikes(w) : w))
    .join(' ');
}

/** "LAST, First Middle" → "First Middle LAST" for persons; other names keep their commas. */
function personOrder(s: string): string {
  const comma = s.indexOf(',');
  if (comma <= 0) return s;
  const last = s.slice(0, comma).trim();
  const rest = s.slice(comma + 1).trim();
  return rest === '' ? last : `${rest} ${last}`;
}

function tokensOf(latin: string): NameToken[] {
  const folded = stripDiacritics(latin).toLowerCase().replace(INNER_APOSTROPHE, '');
  const out: NameToken[] = [];
  for (const raw of folded.match(TOKEN) ?? []) {
    if (out.length === NAME_MAX_TOKENS) break;
    const number = DIGITS.test(raw);
    out.push({ text: number ? raw : canonicalWord(raw), raw, number });
  }
  return out;
}

/**
 * Every reading of a name: usually one; two for a Ukrainian name (national and Russian-style
 * romanization). Legal forms are split off before transliteration (the Cyrillic forms are known as
 * written) and again after it ("НУМЕРИКАЛ ГАМЕС ООД" only shows its "OOD" in Latin).
 */
export function nameForms(name: string, schema: NameSchema = 'Any'): NameForm[] {
  const text = foldIfLatin(normalize(name).replace(INNER_APOSTROPHE, ''));
  const anywhere = schema !== 'Person';
  const before = stripLegalForms(text, { anywhere });
  const core = schema === 'Person' ? personOrder(before.core) : before.core;
  const spaced = core.replace(HAN, ' $1 ');
  const forms: NameForm[] = [];
  const seen = new Set<string>();
  const readings = ASCII.test(spaced) ? [spaced] : transliterations(spaced);
  for (const reading of readings) {
    // A Latin name was split already; a transliterated one may show a form only now.
    const after =
      reading === core ? { core: reading, legalForms: [] } : stripLegalForms(reading, { anywhere });
    const legalForms = [...before.legalForms, ...after.legalForms];
    const tokens = tokensOf(after.core);
    if (tokens.length === 0) continue;
    const key = tokens.map((t) => t.text).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const keys = new Set<string>();
    for (const f of legalForms) for (const k of legalFormKey(f)) keys.add(k);
    forms.push({ tokens, legalForms, legalKeys: [...keys] });
  }
  return forms;
}

/** The first reading of a name (see `nameForms`); no tokens when the name has no letter or digit. */
export function nameForm(name: string, schema: NameSchema = 'Any'): NameForm {
  return nameForms(name, schema)[0] ?? { tokens: [], legalForms: [], legalKeys: [] };
}
