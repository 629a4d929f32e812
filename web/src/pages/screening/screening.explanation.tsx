// Why a name scored what it did, for a reviewer: the summary line, each token pair with how it matched
// and how similar it is, the tokens left unmatched on either side, the legal forms set apart, and what
// raised or lowered the score after the names were compared.
import type { MatchExplanation } from '../../api/api.types.ts';
import { ADJUSTMENT_LABELS, HOW_LABELS, percent, signed } from './screening.labels.ts';

function Tokens({ tokens }: { tokens: string[] }) {
  if (tokens.length === 0) return <span className="muted">none</span>;
  return (
    <>
      {tokens.map((t) => (
        <span key={t} className="tag mono">
          {t}
        </span>
      ))}
    </>
  );
}

export function Explanation({ e, caption }: { e: MatchExplanation; caption: string }) {
  return (
    <div className="explanation" data-testid="explanation">
      <p className="explanation-summary" data-testid="explanation-summary">
        {e.summary}
      </p>
      <table className="compact" data-testid="token-pairs">
        <caption className="visually-hidden">{caption}: how the words matched</caption>
        <thead>
          <tr>
            <th scope="col">Party’s word</th>
            <th scope="col">Entry’s word</th>
            <th scope="col">How</th>
            <th scope="col">Similarity</th>
            <th scope="col">Weight</th>
          </tr>
        </thead>
        <tbody>
          {e.tokens.map((t) => (
            <tr key={`${t.query}|${t.matched}`} data-how={t.how}>
              <td className="mono">{t.query}</td>
              <td className="mono">{t.matched}</td>
              <td>{HOW_LABELS[t.how] ?? t.how}</td>
              <td>{percent(t.similarity)}</td>
              <td>{percent(t.weight)}</td>
            </tr>
          ))}
          {e.tokens.length === 0 && (
            <tr>
              <td colSpan={5} className="empty">
                No word matched.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <dl className="fields explanation-fields">
        <dt>Name score</dt>
        <dd>{percent(e.nameScore)}</dd>
        <dt>Unmatched (party)</dt>
        <dd data-testid="unmatched-query">
          <Tokens tokens={e.unmatchedQuery} />
        </dd>
        <dt>Unmatched (entry)</dt>
        <dd data-testid="unmatched-candidate">
          <Tokens tokens={e.unmatchedCandidate} />
        </dd>
        <dt>Legal forms</dt>
        <dd data-testid="legal-forms">
          party: <Tokens tokens={e.legalForms.query} /> · entry: <Tokens tokens={e.legalForms.candidate} />
        </dd>
        <dt>Adjustments</dt>
        <dd>
          {e.adjustments.length === 0 ? (
            <span className="muted">none</span>
          ) : (
            <ul className="adjustments" data-testid="adjustments">
              {e.adjustments.map((a) => (
                <li key={`${a.kind}|${a.detail}`} data-kind={a.kind}>
                  <span className={a.delta < 0 ? 'delta down' : 'delta up'}>
                    {a.kind === 'identifier_match' ? 'decisive' : signed(a.delta)}
                  </span>{' '}
                  {ADJUSTMENT_LABELS[a.kind] ?? a.kind}: {a.detail}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </div>
  );
}
