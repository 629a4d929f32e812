// One series of serials: how many were made up to now, with its interval and the method that gives it;
// the estimate with the start unknown (a series that may not start at 1); the Bayesian posterior; the
// production by past dates; and every caveat the estimators noted.
import { formatNumber } from '../../ui/ui.format.ts';
import { level, range, seriesId, seriesName, units } from './production.format.ts';
import { PastProduction } from './production.past.tsx';
import { Posterior } from './production.posterior.tsx';
import type { SeriesEstimate, Span } from './production.types.ts';

export function SeriesSection({
  s,
  colour,
  start,
}: {
  s: SeriesEstimate;
  colour: string;
  start: 'one' | 'unknown';
}) {
  const name = seriesName(s.series);
  const id = seriesId(s.series);
  // The start test of the core flags a smallest serial too high for numbering from 1.
  const startFlagged = s.notes.some((n) => n.startsWith('the smallest serial'));
  return (
    <section aria-labelledby={id} className="series-estimate panel" data-series={name}>
      <h2 id={id}>
        <span className="swatch" style={{ background: colour }} aria-hidden="true" /> Series {name}
      </h2>
      <p className="muted">
        {formatNumber(s.k)} distinct serial{s.k === 1 ? '' : 's'} read, from {formatNumber(s.min)} to{' '}
        {formatNumber(s.max)}.
      </p>
      <div className="estimate-main">
        <h3>{start === 'one' ? 'Number made (numbered from 1)' : 'Number made (start unknown)'}</h3>
        {s.estimate !== null && s.interval ? (
          <>
            <p className="estimate-figure">
              <span data-testid="estimate" data-value={s.estimate}>
                {units(s.estimate)}
              </span>{' '}
              <span className="muted">made up to now; {level(s.interval.level)} interval </span>
              <span data-testid="interval" data-low={s.interval.low} data-high={s.interval.high ?? ''}>
                {range(s.interval)}
              </span>
            </p>
            <p className="muted small" data-testid="interval-method">
              Method: {s.interval.method}. The estimate is the minimum-variance unbiased one,{' '}
              {start === 'one' ? 'm(1 + 1/k) − 1' : '(max − min)(k + 1)/(k − 1) − 1'}.
            </p>
          </>
        ) : (
          <p className="notice">No estimate: see the notes below.</p>
        )}
      </div>
      {start === 'one' && s.span && <SpanBlock span={s.span} flagged={startFlagged} />}
      <Posterior bayes={s.bayes} name={name} />
      <PastProduction past={s.rate} colour={colour} name={name} />
      {s.notes.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul className="estimate-notes" data-testid="series-notes">
            {s.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SpanBlock({ span, flagged }: { span: Span | { ok: false; reason: string }; flagged: boolean }) {
  return (
    <details className="span-estimate" open={flagged} data-testid="span-estimate">
      <summary>
        If the series does not start at 1 (start unknown)
        {flagged && <span className="tag">the smallest serial suggests it does not</span>}
      </summary>
      {span.ok ? (
        <dl className="fields">
          <dt>Number made</dt>
          <dd>
            <span data-testid="span-value" data-value={span.estimate}>
              {units(span.estimate)}
            </span>
            , {level(span.interval.level)} interval {range(span.interval)}
          </dd>
          <dt>First number of the series</dt>
          <dd>
            about {units(span.start.estimate)}, between {units(span.start.low)} and {units(span.start.high)}
          </dd>
          <dt>Method</dt>
          <dd className="small">{span.interval.method}</dd>
          {span.notes.length > 0 && (
            <>
              <dt>Notes</dt>
              <dd>{span.notes.join('; ')}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">{span.reason}</p>
      )}
    </details>
  );
}
