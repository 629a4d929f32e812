// The production page's charts drawn with Observable Plot, loaded only when a chart is shown: serial
// number against recovery date (one colour per series, duplicates ringed, outliers crossed), the
// Bayesian posterior with its credible interval shaded, and production by past month ends with its
// interval band. Every chart ends at the last observation: nothing is drawn beyond the evidence.
import { areaY, dot, lineY, plot, ruleX, ruleY } from '@observablehq/plot';

const FILL = '#1f4f8a';
const SHADE = '#9db8d9';
const OUTLIER = '#a3221b';

export interface SerialPoint {
  date: Date;
  number: number;
  series: string;
  duplicate: boolean;
  outlier: boolean;
}

export function serialChart(
  points: SerialPoint[],
  series: string[],
  colours: string[],
  width: number,
): SVGSVGElement | HTMLElement {
  return plot({
    width,
    height: 340,
    marginLeft: 56,
    marginBottom: 44,
    x: { type: 'utc', label: 'recovered', grid: true, labelOffset: 40 },
    y: { label: 'serial number', grid: true, nice: true, zero: true },
    color: { domain: series, range: colours },
    marks: [
      ruleY([0]),
      dot(points, { x: 'date', y: 'number', fill: 'series', r: 3 }),
      dot(
        points.filter((p) => p.duplicate),
        { x: 'date', y: 'number', stroke: '#000', r: 7, strokeWidth: 1.5 },
      ),
      dot(
        points.filter((p) => p.outlier),
        { x: 'date', y: 'number', stroke: OUTLIER, symbol: 'times', r: 9, strokeWidth: 2.5 },
      ),
    ],
  });
}

export function posteriorChart(
  density: { n: number; p: number }[],
  low: number,
  high: number,
  width: number,
): SVGSVGElement | HTMLElement {
  const inside = density.filter((d) => d.n >= low && d.n <= high);
  return plot({
    width,
    height: 220,
    marginLeft: 64,
    marginBottom: 40,
    x: { label: 'number made, N', grid: true, labelOffset: 36 },
    y: { label: 'P(N)', grid: true, tickFormat: '.1e' },
    marks: [
      areaY(inside, { x: 'n', y: 'p', fill: SHADE, curve: 'step-after' }),
      lineY(density, { x: 'n', y: 'p', stroke: FILL, curve: 'step-after' }),
      ruleX([low, high], { stroke: FILL, strokeDasharray: '4,3' }),
      ruleY([0]),
    ],
  });
}

export interface ByDatePoint {
  date: Date;
  estimate: number;
  low: number;
  high: number;
}

export function productionChart(
  points: ByDatePoint[],
  colour: string,
  width: number,
): SVGSVGElement | HTMLElement {
  return plot({
    width,
    height: 240,
    marginLeft: 56,
    marginBottom: 44,
    x: { type: 'utc', label: 'made by (recovery date less the lag)', grid: true, labelOffset: 40 },
    y: { label: 'number made', grid: true, nice: true, zero: true },
    marks: [
      areaY(points, { x: 'date', y1: 'low', y2: 'high', fill: colour, fillOpacity: 0.18 }),
      lineY(points, { x: 'date', y: 'estimate', stroke: colour, strokeWidth: 2 }),
      dot(points, { x: 'date', y: 'estimate', fill: colour, r: 2.5 }),
      ruleY([0]),
    ],
  });
}
