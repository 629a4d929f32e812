// Step 3 of the import wizard: the dry run's report. Either what the import would do (added, updated,
// skipped) or every row problem and conflict, with the row, the column or field, and the message.
import type { Problem } from '../../api/api.client.ts';
import { formatNumber } from '../../ui/ui.format.ts';
import type { CheckAnswer } from './import.types.ts';

export function CheckReport({ check }: { check: CheckAnswer }) {
  const summary = `${formatNumber(check.rows)} rows: ${formatNumber(check.added)} would be added, ${formatNumber(check.updated)} updated, ${formatNumber(check.skipped)} skipped.`;
  const listed = check.problems.length;
  return (
    <div className="import-report">
      {check.ok ? (
        <p className="ok-box" role="status">
          {summary} Nothing has been written yet.
        </p>
      ) : (
        <div className="error-box" role="alert">
          <strong>
            {check.problemCount > 0
              ? `${formatNumber(check.problemCount)} problems in the file`
              : 'The file cannot be imported as it is'}
          </strong>
          <p>
            Nothing has been written. Fix the file (or the mapping) and check it again.
            {check.problemCount > listed &&
              ` The first ${formatNumber(listed)} of ${formatNumber(check.problemCount)} problems are listed.`}
          </p>
        </div>
      )}
      {listed > 0 && <ProblemTable label="Row problems" problems={check.problems} />}
      {check.conflicts.length > 0 && (
        <>
          <h3>Conflicts with records already in the case</h3>
          <ProblemTable label="Conflicts" problems={check.conflicts} />
        </>
      )}
    </div>
  );
}

function ProblemTable({ label, problems }: { label: string; problems: Problem[] }) {
  return (
    <div className="table-scroll problems-table">
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Column or field</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            // Problems have no id; the server's order is stable.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <tr key={i}>
              <td className="num">{p.row ?? ''}</td>
              <td className="mono">{p.path ?? ''}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
