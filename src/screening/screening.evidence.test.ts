// The ranking's allocation-free evidence score must be the explained one: the same adjustments, added
// in the same order, for any identifiers, countries and kinds of party.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjusted,
  entryEvidence,
  evidenceAdjustments,
  evidenceScore,
  queryEvidence,
} from './screening.evidence.ts';

const identifier = fc.record({
  type: fc.constantFrom('Registration ID', 'Tax ID', 'IMO', ''),
  value: fc.constantFrom('1117746521452', '7701234567', 'IMO 9187629', '5012', 'AB-77'),
});
const countries = fc.uniqueArray(fc.constantFrom('RU', 'CN', 'HK', 'ae', 'IR'), { maxLength: 3 });

describe('evidenceScore', () => {
  it('gives what the explained adjustments give', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(identifier, { maxLength: 2 }),
        countries,
        fc.array(identifier, { maxLength: 3 }),
        countries,
        fc.constantFrom('same' as const, 'other' as const),
        (name, qIds, qCountries, eIds, eCountries, fit) => {
          const q = queryEvidence({ name: 'x', identifiers: qIds, countries: qCountries });
          const e = entryEvidence({
            key: 'k',
            listName: 'l',
            entryId: '1',
            schema: 'Organization',
            names: [],
            countries: eCountries,
            identifiers: eIds.map((id) => ({ ...id, country: null })),
          });
          expect(evidenceScore(name, q, e, fit)).toBe(
            adjusted(name, evidenceAdjustments(q, e, fit, 'Organization')),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('decides on an equal identifier and lowers on another country', () => {
    const e = entryEvidence({
      key: 'k',
      listName: 'l',
      entryId: '1',
      schema: 'Organization',
      names: [],
      countries: ['RU'],
      identifiers: [{ type: 'Registration ID', value: '1117746521452', country: 'RU' }],
    });
    const same = queryEvidence({
      name: 'x',
      identifiers: [{ type: 'Registration ID', value: '1117-746521452' }],
    });
    expect(evidenceScore(0.4, same, e, 'same')).toBe(1);
    expect(evidenceScore(0.8, queryEvidence({ name: 'x', countries: ['CN'] }), e, 'same')).toBeLessThan(0.8);
  });
});
