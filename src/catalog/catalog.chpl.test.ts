import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../test/helpers/shared.ts';
import { chpl, chplEntryOf, codesOfTier, controlsOf } from './catalog.chpl.ts';
import { hs6OfCategory } from './catalog.rules.ts';

describe('the shipped Common High Priority List', () => {
  it('holds every row of the published list with its tier', () => {
    const md = readFileSync(sharedFile('reference/chpl.md'), 'utf8');
    const rows = md.split('\n').filter((l) => /^\|\s*[0-9][0-9A-Z.]*\s*\|\s*\d{4}\.\d{2}/.test(l));
    expect(chpl.entries).toHaveLength(rows.length);
    for (const row of rows) {
      const [tier, code] = row
        .split('|')
        .slice(1, 3)
        .map((c) => c.trim());
      expect(chplEntryOf(code)?.tier).toBe(tier);
    }
    expect(chpl.version).toBe('2024-02-23');
  });

  it('names the codes of a tier, "3" covering 3.A and 3.B', () => {
    expect(codesOfTier('1')).toEqual(['854231', '854232', '854233', '854239']);
    expect(codesOfTier('3').length).toBe(codesOfTier('3.A').length + codesOfTier('3.B').length);
    expect(codesOfTier('9')).toEqual([]);
  });

  it('cites the control and gives nothing for a code not on the list', () => {
    expect(controlsOf('8542.31')[0]?.citation).toMatch(/tier 1, version of 2024-02-23/);
    expect(controlsOf('850131')).toEqual([]);
    expect(controlsOf(null)).toEqual([]);
  });
});

describe('category rules', () => {
  it('give a code by category or alias, folded', () => {
    expect(hs6OfCategory('microcontroller')).toBe('854231');
    expect(hs6OfCategory('  mcu ')).toBe('854231');
    expect(hs6OfCategory('GNSS module')).toBe('852691');
    expect(hs6OfCategory('teapot')).toBeNull();
  });
});
