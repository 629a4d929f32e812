// The FollowTheMoney JSON Lines reader: persons and companies with their names, aliases, countries and
// identifiers; other schemas skipped and counted; bad lines refused naming file, line and field.
// The entities are synthetic test data in OpenSanctions' published shape, not real listings.
import { describe, expect, it } from 'vitest';
import { parseFtm } from './screening.ftm.ts';

const lines = [
  {
    id: 'syn-person-1',
    schema: 'Person',
    properties: {
      name: ['Ivan Petrovich Sidorovsky (synthetic)'],
      alias: ['Иван Сидоровский (synthetic)'],
      nationality: ['ru'],
      birthDate: ['1970-03-04'],
      passportNumber: ['7100000001'],
    },
  },
  {
    id: 'syn-company-1',
    schema: 'Company',
    properties: {
      name: ['OOO Synthetic Components (synthetic)', 'Synthetic Components LLC (synthetic)'],
      previousName: ['Old Synthetic (synthetic)'],
      weakAlias: ['SC'],
      jurisdiction: ['ru'],
      country: ['ru', 'kz'],
      innCode: ['7700000001'],
      ogrnCode: ['1027700000001'],
      program: ['EU-RU'],
    },
  },
  { id: 'syn-address-1', schema: 'Address', properties: { full: ['1 Synthetic St'] } },
  { id: 'syn-sanction-1', schema: 'Sanction', properties: { entity: ['syn-company-1'] } },
].map((o) => JSON.stringify(o));

describe('the FollowTheMoney JSON Lines reader', () => {
  it('reads persons and companies with names, aliases, countries and identifiers', () => {
    const { entries, skipped } = parseFtm({ name: 'ftm.jsonl', text: `${lines.join('\n')}\n` });
    expect(entries.map((e) => [e.entryId, e.schema])).toEqual([
      ['syn-person-1', 'Person'],
      ['syn-company-1', 'Organization'],
    ]);
    expect(skipped).toEqual({ Address: 1, Sanction: 1 });
    const [person, company] = entries;
    expect(person.names).toEqual([
      { name: 'Ivan Petrovich Sidorovsky (synthetic)', kind: 'primary' },
      { name: 'Иван Сидоровский (synthetic)', kind: 'aka' },
    ]);
    expect(person.countries).toEqual(['RU']);
    expect(person.birthDates).toEqual(['1970-03-04']);
    expect(person.identifiers).toEqual([{ type: 'Passport', value: '7100000001', country: null }]);
    expect(company.names.map((n) => n.kind)).toEqual(['primary', 'aka', 'fka', 'weak']);
    expect(company.countries).toEqual(['RU', 'KZ']);
    expect(company.identifiers.map((i) => i.type)).toEqual(['INN', 'OGRN']);
    expect(company.programs).toEqual(['EU-RU']);
  });

  it('refuses a bad line, naming file, line and field', () => {
    const bad = (text: string) => () => parseFtm({ name: 'f.jsonl', text });
    expect(bad(`${lines[0]}\n{not json`)).toThrow(/f\.jsonl, line 2: is not JSON/);
    expect(bad('{"schema":"Person","properties":{"name":["X"]}}')).toThrow(/line 1, field id: is missing/);
    expect(bad('{"id":"a","schema":"Person","properties":{"name":"X"}}')).toThrow(
      /line 1, field properties\.name: is not a list of strings/,
    );
    expect(bad('{"id":"a","schema":"Company","properties":{}}')).toThrow(/field properties\.name: is empty/);
    expect(bad(`${lines[0]}\n${lines[0]}`)).toThrow(/line 2, field id: syn-person-1 is listed twice/);
  });
});
