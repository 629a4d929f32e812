// The item's attribution: which known design variant it is and who says so. The attribution in force
// first (a human decision overrides the machine's reading), then the human decision with its basis,
// confidence, author and date, the machine's scored reading with every reason, the construction tags
// it reads, and for the case's editors the form that records or withdraws a decision. The published
// form gives a decision's variant and confidence and its month, not who made it or why.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiError, api } from '../../api/api.client.ts';
import type { RecoveredItem } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate, label } from '../../ui/ui.format.ts';
import { Loading } from '../../ui/ui.status.tsx';
import { percent, RULES } from '../attribution/attribution.format.ts';
import type { HumanAttribution, ItemAttribution } from '../attribution/attribution.types.ts';
import { DecisionForm } from './item.attribution-decide.tsx';
import { MachineReading } from './item.attribution-reading.tsx';
import { ItemTags } from './item.tags.tsx';
import '../variants/variants.css';

const withheld = <span className="muted">withheld from the published form</span>;

export function ItemAttributionPanel({
  item,
  canEdit,
  full,
  signedIn,
}: {
  item: RecoveredItem;
  canEdit: boolean;
  full: boolean;
  signedIn: boolean;
}) {
  const qc = useQueryClient();
  const key = ['/api/items', item.id, 'attribution'];
  const q = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api<ItemAttribution>(`/api/items/${item.id}/attribution`, { signal }),
    retry: (n, e) => !(e instanceof ApiError && e.status < 500) && n < 2,
  });
  const a = q.data;
  return (
    <section aria-labelledby="item-attribution" className="item-attribution" data-testid="item-attribution">
      <h2 id="item-attribution">Attribution</h2>
      {q.error ? (
        <ErrorBox error={q.error} title="The attribution could not be read" />
      ) : !a ? (
        <Loading what="the attribution" />
      ) : (
        <>
          <InForce a={a} signedIn={signedIn} />
          {a.human && <HumanDecision human={a.human} full={full} />}
          <MachineReading machine={a.machine} overridden={a.human !== null} />
          <ItemTags item={item} canEdit={canEdit} />
          {canEdit && <DecisionForm attribution={a} onSaved={(saved) => qc.setQueryData(key, saved)} />}
        </>
      )}
    </section>
  );
}

function InForce({ a, signedIn }: { a: ItemAttribution; signedIn: boolean }) {
  const e = a.effective;
  const unknown = e.variantId === 'unknown';
  return (
    <div className="panel attribution-in-force" data-testid="attribution-in-force" data-source={e.source}>
      <p>
        In force:{' '}
        <span className="variant-name" data-testid="in-force-variant" data-variant={e.variantId}>
          {unknown ? 'unknown' : (e.name ?? e.variantId)}
        </span>
        {e.producer && <> · produced by {e.producer}</>}
        {' — '}
        {e.source === 'human' ? (
          <>
            by <strong>human decision</strong>
            {e.confidence && `, ${label(e.confidence)} confidence`}, which overrides the machine's reading
          </>
        ) : (
          <>
            the machine's reading
            {a.machine.best && !unknown && <> (score {percent(a.machine.best.score)})</>}
            {unknown && <>: {RULES[a.machine.decision.rule] ?? a.machine.decision.rule}</>}
          </>
        )}
        .
      </p>
      <p className="muted small">
        {a.profilesVersion !== null ? (
          <>
            Against the variant profiles version {a.profilesVersion}
            {signedIn && (
              <>
                {' '}
                (<Link to="/variants">see the profiles</Link>)
              </>
            )}
            .
          </>
        ) : (
          'No variant profiles are in force: the machine can only read “unknown”.'
        )}
      </p>
    </div>
  );
}

function HumanDecision({ human: h, full }: { human: HumanAttribution; full: boolean }) {
  return (
    <div className="human-decision" data-testid="attribution-human">
      <h3>Human decision</h3>
      <dl className="fields">
        <dt>Variant</dt>
        <dd data-testid="human-variant">
          {h.variantId === 'unknown' ? 'unknown (variant withheld)' : (h.variantName ?? h.variantId)}{' '}
          <span className="mono muted small">{h.variantId}</span>
        </dd>
        <dt>Confidence</dt>
        <dd>{label(h.confidence)}</dd>
        <dt>Basis</dt>
        <dd data-testid="human-basis">{h.basis ?? (full ? '' : withheld)}</dd>
        <dt>Decided by</dt>
        <dd>{h.decidedBy ?? (full ? '' : withheld)}</dd>
        <dt>Decided</dt>
        <dd>{formatDate(h.decidedAt, full ? 'time' : 'month')}</dd>
        <dt>Against</dt>
        <dd>
          {h.profilesVersion !== null ? `profiles version ${h.profilesVersion}; ` : 'no profiles; '}
          the machine then read {h.machine.variantId === 'unknown' ? 'unknown' : h.machine.variantId}
          {h.machine.score !== null && ` (score ${percent(h.machine.score)})`},{' '}
          {RULES[h.machine.rule] ?? h.machine.rule}
        </dd>
      </dl>
    </div>
  );
}
