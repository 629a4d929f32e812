// Canonical form of any text before it is compared, folded or indexed. Markings are typed from
// photos and pasted from PDFs, so invisible characters and odd spaces must not make two
// transcriptions of the same print differ.

// Format characters (zero-width space/joiners, BOM, soft hyphen, bidi marks) and control characters
// are invisible: a transcription copied from a web page must equal one typed by hand. Controls that
// are whitespace (tab, newline) are kept here so they fold to a space below instead of gluing words.
const INVISIBLE = /(?!\p{White_Space})[\p{Cc}\p{Cf}]/gu;
const WHITESPACE_RUN = /\p{White_Space}+/gu;

export function normalize(s: string): string {
  return s.replace(INVISIBLE, '').normalize('NFKC').replace(WHITESPACE_RUN, ' ').trim();
}
