// The overview's charts drawn with Observable Plot. Only the marks used here are imported, and this
// module is loaded after the counts are on screen, so that the chart code does not delay them.
import { barX, plot, rectY, ruleX, ruleY } from '@observablehq/plot';
import type { Bar } from './overview.types.ts';

const FILL = '#1f4f8a';

/** Items per recovery month as bars on a time axis (months without items stay empty, not hidden). */
export function monthChart(
  rows: { month: string; count: number }[],
  width: number,
): SVGSVGElement | HTMLElement {
  const data = rows.map((r) => {
    const start = new Date(`${r.month}-01T00:00:00Z`);
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + 1);
    return { start, end, count: r.count };
  });
  const max = rows.reduce((n, r) => Math.max(n, r.count), 0);
  return plot({
    width,
    height: 240,
    marginLeft: 48,
    x: { type: 'utc', label: null },
    // Whole items only: no ticks between 1 and 2 when the largest month has a few.
    y: { label: 'items', grid: true, nice: true, ticks: Math.max(1, Math.min(8, max)) },
    marks: [rectY(data, { x1: 'start', x2: 'end', y: 'count', fill: FILL, inset: 0.5 }), ruleY([0])],
  });
}

/** Counts per label as horizontal bars, largest first. */
export function barChart(rows: Bar[], width: number): SVGSVGElement | HTMLElement {
  const longest = rows.reduce((n, r) => Math.max(n, r.label.length), 0);
  const max = rows.reduce((n, r) => Math.max(n, r.count), 0);
  return plot({
    width,
    height: Math.max(80, rows.length * 22 + 40),
    marginLeft: Math.min(220, 12 + longest * 7),
    x: { label: 'count', grid: true, nice: true, ticks: Math.max(1, Math.min(8, max)) },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [barX(rows, { x: 'count', y: 'label', fill: FILL }), ruleX([0])],
  });
}
