// The assumptions every figure on the production page rests on, in words: the interval level, how the
// series are numbered, the prior, the lag between making and recovery, how the recovered items are
// taken to be sampled, and the level of the outlier tests.
import { level } from './production.format.ts';
import type { ProductionAssessment } from './production.types.ts';

export function Assumptions({ a }: { a: ProductionAssessment['assumptions'] }) {
  return (
    <section aria-labelledby="assumptions-h" data-testid="assumptions">
      <h2 id="assumptions-h">Assumptions</h2>
      <dl className="fields">
        <dt>Interval level</dt>
        <dd data-testid="assumed-level">{level(a.level)}</dd>
        <dt>Numbering</dt>
        <dd>
          {a.start === 'one'
            ? 'each series numbered from 1'
            : 'each series from an unknown start (estimated from the smallest and largest serials)'}
        </dd>
        <dt>Prior</dt>
        <dd data-testid="assumed-prior">{a.priorStated}</dd>
        <dt>Lag</dt>
        <dd data-testid="assumed-lag">{a.lagStated}</dd>
        <dt>Sampling</dt>
        <dd>{a.sampling}</dd>
        <dt>Outlier tests</dt>
        <dd>a largest serial, or a smallest one, is flagged below a probability of {a.outlierLevel}</dd>
      </dl>
      <p className="muted small">
        When production grew while items stayed in the field, or recoveries come from one region or batch, the
        estimates run low and the intervals cover less than stated: read them as at least what the sampled
        stock shows. These are counts of what was made up to now; there is no forecast.
      </p>
    </section>
  );
}
