// The cases the reader may see (a visitor: the published ones), each with its status, whether it is
// published and the reader's role; signed-in users open a new case here.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../api/api.client.ts';
import { useSession } from '../../api/api.session.tsx';
import type { Case, Page } from '../../api/api.types.ts';
import { ErrorBox } from '../../ui/ui.error.tsx';
import { formatDate } from '../../ui/ui.format.ts';
import { DemoBadge, Loading, PageTitle } from '../../ui/ui.status.tsx';
import { NewCaseForm } from './cases.new.tsx';

export default function CasesPage() {
  const { session, roleIn } = useSession();
  const q = useQuery({ queryKey: ['cases'], queryFn: () => api<Page<Case>>('/api/cases') });
  const rows = q.data?.rows ?? [];
  return (
    <>
      <PageTitle title="Cases">Cases</PageTitle>
      {!session && (
        <p className="muted">
          Without signing in you see the published cases, in their published form.{' '}
          <Link to="/login?next=/cases">Sign in</Link> to see the cases you work on.
        </p>
      )}
      <ErrorBox error={q.error} />
      {q.isPending ? (
        <Loading what="cases" />
      ) : (
        <div className="data-table">
          <table>
            <caption className="visually-hidden">Cases you can read</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Published</th>
                <th scope="col">Your role</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/cases/${c.id}`}>{c.title}</Link> {c.isDemo && <DemoBadge />}
                  </td>
                  <td>{c.status}</td>
                  <td>{c.status === 'published' ? 'published' : 'not published'}</td>
                  <td>{roleIn(c.id) ?? <span className="muted">not a member</span>}</td>
                  <td>{formatDate(c.updatedAt.slice(0, 10))}</td>
                </tr>
              ))}
              {rows.length === 0 && (
                <tr>
                  <td colSpan={5} className="empty">
                    No cases to show.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
      {session && <NewCaseForm />}
    </>
  );
}
