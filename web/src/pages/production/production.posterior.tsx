// The Bayesian estimate of one series: the posterior density of the number made, with the credible
// interval shaded, under the prior stated beside it; mean (when finite), median and mode; or why
// there is none.
import { useCallback } from 'react';
import { PlotFigure } from './production.figure.tsx';
import { level, range, units } from './production.format.ts';
import type { Bayes, Refusal } from './production.types.ts';

export function Posterior({ bayes: b, name }: { bayes: Bayes | Refusal; name: string }) {
  if (!b.ok)
    return (
      <div className="posterior" data-testid="posterior">
        <h3>Bayesian estimate</h3>
        <p className="notice" data-testid="posterior-refusal">
          No Bayesian estimate: {b.reason}
        </p>
      </div>
    );
  const hdi = b.highestDensity;
  return (
    <div className="posterior" data-testid="posterior">
      <h3>Bayesian estimate</h3>
      <p>
        Prior: <span data-testid="prior-stated">{b.priorStated}</span>.
      </p>
      <dl className="fields">
        <dt>{level(hdi.level)} credible interval (highest density)</dt>
        <dd data-testid="credible-interval" data-low={hdi.low} data-high={hdi.high ?? ''}>
          {range(hdi)}
        </dd>
        <dt>{level(b.equalTailed.level)} credible interval (equal-tailed)</dt>
        <dd data-testid="credible-equal-tailed">{range(b.equalTailed)}</dd>
        <dt>Median · mode · mean</dt>
        <dd data-testid="posterior-summary">
          {units(b.median)} · {units(b.mode)} · {b.mean === null ? 'no finite mean' : units(b.mean)}
        </dd>
      </dl>
      <PosteriorChart b={b} name={name} />
      {b.notes.length > 0 && (
        <ul className="estimate-notes">
          {b.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PosteriorChart({ b, name }: { b: Bayes; name: string }) {
  const hdi = b.highestDensity;
  const draw = useCallback(
    (m: typeof import('./production.plot.ts'), width: number) =>
      m.posteriorChart(b.density, hdi.low, hdi.high ?? b.max, width),
    [b, hdi],
  );
  return (
    <PlotFigure
      testId="posterior-chart"
      caption={`Posterior probability of each number made in series ${name}, from the largest serial ${units(b.max)} on; shaded: the ${level(hdi.level)} highest-density credible interval, ${range(hdi)}.`}
      draw={draw}
    />
  );
}
