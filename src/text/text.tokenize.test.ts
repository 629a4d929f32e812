import { describe, expect, it } from 'vitest';
import { tokenize } from './text.tokenize.ts';

describe('tokenize', () => {
  it('splits on hyphens, slashes and spaces and lowercases', () => {
    expect(tokenize('GH229 / 93')).toEqual(['gh229', '93']);
    expect(tokenize('STM32F405-RGT6')).toEqual(['stm32f405', 'rgt6']);
  });

  it('keeps tokens that mix letters and digits whole', () => {
    expect(tokenize('stm32f405 LM317T')).toEqual(['stm32f405', 'lm317t']);
  });

  it('keeps digits significant', () => {
    expect(tokenize('BELLETECH CORP')).toEqual(['belletech', 'corp']);
    expect(tokenize('11420 CORP')).toEqual(['11420', 'corp']);
  });

  it('keeps letters of every script', () => {
    expect(tokenize('Концерн «Калашников», Αθήνα; 北京')).toEqual(['концерн', 'калашников', 'αθήνα', '北京']);
  });

  it('does not split a word at a zero-width character', () => {
    expect(tokenize('ST\u200BM32')).toEqual(['stm32']);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' -- / ,, ')).toEqual([]);
  });
});
