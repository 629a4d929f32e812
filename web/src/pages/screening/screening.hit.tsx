// One hit as a reviewer reads it: the party, the list entry (list, id, name, the name that matched),
// the score and its explanation; whether the entry changed since an earlier decision (which is shown)
// or left its list; and the decision so far.
import { Link } from 'react-router';
import type { ScreeningHit } from '../../api/api.types.ts';
import { formatDate } from '../../ui/ui.format.ts';
import { Explanation } from './screening.explanation.tsx';
import { partyPath, percent, STATUS_LABELS } from './screening.labels.ts';

function Decided({ hit }: { hit: ScreeningHit }) {
  if (!hit.decidedBy) return <span className="muted">not decided</span>;
  return (
    <>
      <span className={`tag status-${hit.status}`}>{STATUS_LABELS[hit.status]}</span> by {hit.decidedBy}{' '}
      <span className="muted">{formatDate(hit.decidedAt)}</span>
      {hit.note && <q className="decision-note-text">{hit.note}</q>}
    </>
  );
}

export function HitDetail({ hit }: { hit: ScreeningHit }) {
  return (
    <article className="hit-detail panel" aria-labelledby={`hit-${hit.id}-title`} data-hit-id={hit.id}>
      <h2 id={`hit-${hit.id}-title`}>
        {hit.partyName} <span className="muted">↔</span> {hit.entryName}
      </h2>
      {hit.entryChanged && (
        <p className="notice" data-testid="entry-changed">
          The list entry changed since it was decided
          {hit.decision && (
            <>
              ; the earlier decision was{' '}
              <strong data-testid="earlier-decision">{STATUS_LABELS[hit.decision]}</strong>
            </>
          )}
          {hit.decidedBy && ` (${hit.decidedBy}, ${formatDate(hit.decidedAt)})`}
          {hit.note && <>, with the note “{hit.note}”</>}. Decide again.
        </p>
      )}
      {hit.entryRemoved && (
        <p className="notice" data-testid="entry-removed">
          The entry is no longer on {hit.listName}.
        </p>
      )}
      <dl className="fields">
        <dt>Party</dt>
        <dd>
          <Link to={partyPath(hit.partyType, hit.partyId)}>{hit.partyName}</Link>{' '}
          <span className="muted">({hit.partyType})</span>
        </dd>
        <dt>Entry</dt>
        <dd>
          <Link to={`/lists/entries/${hit.entryRowId}`}>{hit.entryName}</Link>{' '}
          <span className="muted">
            {hit.listName} · id <span className="mono">{hit.entryId}</span>
          </span>
        </dd>
        <dt>Matched name</dt>
        <dd data-testid="matched-name">{hit.matchedName}</dd>
        <dt>Score</dt>
        <dd>
          <strong data-testid="hit-score">{percent(hit.score)}</strong>
        </dd>
        <dt>Decision</dt>
        <dd data-testid="hit-decision">
          <Decided hit={hit} />
        </dd>
      </dl>
      <h3>Why it scored {percent(hit.score)}</h3>
      <Explanation e={hit.explanation} caption={`${hit.partyName} and ${hit.entryName}`} />
    </article>
  );
}
