// The comparisons the index makes on its typed arrays must give what the plain functions give: the
// ceiling is never below Jaro-Winkler, and the table's similarity is `tokenSimilarity`, to the bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abjadSkeletons } from '../text/index.ts';
import { tokenSimilarity } from './screening.align.ts';
import { ceilingQuery, classMasks, jaroWinklerCeiling, packedStart } from './screening.ceiling.ts';
import { jaroWinkler } from './screening.jaro.ts';
import { TokenTable } from './screening.table.ts';
import { Vocabulary } from './screening.tokens.ts';

// Names' tokens are lowercase letters and digits; a few letters make near misses common.
const token = fc.stringMatching(/^[a-e0-9]{1,12}$/);
const word = fc.stringMatching(/^[a-z]{1,14}$/);

describe('the Jaro-Winkler ceiling', () => {
  it('is never below Jaro-Winkler', () => {
    fc.assert(
      fc.property(fc.oneof(token, word), fc.oneof(token, word), (a, b) => {
        const m = classMasks(b);
        const c = jaroWinklerCeiling(ceilingQuery(a), b.length, m.once, m.twice, packedStart(b));
        expect(c).toBeGreaterThanOrEqual(jaroWinkler(a, b) - 1e-12);
      }),
      { numRuns: 5000 },
    );
  });

  it('is below the floor for tokens that share few letters', () => {
    const m = classMasks('zhongxing');
    expect(
      jaroWinklerCeiling(ceilingQuery('abramov'), 9, m.once, m.twice, packedStart('zhongxing')),
    ).toBeLessThan(0.8);
  });
});

describe('TokenTable', () => {
  it("gives tokenSimilarity's value for every pair, numbers and initials included", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(token, word), { minLength: 1, maxLength: 30 }),
        fc.oneof(token, word),
        (list, q) => {
          const vocab = new Vocabulary();
          for (const t of list) vocab.intern(t, /^[0-9]+$/.test(t));
          vocab.finish();
          const table = new TokenTable(vocab.tokens);
          const query = vocab.token(q, /^[0-9]+$/.test(q));
          const probe = table.probe(query);
          for (const t of vocab.tokens) expect(table.similarity(probe, t.id)).toBe(tokenSimilarity(query, t));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives it too for a query token read from Arabic script, whose consonants meet the list spellings', () => {
    // Consonant-heavy words, so that skeletons often agree: "mhmd" meets "muhammad" and "mahmud".
    const abjadWord = fc.stringMatching(/^[bdhlmnrsy]{1,7}$/);
    const latinWord = fc.stringMatching(/^[abdehilmnorsuy]{1,12}$/);
    fc.assert(
      fc.property(fc.uniqueArray(latinWord, { minLength: 1, maxLength: 30 }), abjadWord, (list, q) => {
        const vocab = new Vocabulary();
        for (const t of list) vocab.intern(t, false);
        vocab.finish();
        const table = new TokenTable(vocab.tokens);
        const query = vocab.token(q, false, abjadSkeletons(q));
        const probe = table.probe(query);
        for (const t of vocab.tokens) expect(table.similarity(probe, t.id)).toBe(tokenSimilarity(query, t));
      }),
      { numRuns: 500 },
    );
    const vocab = new Vocabulary();
    for (const t of ['muhammad', 'mahmud', 'hamid']) vocab.intern(t, false);
    vocab.finish();
    const table = new TokenTable(vocab.tokens);
    const probe = table.probe(vocab.token('mhmd', false, abjadSkeletons('mhmd')));
    const plain = table.probe(vocab.token('mhmd', false));
    // The same letters typed in Latin are not lifted: only a name read from Arabic script is.
    expect(table.similarity(probe, 0)).toBeGreaterThan(table.similarity(plain, 0));
    expect(table.similarity(probe, 1)).toBeGreaterThan(0.8);
    expect(table.similarity(probe, 2)).toBe(tokenSimilarity(probe.token, vocab.tokens[2]));
  });
});
