import { describe, expect, it } from 'vitest';
import { transliterate, transliterations } from './text.transliterate.ts';

describe('transliterate', () => {
  it('romanizes Russian names', () => {
    expect(transliterate('Концерн Калашников')).toBe('Kontsern Kalashnikov');
    expect(transliterate('Юрий Щербаков')).toBe('Yuriy Shcherbakov');
  });

  it('drops soft and hard signs instead of writing apostrophes that split tokens', () => {
    expect(transliterate('Объект')).toBe('Obekt');
    expect(transliterate('Беларусь')).toBe('Belarus');
  });

  it('romanizes Ukrainian names by the Ukrainian standard', () => {
    expect(transliterate('Київ')).toMatch(/^Kyi/);
    expect(transliterate('Київ')).toBe('Kyiv');
    expect(transliterate('Віталій Кличко')).toBe('Vitalii Klychko');
    expect(transliterate('Євгенія Юрченко')).toBe('Yevheniia Yurchenko');
    expect(transliterate('Мар’яна')).toBe('Mariana');
    expect(transliterate('Згурівка')).toBe('Zghurivka');
  });

  it('romanizes Greek, uppercasing digraphs in all-capital words', () => {
    expect(transliterate('Αθήνα')).toBe('Athina');
    expect(transliterate('ΘΑΛΑΣΣΑ')).toBe('THALASSA');
  });

  it('romanizes Chinese as pinyin and Arabic without apostrophes', () => {
    expect(transliterate('北京').toLowerCase()).toBe('beijing');
    expect(transliterate('中国航天科工').toLowerCase()).toBe('zhongguohangtiankegong');
    expect(transliterate('شركة')).toMatch(/^[a-z]+$/);
  });

  it('keeps Latin text unchanged apart from its diacritics', () => {
    expect(transliterate("O'Brien & Sons, Ltd. (UK)")).toBe("O'Brien & Sons, Ltd. (UK)");
    expect(transliterate('O’Brien')).toBe("O'Brien");
    expect(transliterate('Zürich Łódź')).toBe('Zurich Lodz');
  });

  it('normalizes first', () => {
    expect(transliterate(' Калаш\u200Bников\u00A0 ')).toBe('Kalashnikov');
  });
});

describe('transliterations', () => {
  it('gives a Ukrainian name both its Ukrainian and its Russian-style reading', () => {
    expect(transliterations('Київ')).toEqual(['Kyiv', 'Kiiv']);
  });

  it('gives one reading where there is only one', () => {
    expect(transliterations('Калашников')).toEqual(['Kalashnikov']);
    expect(transliterations('MAX232')).toEqual(['MAX232']);
  });
});
