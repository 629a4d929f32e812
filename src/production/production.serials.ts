// Reads a serial as transcribed ("Зав. № ТК-0031", "S/N: HW2-0417") into a series and a number. Serials
// are copied from photos and from Russian-language listings, so Cyrillic letters that look Latin are
// folded first: "ТК" and "TK" must be one series, or one series would be estimated as two.
import { Invalid } from '../core/errors.ts';
import { foldLookalikes, normalize } from '../text/index.ts';
import type { ParsedSerial, SerialObservation, UnparsedSerial } from './production.types.ts';

/**
 * A label before the serial: "№", "#", "N°", "No.", "S/N", "SN", "Serial No", or anything up to a colon,
 * with whatever text comes before it ("Зав. №", "Factory number:").
 */
const LABEL = /^[^0-9]*?(?:#|N[°º]|\bNO(?:\.|\b)|S\/N\b|\bSN\b|\bSERIAL\b(?:\s*NO\b\.?)?|:)[\s.:\-/]*/u;

/**
 * The default: an optional series (letters and digits, parts joined by - / . or a space), a separator or
 * none when the series ends in a letter ("TK0031"), then the trailing digits.
 */
export const DEFAULT_SERIAL_PATTERN =
  /^(?:(?<series>[\p{L}\p{N}]+(?:[-/. ][\p{L}\p{N}]+)*?)(?:[-/. ]+|(?<=\p{L})))?(?<number>[0-9]+)$/u;

/**
 * Twelve significant digits at most: serials are rarely longer, and a bound ten or a thousand times the
 * largest serial must stay a whole number a double holds exactly (below 2^53).
 */
const MAX_DIGITS = 12;

/** What patterns see: NFKC, capitals, look-alike letters folded to Latin, spaces collapsed. */
export function canonicalSerial(raw: string): string {
  // NFKC turns "№" into "No", which a series could start with: it becomes the unambiguous "#" first.
  return foldLookalikes(normalize(raw.replace(/№/g, ' # ')).toUpperCase());
}

/** Parts of a series joined by one "-": "HW2 M", "HW2/M" and "HW2-M" are one series. */
const joinSeries = (series: string) => series.replace(/[-/. ]+/g, '-');

/** A series as typed elsewhere (a declared target's "hw2 m") → the name the estimates give it ("HW2-M"). */
export const canonicalSeries = (raw: string): string => joinSeries(canonicalSerial(raw));

/** A pattern given as text (from the CLI or the API), checked: a regex with a named group `number`. */
export function serialPattern(pattern: RegExp | string): RegExp {
  let re: RegExp;
  try {
    re = typeof pattern === 'string' ? new RegExp(pattern, 'u') : pattern;
  } catch (e) {
    throw Invalid.at('pattern', `not a regular expression: ${(e as Error).message}`);
  }
  if (!re.source.includes('(?<number>')) {
    throw Invalid.at(
      'pattern',
      'needs a named group (?<number>…) for the digits (and may have (?<series>…))',
    );
  }
  // A global or sticky regex keeps state between calls and would skip every other serial.
  return new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
}

export function parseSerial(
  observation: SerialObservation,
  index: number,
  pattern?: RegExp,
): { parsed: ParsedSerial } | { unparsed: UnparsedSerial } {
  const raw = observation.serial;
  const ref = { index, ...(observation.id === undefined ? {} : { id: observation.id }), raw };
  const fail = (reason: string) => ({ unparsed: { ...ref, reason } });
  const text = canonicalSerial(raw ?? '');
  if (!text) return fail('empty serial');
  if (!/[0-9]/.test(text)) return fail('no digits in the serial');
  const subject = pattern ? text : text.replace(LABEL, '').replace(/^[\s.:\-/]+/, '');
  const m = (pattern ?? DEFAULT_SERIAL_PATTERN).exec(subject);
  if (!m?.groups?.number) {
    return fail(
      pattern
        ? `does not match the pattern /${pattern.source}/ (read as "${text}")`
        : `not of the form [series][separator]digits (read as "${subject}"): does it end in letters?`,
    );
  }
  const digits = m.groups.number;
  if (!/^[0-9]+$/.test(digits)) return fail(`the number read is "${digits}", not digits`);
  const significant = digits.replace(/^0+(?=\d)/, '');
  if (significant.length > MAX_DIGITS) return fail(`number longer than ${MAX_DIGITS} digits`);
  const series = m.groups.series ? joinSeries(m.groups.series) : null;
  return {
    parsed: {
      ...ref,
      series,
      number: Number(significant),
      ...(observation.recoveredOn === undefined ? {} : { recoveredOn: observation.recoveredOn }),
    },
  };
}
