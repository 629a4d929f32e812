// The parts whose marking the machine flagged for a look: the logo and the part-number prefix name
// different makers (remarked or counterfeit?), a generic part, a known clone family, an ambiguous date
// code. Each row links to the item the component is in; a kind can be picked to narrow the list.
import { useState } from 'react';
import { Link } from 'react-router';
import type { MarkingReview } from '../../api/api.types.ts';
import { formatNumber } from '../../ui/ui.format.ts';
import { FLAG_LABELS, FlagTags } from '../components/components.markings.tsx';

export function ReviewFlagged({ flagged }: { flagged: MarkingReview['flagged'] }) {
  const [kind, setKind] = useState('');
  const kinds = [...new Set(flagged.rows.flatMap((r) => r.flags.map((f) => f.kind)))].sort();
  const rows = kind ? flagged.rows.filter((r) => r.flags.some((f) => f.kind === kind)) : flagged.rows;
  return (
    <section aria-labelledby="review-flagged">
      <h2 id="review-flagged">Flagged parts</h2>
      <p className="muted">
        <span data-testid="flagged-total">{formatNumber(flagged.total)}</span> flagged components
        {flagged.rows.length < flagged.total && `, the first ${formatNumber(flagged.rows.length)} shown`}.
      </p>
      {flagged.rows.length > 0 && (
        <div className="filters">
          <label htmlFor="flag-kind">
            Flag
            <select id="flag-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="">any</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {FLAG_LABELS[k] ?? k}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {rows.length === 0 ? (
        <p className="muted">No flagged component.</p>
      ) : (
        <div className="data-table">
          <table data-testid="flagged">
            <caption className="visually-hidden">Flagged components</caption>
            <thead>
              <tr>
                <th scope="col">Marking</th>
                <th scope="col">Part number</th>
                <th scope="col">Maker</th>
                <th scope="col">Flags</th>
                <th scope="col">Item</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.componentId} data-component-id={r.componentId}>
                  <td>
                    <span className="mono pre marking">{r.markingRaw}</span>
                  </td>
                  <td className="mono">{r.partNumber ?? ''}</td>
                  <td>{r.maker ?? ''}</td>
                  <td>
                    <FlagTags flags={r.flags} />
                  </td>
                  <td>
                    <Link className="nowrap" to={`/items/${r.itemId}`}>
                      item {r.itemId}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
