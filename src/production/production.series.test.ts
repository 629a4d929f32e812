import { describe, expect, it } from 'vitest';
import { groupSeries } from './production.series.ts';
import type { ParsedSerial } from './production.types.ts';

const serial = (
  index: number,
  series: string | null,
  number: number,
  recoveredOn?: string,
): ParsedSerial => ({
  index,
  raw: `${series}-${number}`,
  series,
  number,
  ...(recoveredOn ? { recoveredOn } : {}),
});

describe('groupSeries', () => {
  it('groups by series, largest first, numbers ascending', () => {
    const { groups } = groupSeries([
      serial(0, 'B', 5),
      serial(1, 'A', 9),
      serial(2, 'A', 3),
      serial(3, null, 1),
    ]);
    expect(groups.map((g) => [g.series, g.serials.map((s) => s.number)])).toEqual([
      ['A', [3, 9]],
      ['B', [5]],
      [null, [1]],
    ]);
  });

  it('lists every observation of a repeated number and keeps the one recovered first', () => {
    const { groups, duplicates } = groupSeries([
      serial(0, 'A', 7, '2025-03-01'),
      serial(1, 'A', 7),
      serial(2, 'A', 7, '2025-01-15'),
      serial(3, 'B', 7),
    ]);
    expect(duplicates).toEqual([
      { series: 'A', number: 7, observations: [{ index: 0 }, { index: 1 }, { index: 2 }] },
    ]);
    expect(groups[0].serials[0].index).toBe(2);
    expect(groups[0].repeats).toBe(2);
    expect(groups[1].repeats).toBe(0);
  });
});
