// The frozen query sets of the screening benchmark, generated once from OFAC 2021 with a fixed seed and
// committed (bench/data/screening-queries.json) before the matcher was tuned, so that tuning cannot
// shape its own test. Three sets, each with a known answer:
//   variant       the list's own alt names, asked of an index that holds only primary names;
//   perturbation  list names with seeded edits: typos, dropped/added tokens, reordering, legal forms,
//                 abbreviations, Latin→Cyrillic and a second romanization of that Cyrillic;
//   negative      real-looking names that are on no list (checked by exact normalized name).
// Splits (tune/holdout) go by a hash of the entry, so one entry's queries never sit on both sides.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseOfac } from '../src/screening/screening.ofac.ts';
import type { EntrySchema, WatchlistEntry } from '../src/screening/screening.types.ts';
import { stripLegalForms, tokenize, transliterate } from '../src/text/index.ts';
import { sharedFile } from '../test/helpers/shared.ts';
import { rng } from './generate.ts';

export type QuerySet = 'variant' | 'perturbation' | 'negative';
export type Split = 'tune' | 'holdout';

export interface BenchQuery {
  id: string;
  set: QuerySet;
  split: Split;
  name: string;
  schema: EntrySchema;
  countries?: string[];
  /** The OFAC ent_num that is the right answer; null for negatives. */
  expect: string | null;
  /** Perturbations: the list name the query was made from. */
  from?: string;
  /** Variants: shares at least half of its tokens with the primary name / shares none. */
  halfShared?: boolean;
  noShared?: boolean;
  /** Perturbations and negatives: how the name was made. */
  ops?: string[];
}

export const QUERY_SEED = 20261202;
export const LIST_NAME = 'ofac-sdn-2021';

export function loadOfac2021(): WatchlistEntry[] {
  const f = (n: string) => ({
    name: `ofac-sdn-2021-${n}.csv`,
    text: readFileSync(sharedFile(`data/sanctions/ofac-sdn-2021-${n}.csv`), 'latin1'),
  });
  return parseOfac({ sdn: f('sdn'), alt: f('alt'), add: f('add') });
}

/** Tokens of a name as the checks here compare them: romanized, lowercased, legal forms off. */
export function coreTokens(name: string): string[] {
  return tokenize(transliterate(stripLegalForms(name).core));
}

/** Same tokens in any order: two names with this key are the same name for "is it on the list". */
export const nameKey = (name: string): string => coreTokens(name).sort().join(' ');

export const splitOf = (key: string): Split =>
  createHash('sha256').update(key).digest()[0] % 2 === 0 ? 'tune' : 'holdout';

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];

// ---------------------------------------------------------------------------------------------------
// Edits of a name. Each returns null when it does not apply to that name.

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const isUpper = (s: string) => s === s.toUpperCase();

function typo(r: Rand, name: string): string | null {
  const words = name.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{4,}$/.test(w));
  if (long.length === 0) return null;
  const [w, i] = pick(r, long);
  const at = 1 + Math.floor(r() * (w.length - 1));
  const letter = isUpper(w) ? pick(r, [...LETTERS]) : pick(r, [...LETTERS]).toLowerCase();
  const kind = Math.floor(r() * 4);
  let out: string;
  if (kind === 0) out = w.slice(0, at) + letter + w.slice(at + 1);
  else if (kind === 1) out = w.slice(0, at) + w.slice(at + 1);
  else if (kind === 2) out = w.slice(0, at) + letter + w.slice(at);
  else
    out =
      at < w.length - 1
        ? w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2)
        : `${w.slice(0, -2)}${w.at(-1)}${w.at(-2)}`;
  if (out === w) return null;
  words[i] = out;
  return words.join(' ');
}

/** Drops one word that is not the first, of a name of three words or more. */
function dropToken(r: Rand, name: string): string | null {
  const words = name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length < 3) return null;
  words.splice(1 + Math.floor(r() * (words.length - 1)), 1);
  return words.join(' ');
}

const ADDED_ORG = ['GROUP', 'TRADING', 'INTERNATIONAL', 'HOLDING', 'GLOBAL', 'GENERAL', 'NEW', 'FZE'];
const ADDED_PERSON = ['MOHAMMED', 'ALI', 'AHMAD', 'IVAN', 'JOSE', 'ABDUL', 'HASSAN', 'MARIA'];

function addToken(r: Rand, name: string, schema: EntrySchema): string | null {
  const word = pick(r, schema === 'Person' ? ADDED_PERSON : ADDED_ORG);
  if (
    name
      .toUpperCase()
      .split(/[\s,]+/)
      .includes(word)
  )
    return null;
  const w = isUpper(name) ? word : word[0] + word.slice(1).toLowerCase();
  return r() < 0.5 ? `${name} ${w}` : `${w} ${name}`;
}

/** Persons: "LAST, First" → "First LAST" (how most records write them); others: two words swap. */
function reorder(r: Rand, name: string, schema: EntrySchema): string | null {
  if (schema === 'Person' && name.includes(', ')) {
    const [last, first] = name.split(', ', 2);
    return `${first} ${last}`;
  }
  const words = name.split(' ');
  if (words.length < 2) return null;
  const i = Math.floor(r() * (words.length - 1));
  [words[i], words[i + 1]] = [words[i + 1], words[i]];
  return words.join(' ');
}

const FORMS = ['LLC', 'LTD', 'LIMITED', 'CO., LTD.', 'JSC', 'OOO', 'INC.', 'GMBH', 'S.A.', 'CORP.', 'FZE'];

function legalForm(r: Rand, name: string, schema: EntrySchema): string | null {
  if (schema === 'Person') return null;
  const split = stripLegalForms(name);
  const other = pick(
    r,
    FORMS.filter((f) => !split.legalForms.some((g) => g.toUpperCase() === f)),
  );
  if (split.legalForms.length > 0 && r() < 0.4) return split.core;
  return other === 'OOO' || other === 'JSC' ? `${other} ${split.core}` : `${split.core} ${other}`;
}

const ABBREVIATIONS: [RegExp, string][] = [
  [/\bINTERNATIONAL\b/i, 'INTL'],
  [/\bCOMPANY\b/i, 'CO'],
  [/\bCORPORATION\b/i, 'CORP'],
  [/\bTECHNOLOGY\b/i, 'TECH'],
  [/\bTECHNOLOGIES\b/i, 'TECH'],
  [/\bELECTRONICS\b/i, 'ELEC'],
  [/\bMANUFACTURING\b/i, 'MFG'],
  [/\bINDUSTRIES\b/i, 'IND'],
  [/\bINDUSTRIAL\b/i, 'INDL'],
  [/\bLIMITED\b/i, 'LTD'],
  [/\bTRADING\b/i, 'TRDG'],
  [/\bENGINEERING\b/i, 'ENG'],
  [/\bDEVELOPMENT\b/i, 'DEV'],
  [/\bSERVICES\b/i, 'SVCS'],
  [/\bBROTHERS\b/i, 'BROS'],
  [/\bASSOCIATION\b/i, 'ASSN'],
  [/\bMANAGEMENT\b/i, 'MGMT'],
  [/\bINVESTMENT\b/i, 'INV'],
  [/\bSHIPPING\b/i, 'SHPG'],
  [/\bAND\b/i, '&'],
];

function abbreviate(name: string): string | null {
  let out = name;
  for (const [re, short] of ABBREVIATIONS) out = out.replace(re, short);
  return out === name ? null : out;
}

// Latin → Cyrillic as a Russian clerk would write a romanized name back: digraphs first.
const TO_CYRILLIC: [string, string][] = [
  ['shch', 'щ'],
  ['ck', 'к'],
  ['kh', 'х'],
  ['zh', 'ж'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['ye', 'е'],
  ['iy', 'ий'],
  ['yy', 'ый'],
  ['ph', 'ф'],
  ['a', 'а'],
  ['b', 'б'],
  ['c', 'к'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['j', 'дж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['v', 'в'],
  ['w', 'в'],
  ['x', 'кс'],
  ['y', 'ы'],
  ['z', 'з'],
];

export function toCyrillic(name: string): string | null {
  if (!/[A-Za-z]/.test(name)) return null;
  let out = '';
  const lower = name.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    const hit = TO_CYRILLIC.find(([l]) => lower.startsWith(l, i));
    if (!hit) {
      out += name[i];
      i++;
      continue;
    }
    // Keep the case of the Latin letter the run starts with.
    out += name[i] === lower[i] ? hit[1] : hit[1].toUpperCase();
    i += hit[0].length;
  }
  return out;
}

// A second romanization (scholarly, close to ISO 9 in ASCII) of that Cyrillic: "Khodorkovskiy" comes
// back as "Hodorkovskij", "Tsentr" as "Centr" — the spellings other registers use.
const SCHOLARLY: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'j',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};

export function fromCyrillicScholarly(cyr: string): string {
  let out = '';
  const chars = [...cyr];
  chars.forEach((c, i) => {
    const lower = c.toLowerCase();
    const latin = SCHOLARLY[lower];
    if (latin === undefined) out += c;
    else if (c === lower) out += latin;
    // "Юрий" → "Jurij", "ЮРИЙ" → "JURIJ".
    else if ((chars[i + 1] ?? '') !== (chars[i + 1] ?? '').toLowerCase()) out += latin.toUpperCase();
    else out += latin.charAt(0).toUpperCase() + latin.slice(1);
  });
  return out;
}

export const PERTURBATIONS = [
  'typo',
  'drop-token',
  'add-token',
  'reorder',
  'legal-form',
  'abbreviation',
  'to-cyrillic',
  'cyrillic-romanized',
] as const;
type Perturbation = (typeof PERTURBATIONS)[number];

function perturb(r: Rand, op: Perturbation, name: string, schema: EntrySchema): string | null {
  switch (op) {
    case 'typo':
      return typo(r, name);
    case 'drop-token':
      return dropToken(r, name);
    case 'add-token':
      return addToken(r, name, schema);
    case 'reorder':
      return reorder(r, name, schema);
    case 'legal-form':
      return legalForm(r, name, schema);
    case 'abbreviation':
      return abbreviate(name);
    case 'to-cyrillic':
      return toCyrillic(name);
    case 'cyrillic-romanized': {
      const cyr = toCyrillic(name);
      const back = cyr && fromCyrillicScholarly(cyr);
      return back && back.toLowerCase() !== name.toLowerCase() ? back : null;
    }
  }
}

// ---------------------------------------------------------------------------------------------------

interface Catalog {
  entries: WatchlistEntry[];
  /** nameKey → the entries with a name of that key. */
  owners: Map<string, Set<string>>;
}

function catalog(entries: WatchlistEntry[]): Catalog {
  const owners = new Map<string, Set<string>>();
  for (const e of entries)
    for (const n of e.names) {
      const k = nameKey(n.name);
      const s = owners.get(k) ?? new Set<string>();
      owners.set(k, s);
      s.add(e.entryId);
    }
  return { entries, owners };
}

/** Only this entry has a name of this key (a name several entries share has no single right answer). */
const ownedBy = (c: Catalog, name: string, entryId: string) => {
  const s = c.owners.get(nameKey(name));
  return !s || (s.size === 1 && s.has(entryId));
};

function variants(c: Catalog): BenchQuery[] {
  const out: BenchQuery[] = [];
  for (const e of c.entries) {
    const primary = e.names.find((n) => n.kind === 'primary')?.name;
    if (!primary) continue;
    const primaryTokens = new Set(coreTokens(primary));
    const primaryKey = nameKey(primary);
    for (const n of e.names) {
      if (n.kind === 'primary') continue;
      const key = nameKey(n.name);
      // Skip an alias that is the primary name again, or that another entry also goes by.
      if (key === '' || key === primaryKey || !ownedBy(c, n.name, e.entryId)) continue;
      const tokens = coreTokens(n.name);
      const shared = tokens.filter((t) => primaryTokens.has(t)).length;
      out.push({
        id: `v${out.length + 1}`,
        set: 'variant',
        split: splitOf(e.entryId),
        name: n.name,
        schema: e.schema,
        expect: e.entryId,
        halfShared: shared * 2 >= tokens.length,
        noShared: shared === 0,
      });
    }
  }
  return out;
}

const SLAVIC = new Set(['RU', 'UA', 'BY', 'KZ', 'KG', 'UZ', 'TJ', 'MD', 'AM', 'AZ', 'GE', 'RS', 'BG']);

function perturbations(c: Catalog, r: Rand, perOp: number): BenchQuery[] {
  const out: BenchQuery[] = [];
  // Names of up to six words: long descriptive names ("FEDERAL GOVERNMENT INSTITUTION …") are English
  // translations nobody writes in Cyrillic letter by letter.
  const slavic = c.entries.filter(
    (e) =>
      e.countries.some((k) => SLAVIC.has(k)) &&
      e.schema !== 'Vessel' &&
      e.names[0].name.split(' ').length <= 6,
  );
  for (const op of PERTURBATIONS) {
    // Transliteration is asked of names from where Cyrillic is written; elsewhere it would test an edit
    // no real record makes.
    const pool = op === 'to-cyrillic' || op === 'cyrillic-romanized' ? slavic : c.entries;
    let made = 0;
    for (let tries = 0; made < perOp && tries < perOp * 50; tries++) {
      const e = pick(r, pool);
      const source = r() < 0.75 || pool === slavic ? e.names[0] : pick(r, e.names);
      if (!ownedBy(c, source.name, e.entryId)) continue;
      let name = perturb(r, op, source.name, e.schema);
      const ops: string[] = [op];
      // A quarter get a typo on top: real records rarely differ in one way only.
      if (name && op !== 'typo' && op !== 'to-cyrillic' && r() < 0.25) {
        const more = typo(r, name);
        if (more) {
          name = more;
          ops.push('typo');
        }
      }
      // The edit must not have turned the name into another entry's (or back into this one's).
      if (!name || nameKey(name) === '' || !ownedBy(c, name, e.entryId)) continue;
      if (name === source.name) continue;
      const q: BenchQuery = {
        id: `p${out.length + 1}`,
        set: 'perturbation',
        split: splitOf(e.entryId),
        name,
        schema: e.schema,
        expect: e.entryId,
        from: source.name,
        ops,
      };
      // A third say where the party is, as a screened organization or person usually does.
      if (e.countries.length > 0 && r() < 0.33) q.countries = [pick(r, e.countries)];
      out.push(q);
      made++;
    }
  }
  return out;
}

const COMPANY_WORDS = (
  'GLOBAL GENERAL UNITED NATIONAL INTERNATIONAL TRADING GROUP HOLDING INDUSTRIES ENERGY SERVICES ' +
  'LOGISTICS SHIPPING TECHNOLOGY ENGINEERING INVESTMENT DEVELOPMENT CONSTRUCTION ELECTRONICS ' +
  'SUPPLY SYSTEMS SOLUTIONS PARTNERS CAPITAL RESOURCES COMMERCIAL MARINE STAR NEW FIRST EASTERN ' +
  'WESTERN GOLDEN GREEN OCEAN PACIFIC ASIA EURO ALPHA DELTA PRIME'
).split(' ');
const NEG_FORMS = ['LLC', 'LTD', 'CO., LTD.', 'FZE', 'S.A.', 'GMBH', 'INC.', 'JSC', ''];

function negatives(c: Catalog, r: Rand, count: number): BenchQuery[] {
  const orgs = c.entries.filter((e) => e.schema === 'Organization');
  const persons = c.entries.filter((e) => e.schema === 'Person' && e.names[0].name.includes(', '));
  const orgTokens = orgs
    .flatMap((e) => stripLegalForms(e.names[0].name).core.split(' '))
    .filter((t) => /^[A-Z][A-Z-]{2,}$/.test(t));
  const out: BenchQuery[] = [];
  const seen = new Set<string>();
  const kinds = ['recombined-org', 'company-words', 'person-recombined'] as const;
  for (let tries = 0; out.length < count && tries < count * 50; tries++) {
    const kind = kinds[out.length % kinds.length];
    let name: string;
    let schema: EntrySchema = 'Organization';
    let countries: string[] | undefined;
    if (kind === 'recombined-org') {
      // Two distinctive words of two different listed companies, and a company word or form.
      const a = pick(r, orgTokens);
      const b = pick(r, orgTokens);
      const tail = r() < 0.5 ? pick(r, COMPANY_WORDS) : '';
      name = [a, b, tail, pick(r, NEG_FORMS)].filter(Boolean).join(' ');
      const from = pick(r, orgs);
      if (from.countries.length > 0 && r() < 0.33) countries = [pick(r, from.countries)];
    } else if (kind === 'company-words') {
      const n = 2 + Math.floor(r() * 2);
      const words = [...new Set(Array.from({ length: n }, () => pick(r, COMPANY_WORDS)))];
      name = [...words, pick(r, NEG_FORMS)].filter(Boolean).join(' ');
    } else {
      // The surname of one listed person, the given names of another.
      schema = 'Person';
      const a = pick(r, persons);
      const b = pick(r, persons);
      if (a === b) continue;
      const last = a.names[0].name.split(', ')[0];
      const first = b.names[0].name.split(', ')[1];
      name = r() < 0.5 ? `${last}, ${first}` : `${first} ${last}`;
      if (a.countries.length > 0 && r() < 0.33) countries = [pick(r, a.countries)];
    }
    const key = nameKey(name);
    if (key === '' || c.owners.has(key) || seen.has(key)) continue;
    seen.add(key);
    const q: BenchQuery = {
      id: `n${out.length + 1}`,
      set: 'negative',
      split: splitOf(`negative:${key}`),
      name,
      schema,
      expect: null,
      ops: [kind],
    };
    if (countries) q.countries = countries;
    out.push(q);
  }
  return out;
}

export interface QueryFile {
  about: string;
  seed: number;
  list: string;
  counts: Record<QuerySet, number>;
  queries: BenchQuery[];
}

export function generateQueries(entries: WatchlistEntry[], seed = QUERY_SEED): QueryFile {
  const c = catalog(entries);
  const r = rng(seed);
  const v = variants(c);
  const p = perturbations(c, r, 250);
  const n = negatives(c, r, p.length);
  return {
    about:
      'Frozen query sets of `npm run bench -- screening` (bench/screening.queries.ts), made from OFAC SDN 2021 before the matcher was tuned. Regenerate only with --regenerate.',
    seed,
    list: LIST_NAME,
    counts: { variant: v.length, perturbation: p.length, negative: n.length },
    queries: [...v, ...p, ...n],
  };
}

/** One query a line: small enough to commit, and a diff shows which queries changed. */
export function serializeQueries(f: QueryFile): string {
  const { queries, ...head } = f;
  const lines = queries.map((q) => `    ${JSON.stringify(q)}`);
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "queries": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

export const QUERY_FILE = new URL('./data/screening-queries.json', import.meta.url).pathname;

/**
 * The frozen queries and the sha256 of their file. Generating them again is refused unless asked:
 * queries remade after tuning would no longer be a test.
 */
export function readQueries(o: { regenerate?: boolean; entries?: WatchlistEntry[] } = {}): {
  file: QueryFile;
  sha256: string;
} {
  if (o.regenerate) writeFileSync(QUERY_FILE, serializeQueries(generateQueries(o.entries ?? loadOfac2021())));
  else if (!existsSync(QUERY_FILE))
    throw new Error(`${QUERY_FILE} is missing; it is committed. Make it again only with --regenerate.`);
  const text = readFileSync(QUERY_FILE, 'utf8');
  return {
    file: JSON.parse(text) as QueryFile,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}
