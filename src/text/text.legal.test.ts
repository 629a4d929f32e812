import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripLegalForms } from './text.legal.ts';

const core = (s: string) => stripLegalForms(s).core;

describe('stripLegalForms', () => {
  it('splits the English, European and Asian forms off the end', () => {
    expect(stripLegalForms('Texas Instruments Inc.')).toEqual({
      core: 'Texas Instruments',
      legalForms: ['Inc.'],
    });
    expect(stripLegalForms('Analog Devices, Inc.')).toEqual({ core: 'Analog Devices', legalForms: ['Inc.'] });
    expect(core('Infineon Technologies AG')).toBe('Infineon Technologies');
    expect(core('Robert Bosch GmbH')).toBe('Robert Bosch');
    expect(core('STMicroelectronics N.V.')).toBe('STMicroelectronics');
    expect(core('Nexperia B.V.')).toBe('Nexperia');
    expect(core('Telit Communications S.p.A.')).toBe('Telit Communications');
    expect(core('Murata Manufacturing Co., Ltd.')).toBe('Murata Manufacturing');
    expect(core('GigaDevice Semiconductor Co.,Ltd')).toBe('GigaDevice Semiconductor');
    expect(core('Sony Semiconductor Solutions K.K.')).toBe('Sony Semiconductor Solutions');
    expect(core('Microchip Technology Incorporated')).toBe('Microchip Technology');
    expect(core('Nordic Semiconductor ASA')).toBe('Nordic Semiconductor');
    expect(core('Silicon Labs Pte. Ltd.')).toBe('Silicon Labs');
    expect(core('Recom Power Sp. z o.o.')).toBe('Recom Power');
    expect(core('Nanya Technology Corp')).toBe('Nanya Technology');
    expect(core('Western Digital LLC')).toBe('Western Digital');
    expect(stripLegalForms('Valdris Supply (Pty) Ltd')).toEqual({
      core: 'Valdris Supply',
      legalForms: ['(Pty) Ltd'],
    });
    expect(core('ΕΛΛΗΝΙΚΑ ΗΛΕΚΤΡΟΝΙΚΑ Α.Ε.')).toBe('ΕΛΛΗΝΙΚΑ ΗΛΕΚΤΡΟΝΙΚΑ');
    expect(core('Αθηναϊκή Τεχνική Ε.Π.Ε.')).toBe('Αθηναϊκή Τεχνική');
    // A bracketed word that is no form stays.
    expect(core('Valdris (Europe) Supply')).toBe('Valdris (Europe) Supply');
  });

  it('takes several forms in a row, keeping them in printed order', () => {
    expect(stripLegalForms('Würth Elektronik GmbH & Co. KG')).toEqual({
      core: 'Würth Elektronik',
      legalForms: ['GmbH', 'Co.', 'KG'],
    });
  });

  it('splits Russian, Ukrainian and Kazakh forms off the start, in Cyrillic or Latin, and drops the quotes', () => {
    expect(stripLegalForms('ООО «Ромашка»')).toEqual({ core: 'Ромашка', legalForms: ['ООО'] });
    expect(core('АО "Микрон"')).toBe('Микрон');
    expect(core('ПАО Ангстрем')).toBe('Ангстрем');
    expect(core('ТОВ "Приклад"')).toBe('Приклад');
    expect(core('OOO Example Trade')).toBe('Example Trade');
    expect(core('ZAO Example')).toBe('Example');
    expect(core('JSC Mikron')).toBe('Mikron');
    expect(core('TOO Example Kazakhstan')).toBe('Example Kazakhstan');
  });

  it('splits Chinese, Japanese and Korean forms written without spaces', () => {
    expect(stripLegalForms('兆易创新科技集团股份有限公司')).toEqual({
      core: '兆易创新科技集团',
      legalForms: ['股份有限公司'],
    });
    expect(core('深圳市某某电子有限公司')).toBe('深圳市某某电子');
    expect(core('株式会社村田製作所')).toBe('村田製作所');
    expect(core('ソニー株式会社')).toBe('ソニー');
  });

  it('never strips the whole name, nor words inside it', () => {
    expect(core('Inc.')).toBe('Inc');
    expect(core('Ltd')).toBe('Ltd');
    expect(core('Company Limited')).toBe('Company');
    expect(core('3M')).toBe('3M');
    expect(core('AT&T')).toBe('AT&T');
    expect(core('Co-operative Corp Systems')).toBe('Co-operative Corp Systems');
    expect(stripLegalForms('Texas Instruments')).toEqual({ core: 'Texas Instruments', legalForms: [] });
  });

  it('folds look-alike letters in the forms, but a transliterated form is no form', () => {
    expect(core('Example Electronics L\u0422D')).toBe('Example Electronics'); // Cyrillic Т
    expect(core('Example Electronics \u041B\u0422\u0414')).toBe('Example Electronics \u041B\u0422\u0414'); // ЛТД
    expect(core('"Acme Widgets Ltd"')).toBe('Acme Widgets');
  });

  it('takes unmistakable forms from anywhere when asked (screening), never a word of the name', () => {
    const anywhere = (s: string) => stripLegalForms(s, { anywhere: true });
    expect(anywhere('PALEA D.O.O. GENERAL')).toEqual({ core: 'PALEA GENERAL', legalForms: ['D.O.O.'] });
    expect(anywhere('S.A. CREDISA').core).toBe('CREDISA');
    expect(anywhere('LIMITED KALLIOPE').core).toBe('KALLIOPE');
    expect(anywhere('BOYLE CHEMICAL CO., LTD. INTERNATIONAL').core).toBe('BOYLE CHEMICAL INTERNATIONAL');
    // Two bare letters may be a word ("SA", "AS"), and COMPANY is also a word of names: left in the middle.
    expect(anywhere('HERMIS SHIPPING SA HOLDING').core).toBe('HERMIS SHIPPING SA HOLDING');
    expect(anywhere('JOINT STOCK COMPANY SANATORIUM').core).toBe('JOINT STOCK COMPANY SANATORIUM');
    expect(anywhere('LTD').core).toBe('LTD');
    // Without the option, only the ends.
    expect(core('S.A. CREDISA')).toBe('S.A. CREDISA');
  });

  it('reads no Cyrillic word as a Latin form by its look-alike letters ("СОЛИД" is not "CO")', () => {
    expect(stripLegalForms('СОЛИД ЛТД', { anywhere: true }).core).toBe('СОЛИД ЛТД');
    expect(core('ТОВ СОЛИД')).toBe('СОЛИД');
  });

  it('is total and idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const once = stripLegalForms(s);
        expect(typeof once.core).toBe('string');
        expect(stripLegalForms(once.core).core).toBe(once.core);
      }),
    );
  });
});
