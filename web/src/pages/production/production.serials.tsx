// Serial number against recovery date: every serial read, one colour per series, serials read on more
// than one item ringed and a largest serial far above the rest crossed; the legend says which is
// which, and a table lists every serial as read (with why one could not be read) for all readers.
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { formatNumber } from '../../ui/ui.format.ts';
import { PlotFigure } from './production.figure.tsx';
import { SERIES_COLOURS, seriesName } from './production.format.ts';
import type { SerialPoint } from './production.plot.ts';
import type { ProductionAssessment } from './production.types.ts';

export function seriesColours(a: ProductionAssessment): Map<string, string> {
  return new Map(a.series.map((s, i) => [seriesName(s.series), SERIES_COLOURS[i % SERIES_COLOURS.length]]));
}

const key = (series: string | null, n: number) => `${series ?? ''}\u0000${n}`;

export function SerialChart({ a }: { a: ProductionAssessment }) {
  const colours = useMemo(() => seriesColours(a), [a]);
  const duplicates = useMemo(() => new Set(a.duplicates.map((d) => key(d.series, d.number))), [a]);
  const outliers = useMemo(() => new Set(a.outliers.map((o) => key(o.series, o.number))), [a]);
  const points = useMemo<SerialPoint[]>(
    () =>
      a.observations.flatMap((o) =>
        o.number !== null && o.recoveredOn
          ? [
              {
                date: new Date(`${o.recoveredOn.slice(0, 10)}T00:00:00Z`),
                number: o.number,
                series: seriesName(o.series),
                duplicate: duplicates.has(key(o.series, o.number)),
                outlier: outliers.has(key(o.series, o.number)),
              },
            ]
          : [],
      ),
    [a, duplicates, outliers],
  );
  const draw = useCallback(
    (m: typeof import('./production.plot.ts'), width: number) =>
      m.serialChart(points, [...colours.keys()], [...colours.values()], width),
    [points, colours],
  );
  const read = a.observations.filter((o) => o.number !== null);
  const undated = read.length - points.length;
  return (
    <section aria-labelledby="serials-h">
      <h2 id="serials-h">Serial numbers against recovery dates</h2>
      {points.length === 0 ? (
        <p className="muted">No serial with a recovery date to draw.</p>
      ) : (
        <PlotFigure
          testId="serial-chart"
          caption={`${formatNumber(points.length)} serials read on recovered items, by the day each item was recovered${undated > 0 ? ` (${formatNumber(undated)} without a recovery date are not drawn)` : ''}.`}
          draw={draw}
        >
          <ul className="chart-legend" aria-label="Legend">
            {[...colours].map(([s, c]) => (
              <li key={s} data-series={s}>
                <span className="swatch" style={{ background: c }} aria-hidden="true" /> series {s}
              </li>
            ))}
            {a.duplicates.length > 0 && (
              <li>
                <span className="swatch ring" aria-hidden="true" /> serial read on more than one item
              </li>
            )}
            {a.outliers.length > 0 && (
              <li>
                <span className="swatch cross" aria-hidden="true">
                  ×
                </span>{' '}
                largest serial far above the rest (outlier)
              </li>
            )}
          </ul>
        </PlotFigure>
      )}
      <details className="serials-read">
        <summary>
          Every serial as read ({formatNumber(a.observations.length)} item
          {a.observations.length === 1 ? '' : 's'})
        </summary>
        <div className="data-table">
          <table className="compact" data-testid="serials-table">
            <caption className="visually-hidden">Serials as read on the items</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Serial</th>
                <th scope="col">Recovered</th>
                <th scope="col">Series</th>
                <th scope="col">Number</th>
                <th scope="col">Remark</th>
              </tr>
            </thead>
            <tbody>
              {a.observations.map((o) => (
                <tr key={o.itemId}>
                  <td>
                    <Link to={`/items/${o.itemId}`}>item {o.itemId}</Link>
                  </td>
                  <td className="mono">{o.serial}</td>
                  <td className="nowrap">{o.recoveredOn ?? <span className="muted">—</span>}</td>
                  <td>{o.number === null ? '' : seriesName(o.series)}</td>
                  <td>{o.number === null ? '' : o.number}</td>
                  <td>
                    {o.problem ??
                      (o.number !== null && duplicates.has(key(o.series, o.number))
                        ? 'duplicate'
                        : o.number !== null && outliers.has(key(o.series, o.number))
                          ? 'outlier'
                          : '')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
