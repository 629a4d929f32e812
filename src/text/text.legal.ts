// Legal forms of company names ("Inc.", "Co., Ltd.", "GmbH", "ООО", "株式会社" …) split off the name,
// so that "Texas Instruments Inc." and "TEXAS INSTRUMENTS" meet when makers are resolved and when
// parties are screened. Only whole words at the start or end are taken, and never the whole name:
// a name that is nothing but a legal form is kept as it is. Screening also takes the unmistakable
// forms from anywhere in a company's name (`anywhere`): lists and customs clerks write "S.A. CREDISA",
// "PALEA D.O.O. GENERAL" or "BOYLE CHEMICAL CO., LTD. INTERNATIONAL".
import { foldLookalikes } from './text.lookalikes.ts';
import { normalize } from './text.normalize.ts';

export interface LegalFormSplit {
  /** The name without its legal forms, surrounding quotes and trailing punctuation. */
  core: string;
  /** The legal forms as printed, in the order they appear. */
  legalForms: string[];
}

// Compact keys: Latin letters only, upper case, look-alikes folded ("Co.,Ltd" → COLTD, "Sp. z o.o." → SPZOO).
const SUFFIX = new Set(
  (
    'LLC LC LTD LIMITED INC INCORPORATED CO COMPANY CORP CORPORATION PLC LLP LP GMBH MBH AG KG KGAA OHG SE ' +
    'SA SAS SARL SRL SPA SPZOO SL SLU NV BV BVBA VOF AB OY OYJ AS ASA APS KK COLTD COINC PTE PTELTD PTY PTYLTD ' +
    'PVT PVTLTD BHD SDN SDNBHD SRO AS KFT ZRT NYRT DOO DD AD EOOD OOD SACV SADECV CV LTDA ULC CIC ' +
    'JSC PJSC CJSC OJSC OOO ZAO OAO PAO AO TOO TOV KABUSHIKIKAISHA YUGENKAISHA GK AKTIENGESELLSCHAFT ' +
    'AKTIEBOLAGET UNLIMITEDCOMPANY PUBLICLIMITEDCOMPANY GESELLSCHAFTMBH'
  ).split(' '),
);
// Forms written before the name: Russian, Ukrainian and Kazakh company forms in Latin spelling, and the
// Swedish "Aktiebolaget" (AB spelled out, as in "Aktiebolaget SKF").
const PREFIX = new Set(
  'OOO ZAO OAO PAO AO NAO TOO TOV PJSC JSC CJSC OJSC FGUP GUP PAT PRAT AKTIEBOLAGET'.split(' '),
);
// The same in Cyrillic (before look-alike folding, which would make "ТОВ" the Latin "TOB").
const CYRILLIC = new Set(
  'ООО ОАО ЗАО ПАО АО НАО ТОО ТОВ ПАТ ПРАТ АТ ФГУП ГУП МУП ОДО ЧУП АООТ АОЗТ ТДВ ЧП ИП'.split(' '),
);
// Written without spaces in Chinese, Japanese and Korean names, longest first.
const CJK_SUFFIX = [
  '股份有限公司',
  '有限责任公司',
  '有限責任公司',
  '有限公司',
  '株式会社',
  '有限会社',
  '合同会社',
  '주식회사',
  '(株)',
  '（株）',
  '㈱',
];
const CJK_PREFIX = ['株式会社', '有限会社', '주식회사', '(株)', '（株）', '㈱'];
const MAX_WORDS = 4;
const QUOTES = '"\'«»“”„‘’`()[]';
const TRAILING = ',.;:&-–/ ';

/** The Latin letters of the words, or '' when they hold another letter ("СОЛИД" is no "CO" with extras). */
function compactLatin(words: readonly string[]): string {
  let out = '';
  for (const c of foldLookalikes(words.join('')).toUpperCase()) {
    if (c >= 'A' && c <= 'Z') out += c;
    else if (/\p{L}/u.test(c)) return '';
  }
  return out;
}

// Greek forms, written with dots or without ("Α.Ε.", "ΑΕ", "Ε.Π.Ε.", "Ι.Κ.Ε.", "Α.Β.Ε.Ε.").
const GREEK = new Set('ΑΕ ΕΠΕ ΙΚΕ ΟΕ ΕΕ ΑΒΕΕ ΑΕΒΕ'.split(' '));

function compactGreek(words: readonly string[]): string {
  let out = '';
  for (const c of words.join('').normalize('NFD').toUpperCase()) if (c >= 'Α' && c <= 'Ω') out += c;
  return out;
}

function compactCyrillic(words: readonly string[]): string {
  let out = '';
  for (const c of words.join('').toUpperCase()) if (c >= 'А' && c <= 'Я') out += c;
  return out;
}

interface WordLetters {
  /** Only letters, dots, commas and brackets: a form is such a word (South Africa's "(Pty) Ltd"); "A&B" or "3M" are names. */
  ok: boolean;
  latin: string;
  cyrillic: string;
  greek: string;
  /** Holds a letter that is not Latin (then it has no Latin key). */
  foreign: boolean;
}

// Names repeat their words: each word's letters are worked out once (a bounded cache; an index of a
// million names asks for a few hundred thousand words).
const letters = new Map<string, WordLetters>();
const LETTERS_CACHE = 200_000;
const FORM_WORD = /^[\p{L}.,()]+$/u;

function wordLetters(word: string): WordLetters {
  let w = letters.get(word);
  if (w === undefined) {
    const ok = FORM_WORD.test(word);
    const latin = ok ? compactLatin([word]) : '';
    w = ok
      ? {
          ok,
          latin,
          cyrillic: compactCyrillic([word]),
          greek: compactGreek([word]),
          foreign: latin === '' && /\p{L}/u.test(word),
        }
      : { ok, latin: '', cyrillic: '', greek: '', foreign: false };
    if (letters.size >= LETTERS_CACHE) letters.clear();
    letters.set(word, w);
  }
  return w;
}

const isForm = (words: readonly string[], latin: Set<string>): boolean => {
  let l = '';
  let c = '';
  let g = '';
  let latinOnly = true;
  for (const word of words) {
    const w = wordLetters(word);
    if (!w.ok) return false;
    // A word with other letters than Latin ones has no Latin key: the run has none either.
    if (w.foreign) latinOnly = false;
    l += w.latin;
    c += w.cyrillic;
    g += w.greek;
  }
  return (latinOnly && latin.has(l)) || CYRILLIC.has(c) || GREEK.has(g);
};

function trimEdges(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a])) a++;
  while (b > a && chars.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

export interface LegalFormOptions {
  /** Also take unmistakable forms (written with dots, or of three letters or more) from the start and middle. */
  anywhere?: boolean;
}

export function stripLegalForms(name: string, options: LegalFormOptions = {}): LegalFormSplit {
  // Again until nothing changes: quotes taken off may uncover a form ('"Acme Ltd"').
  const whole = normalize(name);
  const out: LegalFormSplit = { core: whole, legalForms: [] };
  for (let i = 0; i < 4; i++) {
    const next = splitOnce(out.core);
    if (next.core === out.core) break;
    out.core = next.core;
    out.legalForms.push(...next.legalForms);
  }
  if (options.anywhere) {
    const inner = splitInside(out.core);
    out.core = inner.core;
    out.legalForms.push(...inner.legalForms);
  }
  return out;
}

/** A form that cannot be a word of the name: dotted ("S.A.", "D.O.O.", "Co.,") or three letters and more ("LTD", "GmbH"). */
function unmistakable(words: readonly string[]): boolean {
  if (!isForm(words, ANY_FORM)) return false;
  let length = 0;
  for (const word of words) {
    if (word.includes('.') || word.includes(',')) return true;
    const w = wordLetters(word);
    length += Math.max(w.latin.length, w.cyrillic.length);
  }
  return length >= 3;
}

// Forms that are also words of names, spelled out or abbreviated ("JOINT STOCK COMPANY SANATORIUM",
// "ACME CO HOLDING"): taken only at the end, so that every spelling of them is treated alike.
const ALSO_WORDS = new Set(['CO', 'COMPANY', 'CORP', 'CORPORATION']);
const ANY_FORM = new Set([...SUFFIX, ...PREFIX].filter((f) => !ALSO_WORDS.has(f)));

/** Unmistakable forms before the last word, as long as a word of the name is left. */
function splitInside(name: string): LegalFormSplit {
  const words = name.split(' ');
  const kept: string[] = [];
  const forms: string[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let k = Math.min(MAX_WORDS, words.length - i); k >= 1 && taken === 0; k--)
      if (unmistakable(words.slice(i, i + k))) taken = k;
    if (taken === 0) {
      kept.push(words[i]);
      i++;
      continue;
    }
    forms.push(trimEdges(words.slice(i, i + taken).join(' '), ' '));
    i += taken;
  }
  const core = trimEdges(trimEdges(kept.join(' '), TRAILING), QUOTES).trim();
  if (forms.length === 0 || core === '' || !/[\p{L}\p{N}]/u.test(core)) return { core: name, legalForms: [] };
  return { core, legalForms: forms };
}

function splitOnce(name: string): LegalFormSplit {
  let s = name;
  const head: string[] = [];
  const tail: string[] = [];
  for (const form of CJK_PREFIX)
    if (s.startsWith(form) && s.length > form.length) {
      head.push(form);
      s = s.slice(form.length).trim();
      break;
    }
  for (const form of CJK_SUFFIX)
    if (s.endsWith(form) && s.length > form.length) {
      tail.push(form);
      s = s.slice(0, -form.length).trim();
      break;
    }
  const words = s === '' ? [] : s.split(' ');
  // From the end: the longest run of words that is one form, again and again ("GmbH & Co. KG").
  for (let found = true; found && words.length > 1; ) {
    found = false;
    if (words[words.length - 1] === '&' || words[words.length - 1] === ',') {
      words.pop();
      found = true;
      continue;
    }
    for (let k = Math.min(MAX_WORDS, words.length - 1); k >= 1 && !found; k--) {
      const run = words.slice(words.length - k);
      if (!isForm(run, SUFFIX)) continue;
      tail.unshift(run.join(' '));
      words.length -= k;
      found = true;
    }
  }
  for (let found = true; found && words.length > 1; ) {
    found = false;
    for (let k = Math.min(2, words.length - 1); k >= 1 && !found; k--) {
      const run = words.slice(0, k);
      if (!isForm(run, PREFIX)) continue;
      head.push(run.join(' '));
      words.splice(0, k);
      found = true;
    }
  }
  const core = trimEdges(trimEdges(words.join(' '), TRAILING), QUOTES).trim();
  return core === '' ? { core: name, legalForms: [] } : { core, legalForms: [...head, ...tail] };
}
