// Step 2 of the import wizard: which field each column of the file fills (pre-set from the server's
// suggestion, or ignored), with the first rows shown under the fields they would fill.
import type { ImportField, UploadAnswer } from './import.types.ts';

/** The target that ignores a column (the server's `-`). */
export const IGNORE = '-';

export function MappingStep({
  upload,
  fields,
  map,
  onChange,
}: {
  upload: UploadAnswer;
  fields: ImportField[];
  map: Record<string, string>;
  onChange(map: Record<string, string>): void;
}) {
  const used = Object.values(map).filter((f) => f !== IGNORE);
  const missing = fields.filter((f) => f.required && !used.includes(f.name));
  const twice = [...new Set(used.filter((f, i) => used.indexOf(f) !== i))];
  return (
    <div className="import-mapping">
      <p>
        <strong>{upload.fileName}</strong>
        {upload.format ? ` (${upload.format})` : ''}: {upload.headers.length} columns. Fields marked * are
        required.
      </p>
      <table className="mapping-table">
        <caption className="visually-hidden">Column mapping</caption>
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Fills the field</th>
          </tr>
        </thead>
        <tbody>
          {upload.headers.map((h, i) => (
            <tr key={h}>
              <th scope="row">{h}</th>
              <td>
                <select
                  id={`map-${i}`}
                  aria-label={`Field for column ${h}`}
                  value={map[h] ?? IGNORE}
                  aria-invalid={twice.includes(map[h] ?? '') || undefined}
                  onChange={(e) => onChange({ ...map, [h]: e.target.value })}
                >
                  <option value={IGNORE}>(ignore this column)</option>
                  {fields.map((f) => (
                    <option key={f.name} value={f.name} title={f.description}>
                      {f.name}
                      {f.required ? ' *' : ''}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="field-error" role="status">
          Required and not mapped: {missing.map((f) => f.name).join(', ')}.
        </p>
      )}
      {twice.length > 0 && (
        <p className="field-error" role="status">
          More than one column fills: {twice.join(', ')}. Ignore all but one.
        </p>
      )}
      <h3>Preview: the first {upload.sample.length} rows</h3>
      <div className="table-scroll">
        <table className="preview-table">
          <caption className="visually-hidden">The first rows of the file under the fields they fill</caption>
          <thead>
            <tr>
              {upload.headers.map((h) => (
                <th key={h} scope="col" className={map[h] === IGNORE ? 'ignored' : undefined}>
                  {map[h] && map[h] !== IGNORE ? map[h] : <span className="muted">ignored</span>}
                  <div className="muted small">{h}</div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {upload.sample.map((row, r) => (
              // Sample rows have no identity beyond their position in the file.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={r}>
                {upload.headers.map((h, c) => (
                  <td key={h} className={map[h] === IGNORE ? 'ignored' : undefined}>
                    {row[c] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The mapping the server suggested, with unknown columns ignored. */
export function initialMap(upload: UploadAnswer, kind: 'items' | 'components'): Record<string, string> {
  const s = upload.suggested[kind] ?? {};
  return Object.fromEntries(upload.headers.map((h) => [h, s[h] ?? IGNORE]));
}

/** Whether the mapping can be checked at all: every required field mapped, none twice. */
export function mappingReady(map: Record<string, string>, fields: ImportField[]): boolean {
  const used = Object.values(map).filter((f) => f !== IGNORE);
  return fields.every((f) => !f.required || used.includes(f.name)) && new Set(used).size === used.length;
}
