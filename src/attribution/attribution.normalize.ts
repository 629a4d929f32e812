// How recorded text is compared with what a profile names. Markings are typed from photos by many
// hands: case, spacing, dashes, legal forms and Cyrillic look-alike letters vary where the print
// does not, so each comparison uses the key that ignores exactly those differences.
import { foldForSearch, foldLookalikes, normalize, stripLegalForms } from '../text/index.ts';

const DASHES_AND_SPACES = /[\p{Pd}\p{White_Space}\u00AD]+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** "ksw 7721–qf48" and "KSW7721QF48" are the same part number. */
export const partKey = (s: string): string =>
  foldLookalikes(normalize(s).toUpperCase()).replace(DASHES_AND_SPACES, '');

/** "Kestrel Semiconductor Works Ltd." and "KESTREL SEMICONDUCTOR WORKS" are the same maker. */
export function makerKey(s: string): string {
  const { core } = stripLegalForms(normalize(s));
  return foldForSearch(core).replace(NOT_WORD, '');
}

/** Tags are free labels: "Foam fuselage", "foam_fuselage" and "foam-fuselage" are one tag. */
export const tagKey = (s: string): string =>
  normalize(s)
    .toLowerCase()
    .replace(/[\s_\p{Pd}]+/gu, '-');

/** Designations compare folded: "HARROW-2" is the family "Harrow-2". */
export const designationKey = (s: string): string => foldForSearch(s).replace(DASHES_AND_SPACES, '-');

/** A serial typed with Cyrillic look-alikes ("НW2-0417") is the Latin serial it depicts. */
export const serialForms = (serial: string): string[] => {
  const recorded = normalize(serial);
  const folded = foldLookalikes(recorded);
  return folded === recorded ? [recorded] : [recorded, folded];
};

/** A marking split into the lines it was printed on (transcriptions use newlines or " / "). */
export const markingLines = (raw: string): string[] =>
  raw
    .split(/\r?\n| \/ /)
    .map((line) => normalize(line))
    .filter(Boolean);
