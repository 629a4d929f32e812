// Resolves a maker name as written in imports and customs records ("Texas Instruments Inc.", "TEXAS
// INSTR", "TI") to one maker with a score: exact on folded names, aliases, abbreviations and former
// names; then every word a prefix of the maker's words in order; nothing else, so that invented
// names resolve to none.
import type { MakerIndex } from './markings.index.ts';
import { nameKey } from './markings.names.ts';

export interface NameResolution {
  key: string;
  score: number;
  matchedBy: 'name' | 'alias' | 'abbreviation' | 'former-name' | 'prefix-words';
}

export function resolveMakerName(name: string, index: MakerIndex): NameResolution | null {
  const k = nameKey(name);
  if (!k) return null;
  const exact = index.names.get(k);
  if (exact)
    return { key: exact.maker.key, score: exact.via === 'abbreviation' ? 0.9 : 1, matchedBy: exact.via };
  const words = k.split(' ');
  if (words.length < 2 && words[0].length < 5) return null;
  const candidates = index.nameTokens.get(words[0]) ?? [];
  let best: { key: string; score: number } | null = null;
  for (const c of candidates) {
    const target = c.key.split(' ');
    if (target.length < words.length) continue;
    let ok = true;
    let covered = 0;
    for (let i = 0; i < words.length && ok; i++) {
      ok = target[i].startsWith(words[i]) && words[i].length >= Math.min(3, target[i].length);
      covered += words[i].length / target[i].length;
    }
    if (!ok) continue;
    const score = 0.6 + 0.35 * (covered / target.length);
    if (!best || score > best.score) best = { key: c.maker.key, score };
  }
  return best && best.score >= 0.75
    ? { key: best.key, score: Math.round(best.score * 100) / 100, matchedBy: 'prefix-words' }
    : null;
}
