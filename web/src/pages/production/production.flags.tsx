// What the estimates set apart or flag, never dropped in silence: serial numbers read on more than one
// item (counted once), largest serials far above the rest of their series (kept, with the chance of
// such a gap), and serials that could not be read, each with its items and the reason.
import { Link } from 'react-router';
import { formatNumber } from '../../ui/ui.format.ts';
import { seriesName } from './production.format.ts';
import type { ProductionAssessment } from './production.types.ts';

const items = (ids: number[]) =>
  ids.map((id, i) => (
    <span key={id}>
      {i > 0 && ', '}
      <Link to={`/items/${id}`}>item {id}</Link>
    </span>
  ));

export function SerialFlags({ a }: { a: ProductionAssessment }) {
  const none = a.duplicates.length === 0 && a.outliers.length === 0 && a.unparsed.length === 0;
  return (
    <section aria-labelledby="flags-h" data-testid="serial-flags">
      <h2 id="flags-h">Duplicates, outliers and unread serials</h2>
      {none && (
        <p className="muted">None: every serial was read, once each, and none lies far above its series.</p>
      )}
      {a.duplicates.length > 0 && (
        <>
          <h3>Read on more than one item ({formatNumber(a.duplicates.length)})</h3>
          <p className="muted small">The same serial documented twice counts once in every estimate.</p>
          <ul data-testid="duplicates">
            {a.duplicates.map((d) => (
              <li key={`${d.series}-${d.number}`}>
                series {seriesName(d.series)} number {d.number}: {items(d.itemIds)}
              </li>
            ))}
          </ul>
        </>
      )}
      {a.outliers.length > 0 && (
        <>
          <h3>Largest serial far above the rest ({formatNumber(a.outliers.length)})</h3>
          <ul data-testid="outliers">
            {a.outliers.map((o) => (
              <li key={`${o.series}-${o.number}`}>
                series {seriesName(o.series)}: {formatNumber(o.number)}, next largest{' '}
                {formatNumber(o.nextLargest)}; a gap this large has probability {o.pValue.toPrecision(2)}{' '}
                under uniform sampling (&lt; {o.level}). Kept in the estimates; check its reading:{' '}
                {items(o.itemIds)}
              </li>
            ))}
          </ul>
        </>
      )}
      {a.unparsed.length > 0 && (
        <>
          <h3>Serials that could not be read ({formatNumber(a.unparsed.length)})</h3>
          <ul data-testid="unparsed">
            {a.unparsed.map((u) => (
              <li key={u.itemId}>
                <span className="mono">{u.serial}</span> on{' '}
                <Link to={`/items/${u.itemId}`}>item {u.itemId}</Link>: {u.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
