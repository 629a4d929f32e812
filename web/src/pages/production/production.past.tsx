// Production up to now of one series, by past month ends: the number made by each date with its
// interval (a chart and a table), the monthly rate between dates and overall with intervals, and the
// lag assumption they rest on. Everything stops at the last evidence date: no line goes further.
import { useCallback, useMemo } from 'react';
import { PlotFigure } from './production.figure.tsx';
import { level, perMonth, range, units } from './production.format.ts';
import type { ByDatePoint } from './production.plot.ts';
import type { Past, Refusal } from './production.types.ts';

export function PastProduction({
  past,
  colour,
  name,
}: {
  past?: Past | Refusal;
  colour: string;
  name: string;
}) {
  if (!past)
    return (
      <div className="past-production">
        <h3>Production by past dates</h3>
        <p className="muted">No serial of this series has a recovery date.</p>
      </div>
    );
  if (!past.ok)
    return (
      <div className="past-production">
        <h3>Production by past dates</h3>
        <p className="notice">No figures by date: {past.reason}</p>
      </div>
    );
  const last = past.points.at(-1);
  return (
    <div className="past-production" data-testid="past-production">
      <h3>Production by past dates</h3>
      <p className="muted small">
        Assumption: {past.lagStated}.{' '}
        {last && (
          <>
            The last date is <span data-testid="last-evidence">{last.date}</span>, the last recovery less the
            lag: nothing is estimated after it.
          </>
        )}
      </p>
      {past.points.length > 0 && <ByDateChart points={past} colour={colour} name={name} />}
      {past.overall && (
        <p data-testid="overall-rate">
          Overall rate from {past.overall.from} to {past.overall.to}:{' '}
          <strong>{perMonth(past.overall.perMonth)} a month</strong> ({level(past.overall.interval.level)}{' '}
          interval {range(past.overall.interval, perMonth)}).
        </p>
      )}
      <details className="past-tables">
        <summary>
          The figures by date ({past.points.length} date{past.points.length === 1 ? '' : 's'}) and the monthly
          rates
        </summary>
        <div className="data-table">
          <table className="compact" data-testid="by-date-table">
            <caption>Number made by each date, series {name}</caption>
            <thead>
              <tr>
                <th scope="col">Made by</th>
                <th scope="col">Serials</th>
                <th scope="col">Largest</th>
                <th scope="col">Estimate</th>
                <th scope="col">Interval</th>
              </tr>
            </thead>
            <tbody>
              {past.points.map((p) => (
                <tr key={p.date}>
                  <th scope="row">{p.date}</th>
                  <td>{p.k}</td>
                  <td>{units(p.max)}</td>
                  <td>{units(p.estimate)}</td>
                  <td>
                    {range(p.interval)} ({level(p.interval.level)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {past.rates.length > 0 && (
          <div className="data-table">
            <table className="compact" data-testid="rates-table">
              <caption>Past monthly rate between dates, series {name}</caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Units a month</th>
                  <th scope="col">Interval</th>
                </tr>
              </thead>
              <tbody>
                {past.rates.map((r) => (
                  <tr key={`${r.from}-${r.to}`}>
                    <th scope="row">{r.from}</th>
                    <td>{r.to}</td>
                    <td>{perMonth(r.perMonth)}</td>
                    <td>
                      {range(r.interval, perMonth)} ({level(r.interval.level)})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted small">{past.rates[0].interval.method}.</p>
          </div>
        )}
      </details>
      {past.notes.length > 0 && (
        <ul className="estimate-notes">
          {past.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ByDateChart({ points: past, colour, name }: { points: Past; colour: string; name: string }) {
  const points = useMemo<ByDatePoint[]>(
    () =>
      past.points.map((p) => ({
        date: new Date(`${p.date}T00:00:00Z`),
        estimate: p.estimate,
        low: p.interval.low,
        high: p.interval.high ?? p.interval.low,
      })),
    [past],
  );
  const draw = useCallback(
    (m: typeof import('./production.plot.ts'), width: number) => m.productionChart(points, colour, width),
    [points, colour],
  );
  const first = past.points[0];
  const last = past.points[past.points.length - 1];
  return (
    <PlotFigure
      testId="by-date-chart"
      caption={`Estimated number made in series ${name} by each month end from ${first.date} to ${last.date}, with its ${level(last.interval.level)} interval as a band; by ${last.date}: ${units(last.estimate)} (${range(last.interval)}).`}
      draw={draw}
    />
  );
}
