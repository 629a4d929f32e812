// The UN Security Council consolidated list reader on the real list (the workplace's shared sanctions
// data, found by test/helpers/shared.ts): every
// individual and entity with its DATAID, the parts of its name, aliases with their quality, the name in
// its original script, nationalities, documents and birth dates; a file that is no such list is refused.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../test/helpers/shared.ts';
import { parseUn } from './screening.un.ts';

const text = readFileSync(sharedFile('data/sanctions/un-consolidated-2026.xml'), 'utf8');

describe('the UN consolidated list reader', () => {
  const { generated, entries } = parseUn({ name: 'un.xml', text });
  const byId = new Map(entries.map((e) => [e.entryId, e]));

  it('reads every individual and entity, with the date the list was generated', () => {
    expect(generated).toBe('2026-02-27T00:00:09.554Z');
    expect(entries.filter((e) => e.schema === 'Person').length).toBe(
      (text.match(/<INDIVIDUAL>/g) ?? []).length,
    );
    expect(entries.filter((e) => e.schema === 'Organization').length).toBe(
      (text.match(/<ENTITY>/g) ?? []).length,
    );
    expect(entries.length).toBe(1003);
    expect(new Set(entries.map((e) => e.entryId)).size).toBe(entries.length);
  });

  it('joins the parts of a name in order and reads nationality, address and birth year', () => {
    const e = byId.get('6907993');
    expect(e?.names[0]).toEqual({ name: 'ERIC BADEGE', kind: 'primary' });
    expect(e?.programs).toEqual(['DRC']);
    expect(e?.countries).toEqual(['CD', 'RW']);
    expect(e?.birthDates).toEqual(['1971']);
  });

  it('gives an entity its aliases with their quality', () => {
    const adf = byId.get('6908402');
    expect(adf?.names.map((n) => n.name)).toEqual(
      expect.arrayContaining(['ADF', 'Allied Democratic Forces', 'NALU']),
    );
    expect(adf?.names.find((n) => n.name === 'NALU')?.kind).toBe('fka');
  });

  it('reads documents and names in their original script', () => {
    expect(entries.filter((e) => e.identifiers.length > 0).length).toBeGreaterThan(100);
    const original = entries.filter((e) =>
      e.names.some((n) => /[\p{Script=Arabic}\p{Script=Cyrillic}\p{Script=Han}]/u.test(n.name)),
    );
    expect(original.length).toBeGreaterThan(100);
  });

  it('refuses text that is not XML, or not the consolidated list, naming the place', () => {
    expect(() => parseUn({ name: 'bad.xml', text: '<CONSOLIDATED_LIST><INDIVIDUALS>' })).toThrow(
      /bad\.xml, line \d+/,
    );
    expect(() => parseUn({ name: 'other.xml', text: '<OTHER/>' })).toThrow(
      /other\.xml, root: has no CONSOLIDATED_LIST/,
    );
    const noId =
      '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>X</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>';
    expect(() => parseUn({ name: 'u.xml', text: noId })).toThrow(
      /u\.xml, INDIVIDUAL number 1: has no DATAID/,
    );
  });
});
