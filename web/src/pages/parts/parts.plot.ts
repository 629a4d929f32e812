// The part page's timeline drawn with Observable Plot: one row per component found, a bar from the
// first to the last day its date code can mean (grey when more than one decade remains possible) and
// a dot on the day its item was recovered. Loaded only when the timeline is shown.
import { barX, dot, plot } from '@observablehq/plot';

const DATED = '#1f4f8a';
const AMBIGUOUS = '#8a939c';
const RECOVERED = '#a3221b';

export interface TimelineRow {
  label: string;
  earliest: Date;
  latest: Date;
  recovered: Date | null;
  ambiguous: boolean;
}

export function dateTimeline(rows: TimelineRow[], width: number): SVGSVGElement | HTMLElement {
  const labelled = rows.length <= 40;
  const longest = rows.reduce((n, r) => Math.max(n, r.label.length), 0);
  // A bar of a single week or month stays visible however long the axis.
  const data = rows.map((r) => ({
    ...r,
    end: new Date(Math.max(r.latest.getTime(), r.earliest.getTime() + 86_400_000)),
  }));
  return plot({
    width,
    height: Math.min(640, Math.max(120, rows.length * (labelled ? 18 : 5) + 50)),
    marginLeft: labelled ? Math.min(200, 12 + longest * 7) : 12,
    x: { type: 'utc', label: 'date', grid: true },
    y: { label: null, domain: rows.map((r) => r.label), axis: labelled ? 'left' : null, padding: 0.25 },
    marks: [
      barX(data, {
        x1: 'earliest',
        x2: 'end',
        y: 'label',
        fill: (d: TimelineRow) => (d.ambiguous ? AMBIGUOUS : DATED),
      }),
      dot(
        data.filter((d) => d.recovered),
        { x: 'recovered', y: 'label', fill: RECOVERED, r: 3, symbol: 'diamond' },
      ),
    ],
  });
}
