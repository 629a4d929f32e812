// The OFAC SDN legacy CSV reader on the real 2021 and 2019 lists (the workplace's shared sanctions
// data, found by test/helpers/shared.ts): every
// entry, alias and address is read, the remarks give aliases, identifiers with their country, birth
// dates and nationalities, and a malformed file is refused naming file, row and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../test/helpers/shared.ts';
import { countryCode } from './screening.countries.ts';
import { OfacFormatError, parseOfac } from './screening.ofac.ts';

const file = (name: string) => ({
  name,
  text: readFileSync(sharedFile(`data/sanctions/${name}`), 'latin1'),
});
const lines = (text: string) => text.split('\n').filter((l) => /^\d/.test(l));

describe('the OFAC SDN legacy CSV reader', () => {
  const sdn = file('ofac-sdn-2021-sdn.csv');
  const alt = file('ofac-sdn-2021-alt.csv');
  const add = file('ofac-sdn-2021-add.csv');
  const entries = parseOfac({ sdn, alt, add });
  const byId = new Map(entries.map((e) => [e.entryId, e]));

  it('reads every entry of the list, and every alias of the alt file onto its entry', () => {
    expect(entries.length).toBe(lines(sdn.text).length);
    expect(entries.length).toBe(8976);
    for (const line of lines(alt.text)) {
      const [ent, , , name] = line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      const alias = name.replace(/^"|"$/g, '').trim().replace(/\s+/g, ' ');
      if (alias === '-0-') continue;
      expect(
        byId.get(ent)?.names.map((n) => n.name),
        `alias "${alias}" of ${ent}`,
      ).toContain(alias);
    }
  });

  it('gives an entry its names, programs, addresses and the countries of its addresses', () => {
    const bnc = byId.get('306');
    expect(bnc?.schema).toBe('Organization');
    expect(bnc?.programs).toEqual(['CUBA']);
    expect(bnc?.names).toEqual([
      { name: 'BANCO NACIONAL DE CUBA', kind: 'primary' },
      { name: 'BNC', kind: 'aka' },
      { name: 'NATIONAL BANK OF CUBA', kind: 'aka' },
    ]);
    expect(bnc?.addresses).toContainEqual({
      address: 'Zweierstrasse 35',
      city: 'Zurich CH-8022',
      country: 'CH',
    });
    expect(bnc?.countries).toEqual(expect.arrayContaining(['CH', 'ES', 'JP', 'PA']));
  });

  it('reads identifiers with their issuing country, birth dates and persons', () => {
    expect(byId.get('8127')?.identifiers).toEqual([
      { type: 'Registration ID', value: '27134614', country: 'NL' },
    ]);
    const abbas = byId.get('2674');
    expect(abbas?.schema).toBe('Person');
    expect(abbas?.birthDates).toEqual(['10 Dec 1948']);
    const withIds = entries.filter((e) => e.identifiers.length > 0).length;
    expect(withIds).toBeGreaterThan(2000);
    expect(entries.filter((e) => e.schema === 'Vessel').length).toBeGreaterThan(100);
  });

  it('reads the 2019 list too, as an earlier version of the same list', () => {
    const sdn2019 = file('ofac-sdn-2019-sdn.csv');
    const old = parseOfac({
      sdn: sdn2019,
      alt: file('ofac-sdn-2019-alt.csv'),
      add: file('ofac-sdn-2019-add.csv'),
    });
    expect(old.length).toBe(lines(sdn2019.text).length);
    const kept = old.filter((e) => byId.has(e.entryId)).length;
    expect(kept).toBeGreaterThan(6000);
    expect(kept).toBeLessThan(old.length);
  });

  it('refuses a malformed file, naming file, row and column', () => {
    const bad = { name: 'sdn.csv', text: '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA"\n' };
    expect(() => parseOfac({ sdn: bad })).toThrow(/sdn\.csv, row 1: has 4 columns, the format has 12/);
    const noNumber = { name: 'sdn.csv', text: `X1,"NAME",-0- ,"CUBA"${',-0- '.repeat(8)}\n` };
    expect(() => parseOfac({ sdn: noNumber })).toThrow(
      /sdn\.csv, row 1, column ent_num: "X1" is not an entry number/,
    );
    const orphan = { name: 'alt.csv', text: '99999999,1,"aka","NOBODY",-0- \n' };
    const error = (() => {
      try {
        parseOfac({ sdn, alt: orphan });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(OfacFormatError);
    expect((error as OfacFormatError).message).toMatch(
      /alt\.csv, row 1, column ent_num: 99999999 is no entry/,
    );
  });
});

describe('country names as lists write them', () => {
  it('gives the ISO code, also for the lists’ own forms, and none for a name of no country', () => {
    expect(['Russia', 'United Kingdom', 'Korea, North', 'Burma', 'Turkey', 'Iran'].map(countryCode)).toEqual([
      'RU',
      'GB',
      'KP',
      'MM',
      'TR',
      'IR',
    ]);
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode('')).toBeNull();
  });
});
