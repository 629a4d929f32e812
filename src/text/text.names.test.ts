import { describe, expect, it } from 'vitest';
import { nameForm, nameForms } from './text.names.ts';

const tokens = (name: string, schema?: 'Person' | 'Organization') =>
  nameForm(name, schema).tokens.map((t) => t.text);

describe('nameForm', () => {
  it('folds width, case, accents and Cyrillic look-alikes typed into a Latin name', () => {
    expect(tokens('ＡＣＭＥ Électronique Société')).toEqual(['acme', 'electronique', 'societe']);
    // "MАХ" with Cyrillic А and Х is the Latin word MAX, not a transliterated "MAKh".
    expect(tokens('MАХ Power')).toEqual(['max', 'power']);
  });

  it('transliterates Russian, Ukrainian (both spellings), Greek, Arabic and Chinese', () => {
    expect(tokens('Калашников')).toEqual(['kalashnikov']);
    expect(nameForms('Київ Інвест').map((f) => f.tokens.map((t) => t.text))).toEqual([
      ['kyiv', 'investment'],
      ['kiiv', 'investment'],
    ]);
    expect(tokens('Αθήνα')).toEqual(['athina']);
    expect(tokens('محمد')).toEqual(['mhmd']);
    expect(tokens('中国石油')).toEqual(['zhong', 'guo', 'shi', 'you']);
  });

  it('takes legal forms off and keeps them apart, with one key across languages', () => {
    const ooo = nameForm('ООО «Ромашка»');
    const llc = nameForm('Romashka LLC');
    expect(ooo.tokens.map((t) => t.text)).toEqual(['romashka']);
    expect(ooo.legalForms).toEqual(['ООО']);
    expect(ooo.legalKeys).toEqual(['llc']);
    expect(llc.legalKeys).toEqual(ooo.legalKeys);
    expect(nameForm('Angstrem PAO').legalKeys).toEqual(['jsc']);
    expect(nameForm('Recom Power Sp. z o.o.').legalKeys).toEqual(['llc']);
    expect(nameForm('华为技术有限公司').legalKeys).toEqual(['llc']);
    // Only visible once transliterated: "ООД" is Bulgarian, read as OOD.
    expect(nameForm('НУМЕРИКАЛ ГАМЕС ООД')).toMatchObject({ legalForms: ['OOD'], legalKeys: ['llc'] });
  });

  it('spells common abbreviations one way and keeps the written form', () => {
    const f = nameForm('Acme Intl Tech Elec Mfg Co Holding');
    expect(f.tokens.map((t) => t.text)).toEqual([
      'acme',
      'international',
      'technology',
      'electronics',
      'manufacturing',
      'company',
      'holding',
    ]);
    expect(f.tokens[1].raw).toBe('intl');
    expect(
      tokens('Acme International Technology Electronics Manufacturing Company Holding').slice(0, 6),
    ).toEqual(f.tokens.slice(0, 6).map((t) => t.text));
  });

  it('keeps numbers as tokens: "11420 CORP." is not an empty name', () => {
    expect(nameForm('11420 CORP.')).toMatchObject({
      tokens: [{ text: '11420', number: true }],
      legalKeys: ['inc'],
    });
    expect(tokens('BELLETECH CORP')).toEqual(['belletech']);
  });

  it('reads a person\'s "LAST, First" as "First LAST", keeping initials', () => {
    expect(tokens('PUTIN, Vladimir Vladimirovich', 'Person')).toEqual(
      tokens('Vladimir Vladimirovich PUTIN', 'Person'),
    );
    expect(tokens("O'BRIEN, J. R.", 'Person')).toEqual(['j', 'r', 'obrien']);
    expect(tokens('РЕЗНИК, Владислав', 'Person')).toEqual(['vladislav', 'reznik']);
  });

  it('gives no tokens for a name without letters or digits', () => {
    expect(nameForm('!!! ---').tokens).toEqual([]);
  });
});
