import { describe, expect, it } from 'vitest';
import { dateCodeOf, dateCodeStart, exifDateTime } from './demo.dates.ts';
import { createRandom } from './demo.random.ts';

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in range', () => {
    const a = createRandom(99);
    const b = createRandom(99);
    const draws = Array.from({ length: 1000 }, () => a.int(3, 7));
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.int(3, 7)));
    expect(Math.min(...draws)).toBe(3);
    expect(Math.max(...draws)).toBe(7);
    expect(createRandom(100).next()).not.toBe(createRandom(99).next());
  });

  it('samples distinct elements in their order', () => {
    const picked = createRandom(1).sample([1, 2, 3, 4, 5, 6, 7, 8], 5);
    expect(picked).toHaveLength(5);
    expect([...picked].sort((x, y) => x - y)).toEqual(picked);
    expect(new Set(picked).size).toBe(5);
  });
});

describe('demo dates', () => {
  it('writes YYWW date codes whose week starts on or before the date', () => {
    for (const day of ['2021-01-01', '2022-06-15', '2023-12-31', '2024-02-29']) {
      const date = new Date(`${day}T12:00:00Z`);
      const code = dateCodeOf(date);
      expect(code).toMatch(/^\d{2}(0[1-9]|[1-4]\d|5[0-2])$/);
      expect(dateCodeStart(code).getTime()).toBeLessThanOrEqual(date.getTime());
    }
  });

  it('writes EXIF date-times', () => {
    expect(exifDateTime('2024-03-07T14:20:05Z')).toBe('2024:03:07 14:20:05');
  });
});
