// Generic and clone families of a part number, from the maker index: LM317 and 74HC are made by many
// makers (a maker's own letters may come first: SN74HC), GD32F1 is a clone family of STM32F1. Each is
// a few map look-ups by the lengths the families' patterns come in.
import { isDigit, isLetter } from './markings.fold.ts';
import type { MakerIndex } from './markings.makers.ts';
import type { CloneFamily, GenericFamily } from './markings.types.ts';

/** The generic family a part number belongs to: its start, or its start after the letters of a
 * maker's own prefix ("SN74HC595" → 74HC, "MC34063" → MC34063). */
export function genericOf(index: MakerIndex, part: string): { family: GenericFamily; at: number } | null {
  let letters = 0;
  while (letters < part.length && isLetter(part[letters])) letters++;
  const starts = letters > 0 && letters <= 3 && isDigit(part[letters]) ? [0, letters] : [0];
  for (const at of starts) {
    if (!index.genericHeads.has(part.slice(at, at + 2))) continue;
    for (const n of index.genericLengths) {
      const family = index.generics.get(part.slice(at, at + n));
      if (family && part.length >= at + n) return { family, at };
    }
  }
  return null;
}

/** The clone families a part number starts with, on the clone's side or the original's. */
export function clonesOf(index: MakerIndex, part: string): { family: CloneFamily; isClone: boolean }[] {
  const out: { family: CloneFamily; isClone: boolean }[] = [];
  for (const n of index.cloneLengths) {
    const head = part.slice(0, n);
    if (head.length < n) continue;
    for (const family of index.clones.get(head) ?? []) out.push({ family, isClone: true });
    for (const family of index.originals.get(head) ?? []) out.push({ family, isClone: false });
  }
  return out;
}
