// The matcher on a small hand-made list and on the real OFAC SDN 2021 list: what it must find, what
// it must not, and what it says about each hit.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../test/helpers/shared.ts';
import { Invalid } from '../core/errors.ts';
import { DEFAULT_THRESHOLD, ScreeningIndex, scoreEntry } from './screening.index.ts';
import type { IndexedEntry } from './screening.matching.types.ts';
import { parseOfac } from './screening.ofac.ts';

let n = 0;
const entry = (name: string, more: Partial<IndexedEntry> = {}): IndexedEntry => {
  n++;
  return {
    key: `test:${n}`,
    listName: 'test',
    entryId: String(n),
    schema: 'Organization',
    names: [{ name, kind: 'primary' }],
    countries: [],
    identifiers: [],
    ...more,
  };
};

const small = [
  entry('11420 CORP.'),
  entry('BELLETECH ELECTRONICS LTD'),
  entry('KONTSERN KALASHNIKOV AO', { countries: ['RU'] }),
  entry('SHCHEGOLEV, Igor Olegovich', { schema: 'Person', countries: ['RU'] }),
  entry('SHCHEGOLEV SHIPPING', { countries: ['RU'] }),
  entry('ROSOBORONEXPORT', {
    identifiers: [{ type: 'Registration ID', value: '1117746521452', country: 'RU' }],
  }),
  entry('ZHONGHAI ELECTRONIC TECHNOLOGY CO., LTD.', { countries: ['CN'] }),
  entry('ARMY UNIT 11421'),
];
const index = ScreeningIndex.build(small);
const top = (name: string, more: object = {}) => index.match({ name, ...more })[0];

describe('ScreeningIndex on a small list', () => {
  it('does not match "BELLETECH CORP" with "11420 CORP.": numbers are tokens', () => {
    const hits = index.match({ name: 'BELLETECH CORP', schema: 'Organization' });
    expect(hits[0].name).toBe('BELLETECH ELECTRONICS LTD');
    expect(hits.find((h) => h.name === '11420 CORP.')).toBeUndefined();
    expect(top('11420 CORP')).toMatchObject({ name: '11420 CORP.', score: 1 });
    const army = index.match({ name: 'ARMY UNIT 11420' }).find((h) => h.name === 'ARMY UNIT 11421');
    if (!army) throw new Error('ARMY UNIT 11421 not among the candidates');
    expect(army.score).toBeLessThan(DEFAULT_THRESHOLD);
    expect(army.explanation.adjustments.map((a) => a.kind)).toContain('number_mismatch');
  });

  it('finds a Latin entry from a Cyrillic query, and says the tokens are transliterations', () => {
    const hit = top('АО «Концерн Калашников»');
    expect(hit.name).toBe('KONTSERN KALASHNIKOV AO');
    expect(hit.score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(hit.explanation.tokens.map((t) => t.how)).toEqual(['transliteration', 'transliteration']);
    expect(hit.explanation.legalForms).toEqual({ query: ['АО'], candidate: ['AO'] });
  });

  it('matches a person written "First LAST" to "LAST, First", and never to an organization', () => {
    const hits = index.match({ name: 'Igor SHCHEGOLEV', schema: 'Person' });
    expect(hits.map((h) => h.name)).toEqual(['SHCHEGOLEV, Igor Olegovich']);
    expect(hits[0].score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(index.match({ name: 'SHCHEGOLEV SHIPPING', schema: 'Organization' }).map((h) => h.schema)).toEqual(
      ['Organization'],
    );
    expect(
      index
        .match({ name: 'SHCHEGOLEV', schema: 'Any' })
        .map((h) => h.schema)
        .sort(),
    ).toEqual(['Organization', 'Person']);
  });

  it('takes an identical identifier as decisive, whatever the name', () => {
    const hit = scoreEntry(
      { name: 'Rosoboron Export JSC', identifiers: [{ type: 'OGRN', value: '1117746521452' }] },
      small[5],
      index.weights,
    );
    expect(hit?.score).toBe(1);
    expect(hit?.explanation.adjustments.map((a) => a.kind)).toContain('identifier_match');
  });

  it('lowers the score when both sides know countries and none is shared', () => {
    const same = top('KONTSERN KALASHNIKOV', { countries: ['RU'] });
    const other = top('KONTSERN KALASHNIKOV', { countries: ['FR'] });
    expect(other.score).toBeLessThan(same.score);
    expect(other.explanation.adjustments).toContainEqual(
      expect.objectContaining({ kind: 'country_mismatch' }),
    );
    expect(other.explanation.summary).toContain('−0.10');
  });

  it('finds a typo through its near tokens, and explains tokens, unmatched tokens and abbreviations', () => {
    const hit = top('ZHONGHIA ELEC TECHNOLOGY TRADING');
    expect(hit.name).toBe('ZHONGHAI ELECTRONIC TECHNOLOGY CO., LTD.');
    const e = hit.explanation;
    expect(e.tokens).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ query: 'zhonghia', matched: 'zhonghai', how: 'fuzzy' }),
        expect.objectContaining({ query: 'elec', matched: 'electronic', how: 'abbreviation', similarity: 1 }),
        expect.objectContaining({ query: 'technology', how: 'exact' }),
      ]),
    );
    expect(e.unmatchedQuery).toEqual(['trading']);
    expect(e.legalForms.candidate).toEqual(['CO., LTD.']);
    expect(e.adjustments[0]).toMatchObject({ kind: 'unmatched_tokens' });
    expect(e.adjustments[0].delta).toBeLessThan(0);
    expect(hit.score).toBeCloseTo(e.nameScore + e.adjustments.reduce((s, a) => s + a.delta, 0), 3);
    expect(e.summary).toMatch(/^3 of 4 tokens matched/);
  });

  it('weighs a typo the list never holds like the word it misspells, not like the rarest word', () => {
    const list = [
      entry('ACME HOLDINGS'),
      ...Array.from({ length: 30 }, (_, i) => entry(`TRADING HOUSE ${i}`)),
    ];
    const ix = ScreeningIndex.build(list);
    const typo = ix.match({ name: 'ACME HOLDINGS TRADNIG' })[0];
    const gibberish = ix.match({ name: 'ACME HOLDINGS QWXZVBN' })[0];
    expect(typo.name).toBe('ACME HOLDINGS');
    expect(gibberish.name).toBe('ACME HOLDINGS');
    // Both words are unknown and unmatched; "tradnig" is a common word misspelt and costs little.
    expect(typo.explanation.unmatchedQuery).toEqual(['tradnig']);
    expect(typo.score).toBeGreaterThan(gibberish.score + 0.1);
  });

  it('meets a name romanized from Cyrillic by another convention', () => {
    const hit = top('KONCERN KALASHNIKOV', { schema: 'Organization' });
    expect(hit.name).toBe('KONTSERN KALASHNIKOV AO');
    expect(hit.explanation.tokens.find((t) => t.query === 'koncern')?.how).toMatch(/phonetic|fuzzy/);
  });

  it('refuses, at once, a query too long or without a letter or digit', () => {
    expect(() => index.match({ name: 'A'.repeat(10_000) })).toThrow(Invalid);
    expect(() => index.match({ name: '?!…—//' })).toThrow(Invalid);
    expect(() => scoreEntry({ name: '   ' }, small[0])).toThrow(Invalid);
  });

  it('gives scores in [0, 1], the same each time, and no more hits than asked', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), (name) => {
        if (!/[\p{L}\p{N}]/u.test(name)) return;
        const a = index.match({ name }, { limit: 3 });
        expect(a.length).toBeLessThanOrEqual(3);
        for (const h of a) expect(h.score).toBeGreaterThanOrEqual(0);
        for (const h of a) expect(h.score).toBeLessThanOrEqual(1);
        expect(index.match({ name }, { limit: 3 })).toEqual(a);
      }),
      { numRuns: 60 },
    );
  });
});

describe('ScreeningIndex on OFAC SDN 2021', () => {
  const f = (k: string) => ({
    name: `ofac-sdn-2021-${k}.csv`,
    text: readFileSync(sharedFile(`data/sanctions/ofac-sdn-2021-${k}.csv`), 'latin1'),
  });
  const ofac = ScreeningIndex.build(
    parseOfac({ sdn: f('sdn'), alt: f('alt'), add: f('add') }).map((e) => ({
      key: e.entryId,
      listName: 'ofac',
      entryId: e.entryId,
      schema: e.schema,
      names: e.names,
      countries: e.countries,
      identifiers: e.identifiers,
    })),
  );

  it('finds what an exhaustive scan finds, for perturbed names', () => {
    for (const name of ['BANCO NACINAL DE CUBA', 'NATIONAL BANK CUBA', 'Банко Насионал де Куба']) {
      const fast = ofac.match({ name, schema: 'Organization' }, { limit: 1 });
      expect(fast[0].entryId, name).toBe('306');
      expect(ofac.exhaustive({ name, schema: 'Organization' }, { limit: 1 })[0].entryId).toBe('306');
    }
    expect(ofac.size.entries).toBe(8976);
  });

  it('scores an entry the same whether the index found it or the exhaustive scan did', () => {
    // The exhaustive scan is the limit of the index only if both use the same scorer: a token pair's
    // similarity may not depend on which list tokens candidate generation happened to meet first.
    for (const name of [
      'MOHAMAD ALI HASAN',
      'KALASHOV, Marina',
      'AL MABROOK, Muftah',
      'SINAI STATE',
      'HAMAS',
    ]) {
      const fast = ofac.match({ name }, { limit: 10 });
      const full = ofac.exhaustive({ name }, { limit: 200 });
      const byKey = new Map(full.map((h) => [h.key, h]));
      expect(fast.length, name).toBeGreaterThan(0);
      expect(full[0].score, name).toBeGreaterThanOrEqual(fast[0].score);
      for (const h of fast) {
        const same = byKey.get(h.key);
        if (same === undefined) {
          // Not in the exhaustive top 200: then 200 entries score at least as high.
          expect(full[full.length - 1].score, `${name} ${h.name}`).toBeGreaterThanOrEqual(h.score);
        } else expect(same, `${name} ${h.name}`).toEqual(h);
      }
    }
  });
});
