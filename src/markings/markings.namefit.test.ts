import { describe, expect, it } from 'vitest';
import { editDistance, wordFit } from './markings.namefit.ts';

describe('editDistance', () => {
  it('counts edits with transpositions, stopping above a limit', () => {
    expect(editDistance('instrumnets', 'instruments', 2)).toBe(1);
    expect(editDistance('macronics', 'macronix', 2)).toBe(2);
    expect(editDistance('nordex', 'nordic', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('wordFit', () => {
  const scoreOf = (q: string, t: string) => wordFit(q.split(' '), t.split(' ')).score;

  it('fits abbreviations of generic words and generic words left out', () => {
    expect(scoreOf('texas instr', 'texas instruments')).toBeGreaterThan(0.8);
    expect(scoreOf('nordic', 'nordic semiconductor')).toBeGreaterThan(0.6);
    expect(scoreOf('micron semiconductor products', 'micron')).toBeGreaterThan(0.6);
  });

  it('drops regional words, and fits one typing error', () => {
    expect(scoreOf('texas instruments deutschland', 'texas instruments')).toBeGreaterThan(0.8);
    expect(wordFit(['texas', 'instrumnets'], ['texas', 'instruments'])).toMatchObject({ typos: 1 });
  });

  it('needs a distinctive word, and a maker of generic words named in full', () => {
    expect(scoreOf('semiconductor', 'nordic semiconductor')).toBe(0);
    expect(scoreOf('silicon', 'silicon labs')).toBe(0);
    expect(scoreOf('analog devises', 'analog devices')).toBeGreaterThan(0);
    expect(scoreOf('nordic photonics', 'nordic semiconductor')).toBe(0);
    expect(scoreOf('brightwater fluxonics', 'bright fluxonics')).toBe(0);
  });
});
