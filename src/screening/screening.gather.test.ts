// Gathering names for a query: rare words are read whole, common ones through pairs, and a name that
// holds the query's words and little else comes first.
import { describe, expect, it } from 'vitest';
import { GATHER_TUNING, Gatherer } from './screening.gather.ts';
import { PairPostings } from './screening.pairs.ts';
import { Postings } from './screening.postings.ts';
import type { Token } from './screening.tokens.ts';

function build(names: string[][]) {
  const ids = new Map<string, number>();
  const id = (w: string) => {
    if (!ids.has(w)) ids.set(w, ids.size);
    return ids.get(w) as number;
  };
  const postings = new Postings.Builder();
  const pairs = new PairPostings.Builder();
  names.forEach((words, row) => {
    for (const w of words) postings.add(id(w), row);
    pairs.addRow(
      row,
      words.map((w) => id(w)),
    );
  });
  const df = new Map<string, number>();
  for (const words of names) for (const w of new Set(words)) df.set(w, (df.get(w) ?? 0) + 1);
  const tokens = new Map<string, Token>();
  for (const [w, i] of ids)
    tokens.set(w, {
      id: i,
      text: w,
      number: false,
      weight: Math.log(1 + names.length / (df.get(w) ?? 1)),
      known: true,
      phonetic: [],
    });
  const rowWeight = Float32Array.from(names, (words) =>
    [...new Set(words)].reduce((a, w) => a + (tokens.get(w)?.weight ?? 0), 0),
  );
  const gatherer = new Gatherer(postings.finish(ids.size), pairs.finish(), rowWeight);
  const ask = (...words: string[]) =>
    gatherer.gather(
      words.map((w) => ({
        similar: tokens.has(w) ? [{ token: tokens.get(w) as Token, similarity: 1 }] : [],
      })),
      [words.map((_, i) => i)],
    );
  return { ask };
}

describe('Gatherer', () => {
  // 1,000 names that share common words, and the one that holds both.
  const names: string[][] = [];
  for (let i = 0; i < 1000; i++) names.push(i % 2 === 0 ? ['mohammad', `x${i}`] : ['ali', `y${i}`]);
  names.push(['mohammad', 'ali']);
  names.push(['rosoboronexport']);
  const { ask } = build(names);

  it('finds the name holding two common words through their pair, first', () => {
    expect(GATHER_TUNING.singleMaxNames).toBeLessThan(500);
    const rows = ask('mohammad', 'ali');
    expect(rows[0]).toBe(1000);
  });

  it('reads a rare word whole, and a lone common word within the budget', () => {
    expect(ask('rosoboronexport', 'ali')[0]).toBe(1001);
    expect(ask('ali').length).toBe(GATHER_TUNING.rows);
  });

  it('finds nothing for a query with no known word, and leaves no trace for the next query', () => {
    expect(ask('zzz')).toEqual([]);
    expect(ask('mohammad', 'ali')[0]).toBe(1000);
  });
});
