// The machine's reading of an item, with its reasons: which profiles were compared, the decision and
// the rule that made it, the thresholds, and for every variant compared its score, its coverage and
// each feature matched, contradicted or not observed, with its contribution and what was seen.
import { formatNumber } from '../../ui/ui.format.ts';
import { KINDS, OUTCOMES, percent, RULES } from '../attribution/attribution.format.ts';
import type { MachineAttribution, VariantScore } from '../attribution/attribution.types.ts';

export function MachineReading({
  machine,
  overridden,
}: {
  machine: MachineAttribution;
  overridden: boolean;
}) {
  const { decision, thresholds, ranked } = machine;
  const named = ranked.find((r) => r.variantId === decision.variantId);
  return (
    <div className="machine-reading" data-testid="attribution-machine">
      <h3>The machine's reading</h3>
      <p>
        <span className={overridden ? 'overridden' : undefined} data-testid="machine-decision">
          {decision.variantId === 'unknown' ? (
            <strong>unknown</strong>
          ) : (
            <strong>{named?.name ?? decision.variantId}</strong>
          )}
        </span>
        {overridden && <span className="tag">overridden by the human decision</span>} —{' '}
        {RULES[decision.rule] ?? decision.rule}. <span data-testid="machine-reason">{decision.reason}</span>
      </p>
      <p className="muted small">
        Compared: {machine.compared}. A variant is named when its score reaches {percent(thresholds.minScore)}{' '}
        (or the score its profile asks for), the evidence covers at least {percent(thresholds.minCoverage)} of
        its profile's weight, and it leads the runner-up by at least {percent(thresholds.minMargin)}.
      </p>
      {ranked.length === 0 ? (
        <p className="muted">No variant profile was compared.</p>
      ) : (
        ranked.map((v, i) => <ScoreDetail key={v.variantId} score={v} open={i === 0} rank={i + 1} />)
      )}
    </div>
  );
}

function ScoreDetail({ score: v, open, rank }: { score: VariantScore; open: boolean; rank: number }) {
  const counts = (k: string) => v.features.filter((f) => f.outcome === k).length;
  return (
    <details className="variant-score" open={open} data-variant={v.variantId}>
      <summary>
        <strong>
          {rank}. {v.name}
        </strong>{' '}
        <span className="muted">{v.producer ? `(${v.producer})` : ''}</span> · score{' '}
        <span data-testid="variant-score">{percent(v.score)}</span>
        <span className="score-bar" aria-hidden="true">
          <span style={{ width: `${Math.round(Math.max(0, Math.min(1, v.score)) * 100)}%` }} />
        </span>{' '}
        · coverage {percent(v.coverage)} · needs {percent(v.minScore)} ·{' '}
        <span className="small">
          {formatNumber(counts('matched'))} matched, {formatNumber(counts('contradicted'))} contradicted,{' '}
          {formatNumber(counts('unobserved'))} not observed
        </span>
      </summary>
      <div className="data-table">
        <table className="compact">
          <caption className="visually-hidden">Features of {v.name} and what the item shows</caption>
          <thead>
            <tr>
              <th scope="col">Feature</th>
              <th scope="col">Kind</th>
              <th scope="col">Outcome</th>
              <th scope="col">Contribution</th>
              <th scope="col">What was seen</th>
            </tr>
          </thead>
          <tbody>
            {v.features.map((f) => (
              <tr key={f.index} data-outcome={f.outcome}>
                <th scope="row">
                  {f.label}
                  {f.expect === 'absent' && <span className="tag">expected absent</span>}
                </th>
                <td>{KINDS[f.kind] ?? f.kind}</td>
                <td className={`outcome-${f.outcome}`}>{OUTCOMES[f.outcome]}</td>
                <td className="nowrap">{percent(f.contribution, true)}</td>
                <td>{f.explanation}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
