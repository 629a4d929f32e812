// Cyrillic and Greek letters, and fullwidth forms, that are drawn like Latin ones. A chip marking read from a photo or
// pasted from a Russian-language listing may carry Cyrillic "МАХ" where the die says "MAX"; folding
// by shape (not by sound: Cyrillic "Н" is Latin "H", not "N") lets both spellings meet.

const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Kazakh, Kurdish)
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Ё: 'Ë',
  Н: 'H',
  // Shha is drawn like a small h even as a capital.
  Һ: 'h',
  І: 'I',
  Ї: 'Ï',
  Ӏ: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ԛ: 'Q',
  Ѕ: 'S',
  Т: 'T',
  Ԝ: 'W',
  Х: 'X',
  У: 'Y',
  Ү: 'Y',
  // Cyrillic small letters that look like Latin small letters (not the small-capital shapes к, м, т, н)
  а: 'a',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  ё: 'ë',
  һ: 'h',
  і: 'i',
  ї: 'ï',
  ј: 'j',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  ԝ: 'w',
  х: 'x',
  у: 'y',
  // Greek capitals
  Α: 'A',
  Β: 'B',
  Ϲ: 'C',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Ϊ: 'Ï',
  Ϳ: 'J',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Ϋ: 'Ÿ',
  Χ: 'X',
  // Greek small letters
  α: 'a',
  ϲ: 'c',
  ι: 'i',
  ϳ: 'j',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  υ: 'u',
  χ: 'x',
};

const LOOKALIKE = new RegExp(
  `[${Object.keys(LOOKALIKES).join('')}\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A]`,
  'gu',
);

// Fullwidth digits and Latin letters sit at a fixed distance from their ASCII forms.
const FULLWIDTH_OFFSET = 0xfee0;

export function foldLookalikes(s: string): string {
  return s.replace(LOOKALIKE, (c) => {
    const latin = LOOKALIKES[c];
    if (latin !== undefined) return latin;
    return String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET);
  });
}
