// The versions of the variant profile document, newest first: who saved each and when, how many
// variants it held and its label; each opens that version's profiles (the one in force is marked).
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../ui/ui.format.ts';
import type { ProfilesVersion } from '../attribution/attribution.types.ts';

export function VariantVersions({
  versions,
  inForce,
  shown,
}: {
  versions: ProfilesVersion[];
  inForce: number | null;
  shown: number | null;
}) {
  if (versions.length === 0) return <p className="muted">No version has been saved yet.</p>;
  return (
    <div className="data-table">
      <table data-testid="variant-versions">
        <caption className="visually-hidden">Versions of the variant profile document</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">By</th>
            <th scope="col">Variants</th>
            <th scope="col">Format</th>
            <th scope="col">Label</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr
              key={v.version}
              data-version={v.version}
              aria-current={v.version === shown ? 'true' : undefined}
            >
              <td>
                <Link
                  to={v.version === inForce ? '/variants' : `/variants?version=${v.version}`}
                  aria-label={`Version ${v.version}${v.version === inForce ? ' (in force)' : ''}`}
                >
                  {v.version}
                </Link>
                {v.version === inForce && <span className="tag">in force</span>}
              </td>
              <td className="nowrap">{formatDate(v.savedAt)}</td>
              <td>{v.savedBy}</td>
              <td>{formatNumber(v.variants)}</td>
              <td>{v.format.toUpperCase()}</td>
              <td>{v.label ?? <span className="muted">—</span>}</td>
              <td className="mono small" title={v.sha256}>
                {v.sha256.slice(0, 12)}…
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
