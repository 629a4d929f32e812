// The reader's accuracy on the frozen labelled transcriptions and maker-name variants (written from
// makers' public marking conventions, bench/data/markings): the issue's targets over the whole set, so
// that a change that makes the reader worse fails here. The benchmark reports tune and holdout apart.
import { describe, expect, it } from 'vitest';
import { labelled, makerNames, scoreNames, scoreParser, share } from '../../bench/markings.score.ts';
import { referenceEngine } from './markings.engine.ts';

describe('accuracy on the labelled transcriptions', () => {
  const cases = labelled();
  const s = scoreParser(referenceEngine(), cases);

  it('holds at least 300 transcriptions, a part of them kept aside', () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(cases.filter((c) => c.split === 'holdout').length).toBeGreaterThanOrEqual(90);
  });

  it('reads maker and part number in at least 95%, the date code in at least 90%', () => {
    expect(share(s.maker, s.n)).toBeGreaterThanOrEqual(0.95);
    expect(share(s.partNumber, s.n)).toBeGreaterThanOrEqual(0.95);
    expect(share(s.date, s.n)).toBeGreaterThanOrEqual(0.9);
    expect(s.errors).toBe(0);
  });

  it('never gives a confident date for a genuinely ambiguous date code', () => {
    expect(s.ambiguousInputs).toBeGreaterThan(0);
    expect(s.confidentlyWrongOnAmbiguous).toBe(0);
  });
});

describe('accuracy of maker-name resolution', () => {
  const n = scoreNames(referenceEngine(), makerNames());

  it('resolves at least 98% of spelling variants to the right maker', () => {
    expect(n.known).toBeGreaterThanOrEqual(300);
    expect(share(n.knownRight, n.known)).toBeGreaterThanOrEqual(0.98);
  });

  it('resolves at least 99% of invented names to none', () => {
    expect(n.invented).toBeGreaterThanOrEqual(100);
    expect(share(n.inventedNone, n.invented)).toBeGreaterThanOrEqual(0.99);
  });
});
