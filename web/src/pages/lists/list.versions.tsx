// A watch list's versions, newest first: when each was imported and by whom, from which files, how
// many entries it held and what it added, changed and removed; a count opens those changes below.
import type { ChangeKind, WatchlistVersion } from '../../api/api.types.ts';
import { formatBytes, formatDate, formatNumber } from '../../ui/ui.format.ts';
import { CHANGE_KINDS } from './lists.format.ts';

export function ListVersions({
  versions,
  selected,
  onPick,
}: {
  versions: WatchlistVersion[];
  selected: number | null;
  onPick(version: number, kind: ChangeKind | ''): void;
}) {
  const rows = [...versions].sort((a, b) => b.version - a.version);
  return (
    <div className="data-table">
      <table data-testid="list-versions">
        <caption className="visually-hidden">Versions of the list</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Imported</th>
            <th scope="col">Files</th>
            <th scope="col">Entries</th>
            {CHANGE_KINDS.map((k) => (
              <th key={k} scope="col">
                {k[0].toUpperCase() + k.slice(1)}
              </th>
            ))}
            <th scope="col">Skipped</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((v) => (
            <tr
              key={v.id}
              data-version={v.version}
              aria-current={v.version === selected ? 'true' : undefined}
            >
              <td>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => onPick(v.version, '')}
                  aria-label={`Changes of version ${v.version}`}
                >
                  {v.version}
                </button>
              </td>
              <td className="nowrap">
                {formatDate(v.createdAt)} <div className="muted small">{v.importedBy}</div>
              </td>
              <td>
                {v.files.map((f) => (
                  <div key={`${f.role}:${f.name}`} className="small">
                    <span className="mono">{f.name}</span>{' '}
                    <span className="muted">
                      {f.role} · {formatBytes(f.size)}
                    </span>
                  </div>
                ))}
              </td>
              <td>{formatNumber(v.entries)}</td>
              {CHANGE_KINDS.map((k) => (
                <td key={k} data-testid={`version-${k}`}>
                  {v[k] > 0 ? (
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() => onPick(v.version, k)}
                      aria-label={`${formatNumber(v[k])} ${k} in version ${v.version}`}
                    >
                      {formatNumber(v[k])}
                    </button>
                  ) : (
                    '0'
                  )}
                </td>
              ))}
              <td className="small">
                {Object.entries(v.skipped)
                  .map(([why, n]) => `${formatNumber(n)} ${why}`)
                  .join(', ') || '0'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
