// The contracts of the markings module: the maker reference data it reads and the reading it gives.
// Pure types, no I/O: the parser, the resolver, the CLI and the API all speak these.

/** How a maker prints its date codes, in the order the parser should try them. */
export type DateScheme =
  | 'YYWW' // 2229 = 2022, week 29 (most makers)
  | 'WWYY' // 2922 = week 29 of 2022 (rare: some passives and modules)
  | 'YWW' // 229 = 2022 or 2012, week 29 (ST, some Microchip lines): decade ambiguous
  | 'YYMM' // 2207 = July 2022
  | 'YM' // one digit of the year and a month letter or digit (e.g. Murata, TDK passives)
  | 'LETTER_YM'; // a letter for the year and one for the month (e.g. Panasonic, Nichicon capacitors)

export interface PrefixRule {
  /** Printed start of the ordering code, upper case, e.g. "STM32", "ADUM", "LTC". */
  prefix: string;
  /** Year the family first shipped, when known: a date code before it is impossible. */
  since?: number;
  /** How many characters of the full ordering code form the base part (without package,
   * temperature and reel suffixes), or a regular expression whose first group is the base.
   * Absent: the base is not known for this family. */
  base?: { length: number } | { pattern: string };
}

export interface MakerProfile {
  /** Stable id in the reference data, lower case: "st", "ti", "adi". */
  key: string;
  /** Official name. */
  name: string;
  /** ISO 3166-1 alpha-2 of the headquarters. */
  country: string;
  aliases: string[];
  abbreviations: string[];
  formerNames: { name: string; until?: number }[];
  /** Words printed as the logo or maker line on a part ("ST", "TI", "MAXIM", "NXP"). */
  logos: string[];
  prefixes: PrefixRule[];
  dateSchemes: DateScheme[];
  /** When this maker was acquired or merged: the key of the maker it became part of. */
  mergedInto?: { key: string; year: number };
  categories: string[];
  /** Keys into the file's `sources`. */
  sources: string[];
}

export interface MakerSource {
  title: string;
  url: string;
}

export interface MakersFile {
  version: string;
  note: string;
  sources: Record<string, MakerSource>;
  makers: MakerProfile[];
}

/** A part number made by many makers: do not pick one. */
export interface GenericFamily {
  /** Printed start of the base number, after any maker prefix is stripped: "LM317", "74HC", "NE555". */
  pattern: string;
  description: string;
  /** Keys of some of the makers known to make it. */
  makers: string[];
  sources: string[];
}

/** A family with a known pin-compatible clone (GD32 against STM32): name both possibilities. */
export interface CloneFamily {
  originalKey: string;
  originalPrefix: string;
  cloneKey: string;
  clonePrefix: string;
  note: string;
  sources: string[];
}

export type MatchedBy = 'logo' | 'prefix' | 'name';

export interface ManufacturerReading {
  key: string;
  name: string;
  country: string;
  matchedBy: MatchedBy;
  /** The maker it became part of, when it was acquired. */
  now?: { key: string; name: string } | null;
}

export interface DateCodeReading {
  raw: string;
  scheme: DateScheme;
  /** The year when one remains, else null (see `years`). */
  year: number | null;
  /** Every year still possible after the constraints (recovery date, family introduction). */
  years: number[];
  week?: number;
  month?: number;
  /** First and last day the code can mean, YYYY-MM-DD, over every possible year. */
  earliest: string;
  latest: string;
  ambiguous: boolean;
}

export type FlagKind =
  | 'maker-mismatch' // logo and part-number prefix name different makers: remarked or counterfeit?
  | 'generic' // made by many makers
  | 'clone' // known clone family: original or clone
  | 'date-ambiguous' // more than one decade remains
  | 'date-impossible' // no reading of the code fits the constraints
  | 'unknown-maker'; // a logo or name was read but matches no maker

export interface MarkingFlag {
  kind: FlagKind;
  message: string;
  makers?: string[];
}

export interface MarkingAlternative {
  manufacturer: ManufacturerReading | null;
  partNumber: { full: string; base: string | null } | null;
  confidence: number;
  reason: string;
}

export interface MarkingReading {
  manufacturer: ManufacturerReading | null;
  partNumber: { full: string; base: string | null } | null;
  dateCode: DateCodeReading | null;
  lotCode: string | null;
  /** ISO 3166-1 alpha-2. */
  countryOfAssembly: string | null;
  /** In [0, 1]: how sure the reading is overall. */
  confidence: number;
  /** Per field, in [0, 1]. */
  fieldConfidence: {
    manufacturer: number;
    partNumber: number;
    dateCode: number;
    lotCode: number;
    countryOfAssembly: number;
  };
  alternatives: MarkingAlternative[];
  flags: MarkingFlag[];
  /** The lines as split and folded, for display. */
  lines: string[];
}

export interface ParseContext {
  /** YYYY-MM-DD: the item's recovery date; no part is made after it. */
  recovered?: string;
}
