// Where a part was found, within the cases the reader may read: the cases with their counts, every item
// (with its date code, lot and the days from the date code to the recovery), the lots (each a
// production batch with its own page), the first and last date codes and the gap statistics.
import { useState } from 'react';
import { Link } from 'react-router';
import type { PartFound } from '../../api/api.types.ts';
import { formatNumber } from '../../ui/ui.format.ts';
import { DemoBadge } from '../../ui/ui.status.tsx';
import { useCases } from '../components/components.cases.ts';

const FIRST_ROWS = 100;

export const lotPath = (partId: number, lotCode: string) => `/lots/${partId}/${encodeURIComponent(lotCode)}`;

/** "412 days (about 13 months)". */
export function daysText(d: number): string {
  const months = Math.round(d / 30.44);
  return `${formatNumber(d)} days${Math.abs(d) >= 60 ? ` (about ${formatNumber(months)} months)` : ''}`;
}

export function DateStats({ found }: { found: PartFound }) {
  const { first, last } = found.dateCodes;
  const g = found.gapDays;
  return (
    <dl className="fields date-stats" data-testid="date-stats">
      <dt>First date code</dt>
      <dd data-testid="first-date-code">
        {first ? (
          <>
            <span className="mono">{first.dateCode}</span> (from {first.earliest})
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </dd>
      <dt>Last date code</dt>
      <dd data-testid="last-date-code">
        {last ? (
          <>
            <span className="mono">{last.dateCode}</span> (until {last.latest})
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </dd>
      <dt>From date code to recovery</dt>
      <dd data-testid="gap-days">
        {g ? (
          <>
            shortest {daysText(g.min)}, median {daysText(g.median)}, longest {daysText(g.max)}
          </>
        ) : (
          <span className="muted">not known (no dated component with a recovery day you may read)</span>
        )}
      </dd>
    </dl>
  );
}

export function FoundCases({ found }: { found: PartFound }) {
  const cases = useCases();
  return (
    <ul className="appearance-cases" data-testid="found-cases">
      {found.cases.map((c) => (
        <li key={c.caseId}>
          <Link to={`/cases/${c.caseId}`}>{c.title}</Link>:{' '}
          <span data-testid="found-case-count">{formatNumber(c.components)}</span> components
          {cases.get(c.caseId)?.isDemo && (
            <>
              {' '}
              <DemoBadge />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function FoundItems({ found, partId }: { found: PartFound; partId: number }) {
  const [all, setAll] = useState(false);
  const titles = new Map(found.cases.map((c) => [c.caseId, c.title]));
  const rows = all ? found.items : found.items.slice(0, FIRST_ROWS);
  return (
    <div className="data-table">
      <table data-testid="found-items">
        <caption className="visually-hidden">Items where the part was found</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Case</th>
            <th scope="col">Designation</th>
            <th scope="col">Recovered</th>
            <th scope="col">Date code</th>
            <th scope="col">Lot</th>
            <th scope="col">Date code to recovery</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.componentId} data-item-id={i.itemId}>
              <td>
                <Link className="nowrap" to={`/items/${i.itemId}`}>
                  item {i.itemId}
                </Link>
              </td>
              <td>
                <Link className="case-name" to={`/cases/${i.caseId}`}>
                  {titles.get(i.caseId) ?? `case ${i.caseId}`}
                </Link>
              </td>
              <td>{i.designation ?? ''}</td>
              <td className="nowrap">{i.recoveredAt ?? ''}</td>
              <td>
                <span className="mono">{i.dateCode ?? ''}</span>
                {i.dateAmbiguous && <span className="tag flag-tag flag-date-ambiguous">ambiguous</span>}
              </td>
              <td>
                {i.lotCode ? (
                  <Link className="mono" to={lotPath(partId, i.lotCode)}>
                    {i.lotCode}
                  </Link>
                ) : (
                  ''
                )}
              </td>
              <td className="nowrap">{i.gapDays == null ? '' : daysText(i.gapDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {found.items.length > FIRST_ROWS && (
        <p>
          <button type="button" className="secondary" onClick={() => setAll(!all)}>
            {all ? `Show the first ${FIRST_ROWS}` : `Show all ${formatNumber(found.items.length)}`}
          </button>
        </p>
      )}
    </div>
  );
}

export function FoundLots({ found, partId }: { found: PartFound; partId: number }) {
  if (found.lots.length === 0) return <p className="muted">No lot code was read on this part.</p>;
  return (
    <div className="data-table">
      <table data-testid="found-lots">
        <caption className="visually-hidden">Lots of the part</caption>
        <thead>
          <tr>
            <th scope="col">Lot code</th>
            <th scope="col">Items</th>
            <th scope="col">Cases</th>
            <th scope="col">Components</th>
          </tr>
        </thead>
        <tbody>
          {found.lots.map((l) => (
            <tr key={l.lotCode}>
              <td>
                <Link className="mono" to={lotPath(partId, l.lotCode)}>
                  {l.lotCode}
                </Link>
              </td>
              <td>{formatNumber(l.items)}</td>
              <td>{formatNumber(l.cases)}</td>
              <td>{formatNumber(l.components)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
