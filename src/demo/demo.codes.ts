// Fictional codes for the demo: part numbers, lot codes and serials, drawn from alphabets without the
// letters that could spell a real maker's abbreviation, plus the Cyrillic look-alike letters that
// investigators sometimes type by mistake when transcribing a Latin marking.
import type { Random } from './demo.random.ts';

/** Latin letters for codes: no I or O (read as digits), no N, P or X (so that no real abbreviation appears). */
const LETTERS = 'ABCDEFGHJKLMQRSTUVWYZ';
const CYRILLIC_LETTERS = 'АБВГДЕЖИКЛМНПРСТУФ';
const PACKAGES = ['QF48', 'QF64', 'LQ100', 'BG64', 'SO8', 'SO16', 'TS20', 'DF10'];

const LOOKALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

const isCyrillic = (s: string): boolean => /[\u0400-\u04ff]/.test(s);

export const letters = (rng: Random, n: number, alphabet = LETTERS): string =>
  Array.from({ length: n }, () => alphabet[rng.int(0, alphabet.length - 1)]).join('');

export const digits = (rng: Random, n: number): string =>
  Array.from({ length: n }, (_, i) => String(rng.int(i === 0 ? 1 : 0, 9))).join('');

/** Replaces the Latin letters that have a Cyrillic twin ("MAX" typed as "МАХ"). */
export const toLookalikeCyrillic = (s: string): string => s.replace(/[ABCEHKMOPTXY]/g, (c) => LOOKALIKES[c]);

/** A fictional part number in the style of the prefix: Cyrillic prefixes get a Cyrillic-style number. */
export function partNumber(rng: Random, prefix: string): string {
  if (isCyrillic(prefix))
    return `${prefix}${digits(rng, 4)}${letters(rng, 2, CYRILLIC_LETTERS)}${rng.int(1, 9)}`;
  const core = `${prefix}${digits(rng, rng.int(3, 4))}${letters(rng, rng.int(1, 2))}`;
  return rng.chance(0.4) ? `${core}-${rng.pick(PACKAGES)}` : core;
}

export function lotCode(rng: Random): string {
  return rng.pick([
    () => `${letters(rng, 1)}${digits(rng, 1)}`,
    () => `${letters(rng, 2)}${digits(rng, 2)}${letters(rng, 1)}`,
    () => `${digits(rng, 1)}${letters(rng, 3)}${digits(rng, 1)}`,
  ])();
}

/** How a country of assembly is printed on a part. */
export const ASSEMBLY_MARKS: Record<string, readonly string[]> = {
  BY: ['BLR', 'BELARUS'],
  CA: ['CAN', 'CANADA'],
  CN: ['CHN', 'CHINA', 'MADE IN CHINA'],
  CZ: ['CZE', 'CZECH REP.'],
  DE: ['GER', 'GERMANY'],
  FR: ['FRA', 'FRANCE'],
  IN: ['IND', 'INDIA'],
  IT: ['ITA', 'ITALY'],
  JP: ['JPN', 'JAPAN'],
  KR: ['KOR', 'KOREA'],
  MX: ['MEX', 'MEXICO'],
  MY: ['MYS', 'MALAYSIA'],
  PH: ['PHL', 'PHILIPPINES'],
  RU: ['РОССИЯ', 'RUS'],
  SE: ['SWE', 'SWEDEN'],
  SG: ['SGP', 'SINGAPORE'],
  TH: ['THA', 'THAILAND'],
  TN: ['TUN', 'TUNISIA'],
  TW: ['TWN', 'TAIWAN'],
  VN: ['VNM', 'VIETNAM'],
};
