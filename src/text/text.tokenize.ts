// Word tokens as the full-text indexes see them: runs of letters and digits, lowercased. Digits are
// kept because part numbers and serials are what investigators search for.
import { normalize } from './text.normalize.ts';

// Combining marks stay inside the token: scripts such as Devanagari write vowels with them.
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(s: string): string[] {
  return normalize(s).toLowerCase().match(TOKEN) ?? [];
}
