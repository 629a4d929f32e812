// How a failure is shown: the server's message and, for an import or a form, every problem it named
// (file, row, field), so that the user can fix all of them at once.
import { ApiError } from '../api/api.client.ts';

export function ErrorBox({ error, title }: { error: unknown; title?: string }) {
  if (!error) return null;
  const e = error instanceof ApiError ? error : null;
  const message = e ? e.message : error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="error-box">
      <strong>
        {title ?? (e?.status === 404 ? 'Not found' : e?.status === 403 ? 'Not allowed' : 'Error')}
      </strong>
      <p>{message}</p>
      {e && e.problems.length > 1 && (
        <ul className="problems">
          {e.problems.map((p, i) => (
            // Problems have no id of their own; their order is the server's and stable.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={i}>
              {p.row !== undefined && <span className="where">row {p.row}</span>}
              {p.path && <span className="where">{p.path}</span>}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
