// The items on the map as a table: the first ones shown with the count of all, for screen readers,
// for keyboard users and for anyone who wants the list; and the same rows for a picked cluster.
import { Link } from 'react-router';
import { formatDate, formatNumber, label } from '../../ui/ui.format.ts';
import type { MapPoints } from './map.types.ts';

export function ItemRows({
  points,
  indices,
  caption,
  caseTitle,
}: {
  points: MapPoints;
  indices: number[];
  caption: string;
  caseTitle(id: number): string;
}) {
  return (
    <table className="map-items">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Designation</th>
          <th scope="col">Type</th>
          <th scope="col">Recovered</th>
          <th scope="col">Place</th>
          <th scope="col">Case</th>
        </tr>
      </thead>
      <tbody>
        {indices.map((i) => (
          <tr key={points.id[i]}>
            <td>
              <Link to={`/items/${points.id[i]}`}>Item #{points.id[i]}</Link>
            </td>
            <td>{points.designation[i] ?? <span className="muted">not recorded</span>}</td>
            <td>{label(points.itemType[i])}</td>
            <td>{formatDate(points.recoveredAt[i], points.coarse[i] ? 'month' : null)}</td>
            <td>
              {points.lat[i].toFixed(2)}, {points.lon[i].toFixed(2)}
              {points.coarse[i] && <span className="tag map-coarse-tag">coarsened</span>}
            </td>
            <td>{caseTitle(points.caseId[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const LISTED = 100;

export function ItemListing({ points, caseTitle }: { points: MapPoints; caseTitle(id: number): string }) {
  const indices = points.id.slice(0, LISTED).map((_, i) => i);
  return (
    <section aria-labelledby="map-list-h" className="map-listing">
      <h2 id="map-list-h">Items on the map</h2>
      <p data-testid="map-count" data-count={points.count}>
        {formatNumber(points.count)} {points.count === 1 ? 'item' : 'items'} shown
        {points.count > LISTED ? `; the first ${LISTED} are listed` : ''}.
      </p>
      {points.count > 0 && (
        <ItemRows points={points} indices={indices} caption="Items shown on the map" caseTitle={caseTitle} />
      )}
    </section>
  );
}

/** The items a click picked, compact enough for the side panel. */
export function PickedList({ points, indices }: { points: MapPoints; indices: number[] }) {
  return (
    <ul className="map-picked">
      {indices.map((i) => (
        <li key={points.id[i]}>
          <Link to={`/items/${points.id[i]}`}>Item #{points.id[i]}</Link>{' '}
          {points.designation[i] ?? <span className="muted">no designation</span>}
          <div className="muted">
            {label(points.itemType[i])}
            {points.recoveredAt[i]
              ? `, recovered ${formatDate(points.recoveredAt[i], points.coarse[i] ? 'month' : null)}`
              : ''}
            {points.coarse[i] ? ', place coarsened' : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}
