import { describe, expect, it } from 'vitest';
import { compilePattern, PATTERN_MAX_LENGTH, patternProblem, testPattern } from './attribution.pattern.ts';

describe('patterns of variant profiles', () => {
  it('accepts the patterns analysts write', () => {
    for (const p of [
      '^HW2-',
      '^HW2-\\d{4}$',
      '^(sable[ -]m|сейбл-м)$',
      '^NVR52\\d{2}',
      '(?:ab)?c+',
      '\\p{L}+',
      '[(+]+x',
    ]) {
      expect(patternProblem(p), p).toBeUndefined();
    }
  });

  it('refuses what JavaScript will not compile, in Unicode mode', () => {
    expect(patternProblem('^HW2-(')).toMatch(/not a valid regular expression/);
    expect(patternProblem('\\-')).toMatch(/not a valid regular expression/);
  });

  it('refuses empty and over-long patterns', () => {
    expect(patternProblem('')).toBe('must not be empty');
    expect(patternProblem('a'.repeat(PATTERN_MAX_LENGTH + 1))).toMatch(/at most 200/);
  });

  it('refuses unbounded repetition of a group that repeats or alternates', () => {
    for (const p of ['(a+)+', '(a|ab)*', '(\\d{2})+$', '(?:x?y)*', '((a)+b)+', '(a*){2,}']) {
      expect(patternProblem(p), p).toMatch(/exponential/);
    }
    for (const p of ['(a+)?', '(a|b){2}', '(?<n>ab)+', '(?<=a)b+', '[a+]+']) {
      expect(patternProblem(p), p).toBeUndefined();
    }
  });

  it('matches case-insensitively, Cyrillic included', () => {
    expect(testPattern('^harrow-2$', 'HARROW-2')).toBe(true);
    expect(testPattern('^терн-к$', 'ТЕРН-К')).toBe(true);
    expect(compilePattern('^a')).toBe(compilePattern('^a'));
    expect(() => compilePattern('(a+)+')).toThrow(/exponential/);
  });
});
