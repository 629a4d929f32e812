// Ukrainian names follow the national romanization (Cabinet of Ministers resolution 55 of 2010,
// also used in passports): any-ascii reads Cyrillic the Russian way and gives "Kiiv" for "Київ",
// where every Ukrainian document and sanctions list writes "Kyiv".

// Letters found in Ukrainian and not in Russian, or the apostrophe before an iotated vowel
// ("Мар’яна"); "і" is shared with Belarusian and Kazakh, which the letters of FOREIGN tell apart.
const MARKERS = /[ҐґЄєІіЇї]|\p{Script=Cyrillic}['’ʼ][ЄєЇїЮюЯя]/u;
const FOREIGN = /[ЁёЫыЭэЪъЎўӘәҒғҚқҢңӨөҰұҮүҺһ]/u;

export function looksUkrainian(s: string): boolean {
  return MARKERS.test(s) && !FOREIGN.test(s);
}

// [at the start of a word, elsewhere]; letters not listed romanize the same way as any-ascii's.
const UKRAINIAN: Readonly<Record<string, readonly [string, string]>> = {
  г: ['h', 'h'],
  ґ: ['g', 'g'],
  и: ['y', 'y'],
  і: ['i', 'i'],
  є: ['ye', 'ie'],
  ї: ['yi', 'i'],
  й: ['y', 'i'],
  ю: ['yu', 'iu'],
  я: ['ya', 'ia'],
  ь: ['', ''],
  "'": ['', ''],
  '’': ['', ''],
  ʼ: ['', ''],
};

/** Romanizes the Ukrainian-specific letters of one word and leaves the rest for any-ascii. */
export function romanizeUkrainian(word: string): string {
  let out = '';
  let previous = '';
  let first = true;
  for (const c of word) {
    const lower = c.toLowerCase();
    const pair = UKRAINIAN[lower];
    // "зг" is written "zgh" so that it does not read as the digraph "zh" (Згурівка → Zghurivka).
    let latin = pair === undefined ? c : pair[first ? 0 : 1];
    if (lower === 'г' && previous === 'з') latin = 'gh';
    out += pair !== undefined && c !== lower ? latin.charAt(0).toUpperCase() + latin.slice(1) : latin;
    previous = lower;
    first = false;
  }
  return out;
}
